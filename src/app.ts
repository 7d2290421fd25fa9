import type { Server, ServerResponse } from "node:http";
import { App, type CustomRoute, HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import { WebClient, type WebClientOptions } from "@slack/web-api";
import type { Deps } from "./deps";
import { startHealthLog } from "./jobs/health";
import { createIdleGc, exposedGc } from "./jobs/idleGc";
import { type Scheduler, startScheduler } from "./jobs/scheduler";
import { registerListeners } from "./listeners";
import { AFTER_ACK, AfterAckQueue } from "./listeners/afterAck";
import type { Registrar } from "./listeners/registrar";
import { OutboxWorker, outboxClient } from "./outbox/worker";
import { type HealthReport, healthReport } from "./services/health";
import { renderAndPublishHome } from "./services/home";
import { launchHooks } from "./services/launch";
import { planHooks } from "./services/plan";
import { rhythmHooks } from "./services/scheduler";
import type { BotIdentity } from "./slack/identity";

export interface TandemApp {
  app: App;
  registrar: Registrar;
  /** A client for work outside a request (jobs, the outbox worker). */
  client: WebClient;
  /** performs the Slack ops recorded in slack_ops; started and stopped with the app */
  outbox: OutboxWorker;
  start(): Promise<{ port: number | undefined }>;
  /** starts the scheduler (main does; tests that move the clock tick by hand); stop() stops it */
  startScheduler(expression?: string): Scheduler;
  /** what GET /healthz answers (and Socket Mode logs) */
  health(): HealthReport;
  /** requests whose listeners run, and work queued or running after an acknowledgement */
  underWay(): number;
  /**
   * Graceful stop: no new connections, then the requests and events under way finish (with their
   * after-ack work), the running scheduler tick ends, the outbox finishes the calls it started;
   * then the receiver closes. Waits at most `drainMs` for requests and events.
   */
  stop(options?: { drainMs?: number }): Promise<void>;
}

/** How long a stop waits for requests and events under way (Docker's stop gives 10 s before SIGKILL). */
export const DRAIN_MS = 8000;

/** Web API client options shared by listeners and workers: a short, bounded retry instead of 30 minutes. */
export function webClientOptions(deps: Deps): WebClientOptions {
  return {
    ...(deps.config.slackApiUrl ? { slackApiUrl: deps.config.slackApiUrl } : {}),
    logger: deps.logger,
    retryConfig: { retries: 3, factor: 2, minTimeout: 200, maxTimeout: 2000, randomize: true },
  };
}

/** identity: the bot's ids from auth.test (main checks them first); without it Bolt asks Slack itself. */
export function createApp(deps: Deps, identity?: BotIdentity): TandemApp {
  const { config, logger } = deps;
  const clientOptions = webClientOptions(deps);
  const socketMode = config.slackAppToken !== undefined;
  const startedAt = deps.clock();
  let stopping = false;
  let scheduler: Scheduler | undefined;
  const health = () => healthReport(deps, { startedAt, scheduler, stopping });
  const healthz: CustomRoute = {
    path: "/healthz",
    method: ["GET"],
    handler: (_req, res) => answerHealth(res, health()),
  };
  const receiver = socketMode
    ? new SocketModeReceiver({
        appToken: config.slackAppToken ?? "",
        logger,
        // apps.connections.open goes where the Web API goes (a proxy, or the tests' fake Slack)
        ...(config.slackApiUrl
          ? { installerOptions: { clientOptions: { slackApiUrl: config.slackApiUrl } } }
          : {}),
      })
    : new HTTPReceiver({
        signingSecret: config.slackSigningSecret ?? "",
        logger,
        unhandledRequestTimeoutMillis: 3001,
        customRoutes: [healthz],
      });
  // Without logLevel, Bolt resets the shared logger to INFO.
  const app = new App({
    token: config.slackBotToken,
    receiver,
    logger,
    logLevel: logger.getLevel(),
    // Tandem keeps no conversation state in Bolt: without the store, no per-request look-up (and no Error per miss)
    convoStore: false,
    clientOptions,
    ...(identity ? { botId: identity.botId, botUserId: identity.botUserId } : {}),
  });
  app.error(async (error) => {
    logger.error(`Unhandled error in a listener: ${error.message}`, error);
  });
  // Work after an acknowledgement runs detached from the listener, once the requests still arriving
  // are acknowledged (listeners/afterAck.ts); a stop waits for it too.
  const afterAck = new AfterAckQueue({ ...AFTER_ACK, onIdle: (jobs) => idleGc.idle(jobs) }, (error) => {
    logger.error(
      `Unhandled error after an acknowledgement: ${error instanceof Error ? error.message : String(error)}`,
      error,
    );
  });
  // With --expose-gc (npm start), garbage is collected once the app is idle (jobs/idleGc.ts).
  const idleGc = createIdleGc({
    gc: exposedGc(),
    isIdle: () => inFlight.size === 0 && afterAck.isQuiet(),
  });
  // Every request and event until its listener is done: a stop waits for them.
  const inFlight = new Set<Promise<void>>();
  const underWay = () => {
    const { waiting, running } = afterAck.size;
    return inFlight.size + waiting + running;
  };
  app.use(async ({ next }) => {
    afterAck.arrived();
    const work = next();
    inFlight.add(work);
    try {
      await work;
    } finally {
      inFlight.delete(work);
    }
  });
  // app_uninstalled / tokens_revoked stop the outbox and the scheduler; queued work stays for the next start.
  const haltWorkers = async () => {
    await outbox.stop();
    await scheduler?.stop();
  };
  const registrar = registerListeners(app, { ...deps, haltWorkers }, afterAck);
  const client = new WebClient(config.slackBotToken, clientOptions);
  const workerDeps = { ...deps, client: outboxClient(deps) };
  const outbox = new OutboxWorker(workerDeps, {
    hooks: { ...launchHooks, ...planHooks, ...rhythmHooks },
    // Not publishHome(): it swallows errors, and the outbox must see a 429 to retry it.
    effects: { publishHome: (userId) => renderAndPublishHome(workerDeps, userId) },
    scale: config.outboxTimeScale,
    crashAt: config.outboxCrashAt,
    owner: config.instanceId,
    leaseMs: config.outboxLeaseMs,
  });

  let server: Server | undefined;
  let healthLog: { stop(): void } | undefined;
  let stopped: Promise<void> | undefined;
  return {
    app,
    registrar,
    client,
    outbox,
    async start() {
      if (socketMode) {
        await app.start();
        outbox.start();
        healthLog = startHealthLog(deps, health);
        return { port: undefined };
      }
      server = (await app.start(config.port)) as Server;
      outbox.start();
      const address = server.address();
      return { port: typeof address === "object" && address ? address.port : config.port };
    },
    startScheduler(expression) {
      scheduler ??= startScheduler(deps, expression);
      return scheduler;
    },
    health,
    underWay,
    stop({ drainMs = DRAIN_MS } = {}) {
      stopped ??= stopGracefully(drainMs);
      return stopped;
    },
  };

  /** Requests under way, and the work they queue after their acknowledgement, until none is left. */
  async function drainAll(drainMs: number): Promise<boolean> {
    const deadline = Date.now() + drainMs;
    const left = () => Math.max(0, deadline - Date.now());
    for (;;) {
      if (!(await drain(inFlight, left()))) return false;
      if (!(await afterAck.drain(left()))) return false;
      if (underWay() === 0) return true;
    }
  }

  async function stopGracefully(drainMs: number): Promise<void> {
    stopping = true;
    healthLog?.stop();
    idleGc.stop();
    // HTTP: no new connections from here; open ones may still bring a request, which is served.
    const closed = server ? app.stop() : undefined;
    const tick = scheduler?.stop();
    const drained = await drainAll(drainMs);
    if (!drained)
      logger.warn(
        `stop: ${underWay()} request(s) or job(s) after an acknowledgement still running after ${drainMs} ms`,
      );
    await tick;
    await outbox.stop();
    if (server) {
      server.closeIdleConnections();
      const forced = setTimeout(() => server?.closeAllConnections(), drained ? 1000 : 0);
      await closed;
      clearTimeout(forced);
      server = undefined;
    } else if (socketMode) {
      // Socket Mode: the acknowledgements above went over the socket, so it closes last.
      await app.stop();
    }
  }
}

function answerHealth(res: ServerResponse, report: HealthReport): void {
  res.writeHead(report.status === "ok" ? 200 : 503, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
  });
  res.end(JSON.stringify(report));
}

/** Waits until no request or event is under way (ones that start meanwhile too); false on timeout. */
async function drain(inFlight: Set<Promise<void>>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (inFlight.size > 0) {
    const left = deadline - Date.now();
    if (left <= 0) return false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, left);
    });
    await Promise.race([Promise.allSettled([...inFlight]), timeout]);
    clearTimeout(timer);
  }
  return true;
}
