import { WebClient } from "@slack/web-api";
import type { CrashPoint } from "../config";
import {
  claimOp,
  type DueOp,
  doneResults,
  dueOps,
  type Lease,
  markDone,
  markFailed,
  nextNotBefore,
  opPayload,
  recoverRunning,
  renewLeases,
  reschedule,
  updatePayload,
} from "../db/queries/outbox";
import type { Deps, WorkerDeps } from "../deps";
import { classify } from "./errors";
import { DEFAULT_PACER, Pacer } from "./pacer";
import { asKind, type OutboxEffects, opPaceKeys, perform, STATIC_PACE_KEYS } from "./perform";
import { fillPlaceholders, fillTopLevel } from "./placeholders";
import type { OpKind, StoredPayload, Tx } from "./types";

/** A named domain update, run in the transaction that marks an op done (e.g. "the tandem has its channel"). */
export type OutboxHook = (
  tx: Tx,
  done: { params: Record<string, string | number>; result: Record<string, unknown>; now: Date },
) => void;
export type OutboxHooks = Record<string, OutboxHook>;

export interface OutboxOptions {
  hooks: OutboxHooks;
  effects: OutboxEffects;
  /** the outbox clock runs this many times faster (tests and benchmarks); 1 in production */
  scale: number;
  /** how often to look for due ops without being woken, in unscaled ms */
  pollMs?: number;
  maxInFlight?: number;
  /** posts (message.post, dm.post) under way at once; see UNREPEATABLE */
  maxPostsInFlight?: number;
  /** transient failures (5xx, network) before an op is marked failed */
  maxTransientAttempts?: number;
  /** milliseconds since the epoch for pacing and retry times; Date.now unless a test replaces it */
  now?: () => number;
  /** test only (OUTBOX_CRASH_AT): SIGKILL the own process at this point of the nth post */
  crashAt?: { point: CrashPoint; nth: number } | undefined;
  /** this instance's name in leases (config.instanceId) */
  owner?: string;
  /** real milliseconds an op stays claimed without renewal (not scaled: it is about dead processes) */
  leaseMs?: number;
}

export interface OutboxStats {
  performed: number;
  rateLimited: number;
  transient: number;
  failed: number;
  /** outcomes not recorded because another instance had taken the op over */
  lostLeases: number;
}

const DUE_LIMIT = 500;

/**
 * Posting cannot be made safe to repeat: Slack has no idempotency key, and we never read history.
 * A crash after Slack stored a post and before we recorded it posts it again, so only a few posts
 * are under way at any moment: that bounds what one crash can double.
 */
const UNREPEATABLE: ReadonlySet<OpKind> = new Set<OpKind>(["message.post", "dm.post"]);

/**
 * The client the worker uses: a 429 is returned to us at once (rejectRateLimitedCalls) instead of
 * pausing a hidden queue, and nothing is retried inside the SDK: the outbox decides and records.
 */
export function outboxClient(deps: Deps): WebClient {
  return new WebClient(deps.config.slackBotToken, {
    ...(deps.config.slackApiUrl ? { slackApiUrl: deps.config.slackApiUrl } : {}),
    logger: deps.logger,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: 30_000,
  });
}

/**
 * Performs the ops of the slack_ops table exactly once each, in id order, as soon as their
 * dependency is done and the rate limits allow. See docs/decisions/outbox.md.
 */
export class OutboxWorker {
  readonly stats: OutboxStats = { performed: 0, rateLimited: 0, transient: 0, failed: 0, lostLeases: 0 };
  private readonly pacer: Pacer;
  private readonly inFlight = new Map<number, Promise<void>>();
  /** Payloads of pending ops and results of done ones never change under us: read each once. */
  private readonly payloads = new Map<number, StoredPayload>();
  private readonly results = new Map<string, Record<string, unknown>>();
  private readonly now: () => number;
  private readonly pollMs: number;
  private readonly maxInFlight: number;
  private readonly maxPostsInFlight: number;
  private postsInFlight = 0;
  private postsStarted = 0;
  private readonly maxTransientAttempts: number;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Number.POSITIVE_INFINITY;
  private active = false;
  private readonly owner: string;
  private readonly leaseMs: number;
  private readonly leases = new Map<number, Lease>();
  private heartbeat: NodeJS.Timeout | undefined;
  private lastTakeover = 0;

