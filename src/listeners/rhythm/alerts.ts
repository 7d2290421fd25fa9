import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import {
  claimAlert,
  getAlert,
  insertAlert,
  resolveAlert,
  type TandemAlert,
  type TandemInfo,
  tandemInfo,
} from "../../db/queries/checkins";
import { isProgramManager } from "../../db/queries/managers";
import { opByKey } from "../../db/queries/outbox";
import type { Deps } from "../../deps";
import { daysBetween } from "../../domain/rhythm/time";
import { enqueue } from "../../outbox/enqueue";
import { publishHome } from "../../slack/home";
import { buttonValue, ids } from "../../slack/ids";
import { mentionUser } from "../../slack/text";
import { ALERT_BATCH, type AlertDmData, alertDmKey, alertUpdateOps } from "../../slack/views/rhythmAlerts";
import type { Registrar } from "../registrar";
import { replyPrivately, whoClicked } from "../reply";
import { openPauseModal } from "./pause";
import { managerRecipients, programToday } from "./shared";

/** The DM's data as it was when the alert was raised (its day count does not grow with later clicks). */
function dmData(alert: TandemAlert, info: TandemInfo): AlertDmData {
  const raisedOn = programToday(info, new Date(alert.raisedAt));
  return {
    alertId: alert.id,
    reason: alert.reason,
    days: alert.since ? Math.max(0, daysBetween(alert.since, raisedOn)) : 0,
    mentorUserId: info.mentor.userId,
    menteeUserId: info.mentee.userId,
    channelId: info.tandem.channelId,
  };
}

/** Rewrites every manager's copy of the alert DM (only copies that were sent). */
function updateCopies(deps: Deps, alertId: number, info: TandemInfo, step: "claimed" | "resolved"): void {
  const alert = getAlert(deps.db, alertId);
  if (!alert) return;
  const managers = managerRecipients(deps, info.program.language).filter(
    (m) => opByKey(deps.db, alertDmKey(alertId, m.userId)) !== undefined,
  );
  if (managers.length === 0) return;
  const ops = alertUpdateOps(
    dmData(alert, info),
    { claimedBy: alert.claimedBy, resolvedBy: alert.resolvedBy },
    managers,
    step,
    (key) => opByKey(deps.db, key) !== undefined,
  );
  enqueue(deps.db, ALERT_BATCH, ops);
  deps.wakeOutbox();
}

/**
 * One-click follow-ups on an alert (its DM, or the App Home's at-risk list): "I'll reach out",
 * "Mark resolved", "Pause tandem". Program managers only, checked here since payloads can be forged.
 */
export function alertFollowUpAction(deps: Deps) {
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
      deps.logger.warn(`Refused an alert follow-up from ${userId}, who is not a program manager`);
      await replyPrivately(deps, client, to, t("common.error.not_manager"));
      return;
    }
    const value = buttonValue(action);
    const now = deps.clock();
    let alert = typeof value.a === "number" ? getAlert(deps.db, value.a) : undefined;
    const info = tandemInfo(deps.db, alert ? alert.tandemId : Number(value.t));
    if (!info) {
      await replyPrivately(deps, client, to, t("rhythm.pause.ended"));
      return;
    }
    switch (value.f) {
      case "pause":
        await openPauseModal(deps, client, { triggerId: body.trigger_id, info, t, to });
        return;
      case "claim": {
        if (!alert) return;
        if (claimAlert(deps.db, alert.id, userId, now)) {
          updateCopies(deps, alert.id, info, "claimed");
        } else {
          const current = getAlert(deps.db, alert.id);
          const text = current?.resolvedAt
            ? t("rhythm.alert.already_resolved")
            : t.plain("rhythm.alert.claimed_by_other", { user: mentionUser(current?.claimedBy ?? userId) });
          await replyPrivately(deps, client, to, text);
        }
        break;
      }
      case "resolve": {
        // A stall on the at-risk list may have no alert yet: record one, resolved at once.
        if (!alert) {
          alert = insertAlert(deps.db, {
            key: `manual:t${info.tandem.id}:${programToday(info, now)}`,
            tandemId: info.tandem.id,
            reason: "stall",
            now,
          }).alert;
        }
        if (resolveAlert(deps.db, alert.id, userId, now)) updateCopies(deps, alert.id, info, "resolved");
        else await replyPrivately(deps, client, to, t("rhythm.alert.already_resolved"));
        break;
      }
      default:
        deps.logger.warn(`Ignored an alert follow-up with value ${JSON.stringify(value)}`);
        return;
    }
    await publishHome(deps, client, userId);
  };
}

export function registerAlerts(r: Registrar, deps: Deps): void {
  r.actionFamily(ids.rhythm.alertFollowUp, alertFollowUpAction(deps));
}
