import { desc, eq, ne } from "drizzle-orm";
import type { ProgramSettings } from "../../domain/program";
import type { Db } from "../client";
import { prepared } from "../prepared";
import { programs } from "../schema";

export type Program = typeof programs.$inferSelect;

/** The cohort that is being run now: the newest one that is not closed. */
export function currentProgram(db: Db): Program | undefined {
  return prepared(db, "currentProgram", (d) =>
    d
      .select()
      .from(programs)
      .where(ne(programs.status, "closed"))
      .orderBy(desc(programs.id))
      .limit(1)
      .prepare(),
  ).get();
}

export function getProgram(db: Db, id: number): Program | undefined {
  return db.select().from(programs).where(eq(programs.id, id)).get();
}

/** A new cohort starts as a draft with sign-up closed. */
export function createProgram(db: Db, settings: ProgramSettings, createdBy: string): Program {
  return db
    .insert(programs)
    .values({ ...settings, status: "draft", signupOpen: false, createdBy })
    .returning()
    .get();
}

/**
 * Saves edited settings. Labels of custom topics that were dropped are kept, so that answers
 * already given for them still show a readable name.
 */
export function updateProgram(db: Db, id: number, settings: ProgramSettings, now: Date): Program | undefined {
  return changeProgram(db, id, now, (before) => ({
    ...settings,
    customTopics: { ...before.customTopics, ...settings.customTopics },
  }));
}

/** Opening sign-up moves a draft into the sign-up phase; later phases keep their status. */
export function setSignupOpen(db: Db, id: number, open: boolean, now: Date): Program | undefined {
  return changeProgram(db, id, now, (before) => ({
    signupOpen: open,
    status: open && before.status === "draft" ? "signup" : before.status,
  }));
}

/** Reads the program and writes what `change` makes of it in one transaction; undefined if there is none. */
function changeProgram(
  db: Db,
  id: number,
  now: Date,
  change: (before: Program) => Partial<typeof programs.$inferInsert>,
): Program | undefined {
  return db.transaction((tx) => {
    const before = tx.select().from(programs).where(eq(programs.id, id)).get();
    if (!before) return undefined;
    return tx
      .update(programs)
      .set({ ...change(before), updatedAt: now.toISOString() })
      .where(eq(programs.id, id))
      .returning()
      .get();
  });
}

export function setAnnouncementChannel(db: Db, id: number, channelId: string, now: Date): void {
  db.update(programs)
    .set({ announcementChannel: channelId, updatedAt: now.toISOString() })
    .where(eq(programs.id, id))
    .run();
}
