import type { KnownBlock, ModalView } from "@slack/types";
import type { MessageKey, Translator } from "../../i18n";
import { actions, button, input, modal, section } from "../blocks";
import { ids } from "../ids";
import { type StateValues, stateOf } from "../state";
import { mentionUser } from "../text";
import { values } from "../values";
import { formatDate } from "./homeParts";
import type { BuiltMessage } from "./rhythmScheduled";

/** A tandem's pause: the modal that asks until when, and what the channel is told. */

export interface PauseModalData {
  tandemId: number;
  /** YYYY-MM-DD in the program's time zone */
  today: string;
  programEnd: string;
  /** the current end of a pause, to change it */
  pausedUntil: string | null;
}

export function buildPauseModal(t: Translator, d: PauseModalData): ModalView {
  const initial = d.pausedUntil && d.pausedUntil > d.today ? d.pausedUntil : undefined;
  const blocks: KnownBlock[] = [
    section(t("rhythm.pause.modal.intro")),
    input(ids.rhythm.pauseUntil, t.plain("rhythm.pause.modal.until"), {
      type: "datepicker",
      action_id: ids.rhythm.pauseUntil,
      ...(initial ? { initial_date: initial } : {}),
    }),
  ];
  return modal(t, {
    callbackId: ids.rhythm.pauseModal,
    metadata: values.rhythm.pauseModal.encode({ t: d.tandemId }),
    title: t.plain("rhythm.pause.modal.title"),
    submit: t.plain("rhythm.pause.modal.submit"),
    blocks,
  });
}

export type PauseFormResult = { ok: true; until: string } | { ok: false; error: MessageKey; end?: string };

/** A day after today and no later than the program's end. */
export function readPauseForm(values: StateValues, today: string, programEnd: string): PauseFormResult {
  const until = stateOf(values, ids.rhythm.pauseUntil)?.selected_date ?? null;
  if (!until || !/^\d{4}-\d{2}-\d{2}$/.test(until)) return { ok: false, error: "rhythm.pause.error.missing" };
  if (until <= today) return { ok: false, error: "rhythm.pause.error.past" };
  if (until > programEnd) return { ok: false, error: "rhythm.pause.error.after_end", end: programEnd };
  return { ok: true, until };
}

/** The pause notice in the tandem's channel, with the button that ends the pause early. */
export function buildPausedMessage(
  t: Translator,
  d: { userId: string; until: string; tandemId: number },
): BuiltMessage {
  const text = t.plain("rhythm.pause.posted", {
    user: mentionUser(d.userId),
    date: formatDate(t.lang, d.until),
  });
  const resume = button(t.plain("rhythm.pause.resume_now"), ids.rhythm.resumeNow, {
    value: values.rhythm.resumeNow.encode({ t: d.tandemId }),
  });
  return { text, blocks: [section(text), actions([resume])] };
}

export function buildResumedMessage(t: Translator, d: { userId: string }): BuiltMessage {
  const text = t.plain("rhythm.pause.resumed", { user: mentionUser(d.userId) });
  return { text, blocks: [section(text)] };
}
