import type { KnownBlock, ModalView } from "@slack/types";
import type { CheckinAnswer } from "../../domain/types";
import type { MessageKey, Translator } from "../../i18n";
import { actions, button, context, input, modal, option, plain, section } from "../blocks";
import { ids, memberId } from "../ids";
import { type StateValues, stateOf } from "../state";
import { fitLength, mentionUser, truncate } from "../text";
import { values } from "../values";
import type { BuiltMessage } from "./rhythmScheduled";

/*
 * The check-in's interactive parts: who answered what, shown on the check-in message, and the short
 * modal behind "Yes, we met". The message itself is built by buildCheckinMessage (rhythmScheduled.ts).
 */

const INPUT = ids.rhythm.checkinInput;
export const GOAL_STATUSES = ["open", "in_progress", "done"] as const;
export type GoalStatusValue = (typeof GOAL_STATUSES)[number];
export const TEXT_MAX = 1000;

const ANSWER_KEY: Record<CheckinAnswer | "none", MessageKey> = {
  none: "rhythm.checkin.status.none",
  yes: "rhythm.checkin.status.yes",
  not_yet: "rhythm.checkin.status.not_yet",
  help: "rhythm.checkin.status.help",
};

const GOAL_KEY: Record<GoalStatusValue, MessageKey> = {
  open: "rhythm.checkin.goal.open",
  in_progress: "rhythm.checkin.goal.in_progress",
  done: "rhythm.checkin.goal.done",
};

/** One line per member: who answered what (never the details they entered). */
export function checkinStatusLine(
  t: Translator,
  members: readonly string[],
  answers: readonly { userId: string; answer: CheckinAnswer }[],
): string {
  return members
    .map((userId) => {
      const answer = answers.find((a) => a.userId === userId)?.answer ?? "none";
      return t.plain(ANSWER_KEY[answer], { user: mentionUser(userId) });
    })
    .join("   ·   ");
}

/** The check-in message with the answers so far, placed right under the buttons. */
export function withAnswers(message: BuiltMessage, statusLine: string): BuiltMessage {
  const blocks: KnownBlock[] = [...message.blocks];
  const at = blocks.findIndex((b) => b.type === "actions");
  blocks.splice(at < 0 ? blocks.length : at + 1, 0, context(statusLine));
  return { text: message.text, blocks };
}

export interface CheckinModalData {
  checkinId: number;
  /** YYYY-MM-DD in the program's time zone: the latest day one can pick */
  today: string;
  goals: readonly { id: number; position: number; goal: string; status: GoalStatusValue }[];
  /** the person's earlier answer to this check-in, to edit it */
  previous?:
    | {
        metOn: string | null;
        topicsCovered: string | null;
        usefulness: number | null;
        nextStep: string | null;
      }
    | undefined;
}

export function goalBlockId(goalId: number): string {
  return `${ids.rhythm.checkinGoalPrefix}${goalId}`;
}

/** When, what, how useful, what next, and where each action-plan goal stands. */
export function buildCheckinModal(t: Translator, d: CheckinModalData): ModalView {
  const prev = d.previous;
  const usefulness = [1, 2, 3, 4, 5].map((n) =>
    option(t.plain(`rhythm.checkin.modal.usefulness.${n}` as MessageKey), String(n)),
  );
  const chosen = usefulness.find((o) => o.value === String(prev?.usefulness ?? ""));
  const metOn = prev?.metOn && prev.metOn <= d.today ? prev.metOn : d.today;
  const blocks: KnownBlock[] = [
    section(t("rhythm.checkin.modal.intro")),
    input(INPUT.metOn, t.plain("rhythm.checkin.modal.met_on"), {
      type: "datepicker",
      action_id: INPUT.metOn,
      initial_date: metOn,
    }),
    input(
      INPUT.topics,
      t.plain("rhythm.checkin.modal.topics"),
      {
        type: "plain_text_input",
        action_id: INPUT.topics,
        multiline: true,
        max_length: TEXT_MAX,
        placeholder: plain(t.plain("rhythm.checkin.modal.topics_placeholder"), 150),
        ...(prev?.topicsCovered ? { initial_value: fitLength(prev.topicsCovered, TEXT_MAX) } : {}),
      },
      { optional: true },
    ),
    input(
      INPUT.usefulness,
      t.plain("rhythm.checkin.modal.usefulness"),
      {
        type: "static_select",
        action_id: INPUT.usefulness,
        options: usefulness,
        ...(chosen ? { initial_option: chosen } : {}),
      },
      { optional: true },
    ),
    input(
      INPUT.nextStep,
      t.plain("rhythm.checkin.modal.next_step"),
      {
        type: "plain_text_input",
        action_id: INPUT.nextStep,
        max_length: TEXT_MAX,
        ...(prev?.nextStep ? { initial_value: fitLength(prev.nextStep, TEXT_MAX) } : {}),
      },
      { optional: true },
    ),
  ];
  if (d.goals.length > 0) {
    blocks.push(section(t("rhythm.checkin.modal.goals")));
    const options = GOAL_STATUSES.map((s) => option(t.plain(GOAL_KEY[s]), s));
    for (const goal of d.goals.slice(0, 20)) {
      const id = goalBlockId(goal.id);
      blocks.push(
        input(
          id,
          truncate(t.plain("rhythm.checkin.modal.goal", { n: goal.position, goal: goal.goal }), 2000),
          {
            type: "static_select",
            action_id: id,
            options,
            initial_option: options.find((o) => o.value === goal.status) ?? options[0],
          },
          { optional: true },
        ),
      );
    }
  }
  return modal(t, {
    callbackId: ids.rhythm.checkinModal,
    metadata: values.rhythm.checkinModal.encode({ c: d.checkinId }),
    title: t.plain("rhythm.checkin.modal.title"),
    submit: t.plain("rhythm.checkin.modal.submit"),
    blocks,
  });
}

