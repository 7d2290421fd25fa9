import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import {
  answerOf,
  answersOf,
  type Checkin,
  getCheckin,
  goalsOf,
  helpAlertKey,
  insertAlert,
  isMember,
  rememberCheckinMessage,
  saveAnswer,
  type TandemInfo,
  tandemInfo,
} from "../../db/queries/checkins";
import { claimScheduledSend, helpRequestKey } from "../../db/queries/rhythm";
import type { CheckinAnswer } from "../../db/schema";
import type { Deps } from "../../deps";
import { enqueue } from "../../outbox/enqueue";
import type { OpSpec } from "../../outbox/types";
import { buttonValue, ids, parseValue } from "../../slack/ids";
import { translatorFor } from "../../slack/users";
import { ALERT_BATCH, alertOps } from "../../slack/views/rhythmAlerts";
import {
  buildCheckinModal,
  checkinStatusLine,
  GOAL_STATUSES,
  type GoalStatusValue,
  readCheckinForm,
  withAnswers,
} from "../../slack/views/rhythmCheckinModal";
import { buildCheckinMessage } from "../../slack/views/rhythmScheduled";
import type { Registrar } from "../registrar";
import { replyPrivately, whoClicked } from "../reply";
import { managerRecipients, programToday, tandemTranslator } from "../../services/tandems";

const ANSWERS: readonly CheckinAnswer[] = ["yes", "not_yet", "help"];

function isAnswer(v: unknown): v is CheckinAnswer {
  return typeof v === "string" && (ANSWERS as readonly string[]).includes(v);
}

function isGoalStatus(v: string): v is GoalStatusValue {
  return (GOAL_STATUSES as readonly string[]).includes(v);
}

interface Located {
  checkin: Checkin;
  info: TandemInfo;
}

function locate(deps: Deps, checkinId: number): Located | undefined {
  if (!Number.isInteger(checkinId)) return undefined;
  const checkin = getCheckin(deps.db, checkinId);
  const info = checkin ? tandemInfo(deps.db, checkin.tandemId) : undefined;
  return checkin && info ? { checkin, info } : undefined;
}

const open = (info: TandemInfo) => info.tandem.status === "active" || info.tandem.status === "paused";

/**
 * Rewrites the check-in message so it shows who answered what. It renders the stored answers, so
 * calling it again (a retry, a second click) leaves the same message.
 */
export async function refreshCheckinMessage(
  deps: Deps,
  client: WebClient,
  at: Located,
  where: { channel?: string | undefined; ts?: string | undefined } = {},
): Promise<void> {
  const channel = at.checkin.channelId ?? where.channel;
  const ts = at.checkin.messageTs ?? where.ts;
  if (!channel || !ts) return;
  if (!at.checkin.messageTs) rememberCheckinMessage(deps.db, at.checkin.id, channel, ts);
  const t = tandemTranslator(at.info);
  const members = [at.info.mentor.userId, at.info.mentee.userId];
  const message = withAnswers(
    buildCheckinMessage(t, {
      checkinId: at.checkin.id,
      mentorUserId: at.info.mentor.userId,
      menteeUserId: at.info.mentee.userId,
    }),
    checkinStatusLine(t, members, answersOf(deps.db, at.checkin.id)),
  );
  try {
    await client.chat.update({ channel, ts, text: message.text, blocks: message.blocks });
  } catch (error) {
    deps.logger.warn(`Could not update check-in ${at.checkin.id}: ${String(error)}`);
  }
}

/**
 * "We need help": the answer, the alert to every program manager (once per check-in, however many
 * clicks) and the scheduler's note that this help request was dealt with, in one transaction.
 */
function recordHelp(deps: Deps, at: Located, userId: string, now: Date): void {
  const { info, checkin } = at;
  const managers = managerRecipients(deps, info.program.language);
  deps.db.transaction((tx) => {
    saveAnswer(tx, { checkinId: checkin.id, tandemId: info.tandem.id, userId, answer: "help", now });
    claimScheduledSend(tx, {
      key: `alert:t${info.tandem.id}:help${helpRequestKey(checkin.id, userId)}`,
      programId: info.program.id,
      kind: "alert",
      now,
    });
    const { alert, created } = insertAlert(tx, {
      key: helpAlertKey(checkin.id),
      tandemId: info.tandem.id,
      reason: "help",
      now,
    });
    if (!created) return;
    const dms = alertOps(
      {
        alertId: alert.id,
        reason: "help",
        days: 0,
        mentorUserId: info.mentor.userId,
        menteeUserId: info.mentee.userId,
        channelId: info.tandem.channelId,
      },
      managers,
    );
    // The managers' App Home lists the tandem as at risk from now on.
    const homes = managers.map(
      (m): OpSpec => ({
        key: `${alert.key}:home:${m.userId}`,
        kind: "home.publish",
        args: { user: m.userId },
      }),
    );
    enqueue(tx, ALERT_BATCH, [...dms, ...homes]);
  });
  deps.wakeOutbox();
}

