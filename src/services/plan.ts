import { opByKey } from "../db/queries/outbox";
import {
  goalsOf,
  planOf,
  recordPlanMessage,
  savePlan,
  type TandemInChannel,
  tandemByChannel,
  tandemById,
  tandemChannelsOf,
  touchPlan,
} from "../db/queries/plans";
import { cachedUser } from "../db/queries/users";
import type { Deps, WorkerDeps } from "../deps";
import { type PlanGoal, type PlanRowForm, planRows, sameGoals, validatePlan } from "../domain/plan";
import { localDate } from "../domain/rhythm/time";
import { langFromLocale, type Translator, translator } from "../i18n";
import { enqueue } from "../outbox/enqueue";
import { type OpSpec, placeholder, type Tx } from "../outbox/types";
import type { OutboxHooks } from "../outbox/worker";
import { mentionChannel } from "../slack/text";
import { values } from "../slack/values";
import { buildPlanMessage, buildPlanModal, planBlockId, planErrorsByBlock } from "../slack/views/rhythmPlan";
import type { Actor, Submitter } from "./actor";

/** Names of the plan's outbox hooks, as stored in an op's onDone. */
export const PLAN_HOOK = { posted: "rhythm.planPosted" } as const;

/** The posted plan's ts is recorded on the plan, in the transaction that marks the post done. */
export const planHooks: OutboxHooks = {
  [PLAN_HOOK.posted]: (tx, { params, result }) => {
    const channel = typeof result.channel === "string" ? result.channel : "";
    const ts = typeof result.ts === "string" ? result.ts : "";
    if (channel && ts) recordPlanMessage(tx, Number(params.tandemId), channel, ts);
  },
};

/** Outbox keys of a tandem's plan message: one post and pin, then one update per saved version. */
export function planPostKey(tandemId: number): string {
  return `plan:${tandemId}:post`;
}

/** The outbox batch of a tandem's plan messages. */
export function planBatch(tandemId: number): string {
  return `plan:${tandemId}`;
}

/**
 * After the goals changed elsewhere (a check-in's goal progress, saved in tx): the pinned plan is
 * updated through the outbox, so it never shows a goal as open that the tandem reported done. Only a
 * plan that was posted is updated; call inside the transaction that changed the goals.
 */
export function planChangedOps(
  deps: Deps,
  tx: Tx,
  tandemId: number,
  by: { userId: string; now: Date },
): OpSpec[] {
  const info = tandemById(tx, tandemId);
  const channel = info?.tandem.channelId;
  if (!info || !channel || !opByKey(tx, planPostKey(tandemId))) return [];
  const version = touchPlan(tx, tandemId, { userId: by.userId, nowIso: by.now.toISOString() });
  if (version === undefined) return [];
  const today = localDate(by.now, info.program.timezone);
  const goals = goalsOf(tx, tandemId);
  return planOps(tx, sharedTranslator(deps, info), info, channel, goals, version, {
    userId: by.userId,
    today,
  });
}

/** What the plan modal sent back: the tandem and the plan version it was opened on, and the form. */
export interface PlanSubmission {
  tandemId: number | undefined;
  openedVersion: number;
  form: PlanRowForm[];
}

function isMember(info: TandemInChannel, userId: string): boolean {
  return info.mentorUserId === userId || info.menteeUserId === userId;
}

type Access = { ok: true; info: TandemInChannel } | { ok: false; text: string };

/** Who may open the plan here: the tandem's two members, or a program manager. */
function planAccess(deps: Deps, actor: Actor, channelId: string): Access {
  const { t, userId } = actor;
  const info = tandemByChannel(deps.db, channelId);
  if (!info) {
    const mine = tandemChannelsOf(deps.db, userId)[0];
    return {
      ok: false,
      text: mine
        ? t.plain("plan.error.not_tandem_channel_yours", { channel: mentionChannel(mine) })
        : t("plan.error.not_tandem_channel"),
    };
  }
  if (!isMember(info, userId) && !actor.isManager) return { ok: false, text: t("plan.error.not_member") };
  return { ok: true, info };
}

function topicsFor(info: TandemInChannel, stored: readonly PlanGoal[]): string[] {
  const extra = stored.flatMap((g) => (g.topic && !info.program.topics.includes(g.topic) ? [g.topic] : []));
  return [...info.program.topics, ...extra];
}

/**
 * `/mentoring plan` in a tandem channel, the "Action plan" button of the welcome message and the
 * "Edit plan" button on the plan: the modal with the stored goals, for the tandem or a manager.
 */
export async function openPlanModal(
  deps: WorkerDeps,
  actor: Actor,
  input: { channelId: string; addGoal?: boolean },
): Promise<void> {
  const access = planAccess(deps, actor, input.channelId);
  if (!access.ok) return actor.reply(access.text);
  const { info } = access;
  const stored = goalsOf(deps.db, info.tandem.id);
  const version = planOf(deps.db, info.tandem.id)?.version ?? 0;
  const rows = input.addGoal && stored.length > 0 ? planRows(stored) + 1 : undefined;
  await actor.openModal(planModal(actor.t, info, stored, { version, rows }));
}

function planModal(
  t: Translator,
  info: TandemInChannel,
  stored: readonly PlanGoal[],
  at: { version: number; rows: number | undefined },
) {
  return buildPlanModal(t, {
    tandemId: info.tandem.id,
    version: at.version,
    goals: stored,
    topics: topicsFor(info, stored),
    customTopics: info.program.customTopics,
    programEnd: info.program.endDate,
    ...(at.rows !== undefined ? { rows: at.rows } : {}),
  });
}

