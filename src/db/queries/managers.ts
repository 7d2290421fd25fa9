import { eq, sql } from "drizzle-orm";
import type { Config } from "../../config";
import type { Db } from "../client";
import { prepared } from "../prepared";
import { programManagers } from "../schema";
import type { DbOrTx } from "../tx";

/** Program managers are the ones named in PROGRAM_MANAGERS plus those added in the app. */
export function isProgramManager(db: Db, config: Config, userId: string): boolean {
  if (config.programManagers.includes(userId)) return true;
  const byId = prepared(db, "isProgramManager", (d) =>
    d
      .select({ userId: programManagers.userId })
      .from(programManagers)
      .where(eq(programManagers.userId, sql.placeholder("userId")))
      .prepare(),
  );
  return byId.get({ userId }) !== undefined;
}

/** Usable inside a transaction. */
export function listProgramManagers(db: DbOrTx, config: Pick<Config, "programManagers">): string[] {
  const added = db
    .select({ userId: programManagers.userId })
    .from(programManagers)
    .all()
    .map((r) => r.userId);
  return [...new Set([...config.programManagers, ...added])];
}

/** Takes a transaction too, so that what the new manager is sent can be enqueued with it. */
export function addProgramManager(db: DbOrTx, userId: string, addedBy: string): void {
  db.insert(programManagers).values({ userId, addedBy }).onConflictDoNothing().run();
}

/** trust: removes managers added in the app (those named in the configuration stay). */
export function removeProgramManager(db: DbOrTx, userId: string): void {
  db.delete(programManagers).where(eq(programManagers.userId, userId)).run();
}
