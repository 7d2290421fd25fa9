import {
  answerOf,
  answersOf,
  type Checkin,
  getCheckin,
  goalsOf,
  helpAlertKey,
  insertAlert,
  isMember,
  partnerOf,
  privateHelpAlertKey,
  rememberCheckinMessage,
  saveAnswer,
  type TandemInfo,
  tandemInfo,
} from "../db/queries/checkins";
import { claimScheduledSend, helpRequestKey } from "../db/queries/rhythm";
import type { Deps, WorkerDeps } from "../deps";
import { checkinPlan } from "../domain/rhythm/due";
import { programCalendar } from "../domain/rhythm/holidays";
import type { CheckinAnswer } from "../domain/types";
import { enqueue } from "../outbox/enqueue";
import type { DbOrTx } from "../outbox/types";
import { ids } from "../slack/ids";
import { mentionUser } from "../slack/text";
import { ALERT_BATCH, newAlertOps } from "../slack/views/rhythmAlerts";
import {
  buildCheckinModal,
  buildHelpChoice,
  checkinStatusLine,
  GOAL_STATUSES,
  type GoalStatusValue,
  readCheckinForm,
  withAnswers,
} from "../slack/views/rhythmCheckinModal";
import { buildCheckinMessage } from "../slack/views/rhythmScheduled";
import { type Actor, answerInPlace, type Submitter } from "./actor";
import { planBatch, planChangedOps } from "./plan";
import { managerRecipients, programToday, tandemTranslator } from "./tandems";

interface Located {
  checkin: Checkin;
  info: TandemInfo;
}

/** Where the clicked check-in message is (Slack tells us with the click). */
export interface MessageRef {
  channel?: string | undefined;
  ts?: string | undefined;
}

function isGoalStatus(v: string): v is GoalStatusValue {
  return (GOAL_STATUSES as readonly string[]).includes(v);
}

function locate(deps: Deps, checkinId: number): Located | undefined {
  const checkin = getCheckin(deps.db, checkinId);
  const info = checkin ? tandemInfo(deps.db, checkin.tandemId) : undefined;
  return checkin && info ? { checkin, info } : undefined;
}

/** The goals' statuses in one comparable string. */
function goalStatuses(tx: DbOrTx, tandemId: number): string {
  return JSON.stringify(goalsOf(tx, tandemId).map((g) => [g.id, g.status]));
}

const open = (info: TandemInfo) => info.tandem.status === "active" || info.tandem.status === "paused";

/**
 * A check-in answered after the program ended (its tandem ended with the program, not by a rematch
 * or a departure): the answer still counts, and the person is thanked rather than turned away.
 */
const late = (info: TandemInfo) =>
  info.tandem.status === "ended" &&
  info.program.status === "closed" &&
  info.tandem.endedAt !== null &&
  info.tandem.endedAt === info.program.closedAt;

const answerable = (info: TandemInfo) => open(info) || late(info);

/**
 * Rewrites the check-in message so it shows who answered what. It renders the stored answers, so
 * calling it again (a retry, a second click) leaves the same message.
 */