  constructor(
    private readonly deps: WorkerDeps,
    private readonly opts: OutboxOptions,
  ) {
    this.pacer = new Pacer({ ...DEFAULT_PACER, scale: opts.scale });
    this.now = opts.now ?? Date.now;
    this.pollMs = Math.max(10, (opts.pollMs ?? 2000) / opts.scale);
    this.maxInFlight = opts.maxInFlight ?? 16;
    this.maxPostsInFlight = opts.maxPostsInFlight ?? 1;
    this.maxTransientAttempts = opts.maxTransientAttempts ?? 8;
    this.owner = opts.owner ?? `pid-${process.pid}`;
    this.leaseMs = opts.leaseMs ?? 60_000;
  }

  private leaseUntil(): string {
    return new Date(Date.now() + this.leaseMs).toISOString();
  }

  /**
   * Ops this instance left "running" before a restart, and those of other instances whose lease
   * has passed, go back to pending; then work starts, renewing the leases of the ops under way.
   */
  start(): void {
    if (this.active) return;
    const recovered = recoverRunning(this.deps.db, new Date().toISOString(), this.owner);
    if (recovered > 0) this.deps.logger.warn(`outbox: resuming ${recovered} interrupted operation(s)`);
    this.active = true;
    this.lastTakeover = Date.now();
    this.heartbeat = setInterval(() => this.renew(), Math.max(50, this.leaseMs / 3));
    this.heartbeat.unref();
    this.schedule(0);
  }

  private renew(): void {
    if (this.leases.size === 0) return;
    try {
      renewLeases(this.deps.db, this.owner, [...this.leases.keys()], this.leaseUntil());
    } catch (error) {
      this.deps.logger.warn(`outbox: could not renew leases: ${String(error)}`);
    }
  }

  /** Another instance died or stalled: its ops go back to pending once their lease has passed. */
  private takeOverExpired(): void {
    if (Date.now() - this.lastTakeover < Math.min(5000, this.leaseMs / 4)) return;
    this.lastTakeover = Date.now();
    const taken = recoverRunning(this.deps.db, new Date().toISOString());
    if (taken > 0) this.deps.logger.warn(`outbox: took over ${taken} operation(s) whose lease had expired`);
  }

  /** Looks for due ops now (after an enqueue). */
  wake(): void {
    if (this.active) this.schedule(0);
  }

  /** Stops taking ops and waits for the calls under way, so a clean shutdown leaves nothing ambiguous. */
  async stop(): Promise<void> {
    this.active = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await Promise.allSettled([...this.inFlight.values()]);
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }

  /** True when nothing is under way and nothing is due or scheduled (ops behind a failure may wait). */
  isIdle(): boolean {
    const nowIso = new Date(this.now()).toISOString();
    return (
      this.inFlight.size === 0 &&
      dueOps(this.deps.db, nowIso, 1).length === 0 &&
      nextNotBefore(this.deps.db, nowIso) === undefined
    );
  }

