/**
 * Scheduler benchmark: a program whose tandems' check-ins all fall due in the same tick, on a real
 * SQLite file. For each size, the time of the due tick and of the quiet tick after it, the longest
 * stretch the tick held the event loop (its longest slice), and the event-loop delay measured while
 * the due tick ran. Then, with the app in a process of its own, a burst of 200 `/mentoring join`
 * requests acknowledged during a due tick of the largest size against the same burst without a tick.
 * The tick table gives the median of BENCH_RUNS runs (default 5) per size.
 *   npm run bench:scheduler [sizes…]   (default 50 200 800 2000; BENCH_ROUNDS, default 3)
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { FakeSlack } from "../sim/fake-slack";
import { SlackRequests } from "../sim/slack-requests";
import { loadConfig } from "../src/config";
import { openDb } from "../src/db/client";
import { checkins, programs, scheduledSends, slackOps } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { dueItems, type RhythmState } from "../src/domain/rhythm/due";
import { runDueWork } from "../src/jobs/scheduler";
import { createLogger } from "../src/logger";
import { MANAGER, seedRhythm } from "../tests/helpers/rhythm-seed";

const SIZES = process.argv.slice(2).map(Number).filter(Number.isFinite);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BURST = 200;
/**
 * Check-in period 1 of tandems launched 2026-04-02 (cadence 14 days), 16:45 in Berlin: every tandem's
 * moment of that day has come. Check-ins are spread over the working day (checkinMoment in
 * src/domain/rhythm/due.ts), so this is the worst case, a first tick late in the day after downtime;
 * the spread itself is reported at the end.
 */
const DUE = new Date("2026-04-16T14:45:00Z");
const QUIET = new Date(DUE.getTime() + 5 * 60_000);

interface Measured {
  tandems: number;
  sent: number;
  ops: number;
  dueMs: number;
  quietMs: number;
  longestSliceMs: number;
  slices: number;
  delayP99Ms: number;
  delayMaxMs: number;
}

/** A tick, timed, with the longest synchronous stretch between two of its pauses. */
async function timedTick(
  deps: Deps,
  now: Date,
): Promise<{ ms: number; longest: number; slices: number; sent: number }> {
  let mark = performance.now();
  let longest = 0;
  let slices = 1;
  const pause = async () => {
    longest = Math.max(longest, performance.now() - mark);
    slices += 1;
    await new Promise(setImmediate);
    mark = performance.now();
  };
  const started = mark;
  const result = await runDueWork(deps, now, { pause });
  const ended = performance.now();
  longest = Math.max(longest, ended - mark);
  return { ms: ended - started, longest, slices, sent: result.sent.length };
}

