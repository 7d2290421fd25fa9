import type { KnownBlock, ModalView } from "@slack/types";
import type { AuditEntry } from "../../db/queries/audit";
import type { Translator } from "../../i18n";
import { actions, button, context, modal, section } from "../blocks";
import { ids } from "../ids";
import { escapeText, mentionChannel, mentionUser, truncate } from "../text";
import { values } from "../values";
import { consentText } from "./consent";

export interface BuiltMessage {
  text: string;
  blocks: KnownBlock[];
}

function message(text: string, blocks?: KnownBlock[]): BuiltMessage {
  return { text, blocks: blocks ?? [section(text)] };
}

function who(userId: string | null): string {
  if (!userId) return "–";
  return /^[UW][A-Z0-9]+$/.test(userId) ? mentionUser(userId) : `_${escapeText(userId)}_`;
}

/** One page of the audit trail, newest first, with a pager. */
export function buildAuditPage(
  t: Translator,
  page: { entries: AuditEntry[]; total: number; offset: number; pageSize: number },
): BuiltMessage {
  const title = t("trust.audit.title", { total: page.total });
  if (page.entries.length === 0) return message(t("trust.audit.empty"));
  const lines = page.entries.map((e) => {
    // who() builds mentions from validated ids or escapes: not escaped again.
    const about = e.subjectUserId ? ` ${t.plain("trust.audit.about", { user: who(e.subjectUserId) })}` : "";
    const when = e.at.slice(0, 16).replace("T", " ");
    return `• \`${when}\` ${who(e.actor)} · ${escapeText(truncate(e.action, 80))}${about}`;
  });
  const blocks: KnownBlock[] = [
    section(`*${title}*`),
    section(lines.join("\n")),
    context(
      t("trust.audit.range", {
        from: page.offset + 1,
        to: page.offset + page.entries.length,
        total: page.total,
      }),
    ),
  ];
  const buttons = [];
  if (page.offset + page.entries.length < page.total)
    buttons.push(
      button(t.plain("trust.audit.older"), ids.trust.auditPage, {
        value: values.trust.auditPage.encode({ o: page.offset + page.pageSize }),
      }),
    );
  if (page.offset > 0)
    buttons.push(
      button(t.plain("trust.audit.newest"), `${ids.trust.auditPage}.first`, {
        value: values.trust.auditPage.encode({ o: 0 }),
      }),
    );
  if (buttons.length > 0) blocks.push(actions(buttons));
  return { text: title, blocks };
}

/** The confirmation: what erasing means, in plain words. */
export function buildForgetModal(
  t: Translator,
  facts: { inTandem: boolean; signedUp: boolean; manager?: boolean },
): ModalView {
  const blocks: KnownBlock[] = [
    section(t("trust.forget.intro")),
    section(
      [
        facts.inTandem ? t("trust.forget.what.tandem") : undefined,
        facts.signedUp ? t("trust.forget.what.signup") : undefined,
        facts.manager ? t("trust.forget.what.manager") : undefined,
        t("trust.forget.what.pending"),
        t("trust.forget.what.aggregates"),
        t("trust.forget.what.slack"),
      ]
        .filter((l): l is string => l !== undefined)
        .map((l) => `• ${l}`)
        .join("\n"),
    ),
    context(t("trust.forget.export_hint")),
  ];
  return modal(t, {
    callbackId: ids.trust.forgetModal,
    title: t.plain("trust.forget.title"),
    submit: t.plain("trust.forget.submit"),
    blocks,
  });
}

export function buildForgetDoneView(t: Translator): ModalView {
  return modal(t, {
    callbackId: ids.trust.forgetDoneView,
    title: t.plain("trust.forget.title"),
    blocks: [section(t("trust.forget.done"))],
  });
}

/** The private answer to /mentoring forget-me: what happens, and the button to the confirmation. */
export function buildForgetOffer(t: Translator): BuiltMessage {
  const text = t("trust.forget.offer");
  return {
    text,
    blocks: [
      section(text),
      actions([button(t.plain("trust.forget.open"), ids.trust.forgetOpen, { style: "danger" })]),
    ],
  };
}

export function forgetButton(t: Translator) {
  return button(t.plain("trust.forget.open"), ids.trust.forgetOpen, { style: "danger" });
}

export function buildPartnerEndedDm(t: Translator): BuiltMessage {
  return message(t("trust.depart.partner_dm"));
}

export function buildChannelEndedMessage(t: Translator): BuiltMessage {
  return message(t("trust.depart.channel"));
}

export function buildManagerDepartDm(
  t: Translator,
  d: { reason: "erasure" | "deactivated"; userId: string; partners: string[] },
): BuiltMessage {
  // Parameters are mentions built from validated user ids, so they are not escaped.
  const partners = d.partners.map(mentionUser).join(", ");
  const lead =
    d.reason === "erasure"
      ? t("trust.depart.manager_erased")
      : t.plain("trust.depart.manager_deactivated", { user: mentionUser(d.userId) });
  const rest = d.partners.length > 0 ? ` ${t.plain("trust.depart.manager_partners", { partners })}` : "";
  return message(`${lead}${rest}`);
}

/** Managers: a tandem's channel lost a member, or was archived by hand. */
export function buildChannelEventDm(
  t: Translator,
  d: { kind: "left" | "archived"; channelId: string; userId?: string | undefined },
): BuiltMessage {
  // Parameters are mentions built from validated ids, so they are not escaped.
  const channel = mentionChannel(d.channelId);
  const text =
    d.kind === "left"
      ? t.plain("trust.channel.left", { user: d.userId ? mentionUser(d.userId) : "–", channel })
      : t.plain("trust.channel.archived", { channel });
  return message(text);
}

export function buildRetentionNotice(
  t: Translator,
  d: { program: string; eraseOn: string; months: number },
): BuiltMessage {
  return message(t("trust.retention.notice", { program: d.program, date: d.eraseOn, months: d.months }));
}

export function buildRetentionDone(t: Translator, d: { program: string; people: number }): BuiltMessage {
  return message(t("trust.retention.done", { program: d.program, people: d.people }));
}

/** The DM asking for consent to a new consent text. */
export function buildConsentRequest(t: Translator, d: { program: string; version: number }): BuiltMessage {
  const text = t("trust.consent.request", { program: d.program });
  return {
    text,
    blocks: [
      section(text),
      section(consentText(t)),
      actions([
        button(t.plain("trust.consent.accept"), ids.trust.consentAccept, {
          style: "primary",
          value: values.trust.consentAccept.encode({ v: d.version }),
        }),
        forgetButton(t),
      ]),
    ],
  };
}

/** The profile's switch for sharing goals and expectations with the partner. */
export function buildShareToggle(t: Translator, sharing: boolean): KnownBlock[] {
  return [
    section(
      sharing ? t("trust.share.on") : t("trust.share.off"),
      button(t.plain(sharing ? "trust.share.turn_off" : "trust.share.turn_on"), ids.trust.shareToggle, {
        value: values.trust.shareToggle.encode(sharing ? "off" : "on"),
      }),
    ),
  ];
}
