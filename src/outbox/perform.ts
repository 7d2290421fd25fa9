import type { WebClient } from "@slack/web-api";
import type { DueOp } from "../db/queries/outbox";
import type { WorkerDeps } from "../deps";
import { withSuffix } from "../slack/channelNames";
import { OutboxError, perUserErrors, platformErrorCode } from "./errors";
import { paceKey } from "./pacer";
import { OP_KINDS, type OpArgs, type OpKind } from "./types";

/** Everything one op needs while it is performed; the first call's pace was taken by the worker. */
/**
 * What an operation means beyond one Web API call, given by the composition root: the outbox
 * performs it without knowing how (it imports nothing above it). Each throws Slack's errors, so a
 * 429 is retried like any other call.
 */
export interface OutboxEffects {
  /** renders and publishes a user's App Home from the current state */
  publishHome(userId: string): Promise<void>;
}

export interface PerformContext {
  deps: WorkerDeps;
  effects: OutboxEffects;
  op: DueOp;
  /** waits for room under the rate limits, for calls beyond the op's first */
  pace(keys: readonly string[]): Promise<void>;
  /** stores changed args before a call, so a restart retries the same thing */
  saveArgs(args: Record<string, unknown>): void;
}

const MAX_NAME_SUFFIX = 50;
/** Slack's and our clocks may differ a little; a channel created this long before the op still counts. */
const CLOCK_SKEW_SEC = 120;

/** Kinds whose first call has the same pacing key whatever the args (not per channel). */
export const STATIC_PACE_KEYS: Partial<Record<OpKind, string>> = {
  "channel.create": "conversations.create",
  "channel.purpose": "conversations.setPurpose",
  "channel.invite": "conversations.invite",
  "channel.archive": "conversations.archive",
  "message.update": "chat.update",
  "message.pin": "pins.add",
  "home.publish": "views.publish",
};

/** The pacing keys of an op's first call. */
export function opPaceKeys(kind: OpKind, args: Record<string, unknown>): string[] {
  const str = (k: string) => (typeof args[k] === "string" ? (args[k] as string) : "");
  switch (kind) {
    case "channel.create":
      return ["conversations.create"];
    case "channel.purpose":
      return ["conversations.setPurpose"];
    case "channel.invite":
      return ["conversations.invite"];
    case "channel.archive":
      return ["conversations.archive"];
    case "message.post":
      return [paceKey("chat.postMessage", str("channel"))];
    case "dm.post":
      return [paceKey("chat.postMessage", str("user"))];
    case "message.update":
      return ["chat.update"];
    case "message.pin":
      return ["pins.add"];
    case "home.publish":
      return ["views.publish"];
  }
}

function isKind(kind: string): kind is OpKind {
  return (OP_KINDS as readonly string[]).includes(kind);
}

export function asKind(kind: string): OpKind {
  if (!isKind(kind)) throw new OutboxError("unknown_op_kind", kind);
  return kind;
}

/** One narrowing helper for args read back from the JSON payload column. */
function argsOf<K extends OpKind>(_kind: K, args: Record<string, unknown>): OpArgs[K] {
  return args as unknown as OpArgs[K];
}

/** Treats these Slack errors as success: the state we wanted is already there. */
function ignoring(codes: readonly string[]) {
  return (error: unknown): undefined => {
    const code = platformErrorCode(error);
    if (code !== undefined && codes.includes(code)) return undefined;
    throw error;
  };
}

