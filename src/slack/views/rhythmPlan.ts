import type { InputBlock, KnownBlock, ModalView } from "@slack/types";
import {
  canAddGoal,
  GOAL_MAX_LENGTH,
  GOAL_STATUSES,
  type GoalStatus,
  type PlanField,
  type PlanGoal,
  type PlanIssue,
  type PlanRowForm,
  POSITIONS,
  planRows,
  SUCCESS_MAX_LENGTH,
} from "../../domain/plan";
import type { MessageKey, Translator } from "../../i18n";
import { topicLabel } from "../../i18n";
import {
  actions,
  button,
  capBlocks,
  context,
  divider,
  header,
  input,
  modal,
  option,
  plain,
  section,
} from "../blocks";
import { ids } from "../ids";
import { type StateValues, stateOf } from "../state";
import { fitLength, mentionUser, safeText } from "../text";
import { values } from "../values";
import { formatDate } from "./setup";

/** Pure builders of the action plan's modal and pinned message. */

const INPUT = ids.rhythm.planInput;

export interface BuiltMessage {
  text: string;
  blocks: KnownBlock[];
}

export function planBlockId(field: PlanField, position: number): string {
  return `${INPUT[field]}${position}`;
}

const STATUS_KEY: Record<GoalStatus, MessageKey> = {
  open: "plan.status.open",
  in_progress: "plan.status.in_progress",
  done: "plan.status.done",
};

const STATUS_ICON: Record<GoalStatus, string> = { open: "⚪", in_progress: "🔵", done: "✅" };

export interface PlanModalData {
  tandemId: number;
  /** the stored version the modal was opened with */
  version: number;
  goals: readonly PlanGoal[];
  /** topic keys offered (the program's, plus any a stored goal still uses) */
  topics: readonly string[];
  customTopics: Record<string, string>;
  /** YYYY-MM-DD, for the hint */
  programEnd: string;
  /** goal rows to show (planRows); by default one per stored goal, at least one */
  rows?: number;
}

/** Goal rows of inputs (planRows), prefilled from the stored plan. block_id equals action_id (planBlockId). */
/** Every field of the plan is optional: a goal row counts once its goal is filled. */
function optionalInput(blockId: string, label: string, element: InputBlock["element"]): InputBlock {
  return input(blockId, label, element, { optional: true });
}

/** A one-line text of a goal row, prefilled with the stored text where there is one. */
function textInput(
  blockId: string,
  label: string,
  placeholder: string,
  maxLength: number,
  initial: string | undefined,
): InputBlock {
  return optionalInput(blockId, label, {
    type: "plain_text_input",
    action_id: blockId,
    max_length: maxLength,
    placeholder: plain(placeholder, 150),
    ...(initial !== undefined ? { initial_value: fitLength(initial, maxLength) } : {}),
  });
}

export function buildPlanModal(t: Translator, d: PlanModalData): ModalView {
  const topicOptions = d.topics.slice(0, 100).map((k) => option(topicLabel(t, k, d.customTopics), k));
  const statusOptions = GOAL_STATUSES.map((s) => option(t.plain(STATUS_KEY[s]), s));
  const blocks: KnownBlock[] = [section(t("plan.modal.intro", { end: formatDate(t.lang, d.programEnd) }))];
  const rows = planRows(d.goals, d.rows);
  for (const position of POSITIONS.slice(0, rows)) {
    const g = d.goals.find((x) => x.position === position);
    const topic = g?.topic ? topicOptions.find((o) => o.value === g.topic) : undefined;
    const status = statusOptions.find((o) => o.value === (g?.status ?? "open"));
    const id = (field: PlanField) => planBlockId(field, position);
    blocks.push(
      divider(),
      header(t.plain("plan.modal.goal_header", { n: position })),
      textInput(
        id("goal"),
        t.plain("plan.field.goal"),
        t.plain("plan.field.goal_placeholder"),
        GOAL_MAX_LENGTH,
        g?.goal,
      ),
    );
    if (topicOptions.length > 0) {
      blocks.push(
        optionalInput(id("topic"), t.plain("plan.field.topic"), {
          type: "static_select",
          action_id: id("topic"),
          options: topicOptions,
          placeholder: plain(t.plain("plan.field.topic_placeholder"), 150),
          ...(topic ? { initial_option: topic } : {}),
        }),
      );
    }
    blocks.push(
      textInput(
        id("successSign"),
        t.plain("plan.field.success"),
        t.plain("plan.field.success_placeholder"),
        SUCCESS_MAX_LENGTH,
        g?.successSign || undefined,
      ),
      optionalInput(id("targetDate"), t.plain("plan.field.target"), {
        type: "datepicker",
        action_id: id("targetDate"),
        ...(g?.targetDate ? { initial_date: g.targetDate } : {}),
      }),
    );
    // A new goal starts open; its status is asked once there is something to report.
    if (g) {
      blocks.push(
        optionalInput(id("status"), t.plain("plan.field.status"), {
          type: "static_select",
          action_id: id("status"),
          options: statusOptions,
          ...(status ? { initial_option: status } : {}),
        }),
      );
    }
  }
  if (canAddGoal(rows)) {
    blocks.push(actions([button(t.plain("plan.button.add_goal"), ids.rhythm.planAddGoal)], "plan.add"));
  }
  return modal(t, {
    callbackId: ids.rhythm.planModal,
    metadata: values.rhythm.planModal.encode({ tandem: d.tandemId, v: d.version, r: rows }),
    title: t.plain("plan.modal.title"),
    submit: t.plain("common.save"),
    blocks: capBlocks(blocks, 100),
  });
}