async function measure(tandems: number): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), "tandem-bench-"));
  const result = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: "bench",
    DATABASE_PATH: join(dir, "bench.db"),
    PROGRAM_MANAGERS: MANAGER,
    LOG_LEVEL: "error",
  });
  if (!result.ok) throw new Error(result.problems.join("; "));
  const db = openDb(result.config.databasePath);
  try {
    db.$client.exec("BEGIN");
    seedRhythm(db, new FakeSlack(), { tandems });
    db.$client.exec("COMMIT");
    const deps: Deps = {
      config: result.config,
      db,
      clock: () => DUE,
      logger: createLogger("error"),
      wakeOutbox: () => {},
    };
    const histogram = monitorEventLoopDelay({ resolution: 1 });
    histogram.enable();
    const due = await timedTick(deps, DUE);
    await new Promise((resolve) => setTimeout(resolve, 5));
    histogram.disable();
    const quiet = await timedTick(deps, QUIET);
    if (due.sent !== tandems) throw new Error(`due tick sent ${due.sent} of ${tandems} check-ins`);
    if (quiet.sent !== 0) throw new Error(`quiet tick sent ${quiet.sent}`);
    return {
      tandems,
      sent: due.sent,
      ops: db.select({ id: slackOps.id }).from(slackOps).all().length,
      dueMs: due.ms,
      quietMs: quiet.ms,
      longestSliceMs: due.longest,
      slices: due.slices,
      delayP99Ms: histogram.percentile(99) / 1e6,
      delayMaxMs: histogram.max / 1e6,
    };
  } finally {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/**
 * BURST `/mentoring join` at once, acknowledged by the app in its own process, ROUNDS times without
 * a tick and ROUNDS times while a due tick of `tandems` check-ins runs there (sent a moment before
 * the burst, reset between rounds so that every round's tick has all of them to record).
 */
async function burstDuringTick(tandems: number): Promise<void> {
  const fake = await new FakeSlack().start();
  const dir = mkdtempSync(join(tmpdir(), "tandem-bench-"));
  const dbPath = join(dir, "bench.db");
  const db = openDb(dbPath);
  db.$client.exec("BEGIN");
  seedRhythm(db, fake, { tandems });
  db.insert(programs)
    .values({
      name: "Bench cohort",
      topics: ["ai_tools"],
      startDate: "2026-05-01",
      endDate: "2026-10-31",
      signupDeadline: "2026-04-30",
      language: "en",
      timezone: "Europe/Berlin",
      signupOpen: true,
      status: "signup",
      createdBy: MANAGER,
    })
    .run();
  db.$client.exec("COMMIT");
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "bench/scheduler-server.ts", fake.apiUrl, dbPath],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const { stdin, stdout } = child;
  if (!stdout || !stdin) throw new Error("no stdio");
  const lines = createInterface({ input: stdout })[Symbol.asyncIterator]();
  const port = Number(String((await lines.next()).value).replace("PORT ", ""));
  const slack = new SlackRequests(`http://127.0.0.1:${port}`, "bench-signing-secret", fake.url);
  let user = 0;
  const burst = async (into: number[]) => {
    const ids = Array.from({ length: BURST }, () => `UBS${String(user++).padStart(6, "0")}`);
    for (const id of ids) fake.addUser({ id });
    await Promise.all(
      ids.map(async (id) => {
        const started = performance.now();
        const res = await slack.command(id, "join mentor");
        if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
        into.push(performance.now() - started);
      }),
    );
  };
  const quiet: number[] = [];
  const during: number[] = [];
  const ticks: number[] = [];
  const quietP99: number[] = [];
  const duringP99: number[] = [];
  try {
    await burst([]); // warm-up
    // and a first tick, so that no round measures a cold tick (JIT, prepared statements)
    stdin.write(`tick ${DUE.toISOString()}\n`);
    await lines.next();
    for (let round = 0; round < ROUNDS; round++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const quietRound: number[] = [];
      await burst(quietRound);
      quiet.push(...quietRound);
      quietP99.push(percentile(quietRound, 99));
      db.delete(slackOps).run();
      db.delete(scheduledSends).run();
      db.delete(checkins).run();
      await new Promise((resolve) => setTimeout(resolve, 500));
      stdin.write(`tick ${DUE.toISOString()}\n`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const duringRound: number[] = [];
      await burst(duringRound);
      during.push(...duringRound);
      duringP99.push(percentile(duringRound, 99));
      const [word, ms, sent] = String((await lines.next()).value).split(" ");
      if (word !== "TICKED" || Number(sent) !== tandems) throw new Error(`tick: ${word} ${ms} ${sent}`);
      ticks.push(Number(ms));
    }
  } finally {
    child.kill("SIGTERM");
    db.$client.close();
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const ratio = percentile(during, 99) / percentile(quiet, 99);
  console.log(
    `\nBurst of ${BURST} \`/mentoring join\`, ${ROUNDS} rounds each, app in its own process, due tick of ${tandems} check-ins:`,
  );
  console.log("| burst | ack p50 | ack p99 |");
  console.log("| --- | ---: | ---: |");
  console.log(
    `| without a tick | ${percentile(quiet, 50).toFixed(0)} ms | ${percentile(quiet, 99).toFixed(0)} ms |`,
  );
  console.log(
    `| during the due tick | ${percentile(during, 50).toFixed(0)} ms | ${percentile(during, 99).toFixed(0)} ms |`,
  );
  console.log(
    `ratio p99 ${ratio.toFixed(2)}× (target ≤ 1.25×); the ticks took ${ticks.map((t) => t.toFixed(0)).join(", ")} ms`,
  );
  const rounds = (values: number[]) => values.map((v) => v.toFixed(0)).join(", ");
  const roundRatios = quietP99.map((q, i) => (duringP99[i] ?? Number.NaN) / q);
  console.log(
    `p99 per round: without a tick ${rounds(quietP99)} ms; during the due tick ${rounds(duringP99)} ms; ratios ${roundRatios.map((r) => r.toFixed(2)).join(", ")} (median ${percentile(roundRatios, 50).toFixed(2)}×)`,
  );
}

/** How a day's check-ins of `tandems` tandems (all in Berlin, as seeded) spread over the ticks. */
function spread(tandems: number): void {
  const state: RhythmState = {
    programs: [
      {
        id: 1,
        status: "running",
        startDate: "2026-04-01",
        endDate: "2026-09-30",
        timezone: "Europe/Berlin",
        checkinCadenceDays: 14,
        circleCadenceDays: 21,
        nudgeAfterDays: 21,
        alertAfterDays: 35,
        hasMentorCircle: false,
      },
    ],
    tandems: Array.from({ length: tandems }, (_, i) => ({
      id: i + 1,
      programId: 1,
      status: "active" as const,
      pausedUntil: null,
      launchedAt: "2026-04-02T09:00:00Z",
      mentorTz: "Europe/Berlin",
      menteeTz: "Europe/Berlin",
      lastMetOn: null,
    })),
    helpRequests: [],
    events: [],
    sent: new Set(),
  };
  const perTick = new Map<number, number>();
  for (const item of dueItems(state, new Date("2026-04-15T22:00:00Z"))) {
    if (item.kind === "checkin")
      perTick.set(item.dueAt.getTime(), (perTick.get(item.dueAt.getTime()) ?? 0) + 1);
  }
  const counts = [...perTick.values()];
  const hhmm = (t: number) =>
    new Date(t).toLocaleTimeString("en-GB", {
      timeZone: "Europe/Berlin",
      hour: "2-digit",
      minute: "2-digit",
    });
  console.log(
    `\nSpread: the ${tandems} check-ins of a day fall due in ${perTick.size} ticks between ${hhmm(Math.min(...perTick.keys()))} and ${hhmm(Math.max(...perTick.keys()))} Berlin time, at most ${Math.max(...counts)} in one tick (median ${percentile(counts, 50)}).`,
  );
}

async function main(): Promise<void> {
  const rows: Measured[] = [];
  await measure(50); // warm-up: JIT, Intl formatters, prepared statements
  for (const n of SIZES.length > 0 ? SIZES : [50, 200, 800, 2000]) {
    // the machine is shared: each column is the median of RUNS runs
    const runs: Measured[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(n));
    const median = (pick: (m: Measured) => number) => percentile(runs.map(pick), 50);
    rows.push({
      tandems: n,
      sent: median((m) => m.sent),
      ops: median((m) => m.ops),
      dueMs: median((m) => m.dueMs),
      quietMs: median((m) => m.quietMs),
      longestSliceMs: median((m) => m.longestSliceMs),
      slices: median((m) => m.slices),
      delayP99Ms: median((m) => m.delayP99Ms),
      delayMaxMs: median((m) => m.delayMaxMs),
    });
    const worst = Math.max(...runs.map((m) => m.longestSliceMs));
    console.error(
      `${n}: longest slice per run ${runs.map((m) => m.longestSliceMs.toFixed(0)).join(", ")} ms (worst ${worst.toFixed(0)})`,
    );
  }
  console.log(
    "| tandems | due tick | per tandem | quiet tick | slices | longest slice | loop delay p99 | loop delay max |",
  );
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
  for (const r of rows) {
    console.log(
      `| ${r.tandems} | ${ms(r.dueMs)} | ${(r.dueMs / r.tandems).toFixed(2)} ms | ${ms(r.quietMs)} | ${r.slices} | ${ms(r.longestSliceMs)} | ${ms(r.delayP99Ms)} | ${ms(r.delayMaxMs)} |`,
    );
  }
  const last = rows[rows.length - 1];
  if (last) {
    console.log(
      `targets at ${last.tandems}: longest slice ${ms(last.longestSliceMs)} (≤ 50 ms), loop delay max ${ms(last.delayMaxMs)} (< 100 ms), handed to the outbox in ${ms(last.dueMs)} (≤ 10 s)`,
    );
  }
  if (last) spread(last.tandems);
  if (last && ROUNDS > 0) await burstDuringTick(last.tandems);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
