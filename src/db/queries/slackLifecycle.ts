import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { programs, slackOps, tandems } from "../schema";

/** The live tandem whose channel this is, with its program's language. */
export function liveTandemInChannel(
  db: Db,
  channelId: string,
): { id: number; programId: number; language: "de" | "en"; address: "du" | "sie" } | undefined {
  return db
    .select({
      id: tandems.id,
      programId: tandems.programId,
      language: programs.language,
      address: programs.address,
    })
    .from(tandems)
    .innerJoin(programs, eq(programs.id, tandems.programId))
    .where(and(eq(tandems.channelId, channelId), inArray(tandems.status, ["launching", "active", "paused"])))
    .get();
}

/** Whether Tandem itself archives (or archived) this channel: an outbox op says so. */
export function ourArchiveOf(db: Db, channelId: string): boolean {
  return (
    db
      .select({ id: slackOps.id })
      .from(slackOps)
      .where(
        and(
          eq(slackOps.kind, "channel.archive"),
          sql`json_extract(${slackOps.payload}, '$.args.channel') = ${channelId}`,
        ),
      )
      .get() !== undefined
  );
}