/** The check-in buttons: only the two members answer; "yes" opens the short modal. */
export function checkinAnswerAction(deps: Deps) {
  return async ({
    ack,
    body,
    action,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const userId = body.user.id;
    const value = buttonValue(action);
    const at = locate(deps, Number(value.c));
    const { t, to } = await whoClicked(deps, { body, client, respond });
    if (!at || !isAnswer(value.a)) {
      deps.logger.warn(`Ignored a check-in click with value ${JSON.stringify(value)}`);
      await replyPrivately(deps, client, to, t("rhythm.checkin.error.gone"));
      return;
    }
    if (!isMember(at.info, userId)) {
      await replyPrivately(deps, client, to, t("rhythm.checkin.error.not_member"));
      return;
    }
    if (!open(at.info)) {
      await replyPrivately(deps, client, to, t("rhythm.checkin.error.gone"));
      return;
    }
    const now = deps.clock();
    const where = { channel: body.channel?.id, ts: body.message?.ts };
    switch (value.a) {
      case "yes": {
        const previous = answerOf(deps.db, at.checkin.id, userId);
        const view = buildCheckinModal(t, {
          checkinId: at.checkin.id,
          today: programToday(at.info, now),
          goals: goalsOf(deps.db, at.info.tandem.id).map((g) => ({
            id: g.id,
            position: g.position,
            goal: g.goal,
            status: isGoalStatus(g.status) ? g.status : "open",
          })),
          previous: previous?.answer === "yes" ? previous : undefined,
        });
        try {
          await client.views.open({ trigger_id: body.trigger_id, view });
        } catch (error) {
          deps.logger.error(`Could not open the check-in modal: ${String(error)}`);
          await replyPrivately(deps, client, to, t("common.error.generic"));
        }
        if (!at.checkin.messageTs && where.channel && where.ts) {
          rememberCheckinMessage(deps.db, at.checkin.id, where.channel, where.ts);
        }
        return;
      }
      case "not_yet":
        saveAnswer(deps.db, {
          checkinId: at.checkin.id,
          tandemId: at.info.tandem.id,
          userId,
          answer: "not_yet",
          now,
        });
        break;
      case "help":
        recordHelp(deps, at, userId, now);
        await replyPrivately(deps, client, to, t("rhythm.checkin.help_ack"));
        break;
    }
    await refreshCheckinMessage(deps, client, at, where);
  };
}

/** The check-in modal: stored per person (again replaces), goal progress onto the action plan. */
export function checkinSubmission(deps: Deps) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const userId = body.user.id;
    const at = locate(deps, Number(parseValue(view.private_metadata).c));
    const t = await translatorFor(deps, client, userId);
    const firstInput = ids.rhythm.checkinInput.metOn;
    if (!at || !open(at.info) || !isMember(at.info, userId)) {
      deps.logger.warn(`Refused a check-in submission from ${userId}`);
      const key = at && open(at.info) ? "rhythm.checkin.error.not_member" : "rhythm.checkin.error.gone";
      await ack({ response_action: "errors", errors: { [firstInput]: t.plain(key) } });
      return;
    }
    const now = deps.clock();
    const result = readCheckinForm(view.state.values, programToday(at.info, now));
    if (!result.ok) {
      const errors = Object.fromEntries(Object.entries(result.errors).map(([k, key]) => [k, t.plain(key)]));
      await ack({ response_action: "errors", errors });
      return;
    }
    const { form } = result;
    deps.db.transaction((tx) =>
      saveAnswer(tx, {
        checkinId: at.checkin.id,
        tandemId: at.info.tandem.id,
        userId,
        answer: "yes",
        metOn: form.metOn,
        topicsCovered: form.topicsCovered,
        usefulness: form.usefulness,
        nextStep: form.nextStep,
        goalProgress: Object.keys(form.goals).length > 0 ? form.goals : null,
        now,
      }),
    );
    await ack();
    await refreshCheckinMessage(deps, client, {
      checkin: getCheckin(deps.db, at.checkin.id) ?? at.checkin,
      info: at.info,
    });
  };
}

export function registerCheckins(r: Registrar, deps: Deps): void {
  r.actionFamily(ids.rhythm.checkinAnswer, checkinAnswerAction(deps));
  r.view(ids.rhythm.checkinModal, checkinSubmission(deps));
}