export function readPlanForm(values: StateValues): PlanRowForm[] {
  return POSITIONS.map((position) => {
    const get = (field: PlanField) => stateOf(values, planBlockId(field, position));
    return {
      position,
      topic: get("topic")?.selected_option?.value ?? null,
      goal: get("goal")?.value ?? null,
      successSign: get("successSign")?.value ?? null,
      targetDate: get("targetDate")?.selected_date ?? null,
      status: get("status")?.selected_option?.value ?? null,
    };
  });
}

/** Slack shows these beside the inputs (plain text), keyed by input block_id. */
export function planErrorsByBlock(t: Translator, issues: readonly PlanIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const params: Record<string, string | number> = { ...(issue.params ?? {}) };
    if (typeof params.end === "string") params.end = formatDate(t.lang, params.end);
    if (typeof params.today === "string") params.today = formatDate(t.lang, params.today);
    const blockId = planBlockId(issue.field, issue.position);
    out[blockId] ??= t.plain(`plan.error.${issue.code}`, params);
  }
  return out;
}

export interface PlanMessageData {
  mentorUserId: string;
  menteeUserId: string;
  goals: readonly PlanGoal[];
  customTopics: Record<string, string>;
  updatedBy: string;
  /** YYYY-MM-DD */
  updatedOn: string;
}

/** The plan as posted and pinned in the tandem channel; every user-written value escaped. */
export function buildPlanMessage(t: Translator, d: PlanMessageData): BuiltMessage {
  const mentor = mentionUser(d.mentorUserId);
  const mentee = mentionUser(d.menteeUserId);
  const blocks: KnownBlock[] = [
    header(t.plain("plan.message.title")),
    section(t.plain("plan.message.intro", { mentor, mentee })),
  ];
  for (const g of d.goals) {
    const lines = [
      t.plain("plan.message.goal", { n: g.position, goal: safeText(g.goal, GOAL_MAX_LENGTH + 100) }),
    ];
    const facts: string[] = [];
    if (g.topic) facts.push(t("plan.message.topic", { topic: topicLabel(t, g.topic, d.customTopics) }));
    if (g.targetDate) facts.push(t("plan.message.target", { date: formatDate(t.lang, g.targetDate) }));
    facts.push(`${STATUS_ICON[g.status]} ${t(STATUS_KEY[g.status])}`);
    lines.push(facts.join(" · "));
    if (g.successSign) {
      lines.push(
        t.plain("plan.message.success", { text: safeText(g.successSign, SUCCESS_MAX_LENGTH + 100) }),
      );
    }
    blocks.push(divider(), section(lines.join("\n")));
  }
  blocks.push(
    divider(),
    context(
      t.plain("plan.message.updated", {
        user: mentionUser(d.updatedBy),
        date: formatDate(t.lang, d.updatedOn),
      }),
    ),
    actions([
      button(t.plain("plan.button.edit"), ids.rhythm.planOpen),
      ...(canAddGoal(d.goals.length)
        ? [button(t.plain("plan.button.add_goal"), ids.rhythm.planAddGoal, { value: "message" })]
        : []),
    ]),
  );
  return { text: t.plain("plan.message.fallback", { mentor, mentee }), blocks: capBlocks(blocks, 50) };
}