  private schedule(ms: number): void {
    const at = this.now() + ms;
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => this.tick(), Math.max(0, ms));
  }

  private tick(): void {
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
    if (!this.active) return;
    let wait = this.pollMs;
    try {
      wait = Math.min(wait, this.dispatchDue());
    } catch (error) {
      this.deps.logger.error(`outbox: tick failed: ${String(error)}`);
    }
    this.schedule(Math.max(1, wait));
  }

  /** Starts every due op that has room under its rate limit; returns ms until it is worth looking again. */
  private dispatchDue(): number {
    const db = this.deps.db;
    const now = this.now();
    const nowIso = new Date(now).toISOString();
    let wait = this.pollMs;
    this.takeOverExpired();
    const full = new Set<string>();
    // Kinds whose rate limit is used up are not even read: most due ops wait for their turn.
    const skipKinds: string[] = [];
    for (const [kind, key] of Object.entries(STATIC_PACE_KEYS)) {
      const pause = this.pacer.peek([key], now);
      if (pause > 0) {
        skipKinds.push(kind);
        wait = Math.min(wait, pause);
      }
    }
    for (const op of dueOps(db, nowIso, DUE_LIMIT, skipKinds)) {
      if (this.inFlight.size >= this.maxInFlight) break;
      const payload = this.payloadOf(op.id);
      const vars = payload ? this.varsOf(op, payload) : undefined;
      if (!payload || !vars) continue;
      const kind = asKind(op.kind);
      if (UNREPEATABLE.has(kind) && this.postsInFlight >= this.maxPostsInFlight) continue;
      // Pace keys read only top-level args (channel, user): fill those alone until the op runs.
      const keys = opPaceKeys(kind, fillTopLevel(payload.args, vars));
      if (keys.some((k) => full.has(k))) continue;
      const pause = this.pacer.tryTake(keys, now);
      if (pause > 0) {
        for (const k of keys) full.add(k);
        wait = Math.min(wait, pause);
        continue;
      }
      this.dispatch(op, kind, { ...payload, args: fillPlaceholders(payload.args, vars) }, keys);
    }
    const next = nextNotBefore(db, nowIso);
    if (next) wait = Math.min(wait, Date.parse(next) - now);
    this.pacer.prune(now);
    if (this.payloads.size > 5000) this.payloads.clear();
    if (this.results.size > 5000) this.results.clear();
    return wait;
  }

  private payloadOf(id: number): StoredPayload | undefined {
    let payload = this.payloads.get(id);
    if (!payload) {
      payload = opPayload(this.deps.db, id);
      if (payload) this.payloads.set(id, payload);
    }
    return payload;
  }

  /** Values for the op's placeholders from the results of the ops they name; undefined while one is missing. */
  private varsOf(op: DueOp, payload: StoredPayload): Record<string, string> | undefined {
    const refs = payload.refs ?? {};
    const names = Object.keys(refs);
    if (names.length === 0) return {};
    const missing = [...new Set(Object.values(refs).map((r) => r.key))].filter((k) => !this.results.has(k));
    for (const [key, result] of doneResults(this.deps.db, missing)) this.results.set(key, result);
    const vars: Record<string, string> = {};
    for (const name of names) {
      const ref = refs[name];
      const value = ref ? this.results.get(ref.key)?.[ref.field] : undefined;
      if (typeof value !== "string") {
        this.deps.logger.debug(`outbox: ${op.key} waits for ${ref?.key ?? name}`);
        return undefined;
      }
      vars[name] = value;
    }
    return vars;
  }

  private dispatch(op: DueOp, kind: OpKind, payload: StoredPayload, keys: string[]): void {
    const lease = claimOp(this.deps.db, op.id, this.owner, this.leaseUntil());
    if (!lease) return; // another instance claimed it between our read and now
    this.leases.set(op.id, lease);
    const post = UNREPEATABLE.has(kind);
    if (post) {
      this.postsStarted += 1;
      this.postsInFlight += 1;
    }
    const crash = post && this.opts.crashAt?.nth === this.postsStarted ? this.opts.crashAt.point : undefined;
    const run = this.run(op, lease, kind, payload, keys, crash).finally(() => {
      if (post) this.postsInFlight -= 1;
      this.inFlight.delete(op.id);
      this.leases.delete(op.id);
      this.payloads.delete(op.id);
      this.wake();
    });
    this.inFlight.set(op.id, run);
  }

  private async run(
    op: DueOp,
    lease: Lease,
    kind: OpKind,
    payload: StoredPayload,
    keys: string[],
    crash?: CrashPoint,
  ): Promise<void> {
    let result: Record<string, unknown>;
    if (crash === "before-call") this.crash(crash, op);
    try {
      result = await perform(
        {
          deps: this.deps,
          effects: this.opts.effects,
          op,
          pace: (k) => this.pacer.take(k, this.now),
          saveArgs: (args) => {
            const stored = opPayload(this.deps.db, op.id);
            if (stored)
              updatePayload(this.deps.db, op.id, lease, { ...stored, args: { ...stored.args, ...args } });
          },
        },
        kind,
        payload.args,
      );
    } catch (error) {
      this.failed(op, lease, keys, error);
      return;
    }
    // Recorded synchronously right after Slack answered: the only window in which a crash can lose
    // the knowledge that a message was posted (see docs/decisions/outbox.md).
    if (crash === "after-accept") this.crash(crash, op);
    this.completed(op, lease, payload, result);
    if (crash === "after-record") this.crash(crash, op);
  }

  /** The test-only crash hook: the line names the op, so the test knows which post it cut off. */
  private crash(point: CrashPoint, op: DueOp): void {
    this.deps.logger.error(`outbox: test crash ${point} ${op.key}`);
    process.kill(process.pid, "SIGKILL");
  }

  private completed(op: DueOp, lease: Lease, payload: StoredPayload, result: Record<string, unknown>): void {
    const now = this.deps.clock();
    const hookCall = payload.onDone;
    const hook = hookCall ? this.opts.hooks[hookCall.name] : undefined;
    if (hookCall && !hook) this.deps.logger.error(`outbox: no hook named ${hookCall.name} (op ${op.key})`);
    const recorded = this.deps.db.transaction((tx) => {
      if (!markDone(tx, op.id, lease, result, new Date(this.now()).toISOString())) return false;
      if (hook && hookCall) hook(tx, { params: hookCall.params, result, now });
      return true;
    });
    if (!recorded) {
      this.lostLease(op);
      return;
    }
    this.stats.performed += 1;
  }

  /** Our lease was taken over (we stalled past it): the other instance's outcome stands. */
  private lostLease(op: DueOp): void {
    this.stats.lostLeases += 1;
    this.deps.logger.warn(`outbox: ${op.key} was taken over by another instance; its outcome stands`);
  }

  private failed(op: DueOp, lease: Lease, keys: string[], error: unknown): void {
    const db = this.deps.db;
    const now = this.now();
    const attempt = op.attempts + 1;
    const failure = classify(error);
    switch (failure.type) {
      case "rate_limited": {
        const until = now + (failure.retryAfterSec * 1000) / this.opts.scale;
        for (const key of keys) this.pacer.backOff(key, until);
        if (!reschedule(db, op.id, lease, new Date(until).toISOString(), failure.detail, false))
          this.lostLease(op);
        this.stats.rateLimited += 1;
        this.deps.logger.info(`outbox: ${op.key} rate limited, again in ${failure.retryAfterSec}s`);
        return;
      }
      case "transient": {
        this.stats.transient += 1;
        if (attempt >= this.maxTransientAttempts) {
          if (!markFailed(db, op.id, lease, `slack_unavailable: ${failure.detail}`)) this.lostLease(op);
          this.stats.failed += 1;
          this.deps.logger.warn(`outbox: ${op.key} gave up after ${attempt} attempts: ${failure.detail}`);
          return;
        }
        const backoff =
          (Math.min(60_000, 1000 * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2)) / this.opts.scale;
        if (!reschedule(db, op.id, lease, new Date(now + backoff).toISOString(), failure.detail, true))
          this.lostLease(op);
        this.deps.logger.info(`outbox: ${op.key} failed (${failure.detail}), retrying`);
        return;
      }
      case "permanent": {
        const lastError = failure.detail && failure.detail !== failure.code ? failure.detail : failure.code;
        if (!markFailed(db, op.id, lease, lastError)) this.lostLease(op);
        this.stats.failed += 1;
        this.deps.logger.warn(`outbox: ${op.key} failed: ${lastError}`);
        return;
      }
    }
  }
}
