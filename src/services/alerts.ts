import {
  claimAlert,
  getAlert,
  insertAlert,
  resolveAlert,
  type TandemAlert,
  type TandemInfo,
  tandemInfo,
} from "../db/queries/checkins";
import { opByKey } from "../db/queries/outbox";
import { startedOnIfNeverMet } from "../db/queries/rhythm";
import type { Deps, WorkerDeps } from "../deps";
import { daysBetween } from "../domain/rhythm/time";
import { enqueue } from "../outbox/enqueue";
import { mentionUser } from "../slack/text";
import type { values } from "../slack/values";
import { ALERT_BATCH, type AlertDmData, alertDmKey, alertUpdateOps } from "../slack/views/rhythmAlerts";
import type { Actor } from "./actor";
import { publishHome } from "./home";
import { openPauseModal } from "./pause";
import { managerRecipients, programToday } from "./tandems";

export type AlertFollowUp = NonNullable<ReturnType<typeof values.rhythm.alertFollowUp.parse>>;

/** The DM's data as it was when the alert was raised (its day count does not grow with later clicks). */
function dmData(db: Deps["db"], alert: TandemAlert, info: TandemInfo): AlertDmData {
  const raisedOn = programToday(info, new Date(alert.raisedAt));
  return {
    alertId: alert.id,
    reason: alert.reason,
    days: alert.since ? Math.max(0, daysBetween(alert.since, raisedOn)) : 0,
    mentorUserId: info.mentor.userId,
    menteeUserId: info.mentee.userId,
    channelId: info.tandem.channelId,
    privateFrom: alert.askedPrivatelyBy,
    history:
      alert.since && alert.unanswered !== null
        ? {
            since: alert.since,
            unanswered: alert.unanswered,
            startedOn: startedOnIfNeverMet(db, info.tandem, info.program.timezone, alert.since),
          }
        : undefined,
  };
}

/** Rewrites every manager's copy of the alert DM (only copies that were sent). */
function updateCopies(deps: Deps, alertId: number, info: TandemInfo, step: "claimed" | "resolved"): void {
  const alert = getAlert(deps.db, alertId);
  if (!alert) return;
  const sent = (key: string) => opByKey(deps.db, key) !== undefined;
  const managers = managerRecipients(deps, info.program.language, info.program.address).filter((m) =>
    sent(alertDmKey(alertId, m.userId)),
  );
  if (managers.length === 0) return;
  const state = { claimedBy: alert.claimedBy, resolvedBy: alert.resolvedBy };
  enqueue(deps.db, ALERT_BATCH, alertUpdateOps(dmData(deps.db, alert, info), state, managers, step, sent));
  deps.wakeOutbox();
}

/**
 * A program manager's one-click follow-up on an alert (its DM, or the App Home's at-risk list):
 * "I'll reach out" claims it once, "Mark resolved" resolves it once (a stall on the list that has no
 * alert yet gets one, resolved at once), "Pause tandem" opens the pause modal.
 */
export async function followUpAlert(deps: WorkerDeps, actor: Actor, input: AlertFollowUp): Promise<void> {
  const { t, userId } = actor;
  const now = deps.clock();
  let alert = "a" in input ? getAlert(deps.db, input.a) : undefined;
  const info = alert
    ? tandemInfo(deps.db, alert.tandemId)
    : "t" in input
      ? tandemInfo(deps.db, input.t)
      : undefined;
  if (!info) {
    await actor.reply(t("rhythm.pause.ended"));
    return;
  }
  if (input.f === "pause") {
    await openPauseModal(deps, actor, info);
    return;
  }
  if (input.f === "claim") {
    if (!alert) return;
    if (claimAlert(deps.db, alert.id, userId, now)) updateCopies(deps, alert.id, info, "claimed");
    else {
      const current = getAlert(deps.db, alert.id);
      await actor.reply(
        current?.resolvedAt
          ? t("rhythm.alert.already_resolved")
          : t.plain("rhythm.alert.claimed_by_other", { user: mentionUser(current?.claimedBy ?? userId) }),
      );
    }
  } else {
    alert ??= insertAlert(deps.db, {
      key: `manual:t${info.tandem.id}:${programToday(info, now)}`,
      tandemId: info.tandem.id,
      reason: "stall",
      now,
    }).alert;
    if (resolveAlert(deps.db, alert.id, userId, now)) updateCopies(deps, alert.id, info, "resolved");
    else await actor.reply(t("rhythm.alert.already_resolved"));
  }
  await publishHome(deps, userId);
}
