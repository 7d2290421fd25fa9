import type { Database } from "better-sqlite3";
import type { Db } from "../client";

/**
 * Everything Tandem holds about one person, table by table, and how each table forgets them. Both
 * are registries with one entry per table: a table added later is covered by adding one line, and
 * tests/unit/erasure-registry.test.ts fails while a table with text columns has no erasure entry.
 * Plain SQL on the connection: the registries walk tables generically, and every step runs inside
 * the caller's transaction (one connection).
 */

/** Whose data, and which of their rows: the person's participations, tandems and events. */
export interface DataSubject {
  userId: string;
  participantIds: number[];
  tandemIds: number[];
  /** events of the programs they took part in */
  eventIds: number[];
}

export interface ErasureSubject extends DataSubject {
  /** what the person's id becomes wherever a row must stay for others (counts, the trail) */
  pseudonym: string;
  /**
   * true: the person is forgotten everywhere (forget-me, a deleted Slack user); false: only the rows
   * of one program go (retention, while the person takes part in a newer program)
   */
  everywhere: boolean;
  /** the person's names and free text, to find them in stored messages and details */
  needles: string[];
  now: string;
}

type Row = Record<string, unknown>;
type Gatherer = (c: Database, s: DataSubject) => Row[];
export type Eraser = { erase: (c: Database, s: ErasureSubject) => void } | { none: string };

const list = (ids: readonly number[]) => (ids.length === 0 ? "NULL" : ids.map(Number).join(","));

function rows(c: Database, query: string, ...params: unknown[]): Row[] {
  return c.prepare(query).all(...params) as Row[];
}

/** Parses JSON columns so the export reads as data, not as strings within strings. */
function withJson(list: Row[], columns: string[]): Row[] {
  return list.map((r) => {
    const out = { ...r };
    for (const col of columns) {
      const v = out[col];
      if (typeof v === "string") {
        try {
          out[col] = JSON.parse(v);
        } catch {
          // kept as stored
        }
      }
    }
    return out;
  });
}

/** What the person can get out (/mentoring my-data), by table. */
export const PERSONAL_DATA: Record<string, Gatherer> = {
  slack_users: (c, s) => rows(c, "SELECT * FROM slack_users WHERE user_id = ?", s.userId),
  program_managers: (c, s) => rows(c, "SELECT * FROM program_managers WHERE user_id = ?", s.userId),
  participants: (c, s) =>
    withJson(rows(c, `SELECT * FROM participants WHERE id IN (${list(s.participantIds)})`), [
      "languages",
      "excluded_user_ids",
    ]),
  topic_ratings: (c, s) =>
    rows(c, `SELECT * FROM topic_ratings WHERE participant_id IN (${list(s.participantIds)}) ORDER BY phase`),
  tandems: (c, s) =>
    withJson(
      rows(
        c,
        `SELECT id, program_id, mentor_id, mentee_id, score, reasons, channel_id, channel_name, status, paused_until, created_at, launched_at, ended_at FROM tandems WHERE id IN (${list(s.tandemIds)})`,
      ),
      ["reasons"],
    ),
  checkin_answers: (c, s) =>
    withJson(
      rows(
        c,
        "SELECT a.*, k.tandem_id, k.period FROM checkin_answers a JOIN checkins k ON k.id = a.checkin_id WHERE a.user_id = ?",
        s.userId,
      ),
      ["goal_progress"],
    ),
  action_plans: (c, s) => rows(c, `SELECT * FROM action_plans WHERE tandem_id IN (${list(s.tandemIds)})`),
  plan_goals: (c, s) => rows(c, `SELECT * FROM plan_goals WHERE tandem_id IN (${list(s.tandemIds)})`),
  evaluations: (c, s) =>
    withJson(rows(c, `SELECT * FROM evaluations WHERE participant_id IN (${list(s.participantIds)})`), [
      "answers",
    ]),
  event_rsvps: (c, s) => rows(c, "SELECT * FROM event_rsvps WHERE user_id = ?", s.userId),
  world_cafe_seats: (c, s) => rows(c, "SELECT * FROM world_cafe_seats WHERE user_id = ?", s.userId),
  rematch_requests: (c, s) =>
    rows(
      c,
      `SELECT * FROM rematch_requests WHERE requested_by = ? OR tandem_id IN (${list(s.tandemIds)})`,
      s.userId,
    ).map((r) => (r.requested_by === s.userId ? r : { ...r, reason: null, requested_by: "partner" })),
  tandem_alerts: (c, s) => rows(c, `SELECT * FROM tandem_alerts WHERE tandem_id IN (${list(s.tandemIds)})`),
  tandem_pauses: (c, s) => rows(c, `SELECT * FROM tandem_pauses WHERE tandem_id IN (${list(s.tandemIds)})`),
  tandem_successes: (c, s) =>
    rows(c, `SELECT * FROM tandem_successes WHERE tandem_id IN (${list(s.tandemIds)})`),
  exports: (c, s) => withJson(rows(c, "SELECT * FROM exports WHERE user_id = ?", s.userId), ["files"]),
  audit_log: (c, s) =>
    withJson(
      rows(
        c,
        "SELECT * FROM audit_log WHERE actor = ? OR subject_user_id = ? ORDER BY id",
        s.userId,
        s.userId,
      ),
      ["details"],
    ),
};

