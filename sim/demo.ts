import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PROGRAM_NAME } from "./demo/cohort";
import { playCohort } from "./demo/run";
import { renderTranscript } from "./demo/transcript";
import type { World } from "./demo/world";

/**
 * `npm run demo [--seed N] [--out path] [--people N] [--address du|sie]`: plays a whole cohort with the real app
 * against the Slack simulator (no network, no tokens) and writes the transcript as one HTML page.
 */

export interface DemoRun {
  out: string;
  seconds: number;
  html: string;
}

export async function runDemo(opts: {
  seed: number;
  out: string;
  people: number;
  address?: "du" | "sie";
  log?: (line: string) => void;
  /** sees the played cohort's world before it stops (tests recount from its database) */
  onPlayed?: (world: World) => void;
}): Promise<DemoRun> {
  const started = performance.now();
  const log = opts.log ?? (() => {});
  const cohort = await playCohort({
    seed: opts.seed,
    people: opts.people,
    address: opts.address ?? "du",
    onPhase: (name) => log(`… ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`),
    ...(opts.onPlayed ? { onPlayed: opts.onPlayed } : {}),
  });
  const html = renderTranscript(cohort, { seed: opts.seed, title: `Tandem demo: ${PROGRAM_NAME}` });
  const out = resolve(opts.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  return { out, seconds: (performance.now() - started) / 1000, html };
}

function parseArgs(argv: string[]): { seed: number; out: string; people: number; address: "du" | "sie" } {
  const opts: { seed: number; out: string; people: number; address: "du" | "sie" } = {
    seed: 1,
    out: "demo/tandem-demo.html",
    people: 40,
    address: "du",
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[i + 1];
    if ((arg === "--seed" || arg === "--people") && next !== undefined) {
      const n = Number(next);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${arg} takes a whole number, not "${next}"`);
      if (arg === "--seed") opts.seed = n;
      else opts.people = Math.max(12, n);
      i++;
    } else if (arg === "--address" && (next === "du" || next === "sie")) {
      opts.address = next;
      i++;
    } else if (arg === "--out" && next !== undefined) {
      opts.out = next;
      i++;
    } else if (arg === "--help" || arg === "-h") {
      console.log("npm run demo -- [--seed N] [--out path.html] [--people N] [--address du|sie]");
      process.exit(0);
    } else {
      throw new Error(`unknown argument ${arg} (try --help)`);
    }
  }
  return opts;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    console.log(
      `Tandem demo: ${opts.people} people, seed ${opts.seed}, against the Slack simulator on loopback`,
    );
    const run = await runDemo({ ...opts, log: (l) => console.log(l) });
    console.log(`Done in ${run.seconds.toFixed(1)} s. Open the transcript:\n  file://${run.out}`);
  } catch (error) {
    console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
