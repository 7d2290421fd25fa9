import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog } from "../../src/db/schema";
import { seedRhythm } from "../helpers/rhythm-seed";
import { startTestApp, type TestApp } from "../helpers/test-app";

const run = promisify(execFile);

function backup(databasePath: string, target: string) {
  return run(process.execPath, ["scripts/backup.mjs", target], {
    env: { ...process.env, DATABASE_PATH: databasePath },
  });
}

describe("npm run backup", () => {
  let t: TestApp;
  let dir: string;
  beforeEach(async () => {
    t = await startTestApp({ now: "2026-05-04T09:00:00Z" });
    seedRhythm(t.db, t.fake, { tandems: 3 });
    dir = mkdtempSync(join(tmpdir(), "tandem-backup-"));
  });
  afterEach(async () => {
    await t.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("copies the database consistently while the app keeps writing", async () => {
    const write = (i: number) =>
      t.db
        .insert(auditLog)
        .values({ at: "2026-05-04T09:00:00Z", actor: "UPM0000001", action: `test.write.${i}` })
        .run();
    for (let i = 0; i < 200; i++) write(i);
    const before = t.db.select().from(auditLog).all().length;
    const target = join(dir, "tandem.db");
    const copying = backup(t.config.databasePath, target);
    // The app writes on while the copy is made (the backup restarts a step after a write).
    let i = 200;
    const writer = setInterval(() => write(i++), 1);
    const { stdout } = await copying.finally(() => clearInterval(writer));
    expect(stdout).toMatch(/^Backed up .* to .*tandem\.db \([\d.]+ MB\) in \d+ ms\.$/m);

    const copy = new Database(target, { readonly: true });
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      const rows = copy.prepare("SELECT count(*) AS n FROM audit_log").get() as { n: number };
      expect(rows.n).toBeGreaterThanOrEqual(before);
      const tandems = copy.prepare("SELECT count(*) AS n FROM tandems").get() as { n: number };
      expect(tandems.n).toBe(3);
    } finally {
      copy.close();
    }
    expect(existsSync(`${target}-wal`)).toBe(false);
  });

  it("never overwrites a file and says what to do instead", async () => {
    const target = join(dir, "taken.db");
    writeFileSync(target, "an older backup");
    const failed = await backup(t.config.databasePath, target).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain("exists already");
    const none = await run(process.execPath, ["scripts/backup.mjs"], {
      env: { ...process.env, DATABASE_PATH: t.config.databasePath },
    }).catch((e: { stderr: string }) => e);
    expect((none as { stderr: string }).stderr).toContain("npm run backup -- ");
  });
});
