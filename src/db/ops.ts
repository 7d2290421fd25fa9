import type { KnownBlock } from "@slack/types";

/**
 * The vocabulary of the slack_ops table: what kinds of Slack operation the outbox performs, what
 * each needs and leaves behind, and how an operation is stored. The outbox performs them; services
 * enqueue them in the transaction that decides them.
 */
/** What each kind of operation needs. Strings may hold placeholders `<%name%>` (see OpSpec.refs). */
export interface OpArgs {
  "channel.create": { name: string; isPrivate: boolean };
  "channel.purpose": { channel: string; purpose: string };
  "channel.invite": { channel: string; users: string[] };
  "channel.archive": { channel: string };
  /** thread_ts: a reply in that message's thread */
  "message.post": { channel: string; text: string; blocks?: KnownBlock[]; thread_ts?: string };
  "message.update": { channel: string; ts: string; text: string; blocks?: KnownBlock[] };
  "message.pin": { channel: string; ts: string };
  /** a message in the app's direct conversation with the user (its Messages tab) */
  "dm.post": { user: string; text: string; blocks?: KnownBlock[] };
  /** calls publishHome for the user */
  "home.publish": { user: string };
}

export type OpKind = keyof OpArgs;
export const OP_KINDS: readonly OpKind[] = [
  "channel.create",
  "channel.purpose",
  "channel.invite",
  "channel.archive",
  "message.post",
  "message.update",
  "message.pin",
  "dm.post",
  "home.publish",
];

/** What a done operation left in its result column, readable by key (opResult). */
export interface OpResults {
  "channel.create": { channelId: string; name: string; adopted?: boolean };
  "channel.purpose": Record<string, never>;
  "channel.invite": { invited: string[] };
  "channel.archive": Record<string, never>;
  "message.post": { channel: string; ts: string };
  "message.update": { channel: string; ts: string };
  "message.pin": Record<string, never>;
  "dm.post": { channel: string; ts: string };
  "home.publish": Record<string, never>;
}

/** A value taken from the result of an earlier, done operation when the operation is performed. */
export interface OpRef {
  key: string;
  field: string;
}

/** A named domain update run in the same transaction that marks an operation done. */
export interface HookCall {
  name: string;
  params: Record<string, string | number>;
}

type SpecOf<K extends OpKind> = {
  /** idempotency key: the same key is never enqueued or performed twice */
  key: string;
  kind: K;
  args: OpArgs[K];
  /** key of an operation that must be done first; refs should name it or one of its ancestors */
  dependsOn?: string;
  /** placeholders: every `<%name%>` in a string of args becomes the field of that op's result */
  refs?: Record<string, OpRef>;
  onDone?: HookCall;
  /** who or what the op is about, in mrkdwn (already escaped), for the status shown to managers */
  about?: string;
};

export type OpSpec = { [K in OpKind]: SpecOf<K> }[OpKind];

/** The payload column: everything the worker needs to perform the op later. */
export interface StoredPayload {
  args: Record<string, unknown>;
  refs?: Record<string, OpRef>;
  onDone?: HookCall;
  about?: string;
}

export function placeholder(name: string): string {
  return `<%${name}%>`;
}

/** A field of a done operation's result as text, for the hooks that record it ("" if absent). */
export function resultText(value: unknown): string {
  return typeof value === "string" ? value : "";
}
