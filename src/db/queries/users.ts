import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { prepared } from "../prepared";
import { slackUsers } from "../schema";

/** A Slack profile as stored from users.info (locale, time zone, names). */
export type SlackUser = typeof slackUsers.$inferSelect;

export function cachedUser(db: Db, userId: string): SlackUser | undefined {
  return prepared(db, "cachedUser", (d) =>
    d
      .select()
      .from(slackUsers)
      .where(eq(slackUsers.userId, sql.placeholder("userId")))
      .prepare(),
  ).get({ userId });
}

export function saveUser(db: Db, row: SlackUser): void {
  const upsert = prepared(db, "saveUser", (d) =>
    d
      .insert(slackUsers)
      .values({
        userId: sql.placeholder("userId"),
        locale: sql.placeholder("locale"),
        tz: sql.placeholder("tz"),
        realName: sql.placeholder("realName"),
        firstName: sql.placeholder("firstName"),
        deleted: sql.placeholder("deleted"),
        fetchedAt: sql.placeholder("fetchedAt"),
      })
      .onConflictDoUpdate({
        target: slackUsers.userId,
        set: {
          locale: sql`excluded.locale`,
          tz: sql`excluded.tz`,
          realName: sql`excluded.real_name`,
          firstName: sql`excluded.first_name`,
          deleted: sql`excluded.deleted`,
          fetchedAt: sql`excluded.fetched_at`,
        },
      })
      .prepare(),
  );
  upsert.run({ ...row, deleted: row.deleted ? 1 : 0 });
}
