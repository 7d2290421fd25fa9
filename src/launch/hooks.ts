import { activateTandem, recordCircleChannel, recordTandemChannel } from "../db/queries/launch";
import type { OutboxHooks } from "../outbox/worker";

/** Names of the launch's outbox hooks, as stored in an op's onDone. */
export const HOOK = {
  tandemChannel: "launch.tandemChannel",
  tandemActive: "launch.tandemActive",
  circleChannel: "launch.circleChannel",
} as const;

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** What the launch's domain rows learn when an op is done; run in the op's own transaction. */
export const launchHooks: OutboxHooks = {
  [HOOK.tandemChannel]: (tx, { params, result }) =>
    recordTandemChannel(tx, Number(params.tandemId), text(result.channelId), text(result.name)),
  [HOOK.tandemActive]: (tx, { params, now }) =>
    activateTandem(tx, Number(params.tandemId), now.toISOString()),
  [HOOK.circleChannel]: (tx, { params, result }) =>
    recordCircleChannel(tx, Number(params.circleId), text(result.channelId), text(result.name)),
};
