import { cachedUsers } from "../db/queries/launch";
import { listProgramManagers } from "../db/queries/managers";
import { liveTandemInChannel, ourArchiveOf } from "../db/queries/slackLifecycle";
import { markUserDeleted, participationsOf } from "../db/queries/trust";
import type { Deps } from "../deps";
import { langFromLocale, translator } from "../i18n";
import { enqueue } from "../outbox/enqueue";
import type { OpSpec } from "../outbox/types";
import { buildChannelEventDm } from "../slack/views/trust";
import { auditEntryPoint, auditIn, SYSTEM_ACTOR } from "./audit";
import { departPerson } from "./erasure";

/**
 * Slack's lifecycle events: a deactivated user, a member leaving a tandem channel, a tandem channel
 * archived by hand, the app uninstalled or its tokens revoked. Each is acted on once (the events
 * are de-duplicated by event id, and every message has an idempotency key).
 */

/** `user_change` with deleted: the person is withdrawn everywhere, their tandems end, sends are cancelled. */
export function userDeactivated(deps: Deps, userId: string): void {
  markUserDeleted(deps.db, userId);
  const active = participationsOf(deps.db, userId).some((p) => p.status !== "withdrawn");
  if (!active) return;
  departPerson(deps, userId, "deactivated");
  deps.wakeOutbox();
}

function reportToManagers(
  deps: Deps,
  input: { kind: "left" | "archived"; channelId: string; userId?: string | undefined; occasion: string },
): void {
  const tandem = liveTandemInChannel(deps.db, input.channelId);
  if (!tandem) return;
  if (input.kind === "archived" && ourArchiveOf(deps.db, input.channelId)) return;
  deps.db.transaction((tx) => {
    const managers = listProgramManagers(tx, deps.config);
    const users = cachedUsers(tx, managers);
    const ops = managers.map((m): OpSpec => {
      const dm = buildChannelEventDm(
        translator(langFromLocale(users.get(m)?.locale, tandem.language), tandem.address),
        input,
      );
      return {
        key: `trust:channel:${input.channelId}:${input.kind}:${input.occasion}:${m}`,
        kind: "dm.post",
        args: { user: m, text: dm.text, blocks: dm.blocks },
      };
    });
    enqueue(tx, "trust:channel", ops);
    auditIn(deps, tx, {
      actor: SYSTEM_ACTOR,
      action: input.kind === "left" ? "slack.member_left_tandem_channel" : "slack.tandem_channel_archived",
      subjectUserId: input.userId ?? null,
      programId: tandem.programId,
      details: { channel: input.channelId, tandemId: tandem.id },
    });
  });
  deps.wakeOutbox();
}

/** `member_left_channel`: someone left a live tandem's channel; the managers hear of it. */
export function memberLeftChannel(
  deps: Deps,
  input: { channelId: string; userId: string; occasion: string },
): void {
  reportToManagers(deps, { kind: "left", ...input });
}

/** `group_archive`: a live tandem's channel was archived, and not by Tandem. */
export function channelArchived(
  deps: Deps,
  input: { channelId: string; userId?: string; occasion: string },
): void {
  reportToManagers(deps, { kind: "archived", ...input });
}

/**
 * `app_uninstalled` / `tokens_revoked`: the workers stop (the outbox finishes the calls under way,
 * the scheduler its tick). Nothing queued is lost: pending operations stay pending for a new install.
 */
export async function stopWorkers(deps: Deps, why: string): Promise<void> {
  deps.logger.warn(`Slack says ${why}: stopping the outbox and the scheduler; queued work stays queued`);
  auditEntryPoint(deps, { actor: SYSTEM_ACTOR, action: `slack.${why}`, programId: null });
  await deps.haltWorkers?.();
}