/** Replaces the person's id inside a text column (ids in keys, JSON lists) with the pseudonym. */
function replaceId(c: Database, table: string, column: string, s: ErasureSubject, where = "1"): void {
  c.prepare(
    `UPDATE ${table} SET ${column} = replace(${column}, @id, @pseudonym) WHERE instr(${column}, @id) > 0 AND (${where})`,
  ).run({ id: s.userId, pseudonym: s.pseudonym });
}

/** A needle as a whole word or phrase (case-insensitive): "Anna" is found in "Hi Anna," not in "Johanna". */
function wordPattern(needle: string): RegExp {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu");
}

/** Rows whose text mentions any needle as a whole word, by rowid (SQLite narrows, the pattern decides). */
function mentioning(c: Database, table: string, columns: string[], needles: string[]): number[] {
  if (needles.length === 0) return [];
  const hits = new Set<number>();
  const stmt = c.prepare(
    `SELECT rowid AS id, ${columns.join(", ")} FROM ${table} WHERE ${columns.map((col) => `instr(lower(coalesce(${col}, '')), lower(?)) > 0`).join(" OR ")}`,
  );
  for (const needle of needles) {
    const pattern = wordPattern(needle);
    for (const r of stmt.all(...columns.map(() => needle)) as Row[]) {
      if (columns.some((col) => pattern.test(String(r[col] ?? "")))) hits.add(Number(r.id));
    }
  }
  return [...hits];
}

/** Keeps what later operations may read from a done op (channel and message ids), nothing else. */
function scrubResult(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    const kept: Record<string, unknown> = {};
    for (const k of ["channelId", "channel", "ts"]) if (typeof parsed[k] === "string") kept[k] = parsed[k];
    return JSON.stringify(kept);
  } catch {
    return null;
  }
}

/** Keeps numbers and yes/no answers of an evaluation, drops everything typed. */
function numbersOnly(raw: unknown): string {
  try {
    const parsed = JSON.parse(String(raw)) as Record<string, unknown>;
    const kept: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(parsed))
      if (typeof v === "number" || typeof v === "boolean") kept[k] = v;
    return JSON.stringify(kept);
  } catch {
    return "{}";
  }
}

