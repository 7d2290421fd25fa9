import cron from "node-cron";
import type { Deps } from "../deps";
import { recordEvalItems } from "../services/evaluations";
import { planCafeTables } from "../services/events";
import { runLifecycleWork } from "../services/lifecycle";
import { recordManagerNotices } from "../services/notices";
import { recordParticipantSummaries } from "../services/outcome";
import { dueSlice, endDuePauses, recordItems } from "../services/scheduler";
import { trustTick } from "./trust";

export interface DueWorkResult {
  /** keys of the items recorded and handed to the outbox in this run */
  sent: string[];
  /** keys of due items that could not go out yet (no channel yet, …); they stay due */
  notReady: string[];
  /** keys of items whose recording failed; they stay due and are logged */
  failed: string[];
  /** tandems whose pause ended */
  resumed: number[];
  /** closing and end-of-program work recorded in this run (services/lifecycle) */
  lifecycle?: string[];
  /** evaluation invitations and reminders recorded in this run (services/evaluations) */
  evaluations?: string[];
  /** managers' notices and participants' summaries recorded in this run (services/notices, outcome) */
  notices?: string[];
  /** World Café tables planned (or planned again) and sent in this run (services/events) */
  cafeTables?: string[];
}

export interface TickOptions {
  /** tandems per slice: each slice is read, decided and recorded in one go, in one transaction */
  sliceSize?: number;
  /** awaited between slices; by default the next turn of the event loop */
  pause?: () => Promise<void>;
}

/** A slice of 25 tandems holds the event loop for a few milliseconds, some tens on a busy machine (bench/scheduler.ts). */
export const SLICE_SIZE = 25;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A turn of the event loop that took longer than this ran other work: requests are being answered. */
const BUSY_TURN_MS = 1;
/** The longest a tick defers to other work before its next slice, so that it finishes under load too. */
export const MAX_DEFER_MS = 50;
/**
 * The most a whole tick defers: on a busy machine every turn can look busy, and 81 slices (2,000
 * tandems) waiting 50 ms each would add 4 s; beyond this the slices follow at the next turn again, so a
 * tick is handed to the outbox within its own work plus 2 s.
 */
export const MAX_DEFER_PER_TICK_MS = 2_000;

/** While deferring, the tick sleeps this long at a time: the process idles rather than spins. */
const PROBE_MS = 2;
/** Naps in a row that must come back on time before the next slice, once traffic was seen. */
const QUIET_NAPS = 3;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The pause between slices of one tick: if a turn of the event loop shows other work (requests being
 * acknowledged and followed up), the tick sleeps in short naps until three in a row come back on time, so that
 * work goes first and the tick takes what the app leaves; after MAX_DEFER_MS it runs a slice anyway,
 * and once the tick has deferred MAX_DEFER_PER_TICK_MS in all it only yields a turn
 * (bench/scheduler.ts). Naps, not a loop of turns: spinning would take a core from everything else.
 */
export function deferToTraffic(): () => Promise<void> {
  let deferred = 0;
  return async () => {
    const started = performance.now();
    await nextTurn();
    if (performance.now() - started < BUSY_TURN_MS) return;
    const until = started + Math.min(MAX_DEFER_MS, Math.max(0, MAX_DEFER_PER_TICK_MS - deferred));
    // traffic comes in bursts with short gaps (a follow-up waiting on Slack): go on only after
    // QUIET_NAPS naps in a row came back on time
    let quiet = 0;
    while (quiet < QUIET_NAPS) {
      const before = performance.now();
      if (before >= until) break;
      await sleep(PROBE_MS);
      quiet = performance.now() - before - PROBE_MS < BUSY_TURN_MS ? quiet + 1 : 0;
    }
    deferred += performance.now() - started;
  };
}

/**
 * One scheduler tick: pauses that end now end, and each item that may go out now is recorded
 * (services/scheduler, the step "send now" shares). The tandems are worked through in slices with a
 * turn of the event loop between them, so slash commands and clicks arriving meanwhile are answered
 * within Slack's 3 seconds; every item is recorded in its own savepoint of its slice's transaction,
 * so a crash between slices loses or repeats nothing. A tick that fits in one slice never yields.
 * After the tandems: the programs' closing and end (services/lifecycle), the evaluation waves
 * (services/evaluations) and retention and consent (jobs/trust), each idempotent in the same way.
 */
