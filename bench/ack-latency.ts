/**
 * Acknowledgement latency and peak memory for a burst of 200 concurrent `/mentoring join`
 * requests over loopback: Tandem side by side with a bare Bolt app that only acknowledges.
 *   npm run bench            (or: npx tsx bench/ack-latency.ts [--rounds N] [--burst N] [--runner node|tsx])
 * Both apps run the way production runs, as plain `node` without a TypeScript loader: Tandem is the
 * production build (`npm run build`, dist/main.js, configured through its environment), the bare
 * app is bench/bare-server.ts bundled the same way. `--runner tsx` runs both under tsx instead
 * (bench/ack-server.ts), as the app ran before the build existed. Peak memory is each process's
 * peak RSS (VmHWM in /proc, Linux).
 * Diagnostics: BENCH_CPU_PROF=<dir> writes CPU profiles of both apps; BENCH_ALLOC_PROF=<file> writes
 * Tandem's sampled allocations (collected objects included) as a .heapprofile JSON (--runner tsx).
 * Last, a Join rush with Slack's tiers enforced (views.open and users.info: 100 a minute): RUSH
 * first-time people at once (--rush N); each gets the modal or a private "Try again".
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { FakeSlack } from "../sim/fake-slack";
import { SlackRequests } from "../sim/slack-requests";
import { enforceTiers } from "../sim/slack-tiers";
import { openDb } from "../src/db/client";
import { programs } from "../src/db/schema";
import { ids } from "../src/slack/ids";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROUNDS = arg("rounds", 5);
const BURST = arg("burst", 200);
const RUSH = arg("rush", 300);
const runnerArg = process.argv.indexOf("--runner");
const RUNNER = runnerArg >= 0 ? process.argv[runnerArg + 1] : "node";
if (RUNNER !== "node" && RUNNER !== "tsx") throw new Error("--runner is node or tsx");
const SECRET = "bench-signing-secret";

/**
 * The Node flags `npm start` gives the app (package.json: "node <flags> dist/main.js"); with plain
 * node both apps run with them, so the comparison is the app and nothing else. BENCH_NODE_FLAGS
 * replaces them (e.g. BENCH_NODE_FLAGS="" for Node's defaults).
 */
function startFlags(): string[] {
  if (process.env.BENCH_NODE_FLAGS !== undefined)
    return process.env.BENCH_NODE_FLAGS.split(" ").filter((f) => f.length > 0);
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
  const words = (pkg.scripts.start ?? "").split(" ");
  return words.slice(words.indexOf("node") + 1, words.indexOf("dist/main.js"));
}
const NODE_FLAGS = RUNNER === "node" ? startFlags() : [];

interface Side {
  name: string;
  /** per burst: ms from its first request until the last modal was opened */
  drains: number[];
  child: ChildProcess;
  port: number;
  /** bench/ack-server.ts's "report" (heap figures on stderr) under tsx; undefined for plain node */
  lines: AsyncIterator<string> | undefined;
  latencies: number[];
}

/** Where the plain-node programs are: dist/ (Tandem) and a bundle of bench/bare-server.ts (bare Bolt). */
interface Builds {
  bareServer: string;
  dir: string;
}

