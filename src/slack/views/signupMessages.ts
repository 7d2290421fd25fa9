import type { KnownBlock } from "@slack/types";
import type { OpSpec } from "../../db/ops";
import type { Participant } from "../../db/queries/participants";
import { formatDay } from "../../domain/dates";
import { isSignupOpen } from "../../domain/signup";
import type { ProgramStatus, Role } from "../../domain/types";
import type { Lang, Translator } from "../../i18n";
import { topicLabel } from "../../i18n";
import { actions, button, capBlocks, context, divider, fields, header, section } from "../blocks";
import { ids } from "../ids";
import { mentionUser, safeText } from "../text";
import { values } from "../values";
import { formatLabel, languageLabel, perMonthLabel } from "./signup";
import { forgetButton } from "./trust";

/** Messages of the sign-up: confirmations by DM, the profile, the leave confirmation. */

export interface ProgramInfo {
  id: number;
  name: string;
  topics: string[];
  customTopics: Record<string, string>;
  signupDeadline: string;
  signupOpen: boolean;
  status: ProgramStatus;
}

export interface Message {
  text: string;
  blocks: KnownBlock[];
}

/** "2025-03-31" → "31. März 2025" (de) or "31 March 2025" (en). */
export function formatDate(ymd: string, lang: Lang): string {
  return formatDay(lang, ymd);
}

/** The reply when sign-up is not open for someone who has no finished sign-up. */
export function closedText(t: Translator, program: ProgramInfo, today: string): string {
  if (program.status === "draft") return t("signup.closed.not_yet", { program: program.name });
  if (program.signupDeadline < today) {
    return t("signup.closed.past", {
      program: program.name,
      deadline: formatDate(program.signupDeadline, t.lang),
    });
  }
  return t("signup.closed.now", { program: program.name });
}

export type SignupChange = "new" | "updated" | "switched";

/** The direct message after a submitted questionnaire: what happened, where they stand, what comes next. */
export function buildSignupDm(
  t: Translator,
  program: ProgramInfo,
  participant: Participant,
  change: SignupChange,
  today: string,
): Message {
  const role = t.plain(`common.role.${participant.role}`);
  const headline = t(`signup.dm.${change}`, { program: program.name, role });
  const next =
    participant.status === "waiting"
      ? t("signup.dm.next.waiting")
      : isSignupOpen(program, today)
        ? t("signup.dm.next.before_deadline", { deadline: formatDate(program.signupDeadline, t.lang) })
        : t("signup.dm.next.after_deadline");
  const status = t("signup.dm.status", { status: t.plain(`signup.status.${participant.status}`) });
  return {
    text: headline,
    blocks: [section(headline), section(`${status}\n${next}`), ownAnswerButtons(t, participant.role)],
  };
}

export function buildWithdrawnDm(t: Translator, program: { name: string }): Message {
  const text = t("signup.dm.withdrawn", { program: program.name });
  return { text, blocks: [section(text)] };
}

/** The outbox batch of a program's sign-up confirmations. */
export function signupBatch(programId: number): string {
  return `signup:${programId}`;
}

/**
 * A confirmation DM as an outbox op. `occasion` names the one submission or withdrawal it confirms
 * (the submitted view's id, the withdrawal's time), so a repeated request enqueues nothing new.
 */
export function confirmationDmOp(
  programId: number,
  userId: string,
  occasion: string,
  message: Message,
): OpSpec {
  return {
    key: `${signupBatch(programId)}:dm:${userId}:${occasion}`,
    kind: "dm.post",
    args: { user: userId, text: message.text, blocks: message.blocks },
    about: mentionUser(userId),
  };
}

