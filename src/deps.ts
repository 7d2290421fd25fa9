import type { Logger } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { Config } from "./config";
import type { Db } from "./db/client";

export type Clock = () => Date;

/** Everything a listener, job or worker needs, passed in from the composition root. */
export interface Deps {
  config: Config;
  db: Db;
  clock: Clock;
  logger: Logger;
  /** Tells the outbox worker that new Slack operations are waiting (it also polls). */
  wakeOutbox: () => void;
  /** trust: stops the outbox worker and the scheduler (the app was uninstalled); queued work stays */
  haltWorkers?: () => Promise<void>;
}

/** Deps plus a Web API client that is not bound to one request (jobs, workers). */
export interface WorkerDeps extends Deps {
  client: WebClient;
}
