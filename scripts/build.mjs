#!/usr/bin/env node
/**
 * The production build: bundles src/main.ts into dist/main.js (ESM, Node 20, with a source map) and
 * copies the committed migrations next to it, so `node dist/main.js` runs without a TypeScript loader.
 * Packages stay external: they are loaded from node_modules at run time (better-sqlite3 is native).
 *   node scripts/build.mjs [--outdir dir] [--entry src/main.ts ...] [--force]
 *
 * Several instances may be started at once from one folder (`npm start` builds first), so a build
 * must never change a dist/ that a sibling is starting from:
 * - the inputs' fingerprint (sources, migrations, lockfile, this script) is stored in dist/BUILD_ID;
 *   when it matches, dist/ is up to date and nothing is written;
 * - otherwise one builder at a time (a lock folder beside dist/; the others wait, then find it up to
 *   date), writing into a fresh folder that replaces dist/ by renames only once it is complete.
 */
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { build } from "esbuild";

const args = process.argv.slice(2);
const option = (name) => {
  const values = [];
  for (let i = 0; i < args.length; i++) if (args[i] === `--${name}` && args[i + 1]) values.push(args[i + 1]);
  return values;
};
const outdir = resolve(option("outdir")[0] ?? "dist");
const entries = option("entry");
const force = args.includes("--force");
const entryPoints = entries.length > 0 ? entries : ["src/main.ts"];

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

function fingerprint() {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ entryPoints, node: process.versions.node }));
  const inputs = [...filesUnder("src"), ...filesUnder("drizzle"), "package-lock.json", "scripts/build.mjs"]
    .filter((f) => existsSync(f))
    .sort();
  for (const file of inputs) hash.update(`${relative(".", file)}\0`).update(readFileSync(file));
  return hash.digest("hex");
}

const idFile = (dir) => join(dir, "BUILD_ID");
const upToDate = (id) => !force && existsSync(idFile(outdir)) && readFileSync(idFile(outdir), "utf8") === id;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const lock = `${outdir}.lock`;
async function withLock(work) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      // A builder that died leaves its lock: one older than a minute is taken over.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 60_000)
        rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`another build holds ${lock} for too long`);
      await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const started = performance.now();
const id = fingerprint();
const outputs = entryPoints.map((entry) => `${basename(outdir)}/${basename(entry).replace(/\.ts$/, ".js")}`);
if (upToDate(id)) {
  console.log(`${outputs.join(", ")} is up to date (${(performance.now() - started).toFixed(0)} ms)`);
  process.exit(0);
}
const built = await withLock(async () => {
  if (upToDate(id)) return false;
  mkdirSync(dirname(outdir), { recursive: true });
  const fresh = `${outdir}.new-${process.pid}`;
  const old = `${outdir}.old-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir: fresh,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    logLevel: "warning",
  });
  cpSync("drizzle", resolve(fresh, "drizzle"), { recursive: true });
  writeFileSync(idFile(fresh), id);
  // Two renames: a sibling that already runs keeps its loaded code; one that starts now sees either
  // the whole old folder or the whole new one, except for the instant between the renames.
  if (existsSync(outdir)) renameSync(outdir, old);
  renameSync(fresh, outdir);
  rmSync(old, { recursive: true, force: true });
  return true;
});
console.log(
  built
    ? `Built ${outputs.join(", ")} in ${(performance.now() - started).toFixed(0)} ms`
    : `${outputs.join(", ")} was built by another start meanwhile`,
);
