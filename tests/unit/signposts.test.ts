import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Signposts stay true (STYLE.md, "One of each"): a path named in a comment of src/, in docs/ or in
 * README.md names a file or folder that exists. A path counts when it starts at a top folder of the
 * repository (`src/…`, `docs/…`, `tests/…`, `sim/…`, `bench/…`, `scripts/…`, `drizzle/…`, `.ci/…`),
 * or when it has a folder and a source or document extension (`listeners/afterAck.ts`); the latter
 * may be meant from the repository, from src/ or from the naming file's folder. Imports are left to
 * the compiler; placeholders (`<feature>`, `*`, `…`) and URLs are skipped.
 */

const ROOT = join(import.meta.dirname, "..", "..");
const TOP = "(?:src|docs|tests|sim|bench|scripts|drizzle|\\.ci)/[\\w./-]*";
const WITH_EXTENSION = "[\\w.-]+(?:/[\\w.-]+)*/[\\w.-]+\\.(?:ts|md|mjs|cjs|sh)";
const DOTFILE = "\\.[\\w-]+\\.(?:cjs|json)";
const PATH = new RegExp(`(?<![\\w/.:<>*…-])(${WITH_EXTENSION}|${TOP}|${DOTFILE})(?![\\w/<>*…-])`, "g");

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f));
}

/** Each path the file names, with its line; import and export specifiers left out. */
function namedPaths(text: string): { path: string; line: number }[] {
  const found: { path: string; line: number }[] = [];
  text.split("\n").forEach((line, i) => {
    if (/^\s*(import|export)\b.*\bfrom\s+["']|^\s*\}\s*from\s+["']|import\(["']/.test(line)) return;
    for (const m of line.matchAll(PATH)) {
      const path = (m[1] ?? "").replace(/[./]+$/, "");
      if (path.includes("://")) continue;
      found.push({ path, line: i + 1 });
    }
  });
  return found;
}

function exists(path: string, namedIn: string): boolean {
  // a module named as an import names it (sim/demo/cohort)
  const candidates = [join(ROOT, path), join(ROOT, "src", path), join(ROOT, dirname(namedIn), path)];
  return candidates.some((c) => existsSync(c) || existsSync(`${c}.ts`));
}

describe("signposts", () => {
  it("finds paths the way a reader reads them", () => {
    const text = [
      "// see src/listeners/afterAck.ts and docs/decisions/layers.md.",
      'import { x } from "../../src/app";',
      "`listeners/commands/router.ts`, src/listeners/<feature>/index.ts, https://example.com/a/b.ts",
      "the rules are in `.dependency-cruiser.cjs`; tests/unit/ holds them",
    ].join("\n");
    expect(namedPaths(text)).toEqual([
      { path: "src/listeners/afterAck.ts", line: 1 },
      { path: "docs/decisions/layers.md", line: 1 },
      { path: "listeners/commands/router.ts", line: 3 },
      { path: ".dependency-cruiser.cjs", line: 4 },
      { path: "tests/unit", line: 4 },
    ]);
  });

  it("every file named in src/, docs/ and README.md exists", () => {
    const files = [...filesUnder("src", ".ts"), ...filesUnder("docs", ".md"), "README.md"];
    const missing: string[] = [];
    for (const file of files) {
      for (const { path, line } of namedPaths(readFileSync(join(ROOT, file), "utf8"))) {
        if (!exists(path, file)) missing.push(`${relative(ROOT, join(ROOT, file))}:${line} names ${path}`);
      }
    }
    expect(
      missing,
      "paths that name no file (fix the path, or the file moved: grep for its old name)",
    ).toEqual([]);
  });
});
