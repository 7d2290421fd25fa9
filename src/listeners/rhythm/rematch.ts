import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from "@slack/bolt";
import {
  isMember,
  partnerOf,
  resolveAlertsOf,
  type TandemInfo,
  tandemInChannel,
  tandemInfo,
} from "../../db/queries/checkins";
import { cachedUsers } from "../../db/queries/launch";
import { isProgramManager, listProgramManagers } from "../../db/queries/managers";
import { opByKey } from "../../db/queries/outbox";
import {
  approveRematch,
  declineRematch,
  pairAfterRematch,
  type RematchRequest,
  requestRematch,
} from "../../db/queries/rematch";
import type { Deps } from "../../deps";
import { langFromLocale, translator } from "../../i18n";
import { planLaunch } from "../../launch/plan";
import { enqueue } from "../../outbox/enqueue";
import { type OpSpec, placeholder, type Tx } from "../../outbox/types";
import { buttonValue, ids, parseValue } from "../../slack/ids";
import { mentionUser } from "../../slack/text";
import { translatorFor } from "../../slack/users";
import type { ManagerRecipient } from "../../slack/views/rhythmAlerts";
import {
  buildRematchDeclinedDm,
  buildRematchEndedDm,
  buildRematchModal,
  buildRematchRequestDm,
  buildRematchSentView,
  buildTandemEndedMessage,
  type RematchRequestData,
  readRematchReason,
} from "../../slack/views/rhythmRematch";
import type { SubcommandContext } from "../commands/router";
import type { Registrar } from "../registrar";
import { replyPrivately, whoClicked } from "../reply";
import { managerRecipients, tandemTranslator } from "../../services/tandems";

const live = (info: TandemInfo) => info.tandem.status === "active" || info.tandem.status === "paused";

function batchOf(requestId: number): string {
  return `rhythm:rematch:${requestId}`;
}

function managerDmKey(requestId: number, managerId: string): string {
  return `${batchOf(requestId)}:pm:${managerId}`;
}

function requestData(request: RematchRequest, info: TandemInfo): RematchRequestData {
  return {
    requestId: request.id,
    requesterUserId: request.requestedBy,
    partnerUserId: partnerOf(info, request.requestedBy),
    channelId: info.tandem.channelId,
    reason: request.reason,
    ...(request.status !== "open" && request.decidedBy
      ? { decision: { status: request.status, by: request.decidedBy } }
      : {}),
  };
}

function langOf(deps: Deps, info: TandemInfo, userId: string) {
  return langFromLocale(cachedUsers(deps.db, [userId]).get(userId)?.locale, info.program.language);
}

/** `/mentoring rematch` in a tandem channel: only its members; nothing is posted in the channel. */
export async function rematchCommand(ctx: SubcommandContext): Promise<void> {
  const info = tandemInChannel(ctx.deps.db, ctx.channelId);
  if (!info || !isMember(info, ctx.userId) || !live(info)) {
    await ctx.respond({ response_type: "ephemeral", text: ctx.t("rhythm.rematch.not_member") });
    return;
  }
  try {
    await ctx.client.views.open({
      trigger_id: ctx.triggerId,
      view: buildRematchModal(ctx.t, {
        tandemId: info.tandem.id,
        partnerUserId: partnerOf(info, ctx.userId),
      }),
    });
  } catch (error) {
    ctx.deps.logger.error(`Could not open the rematch modal: ${String(error)}`);
    await ctx.respond({ response_type: "ephemeral", text: ctx.t("common.error.generic") });
  }
}

/** "Ask for a new match" on the App Home: the same modal, for a member of a running tandem. */
export function rematchOpenAction(deps: Deps) {
  return async ({
    ack,
    body,
    action,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const { userId, t, to } = await whoClicked(deps, { body, client, respond });
    const info = tandemInfo(deps.db, Number(buttonValue(action).t));
    if (!info || !isMember(info, userId) || !live(info)) {
      await replyPrivately(deps, client, to, t("rhythm.rematch.not_member"));
      return;
    }
    try {
      await client.views.open({
        trigger_id: body.trigger_id,
        view: buildRematchModal(t, { tandemId: info.tandem.id, partnerUserId: partnerOf(info, userId) }),
      });
    } catch (error) {
      deps.logger.error(`Could not open the rematch modal: ${String(error)}`);
      await replyPrivately(deps, client, to, t("common.error.generic"));
    }
  };
}

/** The request goes to the program managers only; the partner is not told. */
export function rematchSubmission(deps: Deps) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const userId = body.user.id;
    const t = await translatorFor(deps, client, userId);
    const info = tandemInfo(deps.db, Number(parseValue(view.private_metadata).t));
    if (!info || !live(info) || !isMember(info, userId)) {
      deps.logger.warn(`Refused a rematch request from ${userId}`);
      await ack({
        response_action: "errors",
        errors: { [ids.rhythm.rematchReason]: t.plain("rhythm.rematch.not_member") },
      });
      return;
    }
    const reason = readRematchReason(view.state.values);
    const managers = managerRecipients(deps, info.program.language);
    deps.db.transaction((tx) => {
      const { request } = requestRematch(tx, { tandemId: info.tandem.id, userId, reason, now: deps.clock() });
      const ops: OpSpec[] = managers.map((m) => {
        const msg = buildRematchRequestDm(translator(m.lang), requestData(request, info));
        return {
          key: managerDmKey(request.id, m.userId),
          kind: "dm.post",
          args: { user: m.userId, text: msg.text, blocks: msg.blocks },
          about: mentionUser(m.userId),
        };
      });
      enqueue(tx, batchOf(request.id), ops);
    });
    await ack({ response_action: "update", view: buildRematchSentView(t) });
    deps.wakeOutbox();
  };
}

