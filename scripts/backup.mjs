#!/usr/bin/env node
/**
 * A consistent copy of the SQLite database while the app runs: SQLite's online backup API (through
 * better-sqlite3), which copies page by page and restarts a step when the app writes in between.
 *   npm run backup -- <file>        (DATABASE_PATH from the environment or .env, as the app reads it)
 * The copy is written beside its target and renamed into place only once it is complete and passes
 * SQLite's integrity check, so a crash never leaves a half-written backup under the name asked for.
 */
import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { config as loadDotenv } from "dotenv";

function fail(message) {
  console.error(`Backup failed: ${message}`);
  process.exit(1);
}

const target = process.argv[2];
if (!target || target.startsWith("-")) {
  fail("name the file to write, e.g. `npm run backup -- backups/tandem-$(date +%F).db`.");
}
if (existsSync(".env")) loadDotenv({ path: ".env", quiet: true });
const source = resolve(process.env.DATABASE_PATH || "./data/tandem.db");
const out = resolve(target);
if (!existsSync(source)) fail(`there is no database at ${source} (DATABASE_PATH).`);
if (out === source) fail("the backup cannot be the database itself.");
if (existsSync(out)) fail(`${out} exists already; choose a new name (backups are never overwritten).`);
if (!existsSync(dirname(out))) fail(`the folder ${dirname(out)} does not exist.`);

const started = performance.now();
const partial = `${out}.partial-${process.pid}`;
const db = new Database(source, { fileMustExist: true });
db.pragma("busy_timeout = 5000");
try {
  await db.backup(partial);
  const copy = new Database(partial);
  const check = copy.pragma("integrity_check", { simple: true });
  copy.pragma("journal_mode = DELETE");
  copy.close();
  if (check !== "ok") throw new Error(`the copy failed SQLite's integrity check: ${check}`);
  renameSync(partial, out);
} catch (error) {
  rmSync(partial, { force: true });
  fail(error instanceof Error ? error.message : String(error));
} finally {
  db.close();
}
const mb = (statSync(out).size / 1e6).toFixed(1);
console.log(`Backed up ${source} to ${out} (${mb} MB) in ${(performance.now() - started).toFixed(0)} ms.`);
