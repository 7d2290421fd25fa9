import type { KnownBlock } from "@slack/types";
import type { PairReason } from "../../domain/types";
import type { MessageKey, Translator } from "../../i18n";
import { actions, button, capBlocks, context, divider, header, section } from "../blocks";
import { ids } from "../ids";
import { mentionUser, safeText, truncate } from "../text";
import { reasonText } from "./reasons";

/** Pure builders of the launch's messages. Every user-written value is escaped here. */

export interface BuiltMessage {
  text: string;
  blocks: KnownBlock[];
}

export interface TandemMember {
  userId: string;
  /** first name, for plain-text places such as the channel purpose */
  name: string;
  department: string | null;
  background: string | null;
  hopeToLearn: string | null;
  learningGoals: string | null;
  expectations: string | null;
  /** answers are shown to the partner only with consent */
  consent: boolean;
}

export interface TandemWelcomeData {
  program: string;
  mentor: TandemMember;
  mentee: TandemMember;
  reasons: PairReason[];
  customTopics: Record<string, string>;
}

const USER_TEXT_MAX = 700;

/** A catalog text whose params are mrkdwn the caller made safe (mentions, escaped user text). */
function md(t: Translator, key: MessageKey, safe: Record<string, string | number>): string {
  return t.plain(key, safe);
}

function userText(text: string | null): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? safeText(trimmed, USER_TEXT_MAX) : undefined;
}

function sideLines(t: Translator, m: TandemMember, role: "mentor" | "mentee"): string[] {
  if (!m.consent) return [];
  const lines: string[] = [];
  const goals = userText(m.learningGoals);
  const expectations = userText(m.expectations);
  const hope = userText(m.hopeToLearn);
  if (role === "mentee" && goals) lines.push(md(t, "launch.welcome.goals", { text: goals }));
  if (role === "mentor" && hope) lines.push(md(t, "launch.welcome.hope", { text: hope }));
  if (expectations) lines.push(md(t, "launch.welcome.expectations", { text: expectations }));
  if (lines.length === 0) return [];
  return [md(t, "launch.welcome.side", { name: mentionUser(m.userId) }), ...lines];
}

export function buildTandemWelcome(t: Translator, d: TandemWelcomeData): BuiltMessage {
  const mentor = mentionUser(d.mentor.userId);
  const mentee = mentionUser(d.mentee.userId);
  const program = safeText(d.program, 200);

  const who = [md(t, "launch.welcome.who", {}), md(t, "launch.welcome.who.mentor", { mentor })];
  const background = d.mentor.consent ? userText(d.mentor.background) : undefined;
  if (background) who.push(md(t, "launch.welcome.background", { text: background }));
  who.push(md(t, "launch.welcome.who.mentee", { mentee }));
  const department = d.mentee.consent ? userText(d.mentee.department) : undefined;
  if (department) who.push(md(t, "launch.welcome.department", { text: department }));

  // Reasons the catalog does not know are left out rather than shown as keys.
  const reasons = d.reasons.flatMap((r) => reasonText(t, r, d.customTopics) ?? []).map((r) => `• ${r}`);
  const why = [
    md(t, "launch.welcome.why", {}),
    ...(reasons.length ? reasons : [t("launch.welcome.why.none")]),
  ];

  const blocks: KnownBlock[] = [
    header(t.plain("launch.welcome.title")),
    section(md(t, "launch.welcome.intro", { mentor, mentee, program })),
    section(who.join("\n")),
    section(why.join("\n")),
  ];
  for (const [member, role] of [
    [d.mentee, "mentee"],
    [d.mentor, "mentor"],
  ] as const) {
    const lines = sideLines(t, member, role);
    if (lines.length) blocks.push(section(lines.join("\n")));
  }
  blocks.push(
    divider(),
    section(t("launch.welcome.agenda")),
    actions([button(t.plain("plan.button.open"), ids.rhythm.planOpen, { style: "primary" })]),
    context(md(t, "launch.welcome.lead", { mentor })),
  );
  return { text: md(t, "launch.welcome.fallback", { mentor, mentee }), blocks: capBlocks(blocks, 50) };
}

