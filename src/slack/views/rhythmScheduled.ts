import type { Button, KnownBlock } from "@slack/types";
import { formatDay } from "../../domain/dates";
import type { CirclePhase } from "../../domain/rhythm/prompts";
import type { MessageKey, Translator } from "../../i18n";
import { actions, button, capBlocks, context, header, section } from "../blocks";
import { ids, memberId } from "../ids";
import { mentionChannel, mentionUser, safeText } from "../text";
import { values } from "../values";

/**
 * Pure builders of what the scheduler posts: check-ins, nudges, circle prompts, alerts. Mentions are
 * built here and passed to t.plain (t() would escape them); no user-written text goes that way.
 */

export interface BuiltMessage {
  text: string;
  blocks: KnownBlock[];
}

const PHASE_KEY: Record<CirclePhase, MessageKey> = {
  start: "rhythm.phase.start",
  middle: "rhythm.phase.middle",
  end: "rhythm.phase.end",
};

/** One button per member of a family (memberId), the first one primary. */
function familyButtons<M extends string>(
  family: string,
  members: readonly M[],
  label: (member: M) => string,
  value: (member: M) => string,
): Button[] {
  return members.map((m, i) =>
    button(label(m), memberId(family, m), {
      value: value(m),
      ...(i === 0 ? { style: "primary" as const } : {}),
    }),
  );
}

/**
 * The check-in in a tandem channel; the buttons' value carries the check-in and the answer. The
 * final one (`endDate` given) is the reflection of the last stretch: the same buttons, and a question
 * to take into the last meeting.
 */
export function buildCheckinMessage(
  t: Translator,
  d: { checkinId: number; mentorUserId: string; menteeUserId: string; endDate?: string | undefined },
): BuiltMessage {
  const answer = (a: "yes" | "not_yet" | "help") => values.rhythm.checkinAnswer.encode({ c: d.checkinId, a });
  const who = { mentor: mentionUser(d.mentorUserId), mentee: mentionUser(d.menteeUserId) };
  return {
    text: d.endDate
      ? t("rhythm.checkin.final_fallback", { date: formatDay(t.lang, d.endDate) })
      : t("rhythm.checkin.fallback"),
    blocks: [
      section(
        d.endDate
          ? t.plain("rhythm.checkin.final_text", { ...who, date: formatDay(t.lang, d.endDate) })
          : t.plain("rhythm.checkin.text", who),
      ),
      actions(
        familyButtons(
          ids.rhythm.checkinAnswer,
          ["yes", "not_yet", "help"] as const,
          (a) => t.plain(`rhythm.checkin.${a}`),
          answer,
        ),
        ids.rhythm.checkinActions,
      ),
      context(t("rhythm.checkin.hint")),
    ],
  };
}

/**
 * The friendly nudge after nudgeAfterDays without a reported meeting: a reply in the thread of the
 * check-in that is still open, pointing back to its buttons;
 * tandemId gives it its pause button.
 */
export function buildNudgeMessage(
  t: Translator,
  d: { mentorUserId: string; menteeUserId: string; days: number; tandemId?: number },
): BuiltMessage {
  const pause =
    d.tandemId === undefined
      ? []
      : [
          actions([
            button(t.plain("rhythm.nudge.pause"), ids.rhythm.pauseOpen, {
              value: values.rhythm.pauseOpen.encode({ t: d.tandemId }),
            }),
          ]),
        ];
  return {
    text: t("rhythm.nudge.thread_fallback"),
    blocks: [
      section(
        t.plain("rhythm.nudge.thread", {
          mentor: mentionUser(d.mentorUserId),
          mentee: mentionUser(d.menteeUserId),
        }),
      ),
      context(t("rhythm.nudge.hint")),
      ...pause,
    ],
  };
}

/**
 * A thread starter in the mentor circle; a manager's own prompt is user text and is escaped. Prompts
 * speak to mentors with a tandem; when the circle has mentors on the waiting list (waitingMentors),
 * a line invites them in as they are.
 */