/** Performs one op against Slack and returns what goes into its result column. */
export async function perform(
  ctx: PerformContext,
  kind: OpKind,
  args: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const client = ctx.deps.client;
  switch (kind) {
    case "channel.create":
      return createChannel(ctx, args);
    case "channel.purpose": {
      const a = argsOf(kind, args);
      await client.conversations.setPurpose({ channel: a.channel, purpose: a.purpose });
      return {};
    }
    case "channel.invite":
      return invite(client, argsOf(kind, args));
    case "channel.archive": {
      const a = argsOf(kind, args);
      await client.conversations.archive({ channel: a.channel }).catch(ignoring(["already_archived"]));
      return {};
    }
    case "message.post": {
      const a = argsOf(kind, args);
      const res = await client.chat.postMessage({
        channel: a.channel,
        text: a.text,
        ...(a.blocks ? { blocks: a.blocks } : {}),
        ...(a.thread_ts ? { thread_ts: a.thread_ts } : {}),
        unfurl_links: false,
        unfurl_media: false,
      });
      return { channel: res.channel ?? a.channel, ts: res.ts ?? "" };
    }
    case "dm.post": {
      const a = argsOf(kind, args);
      // Posting to a user id lands in the app's own direct conversation with them (chat:write only).
      const res = await client.chat.postMessage({
        channel: a.user,
        text: a.text,
        ...(a.blocks ? { blocks: a.blocks } : {}),
        unfurl_links: false,
        unfurl_media: false,
      });
      return { channel: res.channel ?? a.user, ts: res.ts ?? "" };
    }
    case "message.update": {
      const a = argsOf(kind, args);
      await client.chat.update({
        channel: a.channel,
        ts: a.ts,
        text: a.text,
        ...(a.blocks ? { blocks: a.blocks } : {}),
      });
      return { channel: a.channel, ts: a.ts };
    }
    case "message.pin": {
      const a = argsOf(kind, args);
      await client.pins.add({ channel: a.channel, timestamp: a.ts }).catch(ignoring(["already_pinned"]));
      return {};
    }
    case "home.publish": {
      await ctx.effects.publishHome(argsOf(kind, args).user);
      return {};
    }
  }
}

/** Invites everyone; users already in the channel count as invited, other per-user errors fail. */
async function invite(client: WebClient, a: OpArgs["channel.invite"]): Promise<Record<string, unknown>> {
  let perUser: { user: string; error: string }[] = [];
  try {
    const res = await client.conversations.invite({ channel: a.channel, users: a.users.join(",") });
    perUser = (res.errors ?? []).flatMap((e) =>
      e.user && e.error ? [{ user: e.user, error: e.error }] : [],
    );
  } catch (error) {
    perUser = perUserErrors(error);
    const code = platformErrorCode(error);
    if (perUser.length === 0) {
      if (code === "already_in_channel" || code === "cant_invite_self") return { invited: a.users };
      throw error;
    }
  }
  const real = perUser.filter((e) => e.error !== "already_in_channel" && e.error !== "cant_invite_self");
  const first = real[0];
  if (first) {
    throw new OutboxError(
      first.error,
      real
        .filter((e) => e.error === first.error)
        .map((e) => e.user)
        .join(","),
    );
  }
  return { invited: a.users };
}

/**
 * Creates the channel. On name_taken it first asks whether the taken name is our own channel from
 * an attempt whose answer was lost in a crash (private, the bot a member, created after the op was
 * recorded); only otherwise does it move on to name-2, name-3 …
 */
async function createChannel(ctx: PerformContext, args: Record<string, unknown>) {
  const a = argsOf("channel.create", args);
  let suffix = typeof args.suffix === "number" ? args.suffix : 1;
  for (;;) {
    const name = withSuffix(a.name, suffix);
    try {
      const res = await ctx.deps.client.conversations.create({ name, is_private: a.isPrivate });
      const id = res.channel?.id;
      if (!id) throw new OutboxError("no_channel_id");
      return { channelId: id, name: res.channel?.name ?? name };
    } catch (error) {
      if (platformErrorCode(error) !== "name_taken") throw error;
    }
    const own = await findOwnChannel(ctx, name, a.isPrivate);
    if (own) return { channelId: own, name, adopted: true };
    if (suffix >= MAX_NAME_SUFFIX) throw new OutboxError("name_taken", a.name);
    suffix += 1;
    ctx.saveArgs({ ...args, suffix });
    await ctx.pace(["conversations.create"]);
  }
}

async function findOwnChannel(ctx: PerformContext, name: string, isPrivate: boolean) {
  const since =
    Date.parse(`${ctx.op.createdAt.replace(" ", "T").replace(/Z?$/, "Z")}`) / 1000 - CLOCK_SKEW_SEC;
  let cursor: string | undefined;
  do {
    await ctx.pace(["conversations.list"]);
    const res = await ctx.deps.client.conversations.list({
      types: isPrivate ? "private_channel" : "public_channel",
      exclude_archived: true,
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    const found = (res.channels ?? []).find(
      (c) => c.name === name && c.is_member !== false && (c.created ?? 0) >= since,
    );
    if (found?.id) return found.id;
    cursor = res.response_metadata?.next_cursor || undefined;
  } while (cursor);
  return undefined;
}
