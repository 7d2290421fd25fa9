/**
 * The work that follows an acknowledgement (profile look-up, database, opening a modal) yields to
 * the acknowledgements still to be given. Slack needs each request acknowledged within 3 s, and in
 * a burst (everyone clicks the announcement's Join at once) the requests still arriving are only
 * bytes in socket buffers that nothing in the process can see. So follow-up work starts once no
 * request has arrived for `quietMs` (the burst is over), or once it has waited `maxWaitMs` (a steady
 * stream never starves it, and a modal still opens well inside its trigger's 3 s), and runs
 * `concurrency` at a time. A request alone waits only `quietMs`. One person's requests are worked
 * through in the order they came (a double click, two commands typed quickly), never side by side.
 *
 * The work is detached from Bolt's listener, which returns right after the acknowledgement: the
 * request, its middleware chain and its context are released at once instead of living (and being
 * promoted by the garbage collector) while the work waits its turn. The queue keeps the jobs
 * itself, so a graceful stop waits for them (`drain`), and reports their errors (`onError`).
 * docs/decisions/operations.md has the measurements.
 */
export type AfterAck = (who: string, work: () => Promise<void>) => void;

export interface AfterAckOptions {
  concurrency: number;
  quietMs: number;
  maxWaitMs: number;
  /** milliseconds, monotonic (tests pass their own) */
  now?: () => number;
  /** runs a function after this turn's I/O (setImmediate; tests run it at once) */
  afterIo?: (fn: () => void) => void;
  /** called each time the last job has finished and none waits, with the jobs finished since the last call */
  onIdle?: (jobs: number) => void;
}

/** The defaults Tandem runs with. */
export const AFTER_ACK: AfterAckOptions = { concurrency: 4, quietMs: 15, maxWaitMs: 600 };

interface Job {
  who: string;
  work: () => Promise<void>;
  since: number;
}

export class AfterAckQueue {
  private readonly now: () => number;
  private active = 0;
  private finished = 0;
  private lastArrival = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;
  private waiting: Job[] = [];
  /** people with a job running: their next job waits */
  private readonly busy = new Set<string>();
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly options: AfterAckOptions,
    private readonly onError: (error: unknown) => void,
  ) {
    this.now = options.now ?? (() => performance.now());
  }

  /** Queues work to run after an acknowledgement, for the person `who`; returns at once. */
  readonly run: AfterAck = (who, work) => {
    this.waiting.push({ who, work, since: this.now() });
    this.pump();
  };

  /** A request arrived (a global middleware calls this before any listener). */
  arrived(): void {
    this.lastArrival = this.now();
  }

  /** Jobs waiting to start, and running. */
  get size(): { waiting: number; running: number } {
    return { waiting: this.waiting.length, running: this.active };
  }

  /** No job waits or runs, and no request arrived within the last `quietMs`. */
  isQuiet(): boolean {
    return this.isEmpty() && this.now() - this.lastArrival >= this.options.quietMs;
  }

  /** Resolves when no job waits or runs (jobs queued meanwhile included); false after timeoutMs. */
  async drain(timeoutMs: number): Promise<boolean> {
    if (this.isEmpty()) return true;
    let timer: NodeJS.Timeout | undefined;
    const done = await Promise.race([
      new Promise<boolean>((resolve) => this.idleWaiters.push(() => resolve(true))),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    return done;
  }

  private isEmpty(): boolean {
    return this.active === 0 && this.waiting.length === 0;
  }

  /** Starts what may start now; otherwise sets a timer for when the burst may be over. */
  private pump(): void {
    while (this.active < this.options.concurrency && this.waiting.length > 0) {
      const head = this.waiting[0];
      if (!head) break;
      const at = this.now();
      const quietAt = this.lastArrival + this.options.quietMs;
      const dueAt = head.since + this.options.maxWaitMs;
      if (at < quietAt && at < dueAt) {
        this.wakeAt(Math.min(quietAt, dueAt) - at);
        return;
      }
      const next = this.waiting.findIndex((job) => !this.busy.has(job.who));
      if (next < 0) break;
      const [job] = this.waiting.splice(next, 1);
      if (job) this.start(job);
    }
    if (this.isEmpty()) this.becameIdle();
  }

  /**
   * Looks again in `ms`, after that turn's I/O: timers run before the event loop polls sockets, so
   * after a stall (a long collection, a busy slice) requests that came meanwhile are seen first.
   */
  private wakeAt(ms: number): void {
    if (this.timer) return;
    this.timer = setTimeout(
      () => {
        (this.options.afterIo ?? setImmediate)(() => {
          this.timer = undefined;
          this.pump();
        });
      },
      Math.max(1, Math.ceil(ms)),
    );
  }

  private start(job: Job): void {
    this.active += 1;
    this.busy.add(job.who);
    void this.execute(job);
  }

  private async execute(job: Job): Promise<void> {
    try {
      await job.work();
    } catch (error) {
      this.onError(error);
    } finally {
      this.active -= 1;
      this.finished += 1;
      this.busy.delete(job.who);
      this.pump();
    }
  }

  private becameIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
    const jobs = this.finished;
    this.finished = 0;
    if (jobs > 0) this.options.onIdle?.(jobs);
  }
}