/** How each table forgets a person. Every table with a text column must be listed (see the unit test). */
export const ERASURE: Record<string, Eraser> = {
  program_managers: {
    erase: (c, s) => {
      if (!s.everywhere) return;
      c.prepare("DELETE FROM program_managers WHERE user_id = ?").run(s.userId);
      replaceId(c, "program_managers", "added_by", s);
    },
  },
  slack_users: {
    erase: (c, s) => {
      if (s.everywhere) c.prepare("DELETE FROM slack_users WHERE user_id = ?").run(s.userId);
    },
  },
  programs: {
    erase: (c, s) => {
      if (s.everywhere) replaceId(c, "programs", "created_by", s);
    },
  },
  participants: {
    erase: (c, s) => {
      c.prepare(
        `UPDATE participants SET user_id = @pseudonym, department = NULL, background = NULL, hope_to_learn = NULL,
           learning_goals = NULL, expectations = NULL, concerns = NULL, availability = NULL, languages = '[]',
           excluded_user_ids = '[]', status = 'withdrawn', withdrawn_at = coalesce(withdrawn_at, @now), updated_at = @now
         WHERE id IN (${list(s.participantIds)})`,
      ).run({ pseudonym: s.pseudonym, now: s.now });
      // Others' confidential "not with" lists: the id goes, the constraint is moot.
      if (s.everywhere) replaceId(c, "participants", "excluded_user_ids", s);
    },
  },
  topic_ratings: { none: "topic keys and levels of an anonymized participant row: aggregates only" },
  match_proposals: {
    erase: (c, s) => {
      if (!s.everywhere) return;
      replaceId(c, "match_proposals", "created_by", s);
      replaceId(c, "match_proposals", "decided_by", s);
    },
  },
  proposal_pairs: { none: "participant row ids, scores and reason keys with topic labels" },
  proposal_unmatched: { none: "participant row ids and reason keys" },
  pair_constraints: {
    erase: (c, s) => {
      if (s.everywhere) replaceId(c, "pair_constraints", "created_by", s);
    },
  },
  tandems: {
    // The channel name carries the first names.
    erase: (c, s) =>
      c.prepare(`UPDATE tandems SET channel_name = NULL WHERE id IN (${list(s.tandemIds)})`).run(),
  },
  circles: { none: "the circles' channels, named after the program" },
  slack_ops: {
    erase: (c, s) => {
      if (!s.everywhere) return;
      // Not sent yet and addressed to or naming them by id: cancelled.
      c.prepare(
        "DELETE FROM slack_ops WHERE status = 'pending' AND (instr(payload, ?) > 0 OR instr(key, ?) > 0)",
      ).run(s.userId, s.userId);
      // Sent (or failed): the record stays for the launch status, without their id, names and words.
      // Pending ops that only share a word with them (another Anna) are someone else's and stay.
      const hits = mentioning(c, "slack_ops", ["key", "payload", "result", "last_error"], s.needles);
      const scrub = c.prepare(
        `UPDATE slack_ops SET payload = '{"args":{}}', result = ?, last_error = NULL WHERE id = ? AND status != 'pending'`,
      );
      for (const r of rows(c, `SELECT id, result FROM slack_ops WHERE rowid IN (${list(hits)})`))
        scrub.run(scrubResult(r.result), r.id);
      replaceId(c, "slack_ops", "key", s);
    },
  },
  scheduled_sends: {
    erase: (c, s) => {
      if (s.everywhere) replaceId(c, "scheduled_sends", "key", s);
    },
  },
  checkins: { none: "a tandem's check-in period and where its message is" },
  tandem_pauses: { none: "a tandem's row id and the dates of a pause, counted in the steering report" },
  checkin_answers: {
    erase: (c, s) => {
      const inTandems = `checkin_id IN (SELECT id FROM checkins WHERE tandem_id IN (${list(s.tandemIds)}))`;
      const scope = s.everywhere ? "1" : inTandems;
      c.prepare(
        `UPDATE checkin_answers SET user_id = @pseudonym, topics_covered = NULL, next_step = NULL WHERE user_id = @id AND (${scope})`,
      ).run({ id: s.userId, pseudonym: s.pseudonym });
    },
  },
  action_plans: {
    erase: (c, s) => {
      c.prepare(`UPDATE action_plans SET updated_by = NULL WHERE tandem_id IN (${list(s.tandemIds)})`).run();
      if (s.everywhere) replaceId(c, "action_plans", "updated_by", s);
    },
  },
  plan_goals: {
    // The goals of an ended tandem are both partners' words: they go with it.
    erase: (c, s) => c.prepare(`DELETE FROM plan_goals WHERE tandem_id IN (${list(s.tandemIds)})`).run(),
  },
  events: {
    erase: (c, s) => {
      if (s.everywhere) replaceId(c, "events", "created_by", s);
    },
  },
  event_rsvps: {
    erase: (c, s) =>
      c
        .prepare(
          `UPDATE event_rsvps SET user_id = @pseudonym WHERE user_id = @id AND (@everywhere = 1 OR event_id IN (${list(s.eventIds)}))`,
        )
        .run({ id: s.userId, pseudonym: s.pseudonym, everywhere: s.everywhere ? 1 : 0 }),
  },
  world_cafe_seats: {
    erase: (c, s) =>
      c
        .prepare(
          `DELETE FROM world_cafe_seats WHERE user_id = @id AND (@everywhere = 1 OR event_id IN (${list(s.eventIds)}))`,
        )
        .run({ id: s.userId, everywhere: s.everywhere ? 1 : 0 }),
  },
  circle_prompts: {
    erase: (c, s) => {
      if (s.everywhere) replaceId(c, "circle_prompts", "created_by", s);
    },
  },
  rematch_requests: {
    erase: (c, s) => {
      c.prepare(
        `UPDATE rematch_requests SET reason = NULL, requested_by = @pseudonym WHERE requested_by = @id AND (@everywhere = 1 OR tandem_id IN (${list(s.tandemIds)}))`,
      ).run({ id: s.userId, pseudonym: s.pseudonym, everywhere: s.everywhere ? 1 : 0 });
      if (s.everywhere) replaceId(c, "rematch_requests", "decided_by", s);
    },
  },
  tandem_alerts: {
    erase: (c, s) => {
      if (!s.everywhere) return;
      for (const col of ["key", "claimed_by", "resolved_by", "asked_privately_by"])
        replaceId(c, "tandem_alerts", col, s);
    },
  },
  evaluations: {
    erase: (c, s) => {
      const stored = rows(
        c,
        `SELECT id, answers FROM evaluations WHERE participant_id IN (${list(s.participantIds)})`,
      );
      const keep = c.prepare("UPDATE evaluations SET answers = ? WHERE id = ?");
      for (const r of stored) keep.run(numbersOnly(r.answers), r.id);
    },
  },
  // a tandem's first successes are the words of both members: they go with either of them
  tandem_successes: {
    erase: (c, s) => {
      c.prepare(`DELETE FROM tandem_successes WHERE tandem_id IN (${list(s.tandemIds)})`).run();
      if (s.everywhere) replaceId(c, "tandem_successes", "updated_by", s);
    },
  },
  // who took a CSV export stays countable for the trail, under the pseudonym
  exports: {
    erase: (c, s) => {
      if (s.everywhere) replaceId(c, "exports", "user_id", s);
    },
  },
  seen_deliveries: { none: "Slack event ids and when they came" },
  audit_log: {
    erase: (c, s) => {
      if (!s.everywhere) return;
      const hits = mentioning(c, "audit_log", ["details"], s.needles);
      if (hits.length > 0)
        c.prepare(`UPDATE audit_log SET details = '{}' WHERE rowid IN (${list(hits)})`).run();
      replaceId(c, "audit_log", "actor", s);
      replaceId(c, "audit_log", "subject_user_id", s);
    },
  },
};

