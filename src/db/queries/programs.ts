import { desc, ne } from "drizzle-orm";
import type { Db } from "../client";
import { programs } from "../schema";

export type Program = typeof programs.$inferSelect;

/** The cohort that is being run now: the newest one that is not closed. */
export function currentProgram(db: Db): Program | undefined {
  return db.select().from(programs).where(ne(programs.status, "closed")).orderBy(desc(programs.id)).get();
}