function buildForNode(): Builds {
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
  const dir = mkdtempSync(join(process.cwd(), ".dist-test-bench-"));
  execFileSync(process.execPath, ["scripts/build.mjs", "--outdir", dir, "--entry", "bench/bare-server.ts"], {
    stdio: "inherit",
  });
  return { bareServer: join(dir, "bare-server.js"), dir };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForHealth(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`tandem exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200) return;
    } catch {}
    if (Date.now() > deadline) throw new Error("tandem did not become healthy");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function startSide(
  name: "tandem" | "bare",
  apiUrl: string,
  dbPath: string,
  builds: Builds | undefined,
): Promise<Side> {
  const profile = process.env.BENCH_CPU_PROF
    ? [`--cpu-prof`, `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  if (builds && name === "tandem") {
    // the production build, configured like production: through its environment
    const port = await freePort();
    const child = spawn(process.execPath, [...profile, ...NODE_FLAGS, "dist/main.js"], {
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        PATH: process.env.PATH,
        SLACK_BOT_TOKEN: "xoxb-bench",
        SLACK_SIGNING_SECRET: SECRET,
        PORT: String(port),
        DATABASE_PATH: dbPath,
        SLACK_API_URL: apiUrl,
        PROGRAM_MANAGERS: "UPM0000001",
        LOG_LEVEL: "error",
      },
    });
    await waitForHealth(port, child);
    return { name, child, port, lines: undefined, latencies: [], drains: [] };
  }
  const program = builds
    ? [...NODE_FLAGS, builds.bareServer]
    : ["--expose-gc", "--import", "tsx", "bench/ack-server.ts"];
  const child = spawn(
    process.execPath,
    [...profile, ...program, ...(builds ? [apiUrl] : [name, apiUrl, dbPath])],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const stdout = child.stdout;
  if (!stdout) throw new Error("no stdout");
  const lines = createInterface({ input: stdout })[Symbol.asyncIterator]();
  const first = await lines.next();
  const port = Number(String(first.value).replace("PORT ", ""));
  return { name, child, port, lines: builds ? undefined : lines, latencies: [], drains: [] };
}

async function burst(side: Side, round: number, fake: FakeSlack, responseBase: string): Promise<void> {
  const opened = fake.callsTo("views.open").length;
  const burstStart = performance.now();
  const slack = new SlackRequests(`http://127.0.0.1:${side.port}`, SECRET, responseBase);
  await Promise.all(
    Array.from({ length: BURST }, async (_, i) => {
      const user = `UB${String(round).padStart(2, "0")}${String(i).padStart(5, "0")}`;
      const started = performance.now();
      const res = await slack.command(user, "join mentor");
      const elapsed = performance.now() - started;
      if (res.status !== 200) throw new Error(`${side.name}: HTTP ${res.status}`);
      side.latencies.push(elapsed);
    }),
  );
  if (side.name === "tandem") {
    // Tandem's follow-up work opens one modal per join; a trigger_id lives about 3 s.
    await fake.waitFor(() => fake.callsTo("views.open").length >= opened + BURST, "all modals", 30_000);
    side.drains.push(performance.now() - burstStart);
  }
}

const rushUser = (i: number) => `UJR${String(i).padStart(6, "0")}`;

/**
 * RUSH first-time `/mentoring join` at once with Slack's own tiers (scale 1): views.open serves 100
 * a minute, so the rest must get the private "Try again" (through the response_url) and nobody an error.
 */
async function rush(side: Side, fake: FakeSlack): Promise<void> {
  const stats = enforceTiers(fake, 1);
  const calls = fake.calls.length;
  const slack = new SlackRequests(`http://127.0.0.1:${side.port}`, SECRET, fake.url);
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: RUSH }, async (_, i) => {
      const sent = performance.now();
      const res = await slack.command(rushUser(i), "join");
      if (res.status !== 200) throw new Error(`rush: HTTP ${res.status}`);
      latencies.push(performance.now() - sent);
    }),
  );
  const rushCalls = () => fake.calls.slice(calls);
  const answers = () => rushCalls().filter((c) => c.method === "response_url");
  const retries = () =>
    answers().filter((c) => JSON.stringify(c.params.blocks ?? []).includes(ids.signup.joinRetry));
  // The tier is checked after Slack's own refusals (an expired trigger): accepted means opened.
  const modals = () => stats.accepted.get("views.open") ?? 0;
  await fake.waitFor(() => modals() + answers().length >= RUSH, "an answer for every join", 30_000);
  const drained = performance.now() - started;
  const other = answers().length - retries().length;
  console.log(
    `Join rush (${RUSH} first-time joins at once, Slack's tiers): ${modals()} modals opened, ${retries().length} "Try again" messages, ${other} other answers; ack p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms; everyone answered within ${drained.toFixed(0)} ms (views.open refused ${stats.rejected.get("views.open") ?? 0}× with 429)`,
  );
  fake.guard = undefined;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/** The process's peak resident set (VmHWM), what getrusage's maxrss reports, for any process. */