/** Tables that hold no one's data: SQLite's and drizzle's bookkeeping. */
export const BOOKKEEPING_TABLES = ["sqlite_sequence", "__drizzle_migrations"];

/** Runs every table's eraser; call it inside a transaction. */
export function eraseSubject(db: Db, s: ErasureSubject): void {
  for (const eraser of Object.values(ERASURE)) if ("erase" in eraser) eraser.erase(db.$client, s);
}

/** Gathers every table's rows about the person. */
export function gatherSubject(db: Db, s: DataSubject): Record<string, Row[]> {
  const out: Record<string, Row[]> = {};
  for (const [table, gather] of Object.entries(PERSONAL_DATA)) out[table] = gather(db.$client, s);
  return out;
}

/** The person's participations, tandems and their programs' events (for one program, or all). */
export function subjectOf(db: Db, userId: string, programId?: number): DataSubject {
  const c = db.$client;
  const programFilter = programId === undefined ? "" : ` AND program_id = ${Number(programId)}`;
  const participantIds = (
    c.prepare(`SELECT id FROM participants WHERE user_id = ?${programFilter}`).all(userId) as { id: number }[]
  ).map((r) => r.id);
  const ids = list(participantIds);
  const tandemIds = (
    c.prepare(`SELECT id FROM tandems WHERE mentor_id IN (${ids}) OR mentee_id IN (${ids})`).all() as {
      id: number;
    }[]
  ).map((r) => r.id);
  const eventIds = (
    c
      .prepare(
        `SELECT id FROM events WHERE program_id IN (SELECT program_id FROM participants WHERE id IN (${ids}))`,
      )
      .all() as { id: number }[]
  ).map((r) => r.id);
  return { userId, participantIds, tandemIds, eventIds };
}

/** Every user table (for the registry test and the erasure scan). */
export function userTables(db: Db): { name: string; textColumns: string[] }[] {
  const c = db.$client;
  const tables = c
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return tables
    .filter((t) => !BOOKKEEPING_TABLES.includes(t.name))
    .map((t) => ({
      name: t.name,
      textColumns: (
        c.prepare(`PRAGMA table_info(${JSON.stringify(t.name)})`).all() as { name: string; type: string }[]
      )
        .filter((col) => col.type.toUpperCase() === "TEXT" || col.type === "")
        .map((col) => col.name),
    }));
}
