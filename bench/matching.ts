/**
 * Matching benchmark: random score matrices of 100, 500 and 1000 per side, solved on the same
 * matrices by Tandem's solver, `linear-sum-assignment` and `munkres-js`; prints time and objective
 * and checks that all three reach the same optimum.
 *
 *   npx tsx bench/matching.ts [--skip-slow] [--sizes 100,500] [--seed 42]
 *
 * --skip-slow leaves out munkres-js at 1000 (about a minute).
 */
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { linearSumAssignment } from "linear-sum-assignment";
import { solveAssignment } from "../src/domain/matching/solver";

type MunkresFn = (costs: number[][]) => [number, number][];

/** munkres-js is CommonJS without types: its one export, typed as its README documents it. */
function loadMunkres(): MunkresFn {
  const require = createRequire(import.meta.url);
  return require("munkres-js") as MunkresFn;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** mulberry32: a small seeded generator, so every run and every solver sees the same matrices. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Scores like the matcher's: [0, 1], four decimals. */
function matrix(n: number, rnd: () => number): Float64Array {
  const m = new Float64Array(n * n);
  for (let k = 0; k < m.length; k++) m[k] = Math.round(rnd() * 10000) / 10000;
  return m;
}

function rowsOf(flat: Float64Array, n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from(flat.subarray(i * n, (i + 1) * n)));
}

/** Median time of `repeat` runs (small matrices take microseconds, so one run is mostly noise). */
function time<T>(run: () => T, repeat = 1): { ms: number; value: T } {
  const times: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    value = run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? Number.NaN, value: value as T };
}

interface Row {
  n: number;
  solver: string;
  ms: number | undefined;
  objective: number | undefined;
}

const sizes = (arg("--sizes") ?? "100,500,1000").split(",").map(Number);
const seed = Number(arg("--seed") ?? 42);
const skipSlow = process.argv.includes("--skip-slow");
const munkres = loadMunkres();
const rnd = random(seed);
const rows: Row[] = [];
let allEqual = true;

// Warm up every solver once, so the first size does not pay for the JIT.
{
  const warm = matrix(50, random(1));
  solveAssignment({ rows: 50, cols: 50, score: warm });
  linearSumAssignment(rowsOf(warm, 50), { maximaze: true });
  munkres(rowsOf(warm, 50));
}

for (const n of sizes) {
  const flat = matrix(n, rnd);
  const nested = rowsOf(flat, n);

  const repeat = n <= 100 ? 21 : n <= 500 ? 5 : 3;
  const ours = time(() => solveAssignment({ rows: n, cols: n, score: flat }), repeat);
  rows.push({ n, solver: "tandem (solver.ts)", ms: ours.ms, objective: ours.value.total });

  const lsa = time(() => linearSumAssignment(nested, { maximaze: true }), repeat);
  let lsaTotal = 0;
  lsa.value.rowAssignments.forEach((c, r) => {
    if (c >= 0) lsaTotal += nested[r]?.[c] ?? 0;
  });
  rows.push({ n, solver: "linear-sum-assignment", ms: lsa.ms, objective: lsaTotal });

  let munkresTotal: number | undefined;
  if (skipSlow && n >= 1000) {
    rows.push({ n, solver: "munkres-js", ms: undefined, objective: undefined });
  } else {
    // munkres-js minimizes: give it 1 − score.
    const costs = nested.map((row) => row.map((s) => 1 - s));
    const mk = time(() => munkres(costs));
    munkresTotal = mk.value.reduce((sum, [r, c]) => sum + (nested[r]?.[c] ?? 0), 0);
    rows.push({ n, solver: "munkres-js", ms: mk.ms, objective: munkresTotal });
  }

  const same = (x: number | undefined) => x === undefined || Math.abs(x - ours.value.total) < 1e-6;
  if (!same(lsaTotal) || !same(munkresTotal)) allEqual = false;
}

console.log(
  `seed ${seed}, Node ${process.version}; median of 21/5/3 runs at 100/500/1000 (munkres-js: one run)`,
);
console.log("| n × n | solver | time (ms) | objective |");
console.log("|---:|---|---:|---:|");
for (const row of rows) {
  const ms = row.ms === undefined ? "skipped" : row.ms.toFixed(1);
  const objective = row.objective === undefined ? "–" : row.objective.toFixed(4);
  console.log(`| ${row.n} | ${row.solver} | ${ms} | ${objective} |`);
}
console.log(
  allEqual ? "All solvers reached the same optimum." : "MISMATCH: the solvers disagree on the optimum.",
);
if (!allEqual) process.exitCode = 1;