export async function runDueWork(deps: Deps, now: Date, options: TickOptions = {}): Promise<DueWorkResult> {
  const { sliceSize = SLICE_SIZE, pause = deferToTraffic() } = options;
  const result: DueWorkResult = { sent: [], notReady: [], failed: [], resumed: endDuePauses(deps, now) };
  // World Café tables after the RSVP deadline, and again when answers change until the event; before
  // the items, so that an event reminder of this tick shows the tables as they now are
  result.cafeTables = planCafeTables(deps, now);
  let afterTandemId = 0;
  let slices = 0;
  for (;;) {
    slices++;
    const slice = dueSlice(deps, now, afterTandemId, sliceSize);
    const outcomes = recordItems(deps, slice.items, now);
    let sent = 0;
    for (const [i, item] of slice.items.entries()) {
      const outcome = outcomes[i];
      if (outcome === "sent") {
        result.sent.push(item.key);
        sent++;
      } else if (outcome === "not_ready") result.notReady.push(item.key);
      else if (outcome === "failed") result.failed.push(item.key);
    }
    // the outbox starts on what is recorded while the next slices are worked through
    if (sent > 0) deps.wakeOutbox();
    if (slice.lastTandemId === undefined || slice.tandems < sliceSize) break;
    afterTandemId = slice.lastTandemId;
    await pause();
  }
  // The program-wide steps below read whole programs: where there were several slices, the programs
  // are big and traffic goes first between these steps too (a small tick still never yields).
  const between = () => (slices > 1 ? pause() : Promise.resolve());
  await between();
  result.lifecycle = runLifecycleWork(deps, now);
  await between();
  // evaluation waves: invitations and reminders by DM, after the rhythm's items
  result.evaluations = recordEvalItems(deps, now);
  await between();
  // what the managers hear about, and the participants' summary at the end (docs/decisions/notices.md)
  result.notices = [...recordManagerNotices(deps, now), ...recordParticipantSummaries(deps, now)];
  await between();
  // retention notices and deletions, and requests for consent to a changed text
  trustTick(deps, now);
  // due items share the moment they are sent, so the order of a tick is the order of their keys
  for (const keys of [result.sent, result.notReady, result.failed]) keys.sort();
  return result;
}

export interface Scheduler {
  /** runs a tick now (also what the cron task calls) */
  tick(): Promise<DueWorkResult | undefined>;
  stop(): Promise<void>;
  /** when the last tick that did not fail ended (the health check's clock); undefined before */
  readonly lastRun: Date | undefined;
}

/** Every five minutes, and once right away so that a restart catches up without waiting. */
export const SCHEDULE = "*/5 * * * *";

export function startScheduler(deps: Deps, expression = SCHEDULE): Scheduler {
  let lastRun: Date | undefined;
  const run = async () => {
    try {
      const result = await runDueWork(deps, deps.clock());
      lastRun = deps.clock();
      const sent = [
        ...result.sent,
        ...(result.lifecycle ?? []),
        ...(result.evaluations ?? []),
        ...(result.notices ?? []),
        ...(result.cafeTables ?? []),
      ];
      if (sent.length > 0) deps.logger.info(`scheduler: sent ${sent.join(", ")}`);
      return result;
    } catch (error) {
      deps.logger.error("scheduler: tick failed", error);
      return undefined;
    }
  };
  // A tick spans many turns of the event loop: one asked for meanwhile joins it, and stop waits for it.
  let running: Promise<DueWorkResult | undefined> | undefined;
  const tick = () => {
    running ??= run().finally(() => {
      running = undefined;
    });
    return running;
  };
  const task = cron.schedule(expression, tick, { name: "tandem-scheduler", noOverlap: true });
  const first = setImmediate(tick);
  return {
    tick,
    get lastRun() {
      return lastRun;
    },
    async stop() {
      clearImmediate(first);
      await task.stop();
      await task.destroy();
      await running;
    },
  };
}