/** Every manager's copy of the request shows the decision (only copies that were sent). */
function decisionUpdates(
  tx: Tx,
  request: RematchRequest,
  info: TandemInfo,
  managers: ManagerRecipient[],
): OpSpec[] {
  return managers.flatMap((m): OpSpec[] => {
    const dmKey = managerDmKey(request.id, m.userId);
    if (!opByKey(tx, dmKey)) return [];
    const msg = buildRematchRequestDm(translator(m.lang), requestData(request, info));
    return [
      {
        key: `${dmKey}:decided`,
        kind: "message.update",
        args: { channel: placeholder("channel"), ts: placeholder("ts"), text: msg.text, blocks: msg.blocks },
        dependsOn: dmKey,
        refs: { channel: { key: dmKey, field: "channel" }, ts: { key: dmKey, field: "ts" } },
        about: mentionUser(m.userId),
      },
    ];
  });
}

/** Approving: the old tandem ends, its channel is archived, both are told kindly. */
function approvalOps(deps: Deps, request: RematchRequest, info: TandemInfo): OpSpec[] {
  const base = batchOf(request.id);
  const ops: OpSpec[] = [];
  const channel = info.tandem.channelId;
  if (channel) {
    const bye = buildTandemEndedMessage(tandemTranslator(info));
    ops.push(
      {
        key: `${base}:goodbye`,
        kind: "message.post",
        args: { channel, text: bye.text, blocks: bye.blocks },
      },
      { key: `${base}:archive`, kind: "channel.archive", args: { channel }, dependsOn: `${base}:goodbye` },
    );
  }
  for (const userId of [info.mentor.userId, info.mentee.userId]) {
    const dm = buildRematchEndedDm(translator(langOf(deps, info, userId)), {
      partnerUserId: partnerOf(info, userId),
      requester: userId === request.requestedBy,
    });
    ops.push(
      {
        key: `${base}:ended:${userId}`,
        kind: "dm.post",
        args: { user: userId, text: dm.text, blocks: dm.blocks },
        about: mentionUser(userId),
      },
      {
        key: `${base}:home:${userId}`,
        kind: "home.publish",
        args: { user: userId },
        about: mentionUser(userId),
      },
    );
  }
  return ops;
}

/** Approve / Decline in a manager's DM: program managers only; a request is decided once. */
export function rematchDecisionAction(deps: Deps) {
  return async ({
    ack,
    body,
    action,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const { userId, t, to } = await whoClicked(deps, { body, client, respond });
    if (!isProgramManager(deps.db, deps.config, userId)) {
      deps.logger.warn(`Refused a rematch decision from ${userId}, who is not a program manager`);
      await replyPrivately(deps, client, to, t("common.error.not_manager"));
      return;
    }
    const value = buttonValue(action);
    const requestId = Number(value.r);
    if (!Number.isInteger(requestId) || (value.d !== "approve" && value.d !== "decline")) {
      deps.logger.warn(`Ignored a rematch decision with value ${JSON.stringify(value)}`);
      return;
    }
    const now = deps.clock();
    const approve = value.d === "approve";
    const result = deps.db.transaction((tx) => {
      const decided = approve
        ? approveRematch(tx, requestId, userId, now)
        : declineRematch(tx, requestId, userId, now);
      if (!decided.ok) return decided;
      const { request, info } = decided;
      const managers = managerRecipients(deps, info.program.language);
      const ops = decisionUpdates(tx, request, info, managers);
      if (approve) {
        ops.push(...approvalOps(deps, request, info));
        resolveAlertsOf(tx, info.tandem.id, userId, now);
      } else {
        const dm = buildRematchDeclinedDm(translator(langOf(deps, info, request.requestedBy)), {
          partnerUserId: partnerOf(info, request.requestedBy),
          managerUserId: userId,
        });
        ops.push({
          key: `${batchOf(request.id)}:declined`,
          kind: "dm.post",
          args: { user: request.requestedBy, text: dm.text, blocks: dm.blocks },
          about: mentionUser(request.requestedBy),
        });
      }
      enqueue(tx, batchOf(request.id), ops);
      return decided;
    });
    if (!result.ok) {
      await replyPrivately(deps, client, to, t("rhythm.rematch.already_decided"));
      return;
    }
    deps.wakeOutbox();
    if (!approve) return;
    const { info } = result;
    const paired = pairAfterRematch(deps.db, {
      programId: info.program.id,
      participantIds: [info.mentor.participantId, info.mentee.participantId],
      replacesTandemId: info.tandem.id,
      now,
    });
    if (paired.length > 0) {
      planLaunch(deps.db, info.program.id, now, listProgramManagers(deps.db, deps.config));
      deps.wakeOutbox();
    }
    await replyPrivately(
      deps,
      client,
      to,
      paired.length > 0
        ? t("rhythm.rematch.result.paired", { count: paired.length })
        : t("rhythm.rematch.result.none"),
    );
  };
}

export function registerRematch(r: Registrar, deps: Deps): void {
  r.subcommand("rematch", { managerOnly: false, run: rematchCommand });
  r.action(ids.rhythm.rematchOpen, rematchOpenAction(deps));
  r.view(ids.rhythm.rematchModal, rematchSubmission(deps));
  r.actionFamily(ids.rhythm.rematchDecision, rematchDecisionAction(deps));
}
