import { appendAudit, type NewAuditEntry, recentAudit } from "../db/queries/audit";
import { currentProgram } from "../db/queries/programs";
import type { Deps, WorkerDeps } from "../deps";
import type { DbOrTx } from "../outbox/types";
import { buildAuditPage } from "../slack/views/trust";
import { type Actor, answerInPlace } from "./actor";

/** Who acts when no person does: the scheduler's retention run, Slack's lifecycle events. */
export const SYSTEM_ACTOR = "system";

export const AUDIT_PAGE_SIZE = 20;

export interface AuditInput {
  actor: string;
  action: string;
  subjectUserId?: string | null;
  programId?: number | null;
  details?: Record<string, unknown>;
}

function entryOf(deps: Deps, input: AuditInput): NewAuditEntry {
  return {
    at: deps.clock().toISOString(),
    actor: input.actor,
    action: input.action,
    subjectUserId: input.subjectUserId ?? null,
    programId: input.programId === undefined ? (currentProgram(deps.db)?.id ?? null) : input.programId,
    details: input.details ?? {},
  };
}

/** An entry written inside the caller's transaction (a service's richer record of what it decided). */
export function auditIn(deps: Deps, tx: DbOrTx, input: AuditInput): void {
  appendAudit(tx, entryOf(deps, input));
}

/**
 * The Registrar's record of every program-manager entry point (subcommand, click, submission), and
 * of refusals of people who are not program managers. A failure to record is logged, never thrown:
 * the person's action is answered either way.
 */
export function auditEntryPoint(deps: Deps, input: AuditInput): void {
  try {
    appendAudit(deps.db, entryOf(deps, input));
  } catch (error) {
    deps.logger.error(`audit: could not record ${input.action} by ${input.actor}: ${String(error)}`);
  }
}

/** `/mentoring audit [page]` and the pager: the newest entries first, privately. */
export async function showAudit(deps: WorkerDeps, actor: Actor, input: { offset: number }): Promise<void> {
  const offset = Math.max(0, input.offset);
  const page = recentAudit(deps.db, offset, AUDIT_PAGE_SIZE);
  const built = buildAuditPage(actor.t, { ...page, offset, pageSize: AUDIT_PAGE_SIZE });
  await answerInPlace(actor, built.text, built.blocks);
}
