/**
 * Garbage collection in the app's idle time. A burst (everyone clicks Join at once) is followed by
 * its follow-up work (profiles, modals, Slack calls), whose garbage V8 promotes to the old
 * generation; left alone, the full collection it makes due comes in the middle of the next burst
 * and delays its acknowledgements. So once the app is idle again (nothing under way or arriving
 * for `delayMs`) after at least `minJobs` pieces of follow-up work since the last collection, it
 * collects now, while nobody waits. Single commands and clicks never trigger it on their own.
 *
 * Needs `gc`, which node exposes with --expose-gc (npm start and the Dockerfile pass it); without
 * it (the tests, tsx) this does nothing. docs/decisions/operations.md has the measurements.
 */
export interface IdleGcOptions {
  /** the collector; exposedGc() when node runs with --expose-gc */
  gc: (() => void) | undefined;
  /** true while nothing is under way or arriving */
  isIdle: () => boolean;
  delayMs?: number;
  minJobs?: number;
}

export interface IdleGc {
  /** the app has just become idle after `jobs` pieces of work: maybe collect after `delayMs` */
  idle(jobs: number): void;
  stop(): void;
  /** collections so far */
  readonly collections: number;
}

export const IDLE_GC_DELAY_MS = 50;
export const IDLE_GC_MIN_JOBS = 20;

/** The collector node exposes with --expose-gc: called without options, a full, synchronous collection. */
export function exposedGc(): (() => void) | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  return gc ? () => gc() : undefined;
}

export function createIdleGc(options: IdleGcOptions): IdleGc {
  const { gc, isIdle, delayMs = IDLE_GC_DELAY_MS, minJobs = IDLE_GC_MIN_JOBS } = options;
  let timer: NodeJS.Timeout | undefined;
  let work = 0;
  let collections = 0;
  return {
    idle(jobs) {
      work += jobs;
      if (!gc || timer || work < minJobs) return;
      timer = setTimeout(() => {
        timer = undefined;
        // busy again: the next idle moment tries again
        if (!isIdle()) return;
        gc();
        collections += 1;
        work = 0;
      }, delayMs);
      // a pending collection never keeps the process alive
      timer.unref();
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
    get collections() {
      return collections;
    },
  };
}
