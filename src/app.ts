import type { Server } from "node:http";
import { App, HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import { WebClient, type WebClientOptions } from "@slack/web-api";
import type { Deps } from "./deps";
import { registerListeners } from "./listeners";
import type { Registrar } from "./listeners/registrar";
import { OutboxWorker, outboxClient } from "./outbox/worker";
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
  stop(): Promise<void>;
}

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
  const receiver = socketMode
    ? new SocketModeReceiver({ appToken: config.slackAppToken ?? "", logger })
    : new HTTPReceiver({
        signingSecret: config.slackSigningSecret ?? "",
        logger,
        unhandledRequestTimeoutMillis: 3001,
      });
  // Without logLevel, Bolt resets the shared logger to INFO.
  const app = new App({
    token: config.slackBotToken,
    receiver,
    logger,
    logLevel: logger.getLevel(),
    clientOptions,
    ...(identity ? { botId: identity.botId, botUserId: identity.botUserId } : {}),
  });
  app.error(async (error) => {
    logger.error(`Unhandled error in a listener: ${error.message}`, error);
  });
  // app_uninstalled / tokens_revoked stop the outbox, and whatever else the root runs (the scheduler).
  const haltWorkers = async () => {
    await outbox.stop();
    await deps.haltWorkers?.();
  };
  const registrar = registerListeners(app, { ...deps, haltWorkers });
  const client = new WebClient(config.slackBotToken, clientOptions);
  const workerDeps = { ...deps, client: outboxClient(deps) };
  const outbox = new OutboxWorker(workerDeps, {
    hooks: { ...launchHooks, ...planHooks, ...rhythmHooks },
    // Not publishHome(): it swallows errors, and the outbox must see a 429 to retry it.
    effects: { publishHome: (userId) => renderAndPublishHome(workerDeps, userId) },
    scale: config.outboxTimeScale,
    crashAt: config.outboxCrashAt,
  });

  return {
    app,
    registrar,
    client,
    outbox,
    async start() {
      if (socketMode) {
        await app.start();
        outbox.start();
        return { port: undefined };
      }
      const server = (await app.start(config.port)) as Server;
      outbox.start();
      const address = server.address();
      return { port: typeof address === "object" && address ? address.port : config.port };
    },
    async stop() {
      await outbox.stop();
      await app.stop();
    },
  };
}