/** Channel purpose: plain text, at most 250 characters. */
export function buildTandemPurpose(t: Translator, d: { program: string; mentor: string; mentee: string }) {
  return truncate(t.plain("launch.purpose", d), 250);
}

/**
 * How the person came to this tandem: matched in the round, off the waiting list, or right after
 * their tandem ended by a rematch (formerPartner: the user id of the partner of the ended tandem).
 */
export type TandemDmStory =
  | { kind: "first" }
  | { kind: "from_waiting" }
  | { kind: "rematch"; formerPartner: string; requester: boolean };

function tandemDmLead(t: Translator, story: TandemDmStory, partner: string, channel: string): string {
  if (story.kind === "first") return md(t, "launch.dm.text", { partner, channel });
  if (story.kind === "from_waiting") return md(t, "launch.dm.from_waiting", { partner, channel });
  const former = mentionUser(story.formerPartner);
  const key = story.requester ? "launch.dm.rematch.requester" : "launch.dm.rematch.partner";
  return md(t, key, { former, partner, channel });
}

function tandemDmFallback(t: Translator, story: TandemDmStory | undefined, channel: string): string {
  if (story?.kind === "rematch")
    return md(t, "launch.dm.fallback.rematch", { former: mentionUser(story.formerPartner), channel });
  if (story?.kind === "from_waiting") return md(t, "launch.dm.fallback.from_waiting", { channel });
  return md(t, "launch.dm.fallback", { channel });
}

/**
 * The direct message to a member; channel is mrkdwn such as <#C123> (or its placeholder). It is the
 * one message about the change, so it also says what ended or what the wait was for (story).
 */
export function buildTandemDm(
  t: Translator,
  d: { partnerId: string; channel: string; isMentor: boolean; story?: TandemDmStory },
): BuiltMessage {
  const partner = mentionUser(d.partnerId);
  const lines = [tandemDmLead(t, d.story ?? { kind: "first" }, partner, d.channel)];
  if (d.isMentor) lines.push(md(t, "launch.dm.mentor_leads", { partner }));
  return { text: tandemDmFallback(t, d.story, d.channel), blocks: [section(lines.join("\n\n"))] };
}

export function buildWaitingDm(t: Translator, d: { program: string }): BuiltMessage {
  const program = safeText(d.program, 200);
  return {
    text: md(t, "launch.waiting.fallback", { program }),
    blocks: [section(md(t, "launch.waiting.text", { program }))],
  };
}

/**
 * On the program's last day, to someone still on the waiting list: the wait is over, with thanks
 * (hadTandem: they were in a tandem that ended, and waited for a new partner since).
 */
export function buildWaitingClosedDm(
  t: Translator,
  d: { program: string; hadTandem: boolean },
): BuiltMessage {
  const program = safeText(d.program, 200);
  const key = d.hadTandem ? "launch.waiting.closed.after_tandem" : "launch.waiting.closed.text";
  return {
    text: md(t, "launch.waiting.closed.fallback", { program }),
    blocks: [section(md(t, key, { program }))],
  };
}

export type CircleKind = "mentor" | "executive";

export function buildCircleWelcome(
  t: Translator,
  d: { kind: CircleKind; program: string; managers: string[] },
): BuiltMessage {
  const program = safeText(d.program, 200);
  const title: MessageKey =
    d.kind === "mentor" ? "launch.circle.mentor.title" : "launch.circle.executive.title";
  const text: MessageKey = d.kind === "mentor" ? "launch.circle.mentor.text" : "launch.circle.executive.text";
  const blocks: KnownBlock[] = [header(t.plain(title)), section(md(t, text, { program }))];
  if (d.managers.length > 0) {
    const managers = d.managers.slice(0, 40).map(mentionUser).join(", ");
    blocks.push(context(md(t, "launch.circle.managers", { managers })));
  }
  return { text: md(t, "launch.circle.fallback", { program }), blocks };
}

export function buildCirclePurpose(t: Translator, kind: CircleKind, program: string): string {
  const key: MessageKey =
    kind === "mentor" ? "launch.circle.mentor.purpose" : "launch.circle.executive.purpose";
  return truncate(t.plain(key, { program }), 250);
}