export function buildCirclePrompt(
  t: Translator,
  d: {
    phase: CirclePhase;
    prompt: { source: "custom"; text: string } | { source: "library"; key: MessageKey };
    waitingMentors?: boolean;
  },
): BuiltMessage {
  const prompt = d.prompt.source === "custom" ? safeText(d.prompt.text, 2500) : t(d.prompt.key);
  return {
    text: t("rhythm.circle.fallback", {
      prompt: d.prompt.source === "custom" ? d.prompt.text : t.plain(d.prompt.key),
    }),
    blocks: [
      header(t.plain("rhythm.circle.header", { phase: t.plain(PHASE_KEY[d.phase]) })),
      section(prompt),
      context(t("rhythm.circle.reply")),
      ...(d.waitingMentors ? [context(t("rhythm.circle.waiting"))] : []),
    ],
  };
}

type AlertData = Parameters<typeof buildAlertDm>[1];

function followUpButtons(t: Translator, alertId: number, kinds: readonly ("claim" | "resolve" | "pause")[]) {
  return actions(
    familyButtons(
      ids.rhythm.alertFollowUp,
      kinds,
      (f) => t.plain(`rhythm.alert.${f}`),
      (f) => values.rhythm.alertFollowUp.encode({ a: alertId, f }),
    ),
    `alert.${alertId}`,
  );
}

/**
 * Help asked for privately: only the program managers get it, and it says so, so nobody mentions it
 * in the tandem's channel. No "pause" button: a pause is announced in the channel.
 */
function buildPrivateHelpAlertDm(t: Translator, d: AlertData & { privateFrom: string }): BuiltMessage {
  const partner = d.privateFrom === d.mentorUserId ? d.menteeUserId : d.mentorUserId;
  const who = { user: mentionUser(d.privateFrom), partner: mentionUser(partner) };
  const blocks: KnownBlock[] = [section(t.plain("rhythm.alert.help_private", who))];
  if (d.channelId)
    blocks.push(context(t.plain("rhythm.alert.channel", { channel: mentionChannel(d.channelId) })));
  blocks.push(followUpButtons(t, d.alertId, ["claim", "resolve"]), context(t("rhythm.alert.hint")));
  return { text: t("rhythm.alert.fallback_help_private"), blocks };
}

/** The "at risk" DM to a program manager, with one-click follow-ups. */
export function buildAlertDm(
  t: Translator,
  d: {
    alertId: number;
    reason: "stall" | "help";
    days: number;
    mentorUserId: string;
    menteeUserId: string;
    channelId: string | null;
    /** help asked for privately by this member: the partner does not know */
    privateFrom?: string | null;
    /**
     * stall: the day it is counted from and the check-ins since then that brought no meeting;
     * `startedOn` (the launch day) when the tandem never reported a meeting
     */
    history?: { since: string; unanswered: number; startedOn?: string | undefined } | undefined;
  },
): BuiltMessage {
  const who = { mentor: mentionUser(d.mentorUserId), mentee: mentionUser(d.menteeUserId) };
  if (d.privateFrom) return buildPrivateHelpAlertDm(t, { ...d, privateFrom: d.privateFrom });
  const follow = (f: "claim" | "resolve" | "pause") =>
    values.rhythm.alertFollowUp.encode({ a: d.alertId, f });
  const blocks: KnownBlock[] = [
    section(
      d.reason === "help"
        ? t.plain("rhythm.alert.help", who)
        : t.plain("rhythm.alert.stall", { ...who, days: d.days }),
    ),
  ];
  if (d.reason === "stall" && d.history)
    blocks.push(
      context(
        d.history.startedOn
          ? t.plain("rhythm.alert.history_never", {
              date: formatDay(t.lang, d.history.startedOn),
              count: d.history.unanswered,
            })
          : t.plain("rhythm.alert.history", {
              date: formatDay(t.lang, d.history.since),
              count: d.history.unanswered,
            }),
      ),
    );
  if (d.channelId)
    blocks.push(context(t.plain("rhythm.alert.channel", { channel: mentionChannel(d.channelId) })));
  blocks.push(
    actions(
      familyButtons(
        ids.rhythm.alertFollowUp,
        ["claim", "resolve", "pause"] as const,
        (f) => t.plain(`rhythm.alert.${f}`),
        follow,
      ),
      `alert.${d.alertId}`,
    ),
    context(t("rhythm.alert.hint")),
  );
  return {
    text:
      d.reason === "help"
        ? t("rhythm.alert.fallback_help")
        : t("rhythm.alert.fallback_stall", { days: d.days }),
    blocks: capBlocks(blocks, 50),
  };
}
