import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";

const run = promisify(execFile);
const build = (outdir: string, ...extra: string[]) =>
  run(process.execPath, ["scripts/build.mjs", "--outdir", outdir, ...extra]);

describe("npm start's build with several instances started at once", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("builds once; the others wait and find the bundle up to date, and a later start writes nothing", async () => {
    const parent = mkdtempSync(join(process.cwd(), ".dist-test-"));
    dirs.push(parent);
    const outdir = join(parent, "dist");
    const results = await Promise.all([build(outdir), build(outdir), build(outdir)]);
    const said = results.map((r) => r.stdout.trim());
    expect(said.filter((s) => s.startsWith("Built "))).toHaveLength(1);
    expect(said.filter((s) => !s.startsWith("Built "))).toHaveLength(2);
    for (const file of ["main.js", "main.js.map", "BUILD_ID", "drizzle/meta/_journal.json"])
      expect(existsSync(join(outdir, file)), file).toBe(true);
    expect(existsSync(`${outdir}.lock`)).toBe(false);

    const id = readFileSync(join(outdir, "BUILD_ID"), "utf8");
    const again = await build(outdir);
    expect(again.stdout).toContain("is up to date");
    expect(readFileSync(join(outdir, "BUILD_ID"), "utf8")).toBe(id);
  });

  it("rebuilds forced in turn, never into a folder a sibling is writing", async () => {
    const parent = mkdtempSync(join(process.cwd(), ".dist-test-"));
    dirs.push(parent);
    const outdir = join(parent, "dist");
    const results = await Promise.all([1, 2, 3].map(() => build(outdir, "--force")));
    expect(results.every((r) => r.stdout.startsWith("Built "))).toBe(true);
    expect(existsSync(join(outdir, "drizzle/meta/_journal.json"))).toBe(true);
  });
});
