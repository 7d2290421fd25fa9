#!/usr/bin/env node
/**
 * The production build: bundles src/main.ts into dist/main.js (ESM, Node 20, with a source map) and
 * copies the committed migrations next to it, so `node dist/main.js` runs without a TypeScript loader.
 * Packages stay external: they are loaded from node_modules at run time (better-sqlite3 is native).
 *   node scripts/build.mjs [--outdir dir] [--entry src/main.ts ...]
 */
import { cpSync, rmSync } from "node:fs";
import { basename, resolve } from "node:path";
import { build } from "esbuild";

const args = process.argv.slice(2);
const option = (name) => {
  const values = [];
  for (let i = 0; i < args.length; i++) if (args[i] === `--${name}` && args[i + 1]) values.push(args[i + 1]);
  return values;
};
const outdir = resolve(option("outdir")[0] ?? "dist");
const entries = option("entry");

const started = performance.now();
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: entries.length > 0 ? entries : ["src/main.ts"],
  outdir,
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
});
cpSync("drizzle", resolve(outdir, "drizzle"), { recursive: true });
const outputs = (entries.length > 0 ? entries : ["src/main.ts"]).map(
  (entry) => `${basename(outdir)}/${basename(entry).replace(/\.ts$/, ".js")}`,
);
console.log(`Built ${outputs.join(", ")} in ${(performance.now() - started).toFixed(0)} ms`);
