import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";

/**
 * The production build (scripts/build.mjs) run as plain `node`, for tests that need the real
 * process: signals, exit codes, start-up. The bundle is written inside the repository so that its
 * packages resolve from node_modules like dist/ does.
 */
export function buildDist(): { dir: string; main: string; remove(): void } {
  const dir = mkdtempSync(join(process.cwd(), ".dist-test-"));
  execFileSync(process.execPath, ["scripts/build.mjs", "--outdir", dir], { stdio: "pipe" });
  return { dir, main: join(dir, "main.js"), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface NodeApp {
  child: ChildProcess;
  /** every line the process wrote (stdout and stderr), in order */
  lines: string[];
  /** resolves with the first line matching, or rejects when the process ends first */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** the exit code (null when killed by a signal) once the process is gone */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startNodeApp(main: string, env: NodeJS.ProcessEnv, cwd: string): NodeApp {
  const child = spawn(process.execPath, [main], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on("line", (line) => {
      lines.push(line);
      for (const w of waiters) w();
    });
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("close", (code, signal) => resolve({ code, signal })),
  );
  let gone = false;
  void exited.then(() => {
    gone = true;
    for (const w of waiters) w();
  });
  const waitForLine = (pattern: RegExp, timeoutMs = 10_000) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        for (const line of lines) {
          const match = pattern.exec(line);
          if (match) return done(() => resolve(match));
        }
        if (gone) done(() => reject(new Error(`process ended before ${pattern}:\n${lines.join("\n")}`)));
      };
      const timer = setTimeout(
        () => done(() => reject(new Error(`no line ${pattern} in ${timeoutMs} ms:\n${lines.join("\n")}`))),
        timeoutMs,
      );
      const done = (settle: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        settle();
      };
      waiters.add(check);
      check();
    });
  return { child, lines, waitForLine, exited };
}
