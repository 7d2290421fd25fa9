import type { ActionsBlock, KnownBlock } from "@slack/types";
import { type OpSpec, placeholder } from "../../db/ops";
import type { AtRiskTandem } from "../../db/queries/checkins";
import type { Address, Lang, Translator } from "../../i18n";
import { translator } from "../../i18n";
import { actions, button, context, header, section } from "../blocks";
import { ids, memberId } from "../ids";
import { mentionChannel, mentionUser } from "../text";
import { values } from "../values";
import { type BuiltMessage, buildAlertDm } from "./rhythmScheduled";

/*
 * "At risk" alerts to program managers: the DM is built by buildAlertDm (rhythmScheduled.ts, also
 * used by the scheduler for stalls); here its state after a follow-up, the outbox ops that send and
 * update it, and the App Home's at-risk list.
 */

export type AlertDmData = Parameters<typeof buildAlertDm>[1];

export interface AlertState {
  claimedBy: string | null;
  resolvedBy: string | null;
}

export interface ManagerRecipient {
  userId: string;
  lang: Lang;
  address: Address;
}

export const ALERT_BATCH = "rhythm:alerts";

export function alertDmKey(alertId: number, managerId: string): string {
  return `rhythm:alert:${alertId}:pm:${managerId}`;
}

/** The alert DM as it stands: who reaches out, and without buttons once resolved. */
export function buildAlertState(t: Translator, data: AlertDmData, state: AlertState): BuiltMessage {
  const base = buildAlertDm(t, data);
  const blocks: KnownBlock[] = [];
  for (const block of base.blocks) {
    if (block.type !== "actions") {
      blocks.push(block);
      continue;
    }
    if (state.resolvedBy) continue;
    const kept = (block as ActionsBlock).elements.filter(
      (e) =>
        !(
          state.claimedBy &&
          e.type === "button" &&
          values.rhythm.alertFollowUp.parse(e.value)?.f === "claim"
        ),
    );
    blocks.push({ ...block, elements: kept });
  }
  const lines: string[] = [];
  if (state.claimedBy) lines.push(t.plain("rhythm.alert.claimed", { user: mentionUser(state.claimedBy) }));
  if (state.resolvedBy) lines.push(t.plain("rhythm.alert.resolved", { user: mentionUser(state.resolvedBy) }));
  const at = blocks.findIndex((b) => b.type === "actions");
  if (lines.length > 0) blocks.splice(at < 0 ? Math.min(blocks.length, 2) : at, 0, context(lines.join("\n")));
  return { text: base.text, blocks };
}

/** One DM per program manager, each in their language; keyed so an alert is sent once per person. */
export function alertOps(data: AlertDmData, managers: readonly ManagerRecipient[]): OpSpec[] {
  return managers.map((m) => {
    const msg = buildAlertDm(translator(m.lang, m.address), data);
    return {
      key: alertDmKey(data.alertId, m.userId),
      kind: "dm.post",
      args: { user: m.userId, text: msg.text, blocks: msg.blocks },
      about: mentionUser(m.userId),
    } satisfies OpSpec;
  });
}

/** A new alert: the managers' DMs, and their App Homes, which list the tandem as at risk from now on. */
export function newAlertOps(
  alertKey: string,
  data: AlertDmData,
  managers: readonly ManagerRecipient[],
): OpSpec[] {
  const homes = managers.map(
    (m): OpSpec => ({ key: `${alertKey}:home:${m.userId}`, kind: "home.publish", args: { user: m.userId } }),
  );
  return [...alertOps(data, managers), ...homes];
}

/**
 * Updates every manager's copy of the alert after a follow-up (step: "claimed" or "resolved"). An
 * update waits for its DM (placeholders from its result) and a "resolved" one for the "claimed" one,
 * so the last word is shown last.
 */