async function refreshCheckinMessage(deps: WorkerDeps, at: Located, where: MessageRef = {}): Promise<void> {
  const channel = at.checkin.channelId ?? where.channel;
  const ts = at.checkin.messageTs ?? where.ts;
  if (!channel || !ts) return;
  if (!at.checkin.messageTs) rememberCheckinMessage(deps.db, at.checkin.id, channel, ts);
  const t = tandemTranslator(at.info);
  const { mentor, mentee, program, tandem } = at.info;
  // the final reflection keeps its own text when it is redrawn
  const final = checkinPlan({ ...program, calendar: programCalendar(program) }, tandem).some(
    (c) => c.final && c.period === at.checkin.period,
  );
  const message = withAnswers(
    buildCheckinMessage(t, {
      checkinId: at.checkin.id,
      mentorUserId: mentor.userId,
      menteeUserId: mentee.userId,
      endDate: final ? program.endDate : undefined,
    }),
    checkinStatusLine(t, [mentor.userId, mentee.userId], answersOf(deps.db, at.checkin.id)),
  );
  try {
    await deps.client.chat.update({ channel, ts, text: message.text, blocks: message.blocks });
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
  const managers = managerRecipients(deps, info.program.language, info.program.address);
  deps.db.transaction((tx) => {
    saveAnswer(tx, { checkinId: checkin.id, tandemId: info.tandem.id, userId, answer: "help", now });
    claimScheduledSend(tx, {
      key: `alert:t${info.tandem.id}:help${helpRequestKey(checkin.id, userId)}`,
      programId: info.program.id,
      kind: "alert",
      now,
    });
    const alertKey = helpAlertKey(checkin.id);
    const { alert, created } = insertAlert(tx, {
      key: alertKey,
      tandemId: info.tandem.id,
      reason: "help",
      now,
    });
    if (!created) return;
    const ops = newAlertOps(
      alert.key,
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
    enqueue(tx, ALERT_BATCH, ops);
  });
  deps.wakeOutbox();
}

/** A check-in button: only the two members answer; "yes" opens the short modal. */
export async function answerCheckin(
  deps: WorkerDeps,
  actor: Actor,
  input: { checkinId: number; answer: CheckinAnswer; where: MessageRef },
): Promise<void> {
  const { t, userId } = actor;
  const at = locate(deps, input.checkinId);
  if (!at) return actor.reply(t("rhythm.checkin.error.gone"));
  if (!isMember(at.info, userId)) return actor.reply(t("rhythm.checkin.error.not_member"));
  if (!answerable(at.info)) return actor.reply(t("rhythm.checkin.error.gone"));
  const now = deps.clock();
  if (input.answer === "yes") {
    const previous = answerOf(deps.db, at.checkin.id, userId);
    await actor.openModal(
      buildCheckinModal(t, {
        checkinId: at.checkin.id,
        today: programToday(at.info, now),
        goals: goalsOf(deps.db, at.info.tandem.id).map((g) => ({
          id: g.id,
          position: g.position,
          goal: g.goal,
          status: isGoalStatus(g.status) ? g.status : "open",
        })),
        previous: previous?.answer === "yes" ? previous : undefined,
      }),
    );
    const { channel, ts } = input.where;
    if (!at.checkin.messageTs && channel && ts) rememberCheckinMessage(deps.db, at.checkin.id, channel, ts);
    return;
  }
  if (input.answer === "not_yet") {
    saveAnswer(deps.db, {
      checkinId: at.checkin.id,
      tandemId: at.info.tandem.id,
      userId,
      answer: "not_yet",
      now,
    });
    if (late(at.info)) await actor.reply(t("rhythm.checkin.late_thanks"));
  } else {
    // Nothing is recorded or shown yet: the person first chooses who should know (chooseHelp).
    const { channel, ts } = input.where;
    if (!at.checkin.messageTs && channel && ts) rememberCheckinMessage(deps.db, at.checkin.id, channel, ts);
    const choice = buildHelpChoice(t, {
      checkinId: at.checkin.id,
      partnerUserId: partnerOf(at.info, userId),
    });
    return actor.reply(choice.text, choice.blocks);
  }
  await refreshCheckinMessage(deps, at, input.where);
}

/**
 * The choice after "We need help": "shared" answers the check-in with help (the partner sees it on
 * the message, every manager is alerted once); "private" alerts the managers only, says so in their
 * DM, and leaves the check-in as it is. The person's private message is replaced by the outcome.
 */
export async function chooseHelp(
  deps: WorkerDeps,
  actor: Actor,
  input: { checkinId: number; choice: "shared" | "private" },
): Promise<void> {
  const { t, userId } = actor;
  const at = locate(deps, input.checkinId);
  if (!at) return answerInPlace(actor, t("rhythm.checkin.error.gone"));
  if (!isMember(at.info, userId)) return answerInPlace(actor, t("rhythm.checkin.error.not_member"));
  if (!open(at.info)) return answerInPlace(actor, t("rhythm.checkin.error.gone"));
  const now = deps.clock();
  if (input.choice === "private") {
    recordPrivateHelp(deps, at, userId, now);
    const partner = mentionUser(partnerOf(at.info, userId));
    return answerInPlace(actor, t.plain("rhythm.help.private_ack", { partner }));
  }
  recordHelp(deps, at, userId, now);
  await answerInPlace(actor, t("rhythm.checkin.help_ack"));
  await refreshCheckinMessage(deps, {
    checkin: getCheckin(deps.db, at.checkin.id) ?? at.checkin,
    info: at.info,
  });
}

/** Help asked for privately: an alert for the managers only, once per check-in and person. */
function recordPrivateHelp(deps: Deps, at: Located, userId: string, now: Date): void {
  const { info, checkin } = at;
  const managers = managerRecipients(deps, info.program.language, info.program.address);
  deps.db.transaction((tx) => {
    const { alert, created } = insertAlert(tx, {
      key: privateHelpAlertKey(checkin.id, userId),
      tandemId: info.tandem.id,
      reason: "help",
      askedPrivatelyBy: userId,
      now,
    });
    if (!created) return;
    const data = {
      alertId: alert.id,
      reason: "help" as const,
      days: 0,
      mentorUserId: info.mentor.userId,
      menteeUserId: info.mentee.userId,
      channelId: info.tandem.channelId,
      privateFrom: userId,
    };
    enqueue(tx, ALERT_BATCH, newAlertOps(alert.key, data, managers));
  });
  deps.wakeOutbox();
}

/** The check-in modal: stored per person (again replaces), goal progress onto the action plan. */
export async function submitCheckin(
  deps: WorkerDeps,
  submitter: Submitter,
  input: { checkinId: number | undefined; values: Parameters<typeof readCheckinForm>[0] },
): Promise<void> {
  const { t, userId } = submitter;
  const at = input.checkinId === undefined ? undefined : locate(deps, input.checkinId);
  if (!at || !answerable(at.info) || !isMember(at.info, userId)) {
    deps.logger.warn(`Refused a check-in submission from ${userId}`);
    const key = at && answerable(at.info) ? "rhythm.checkin.error.not_member" : "rhythm.checkin.error.gone";
    return submitter.refuse({ [ids.rhythm.checkinInput.metOn]: t.plain(key) });
  }
  const now = deps.clock();
  const result = readCheckinForm(input.values, programToday(at.info, now));
  if (!result.ok) {
    return submitter.refuse(
      Object.fromEntries(Object.entries(result.errors).map(([k, key]) => [k, t.plain(key)])),
    );
  }
  const { form } = result;
  // The answer, the goal progress it carries onto the action plan and the pinned plan's update, together.
  const planChanged = deps.db.transaction((tx) => {
    const before = goalStatuses(tx, at.info.tandem.id);
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
    });
    if (goalStatuses(tx, at.info.tandem.id) === before) return false;
    const tandemId = at.info.tandem.id;
    enqueue(tx, planBatch(tandemId), planChangedOps(deps, tx, tandemId, { userId, now }));
    return true;
  });
  await submitter.accept();
  if (planChanged) deps.wakeOutbox();
  if (late(at.info)) await submitter.reply(t("rhythm.checkin.late_thanks"));
  await refreshCheckinMessage(deps, {
    checkin: getCheckin(deps.db, at.checkin.id) ?? at.checkin,
    info: at.info,
  });
}