/** One's own answers, escaped: nothing a person typed can ping or link. */
export function buildProfileBlocks(
  t: Translator,
  program: ProgramInfo,
  p: Participant,
  ratings: Map<string, number>,
): KnownBlock[] {
  const blocks: KnownBlock[] = [
    header(t.plain("signup.profile.title")),
    section(
      [
        t("signup.profile.program", { program: program.name }),
        t("signup.profile.role", { role: t.plain(`common.role.${p.role}`) }),
        t("signup.profile.status", { status: t.plain(`signup.status.${p.status}`) }),
      ].join("\n"),
    ),
  ];
  if (p.status === "draft") blocks.push(context(t("signup.profile.draft")));

  const empty = t("signup.profile.empty");
  const answer = (label: string, value: string | null | undefined, max = 1800) =>
    `*${label}*\n${value ? safeText(value, max) : empty}`;
  const texts: [string, string | null][] =
    p.role === "mentor"
      ? [
          [t("signup.q.background.label"), p.background],
          [t("signup.q.hope_to_learn.label"), p.hopeToLearn],
        ]
      : [
          [t("signup.q.learning_goals.label"), p.learningGoals],
          [t("signup.q.expectations.label"), p.expectations],
          [t("signup.q.concerns.label"), p.concerns],
        ];
  blocks.push(divider(), section(answer(t("signup.q.department.label"), p.department, 200)));
  for (const [label, value] of texts) blocks.push(section(answer(label, value, 2800)));

  const ratingLines = program.topics.map((topic) => {
    const level = ratings.get(topic);
    return t("signup.profile.rating_line", {
      topic: topicLabel(t, topic, program.customTopics),
      level:
        level === 1 || level === 2 || level === 3 || level === 4 || level === 5
          ? t.plain(`level.${level}`)
          : empty,
    });
  });
  if (ratingLines.length > 0) {
    blocks.push(section(`*${t(`signup.profile.ratings.${p.role}`)}*\n${ratingLines.join("\n")}`));
  }

  const meetings =
    p.meetingFormat && p.meetingsPerMonth
      ? t("signup.profile.format", {
          format: formatLabel(t, p.meetingFormat),
          frequency: perMonthLabel(t, p.meetingsPerMonth),
        })
      : empty;
  const languages =
    p.languages.length > 0 ? safeText(p.languages.map((l) => languageLabel(t, l)).join(", "), 1000) : empty;
  blocks.push(
    fields([
      `*${t("signup.profile.meetings")}*\n${meetings}`,
      `*${t("signup.profile.languages")}*\n${languages}`,
      answer(t("signup.q.availability.label"), p.availability, 600),
    ]),
    section(
      p.excludedUserIds.length > 0
        ? t("signup.profile.excluded", { count: p.excludedUserIds.length })
        : t("signup.profile.excluded_none"),
    ),
  );
  if (p.consent && p.consentAt) {
    blocks.push(context(t("signup.profile.consent", { date: formatDate(p.consentAt, t.lang) })));
  }
  blocks.push(ownAnswerButtons(t, p.role));
  return capBlocks(blocks, 50);
}

/** Edit or withdraw with one click, wherever the person reads about their sign-up. */
function ownAnswerButtons(t: Translator, role: Role): KnownBlock {
  return actions([
    button(t.plain("signup.profile.edit"), ids.signup.join, {
      value: values.signup.join.encode(role),
      style: "primary",
    }),
    button(t.plain("signup.profile.leave"), ids.signup.leave),
  ]);
}

/** Asks before withdrawing; the danger button carries value "confirm". */
export function buildLeaveConfirm(t: Translator, program: { name: string }): Message {
  const text = t("signup.leave.confirm", { program: program.name });
  return {
    text,
    blocks: [
      section(text),
      actions([
        button(t.plain("signup.leave.confirm_button"), ids.signup.leave, {
          value: values.signup.leave.encode("confirm"),
          style: "danger",
        }),
        button(t.plain("signup.leave.cancel_button"), ids.signup.leaveCancel),
        forgetButton(t),
      ]),
    ],
  };
}

/** The private answer when the sign-up form could not open on its trigger: a "Try again" that opens it. */
export function buildJoinRetry(t: Translator, role: Role | undefined): Message {
  const text = t("signup.join_failed");
  return {
    text,
    blocks: [
      section(text),
      actions([
        button(t.plain("signup.join_failed.retry"), ids.signup.joinRetry, {
          ...(role ? { value: values.signup.joinRetry.encode(role) } : {}),
          style: "primary",
        }),
      ]),
    ],
  };
}