export function alertUpdateOps(
  data: AlertDmData,
  state: AlertState,
  managers: readonly ManagerRecipient[],
  step: "claimed" | "resolved",
  claimedUpdateExists: (key: string) => boolean,
): OpSpec[] {
  return managers.map((m) => {
    const dmKey = alertDmKey(data.alertId, m.userId);
    const msg = buildAlertState(translator(m.lang, m.address), data, state);
    const claimedKey = `${dmKey}:claimed`;
    const after = step === "resolved" && claimedUpdateExists(claimedKey) ? claimedKey : dmKey;
    return {
      key: `${dmKey}:${step}`,
      kind: "message.update",
      args: { channel: placeholder("channel"), ts: placeholder("ts"), text: msg.text, blocks: msg.blocks },
      dependsOn: after,
      refs: { channel: { key: dmKey, field: "channel" }, ts: { key: dmKey, field: "ts" } },
      about: mentionUser(m.userId),
    } satisfies OpSpec;
  });
}

export type AtRiskItem = AtRiskTandem;

export const AT_RISK_PAGE = 15;

/**
 * The managers' "at risk" list on the App Home, each row with a one-click "Mark resolved"; a page of
 * 15 from `offset`, the count of the rest, and a pager so every row (and its button) stays reachable.
 */
export function buildAtRiskSection(t: Translator, items: readonly AtRiskTandem[], offset = 0): KnownBlock[] {
  const blocks: KnownBlock[] = [header(t.plain("rhythm.alert.at_risk.title"))];
  if (items.length === 0) {
    blocks.push(context(t("rhythm.alert.at_risk.none")));
    return blocks;
  }
  // A page past the end (the list shrank since the click) shows the last page.
  const start = Math.min(Math.max(0, offset), Math.floor((items.length - 1) / AT_RISK_PAGE) * AT_RISK_PAGE);
  const page = items.slice(start, start + AT_RISK_PAGE);
  if (items.length > AT_RISK_PAGE) {
    blocks.push(
      context(
        t("rhythm.alert.at_risk.page", { from: start + 1, to: start + page.length, total: items.length }),
      ),
    );
  }
  for (const item of page) {
    const who = {
      channel: item.channelId ? mentionChannel(item.channelId) : "",
      mentor: mentionUser(item.mentorUserId),
      mentee: mentionUser(item.menteeUserId),
    };
    let line =
      item.reason === "help"
        ? t.plain("rhythm.alert.at_risk.help", who)
        : t.plain("rhythm.alert.at_risk.stall", { ...who, days: item.quietDays });
    if (item.claimedBy) {
      line += `\n_${t.plain("rhythm.alert.at_risk.claimed", { user: mentionUser(item.claimedBy) })}_`;
    }
    const value =
      item.alertId !== undefined
        ? values.rhythm.alertFollowUp.encode({ a: item.alertId, f: "resolve" })
        : values.rhythm.alertFollowUp.encode({ t: item.tandemId, f: "resolve" });
    blocks.push(
      section(
        line.trim(),
        button(t.plain("rhythm.alert.resolve"), memberId(ids.rhythm.alertFollowUp, "resolve"), { value }),
      ),
    );
  }
  const rest = items.length - start - page.length;
  if (rest > 0) {
    const next = button(
      t.plain("rhythm.page.next", { count: Math.min(rest, AT_RISK_PAGE) }),
      ids.rhythm.atRiskPage,
      {
        value: values.rhythm.atRiskPage.encode({ o: start + AT_RISK_PAGE }),
      },
    );
    // The pager under the rows, then the count: every section of the list is a tandem.
    blocks.push(actions([next]), context(t("rhythm.alert.at_risk.more", { count: rest })));
  } else if (start > 0) {
    const first = button(t.plain("rhythm.page.first"), ids.rhythm.atRiskPage, {
      value: values.rhythm.atRiskPage.encode({ o: 0 }),
    });
    const shown = t("rhythm.alert.at_risk.page", { from: start + 1, to: items.length, total: items.length });
    blocks.push(actions([first]), context(shown));
  }
  return blocks;
}