async function maxRss(side: Side): Promise<number> {
  // ack-server prints its heap figures on "report" (stderr); the number comes from /proc either way
  if (side.lines) {
    side.child.stdin?.write("report\n");
    await side.lines.next();
  }
  const status = readFileSync(`/proc/${side.child.pid}/status`, "utf8");
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : Number.NaN;
}

async function main(): Promise<void> {
  const fake = await new FakeSlack().start();
  // What Slack would refuse (e.g. a trigger past its 3 s) is a result of the bench, reported below.
  fake.allowRefusals = true;
  const dir = mkdtempSync(join(tmpdir(), "tandem-bench-"));
  const dbPath = join(dir, "bench.db");
  const db = openDb(dbPath);
  db.insert(programs)
    .values({
      name: "Bench cohort",
      topics: ["ai_tools", "social_media", "collaboration_tools"],
      startDate: "2027-01-01",
      endDate: "2027-06-30",
      signupDeadline: "2026-12-31",
      language: "en",
      timezone: "Europe/Berlin",
      signupOpen: true,
      status: "signup",
      createdBy: "UPM0000001",
    })
    .run();
  db.$client.close();
  for (let i = 0; i < RUSH; i++) fake.addUser({ id: rushUser(i) });
  for (let r = 0; r < ROUNDS + 1; r++) {
    for (let i = 0; i < BURST; i++)
      fake.addUser({ id: `UB${String(r).padStart(2, "0")}${String(i).padStart(5, "0")}` });
  }

  const builds = RUNNER === "node" ? buildForNode() : undefined;
  const load = loadavg().map((l) => l.toFixed(1));
  console.log(
    `runner: ${RUNNER === "node" ? `plain node ${[...NODE_FLAGS, "dist/main.js"].join(" ")}, the bare app with the same flags` : "tsx"}; load average before: ${load.join(" ")}`,
  );
  const tandem = await startSide("tandem", fake.apiUrl, dbPath, builds);
  const bare = await startSide("bare", fake.apiUrl, dbPath, builds);
  try {
    // Warm-up round (JIT, connections), not counted.
    await burst(tandem, ROUNDS, fake, fake.url);
    await burst(bare, ROUNDS, fake, fake.url);
    tandem.latencies = [];
    bare.latencies = [];
    tandem.drains = [];
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? [tandem, bare] : [bare, tandem];
      for (const side of order) {
        await burst(side, round, fake, fake.url);
      }
    }
    const rows = [];
    for (const side of [bare, tandem]) {
      rows.push({
        app: side.name,
        requests: side.latencies.length,
        p50_ms: Number(percentile(side.latencies, 50).toFixed(1)),
        p99_ms: Number(percentile(side.latencies, 99).toFixed(1)),
        peak_rss_mb: Number(((await maxRss(side)) / 1024 / 1024).toFixed(1)),
      });
    }
    console.table(rows);
    const [b, t] = rows;
    if (b && t) {
      console.log(
        `p99 ratio ${(t.p99_ms / b.p99_ms).toFixed(2)}× (target ≤ 1.1×), peak memory ratio ${(t.peak_rss_mb / b.peak_rss_mb).toFixed(2)}× (target ≤ 1.25×); load average after the bursts: ${loadavg()
          .map((l) => l.toFixed(1))
          .join(" ")}`,
      );
      console.log(
        `Tandem opened every modal within ${Math.max(...tandem.drains).toFixed(0)} ms of a burst's first request (trigger_id limit: 3000 ms)`,
      );
    }
    await rush(tandem, fake);
    const refused = new Map<string, number>();
    for (const r of fake.refused)
      refused.set(`${r.method}: ${r.error}`, (refused.get(`${r.method}: ${r.error}`) ?? 0) + 1);
    console.log(
      refused.size === 0
        ? "Slack would have accepted every call"
        : `Slack would have refused: ${[...refused].map(([k, n]) => `${n}× ${k}`).join(", ")}`,
    );
  } finally {
    tandem.child.kill();
    bare.child.kill();
    try {
      await fake.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      if (builds) rmSync(builds.dir, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
