import { desc, eq, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog } from "../schema";
import type { DbOrTx } from "../tx";

export type AuditEntry = typeof auditLog.$inferSelect;
export type NewAuditEntry = Omit<typeof auditLog.$inferInsert, "id">;

/** Appends one entry; the table is never updated or deleted from, except by erasure. */
export function appendAudit(db: DbOrTx, entry: NewAuditEntry): void {
  db.insert(auditLog).values(entry).run();
}

/** The newest entries first, one page. */
export function recentAudit(db: Db, offset: number, limit: number): { entries: AuditEntry[]; total: number } {
  const entries = db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(limit).offset(offset).all();
  const total = db.select({ n: sql<number>`count(*)` }).from(auditLog).get()?.n ?? 0;
  return { entries, total };
}

/** Entries a person made or that are about them (for their own data export). */
export function auditAbout(db: Db, userId: string): AuditEntry[] {
  return db
    .select()
    .from(auditLog)
    .where(or(eq(auditLog.actor, userId), eq(auditLog.subjectUserId, userId)))
    .orderBy(auditLog.id)
    .all();
}
