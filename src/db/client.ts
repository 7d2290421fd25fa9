import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * The committed migrations: beside the bundle when running from dist/ (the build copies them to
 * dist/drizzle), two folders up when running the sources (src/db/client.ts).
 */
function migrationsFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [resolve(here, "drizzle"), resolve(here, "../../drizzle")];
  const found = candidates.find((dir) => existsSync(resolve(dir, "meta/_journal.json")));
  if (!found) throw new Error(`No database migrations found (looked in ${candidates.join(" and ")})`);
  return found;
}

/** Opens (creating if needed) the database, sets the PRAGMAs and applies committed migrations. */
export function openDb(path: string): Db {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // Deleted rows are overwritten with zeros, so erased text cannot be read from free pages.
  sqlite.pragma("secure_delete = ON");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: migrationsFolder() });
  return db;
}

/**
 * After an erasure: moves the write-ahead log into the database file and truncates it, so the old
 * page images that still hold the erased text are gone from the WAL too. Best effort: a reader in
 * another process can hold the log open; the next checkpoint then finishes the job.
 */
export function checkpointAfterErasure(db: Db): boolean {
  const [row] = db.$client.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
  return row?.busy === 0;
}
