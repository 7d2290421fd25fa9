import type { KnownBlock, ModalView } from "@slack/types";
import type { Translator } from "../../i18n";
import { actions, button, context, input, modal, section } from "../blocks";
import { ids, memberId } from "../ids";
import { type StateValues, stateOf } from "../state";
import { mentionChannel, mentionUser, safeText, truncate } from "../text";
import { values } from "../values";
import type { BuiltMessage } from "./rhythmScheduled";

/** Asking confidentially for a new match, and the program managers' decision. */

export const REASON_MAX = 1000;

export function buildRematchModal(t: Translator, d: { tandemId: number; partnerUserId: string }): ModalView {
  return modal(t, {
    callbackId: ids.rhythm.rematchModal,
    metadata: values.rhythm.rematchModal.encode({ t: d.tandemId }),
    title: t.plain("rhythm.rematch.modal.title"),
    submit: t.plain("rhythm.rematch.modal.submit"),
    blocks: [
      section(t.plain("rhythm.rematch.modal.intro", { partner: mentionUser(d.partnerUserId) })),
      input(
        ids.rhythm.rematchReason,
        t.plain("rhythm.rematch.modal.reason"),
        {
          type: "plain_text_input",
          action_id: ids.rhythm.rematchReason,
          multiline: true,
          max_length: REASON_MAX,
        },
        { optional: true },
      ),
    ],
  });
}

/** "Ask for a new match" wherever a person in a tandem asks how to leave it (opens the confidential modal). */
export function rematchButton(t: Translator, tandemId: number) {
  return button(t.plain("rhythm.rematch.home.button"), ids.rhythm.rematchOpen, {
    value: values.rhythm.rematchOpen.encode({ t: tandemId }),
  });
}

/** On the participant's own App Home: a quiet way to ask for a new match. */
export function buildRematchHomeSection(t: Translator, d: { tandemId: number }): KnownBlock[] {
  return [
    section(
      t("rhythm.rematch.home.text"),
      button(t.plain("rhythm.rematch.home.button"), ids.rhythm.rematchOpen, {
        value: values.rhythm.rematchOpen.encode({ t: d.tandemId }),
      }),
    ),
  ];
}

export function readRematchReason(values: StateValues): string | null {
  const raw = stateOf(values, ids.rhythm.rematchReason)?.value?.trim();
  return raw ? truncate(raw, REASON_MAX) : null;
}

/** Shown in place of the modal after sending: nothing was posted anywhere. */
export function buildRematchSentView(t: Translator): ModalView {
  return modal(t, {
    callbackId: ids.rhythm.rematchSentView,
    title: t.plain("rhythm.rematch.sent.title"),
    blocks: [section(t("rhythm.rematch.sent.text"))],
  });
}

export interface RematchRequestData {
  requestId: number;
  requesterUserId: string;
  partnerUserId: string;
  channelId: string | null;
  /** user text: escaped here */
  reason: string | null;
  decision?: { status: "approved" | "declined"; by: string } | undefined;
}

/** The managers' DM: who asks, the reason, Approve / Decline; after the decision, who decided. */
export function buildRematchRequestDm(t: Translator, d: RematchRequestData): BuiltMessage {
  const blocks: KnownBlock[] = [
    section(
      t.plain("rhythm.rematch.pm.text", {
        user: mentionUser(d.requesterUserId),
        partner: mentionUser(d.partnerUserId),
        channel: d.channelId ? mentionChannel(d.channelId) : "–",
      }),
    ),
    section(
      d.reason
        ? t.plain("rhythm.rematch.pm.reason", { reason: safeText(d.reason, 2800) })
        : t("rhythm.rematch.pm.no_reason"),
    ),
  ];
  if (d.decision) {
    blocks.push(
      context(
        d.decision.status === "approved"
          ? t.plain("rhythm.rematch.pm.approved", { user: mentionUser(d.decision.by) })
          : t.plain("rhythm.rematch.pm.declined", {
              user: mentionUser(d.decision.by),
              requester: mentionUser(d.requesterUserId),
            }),
      ),
    );
  } else {
    const v = (decision: "approve" | "decline") =>
      values.rhythm.rematchDecision.encode({ r: d.requestId, d: decision });
    blocks.push(
      actions([
        button(t.plain("rhythm.rematch.button.approve"), memberId(ids.rhythm.rematchDecision, "approve"), {
          value: v("approve"),
          style: "danger",
        }),
        button(t.plain("rhythm.rematch.button.decline"), memberId(ids.rhythm.rematchDecision, "decline"), {
          value: v("decline"),
        }),
      ]),
    );
  }
  return { text: t("rhythm.rematch.pm.fallback"), blocks };
}

function plainMessage(text: string): BuiltMessage {
  return { text, blocks: [section(text)] };
}

export function buildRematchEndedDm(
  t: Translator,
  d: { partnerUserId: string; requester: boolean },
): BuiltMessage {
  return plainMessage(
    t.plain(d.requester ? "rhythm.rematch.dm.requester" : "rhythm.rematch.dm.partner", {
      partner: mentionUser(d.partnerUserId),
    }),
  );
}

export function buildRematchDeclinedDm(
  t: Translator,
  d: { partnerUserId: string; managerUserId: string },
): BuiltMessage {
  return plainMessage(
    t.plain("rhythm.rematch.dm.declined", {
      partner: mentionUser(d.partnerUserId),
      manager: mentionUser(d.managerUserId),
    }),
  );
}

export function buildTandemEndedMessage(t: Translator): BuiltMessage {
  return plainMessage(t("rhythm.rematch.channel.ended"));
}
