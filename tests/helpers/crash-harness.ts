import { type ChildProcess, spawn } from "node:child_process";
import Database from "better-sqlite3";
import type { FakeSlack } from "../../sim/fake-slack";
import { fillPlaceholders } from "../../src/outbox/placeholders";
import type { StoredPayload } from "../../src/outbox/types";

/**
 * The real app process (src/main.ts) for the SIGKILL test and the crash benchmark: start it, kill
 * it, read what the outbox recorded, and count how often each post reached the fake Slack.
 */

export interface OpRow {
  key: string;
  kind: string;
  status: string;
  payload: string;
  result: string | null;
}

export const POST_KINDS: ReadonlySet<string> = new Set(["message.post", "dm.post"]);

export function readOps(dbPath: string): OpRow[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare("select key, kind, status, payload, result from slack_ops order by id")
      .all() as OpRow[];
  } finally {
    db.close();
  }
}

export interface AppProcess {
  child: ChildProcess;
  /** keys named by the test-only crash hook (OUTBOX_CRASH_AT), by point */
  crashes: { point: string; key: string }[];
  /** resolves when the process is gone and its stderr is read to the end */
  closed: Promise<void>;
}

/**
 * Starts src/main.ts under tsx, or with `main` the production bundle (buildDist in dist-app.ts) as
 * plain node: the same app, without compiling it again in every process (about 2 s of CPU each).
 */
export function startApp(env: NodeJS.ProcessEnv, main?: string): AppProcess {
  const args = main ? [main] : ["--import", "tsx", "src/main.ts"];
  const child = spawn(process.execPath, args, {
    cwd: process.cwd(),
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const crashes: AppProcess["crashes"] = [];
  let buffered = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) {
      const crash = /outbox: test crash (\S+) (\S+)/.exec(line);
      if (crash?.[1] && crash[2]) crashes.push({ point: crash[1], key: crash[2] });
      else if (/error/i.test(line)) process.stderr.write(`[app] ${line}\n`);
    }
  });
  const closed = new Promise<void>((resolve) => child.once("close", () => resolve()));
  return { child, crashes, closed };
}

/** Where and what a post op sends, with its placeholders filled from the results of done ops. */
function postTarget(op: OpRow, results: Map<string, Record<string, unknown>>, fake: FakeSlack) {
  const payload = JSON.parse(op.payload) as StoredPayload;
  const vars: Record<string, string> = {};
  for (const [name, ref] of Object.entries(payload.refs ?? {})) {
    const value = results.get(ref.key)?.[ref.field];
    if (typeof value === "string") vars[name] = value;
  }
  const args = fillPlaceholders(payload.args, vars);
  // the same text can go to several people (both members' DMs): the recipient must match too
  const channel = op.kind === "dm.post" ? fake.dmChannel(String(args.user)) : String(args.channel);
  return { channel, text: String(args.text) };
}

/** How many copies of each post op the fake Slack holds, by op key. */
export function postCopies(ops: readonly OpRow[], fake: FakeSlack): Map<string, number> {
  const results = new Map(
    ops.map((o) => [o.key, o.result ? (JSON.parse(o.result) as Record<string, unknown>) : {}]),
  );
  const copies = new Map<string, number>();
  for (const op of ops) {
    if (!POST_KINDS.has(op.kind)) continue;
    const { channel, text } = postTarget(op, results, fake);
    copies.set(op.key, fake.messages.filter((m) => m.channel === channel && m.text === text).length);
  }
  return copies;
}

/** Post ops a dead process left "running": the only ones a restart may post a second time. */
export function runningPosts(ops: readonly OpRow[]): string[] {
  return ops.filter((o) => o.status === "running" && POST_KINDS.has(o.kind)).map((o) => o.key);
}