export interface CheckinForm {
  metOn: string | null;
  topicsCovered: string | null;
  usefulness: number | null;
  nextStep: string | null;
  /** goal id → status, for the goals shown in the modal */
  goals: Record<string, GoalStatusValue>;
}

export type CheckinFormResult =
  | { ok: true; form: CheckinForm }
  | { ok: false; errors: Record<string, MessageKey> };

function isGoalStatus(v: string | undefined): v is GoalStatusValue {
  return (GOAL_STATUSES as readonly string[]).includes(v ?? "");
}

/** Reads and checks the modal: a meeting day that is not in the future; text trimmed and capped. */
export function readCheckinForm(values: StateValues, today: string): CheckinFormResult {
  const get = (id: string) => stateOf(values, id);
  const text = (id: string): string | null => {
    const v = get(id)?.value?.trim();
    return v ? truncate(v, TEXT_MAX) : null;
  };
  const metOn = get(INPUT.metOn)?.selected_date ?? null;
  const errors: Record<string, MessageKey> = {};
  if (!metOn || !/^\d{4}-\d{2}-\d{2}$/.test(metOn)) errors[INPUT.metOn] = "rhythm.checkin.error.date";
  else if (metOn > today) errors[INPUT.metOn] = "rhythm.checkin.error.future";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const rawUsefulness = Number(get(INPUT.usefulness)?.selected_option?.value);
  const goals: Record<string, GoalStatusValue> = {};
  for (const blockId of Object.keys(values)) {
    if (!blockId.startsWith(ids.rhythm.checkinGoalPrefix)) continue;
    const goalId = blockId.slice(ids.rhythm.checkinGoalPrefix.length);
    const status = get(blockId)?.selected_option?.value;
    if (/^\d+$/.test(goalId) && isGoalStatus(status)) goals[goalId] = status;
  }
  return {
    ok: true,
    form: {
      metOn,
      topicsCovered: text(INPUT.topics),
      usefulness:
        Number.isInteger(rawUsefulness) && rawUsefulness >= 1 && rawUsefulness <= 5 ? rawUsefulness : null,
      nextStep: text(INPUT.nextStep),
      goals,
    },
  };
}

/**
 * After "We need help", only to the person who clicked (ephemeral): ask with the partner, shown on
 * the check-in, or privately, to the program managers only. Nothing is recorded before the choice.
 */
export function buildHelpChoice(
  t: Translator,
  d: { checkinId: number; partnerUserId: string },
): BuiltMessage {
  const partner = mentionUser(d.partnerUserId);
  const choice = (h: "shared" | "private") =>
    button(t.plain(`rhythm.help.choice.${h}`), memberId(ids.rhythm.helpChoice, h), {
      value: values.rhythm.helpChoice.encode({ c: d.checkinId, h }),
      ...(h === "private" ? { style: "primary" as const } : {}),
    });
  return {
    text: t("rhythm.help.choice.text"),
    blocks: [
      section(t("rhythm.help.choice.text")),
      actions([choice("shared"), choice("private")]),
      context(t.plain("rhythm.help.choice.hint", { partner })),
    ],
  };
}