/**
 * "Add a goal": on the pinned plan it opens the plan with one more goal row; inside the plan modal it
 * shows one more row (views.update; Slack keeps what was typed in inputs whose ids stay the same).
 * The modal keeps the version it was opened on, so a partner's change in between is still noticed.
 */
export async function addPlanGoal(
  deps: WorkerDeps,
  actor: Actor,
  input: { channelId: string } | { viewId: string; metadata: string | undefined },
): Promise<void> {
  if ("channelId" in input) return openPlanModal(deps, actor, { channelId: input.channelId, addGoal: true });
  const meta = values.rhythm.planModal.parse(input.metadata);
  const info = meta ? tandemById(deps.db, meta.tandem) : undefined;
  if (!meta || !info) return actor.reply(actor.t("plan.error.gone"));
  if (!isMember(info, actor.userId) && !actor.isManager) return actor.reply(actor.t("plan.error.not_member"));
  const stored = goalsOf(deps.db, info.tandem.id);
  const rows = planRows(stored, meta.r ?? planRows(stored)) + 1;
  try {
    await deps.client.views.update({
      view_id: input.viewId,
      view: planModal(actor.t, info, stored, { version: meta.v, rows }),
    });
  } catch (error) {
    deps.logger.warn(`Could not add a goal row to the plan modal: ${String(error)}`);
  }
}

/** The plan message in the tandem's common language, else the program's. */
function sharedTranslator(deps: Deps, info: TandemInChannel): Translator {
  const fallback = info.program.language;
  const mentor = langFromLocale(cachedUser(deps.db, info.mentorUserId)?.locale, fallback);
  const mentee = langFromLocale(cachedUser(deps.db, info.menteeUserId)?.locale, fallback);
  return translator(mentor === mentee ? mentor : fallback, info.program.address);
}

function planOps(
  tx: Tx,
  t: Translator,
  info: TandemInChannel,
  channel: string,
  goals: readonly PlanGoal[],
  version: number,
  by: { userId: string; today: string },
): OpSpec[] {
  const tandemId = info.tandem.id;
  const message = buildPlanMessage(t, {
    mentorUserId: info.mentorUserId,
    menteeUserId: info.menteeUserId,
    goals,
    customTopics: info.program.customTopics,
    updatedBy: by.userId,
    updatedOn: by.today,
  });
  const postKey = planPostKey(tandemId);
  const about = mentionChannel(channel);
  const ts = { ts: { key: postKey, field: "ts" } };
  if (!opByKey(tx, postKey)) {
    return [
      {
        key: postKey,
        kind: "message.post",
        args: { channel, text: message.text, blocks: message.blocks },
        onDone: { name: PLAN_HOOK.posted, params: { tandemId } },
        about,
      },
      {
        key: `plan:${tandemId}:pin`,
        kind: "message.pin",
        args: { channel, ts: placeholder("ts") },
        refs: ts,
        dependsOn: postKey,
        about,
      },
    ];
  }
  // Each version updates the pinned message once; the ts comes from the post, whenever it is done.
  return [
    {
      key: `plan:${tandemId}:v${version}:update`,
      kind: "message.update",
      args: { channel, ts: placeholder("ts"), text: message.text, blocks: message.blocks },
      refs: ts,
      dependsOn: postKey,
      about,
    },
  ];
}

type SaveOutcome = "saved" | "unchanged" | "conflict";

/**
 * Saving the modal: validate, store, and enqueue the post+pin or the update in one transaction.
 * A retried or repeated submission with the same goals changes nothing and sends nothing.
 */
export async function submitPlan(
  deps: WorkerDeps,
  submitter: Submitter,
  input: PlanSubmission,
): Promise<void> {
  const { t, userId } = submitter;
  const refuse = (text: string) => submitter.refuse({ [planBlockId("goal", 1)]: text });
  const info = input.tandemId === undefined ? undefined : tandemById(deps.db, input.tandemId);
  if (!info?.tandem.channelId) return refuse(t.plain("plan.error.gone"));
  const tandemId = info.tandem.id;
  if (!isMember(info, userId) && !submitter.isManager) {
    deps.logger.warn(`Refused a plan submission from ${userId} for tandem ${tandemId}`);
    return refuse(t.plain("plan.error.not_member"));
  }
  const channel = info.tandem.channelId;
  const now = deps.clock();
  const today = localDate(now, info.program.timezone);
  const stored = goalsOf(deps.db, tandemId);
  const result = validatePlan(input.form, {
    today,
    programEnd: info.program.endDate,
    topics: topicsFor(info, stored),
    stored,
  });
  if (!result.ok) return submitter.refuse(planErrorsByBlock(t, result.issues));
  const shared = sharedTranslator(deps, info);
  const outcome = deps.db.transaction((tx): SaveOutcome => {
    const plan = planOf(tx, tandemId);
    if (plan && sameGoals(goalsOf(tx, tandemId), result.goals)) return "unchanged";
    if ((plan?.version ?? 0) !== input.openedVersion) return "conflict";
    const version = savePlan(tx, tandemId, result.goals, {
      userId,
      channelId: channel,
      nowIso: now.toISOString(),
    });
    const ops = planOps(tx, shared, info, channel, result.goals, version, { userId, today });
    enqueue(tx, planBatch(tandemId), ops);
    return "saved";
  });
  if (outcome === "conflict") return refuse(t.plain("plan.error.conflict"));
  await submitter.accept();
  if (outcome === "saved") deps.wakeOutbox();
}
