import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { isProgramManager } from "../../db/queries/managers";
import { opByKey } from "../../db/queries/outbox";
import {
  goalsOf,
  PLAN_HOOK,
  planOf,
  savePlan,
  type TandemInChannel,
  tandemByChannel,
  tandemById,
  tandemChannelsOf,
} from "../../db/queries/plans";
import type { Deps } from "../../deps";
import { type PlanGoal, sameGoals, validatePlan } from "../../domain/plan";
import { localDate } from "../../domain/rhythm/time";
import { langFromLocale, type Translator, translator } from "../../i18n";
import { enqueue } from "../../outbox/enqueue";
import { type OpSpec, placeholder, type Tx } from "../../outbox/types";
import { ids, parseValue } from "../../slack/ids";
import { mentionChannel } from "../../slack/text";
import { cachedUser, translatorFor } from "../../slack/users";
import {
  buildPlanMessage,
  buildPlanModal,
  planBlockId,
  planErrorsByBlock,
  readPlanForm,
} from "../../slack/views/rhythmPlan";
import type { SubcommandContext } from "../commands/router";
import type { Registrar } from "../registrar";
import { privateAnswer } from "../reply";

/** Outbox keys of a tandem's plan message: one post and pin, then one update per saved version. */
export function planPostKey(tandemId: number): string {
  return `plan:${tandemId}:post`;
}

function isMember(info: TandemInChannel, userId: string): boolean {
  return info.mentorUserId === userId || info.menteeUserId === userId;
}

type Access = { ok: true; info: TandemInChannel } | { ok: false; text: string };

/** Who may open the plan here: the tandem's two members, or a program manager. */
function planAccess(deps: Deps, t: Translator, userId: string, channelId: string): Access {
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
  if (!isMember(info, userId) && !isProgramManager(deps.db, deps.config, userId)) {
    return { ok: false, text: t("plan.error.not_member") };
  }
  return { ok: true, info };
}

function topicsFor(info: TandemInChannel, stored: readonly PlanGoal[]): string[] {
  const extra = stored.flatMap((g) => (g.topic && !info.program.topics.includes(g.topic) ? [g.topic] : []));
  return [...info.program.topics, ...extra];
}

async function openPlanModal(
  deps: Deps,
  client: WebClient,
  t: Translator,
  info: TandemInChannel,
  triggerId: string,
) {
  const stored = goalsOf(deps.db, info.tandem.id);
  const view = buildPlanModal(t, {
    tandemId: info.tandem.id,
    version: planOf(deps.db, info.tandem.id)?.version ?? 0,
    goals: stored,
    topics: topicsFor(info, stored),
    customTopics: info.program.customTopics,
    programEnd: info.program.endDate,
  });
  await client.views.open({ trigger_id: triggerId, view });
}

/** `/mentoring plan` in a tandem channel. */
export async function planCommand(ctx: SubcommandContext): Promise<void> {
  const access = planAccess(ctx.deps, ctx.t, ctx.userId, ctx.channelId);
  if (!access.ok) {
    await ctx.respond({ response_type: "ephemeral", text: access.text });
    return;
  }
  try {
    await openPlanModal(ctx.deps, ctx.client, ctx.t, access.info, ctx.triggerId);
  } catch (error) {
    ctx.deps.logger.error(`Could not open the plan modal: ${String(error)}`);
    await ctx.respond({ response_type: "ephemeral", text: ctx.t("common.error.generic") });
  }
}

/** The "Action plan" button in the welcome message and the "Edit plan" button on the plan. */
export function planOpenAction(deps: Deps) {
  return async ({
    ack,
    body,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const userId = body.user.id;
    const t = await translatorFor(deps, client, userId);
    const channelId = body.channel?.id ?? body.container?.channel_id ?? "";
    const access = planAccess(deps, t, userId, channelId);
    try {
      if (!access.ok) {
        await privateAnswer(deps, { body, client, respond })({ text: access.text });
        return;
      }
      await openPlanModal(deps, client, t, access.info, body.trigger_id);
    } catch (error) {
      deps.logger.error(`Could not open the plan modal: ${String(error)}`);
    }
  };
}

/** The plan message in the tandem's common language, else the program's. */
function sharedTranslator(deps: Deps, info: TandemInChannel): Translator {
  const fallback = info.program.language;
  const mentor = langFromLocale(cachedUser(deps.db, info.mentorUserId)?.locale, fallback);
  const mentee = langFromLocale(cachedUser(deps.db, info.menteeUserId)?.locale, fallback);
  return translator(mentor === mentee ? mentor : fallback);
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
export function planSubmission(deps: Deps) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const userId = body.user.id;
    const t = await translatorFor(deps, client, userId);
    const firstBlock = planBlockId("goal", 1);
    const meta = parseValue(view.private_metadata);
    const tandemId = typeof meta.tandem === "number" ? meta.tandem : -1;
    const openedVersion = typeof meta.v === "number" ? meta.v : 0;
    const info = tandemById(deps.db, tandemId);
    const refuse = (text: string) => ack({ response_action: "errors", errors: { [firstBlock]: text } });
    if (!info?.tandem.channelId) {
      await refuse(t.plain("plan.error.gone"));
      return;
    }
    if (!isMember(info, userId) && !isProgramManager(deps.db, deps.config, userId)) {
      deps.logger.warn(`Refused a plan submission from ${userId} for tandem ${tandemId}`);
      await refuse(t.plain("plan.error.not_member"));
      return;
    }
    const channel = info.tandem.channelId;
    const now = deps.clock();
    const today = localDate(now, info.program.timezone);
    const stored = goalsOf(deps.db, tandemId);
    const result = validatePlan(readPlanForm(view.state.values), {
      today,
      programEnd: info.program.endDate,
      topics: topicsFor(info, stored),
      stored,
    });
    if (!result.ok) {
      await ack({ response_action: "errors", errors: planErrorsByBlock(t, result.issues) });
      return;
    }
    const shared = sharedTranslator(deps, info);
    const outcome = deps.db.transaction((tx): SaveOutcome => {
      const current = goalsOf(tx, tandemId);
      const plan = planOf(tx, tandemId);
      if (plan && sameGoals(current, result.goals)) return "unchanged";
      if ((plan?.version ?? 0) !== openedVersion) return "conflict";
      const version = savePlan(tx, tandemId, result.goals, {
        userId,
        channelId: channel,
        nowIso: now.toISOString(),
      });
      enqueue(
        tx,
        `plan:${tandemId}`,
        planOps(tx, shared, info, channel, result.goals, version, { userId, today }),
      );
      return "saved";
    });
    if (outcome === "conflict") {
      await refuse(t.plain("plan.error.conflict"));
      return;
    }
    await ack();
    if (outcome === "saved") deps.wakeOutbox();
  };
}

export function registerPlan(r: Registrar, deps: Deps): void {
  r.subcommand("plan", { managerOnly: false, run: planCommand });
  r.action(ids.rhythm.planOpen, planOpenAction(deps));
  r.view(ids.rhythm.planModal, planSubmission(deps));
}
