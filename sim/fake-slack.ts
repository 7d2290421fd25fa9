import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { checkSlackPayload } from "./block-kit";
import { TRIGGER_LIFETIME_MS, triggerIssuedAt } from "./triggers";

/**
 * A fake Slack Web API over HTTP on loopback. The app's real WebClient talks to it through
 * SLACK_API_URL; tests assert on the calls it recorded and on the state it keeps (channels,
 * members, messages, views). Any method can be overridden to answer errors, 429s or delays.
 */

export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  token: string | undefined;
  at: number;
}

export interface FakeUser {
  id: string;
  name: string;
  firstName: string;
  locale: string;
  tz: string;
  deleted?: boolean;
}

export interface FakeChannel {
  id: string;
  name: string;
  isPrivate: boolean;
  members: Set<string>;
  archived: boolean;
  purpose?: string;
  topic?: string;
  /** unix seconds, as conversations.list reports it */
  created?: number;
}

export interface FakeMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown[] | undefined;
  threadTs?: string;
  /** ids of files shared with the message (completeUploadExternal) */
  files?: string[];
  updates: number;
}

/** A file uploaded with files.uploadV2 (getUploadURLExternal, the upload, completeUploadExternal). */
export interface FakeFile {
  id: string;
  filename: string;
  /** the length announced to getUploadURLExternal */
  length: number;
  altText?: string;
  content?: Buffer;
  title?: string;
  /** where completeUploadExternal shared it */
  channel?: string;
  initialComment?: string;
  completed: boolean;
}

export type RawAnswer = { status: number; headers?: Record<string, string>; body: unknown };
export type Handler = (
  params: Record<string, unknown>,
  fake: FakeSlack,
) => Record<string, unknown> | RawAnswer | Promise<Record<string, unknown> | RawAnswer>;

const JSON_PARAMS = new Set(["blocks", "view", "attachments", "metadata"]);

/** Calls whose payload Slack validates as Block Kit (see block-kit.ts); response_url is a POST to one. */
const CHECKED = new Set([
  "chat.postMessage",
  "chat.update",
  "chat.postEphemeral",
  "chat.scheduleMessage",
  "views.open",
  "views.update",
  "views.push",
  "views.publish",
  "response_url",
]);

export interface Refusal {
  method: string;
  error: string;
  messages: string[];
}

/** The bot scopes manifest.json asks for: what the installed app may do, as Slack sees it. */
export function manifestBotScopes(): Set<string> {
  const manifest = JSON.parse(readFileSync(new URL("../manifest.json", import.meta.url), "utf8")) as {
    oauth_config?: { scopes?: { bot?: string[] } };
  };
  return new Set(manifest.oauth_config?.scopes?.bot ?? []);
}

/** Slack's limits on a response_url: 5 uses within 30 minutes. */
export const RESPONSE_URL_USES = 5;
export const RESPONSE_URL_LIFETIME_MS = 30 * 60 * 1000;

/** Methods that act in a channel only when the bot is a member (chat.*: see access). */
const MEMBER_ONLY = new Set([
  "pins.add",
  "bookmarks.add",
  "conversations.setPurpose",
  "conversations.setTopic",
  "conversations.invite",
  "conversations.archive",
]);

function isRaw(v: unknown): v is RawAnswer {
  return typeof v === "object" && v !== null && "status" in v && "body" in v;
}

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly users = new Map<string, FakeUser>();
  readonly channels = new Map<string, FakeChannel>();
  readonly messages: FakeMessage[] = [];
  readonly views = new Map<string, Record<string, unknown>>();
  /** App Home views by user id, as last published */
  readonly homes = new Map<string, Record<string, unknown>>();
  readonly pins: { channel: string; ts: string }[] = [];
  /** Files by id, from getUploadURLExternal on; `completed` once shared by completeUploadExternal. */
  readonly files = new Map<string, FakeFile>();
  readonly overrides = new Map<string, Handler>();
  /**
   * Checked before every call (after it is recorded): an answer here replaces the method's own,
   * e.g. a 429 from a rate limit (see sim/slack-tiers.ts).
   */
  guard: ((method: string, params: Record<string, unknown>) => RawAnswer | undefined) | undefined;
  readonly botUserId = "UBOT0000001";
  /** Calls refused for a payload or trigger Slack would refuse; stop() fails the test if any. */
  readonly refused: Refusal[] = [];
  /** Set by tests that provoke refusals on purpose, so stop() does not fail them. */
  allowRefusals = false;
  /** Socket Mode: what apps.connections.open hands out (see tests/helpers/socket-mode-server.ts) */
  socketModeUrl: (() => string) | undefined;
  private readonly usedTriggers = new Set<string>();
  /** The installed app's bot scopes (from manifest.json); chat:write.public decides public posting. */
  readonly scopes = manifestBotScopes();
  /** Uses of each response_url (by its id) that Slack accepted. */
  private readonly responseUses = new Map<string, { uses: number; issuedAt: number }>();
  private server: Server | undefined;
  private seq = 0;
  private tsSeq = 0;
  url = "";

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  /**
   * Closes the server, then throws if Slack would have refused any call: the app may have swallowed
   * the error (an outbox step marked failed, a logged warning), the test must not pass anyway.
   */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    if (this.refused.length > 0 && !this.allowRefusals) {
      const list = this.refused.map((r) => `- ${r.method}: ${r.error} ${r.messages.join(" ")}`.trimEnd());
      throw new Error(
        `Fake Slack refused ${this.refused.length} call(s) that Slack would refuse:\n${list.join("\n")}`,
      );
    }
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  addUser(user: Partial<FakeUser> & { id: string }): FakeUser {
    const full: FakeUser = {
      name: user.id.toLowerCase(),
      firstName: user.id,
      locale: "en-US",
      tz: "Europe/Berlin",
      ...user,
    };
    this.users.set(full.id, full);
    return full;
  }

  /**
   * A channel that exists before the test (e.g. a tandem channel the app created earlier): private
   * unless its id starts with C, with the bot as a member unless members say otherwise.
   */
  addChannel(channel: Partial<FakeChannel> & { id: string }): FakeChannel {
    const full: FakeChannel = {
      name: channel.id.toLowerCase(),
      isPrivate: !channel.id.startsWith("C"),
      members: new Set([this.botUserId]),
      archived: false,
      ...channel,
    };
    this.channels.set(full.id, full);
    return full;
  }

  on(method: string, handler: Handler): void {
    this.overrides.set(method, handler);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Waits until predicate holds, polling; fails the test with the message when time runs out. */
  async waitFor(predicate: () => boolean, message = "condition", timeoutMs = 5000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > end) throw new Error(`Timed out waiting for ${message}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async waitForCall(method: string, count = 1, timeoutMs = 5000): Promise<RecordedCall[]> {
    await this.waitFor(
      () => this.callsTo(method).length >= count,
      `${count} call(s) to ${method}`,
      timeoutMs,
    );
    return this.callsTo(method);
  }

  nextId(prefix: string): string {
    this.seq += 1;
    return `${prefix}${String(this.seq).padStart(8, "0")}`;
  }

  nextTs(): string {
    this.tsSeq += 1;
    return `${1700000000 + this.tsSeq}.${String(this.tsSeq).padStart(6, "0")}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = req.url ?? "/";
    if (url.startsWith("/upload/")) {
      await this.receiveUpload(url.slice("/upload/".length), body, req.headers["content-type"], res);
      return;
    }
    const raw = body.toString("utf8");
    const params = parseBody(raw, req.headers["content-type"]);
    const auth = req.headers.authorization;
    const token = auth?.startsWith("Bearer ") ? auth.slice(7) : (params.token as string | undefined);
    let method: string;
    if (url.startsWith("/api/")) method = url.slice(5).split("?")[0] ?? "";
    else if (url.startsWith("/response/")) method = "response_url";
    else {
      res.writeHead(404).end();
      return;
    }
    if (method === "response_url") params.response_url_id = url.slice("/response/".length);
    this.calls.push({ method, params, token, at: Date.now() });
    const refusal = this.tokenRefusal(method, token) ?? this.refusal(method, params);
    if (refusal) {
      res.writeHead(refusal.status, { "content-type": "application/json" });
      res.end(JSON.stringify(refusal.body));
      return;
    }
    let answer: Record<string, unknown> | RawAnswer;
    try {
      const override = this.overrides.get(method);
      const guarded = this.guard?.(method, params);
      answer = guarded ?? (override ? await override(params, this) : this.answerFor(method, params));
    } catch (error) {
      answer = { status: 500, body: { ok: false, error: String(error) } };
    }
    const out = isRaw(answer) ? answer : { status: 200, body: answer };
    res.writeHead(out.status, { "content-type": "application/json", ...(out.headers ?? {}) });
    res.end(JSON.stringify(out.body));
  }

  /**
   * The upload step of files.uploadV2: a multipart POST of the bytes to the URL that
   * getUploadURLExternal gave. Slack answers 200 with a plain text body; anything else is an error.
   */
  private async receiveUpload(
    id: string,
    body: Buffer,
    contentType: string | undefined,
    res: ServerResponse,
  ): Promise<void> {
    const file = this.files.get(id);
    this.calls.push({
      method: "files.upload_url",
      params: { file_id: id },
      token: undefined,
      at: Date.now(),
    });
    let bytes: Buffer | undefined;
    try {
      const form = await new Response(body, { headers: { "content-type": contentType ?? "" } }).formData();
      const part = [...form.values()].find((v) => typeof v !== "string") as Blob | undefined;
      bytes = part ? Buffer.from(await part.arrayBuffer()) : undefined;
    } catch {
      bytes = contentType?.includes("multipart") ? undefined : body;
    }
    if (!file || file.completed || !bytes) {
      res.writeHead(404).end("not found");
      return;
    }
    file.content = bytes;
    res.writeHead(200, { "content-type": "text/plain" }).end(`OK - ${bytes.length}`);
  }

  /** Files shared in a channel (or a user's DM), in upload order. */
  filesIn(channelOrUser: string): FakeFile[] {
    const id = /^[UW]/.test(channelOrUser) ? `D${channelOrUser.slice(1)}` : channelOrUser;
    return [...this.files.values()].filter((f) => f.completed && f.channel === id);
  }

  private answerFor(method: string, params: Record<string, unknown>): Record<string, unknown> | RawAnswer {
    return method === "response_url" ? this.responseUrlAnswer(params) : this.defaultAnswer(method, params);
  }

  /**
   * A response_url works 5 times within 30 minutes; after that Slack answers HTTP 404 (Bolt's
   * respond() then throws). The URL's id carries its issue time (see SlackRequests.responseUrl).
   */
  private responseUrlAnswer(p: Record<string, unknown>): Record<string, unknown> | RawAnswer {
    const id = typeof p.response_url_id === "string" ? p.response_url_id : "";
    const issued = /^r-(\d+)-/.exec(id)?.[1];
    const state = this.responseUses.get(id) ?? { uses: 0, issuedAt: issued ? Number(issued) : Date.now() };
    if (Date.now() - state.issuedAt > RESPONSE_URL_LIFETIME_MS) {
      return { status: 404, body: { ok: false, error: "expired_url" } };
    }
    if (state.uses >= RESPONSE_URL_USES) return { status: 404, body: { ok: false, error: "used_url" } };
    state.uses += 1;
    this.responseUses.set(id, state);
    return { ok: true };
  }

  /**
   * The channel a call names (an id, a user id for the app's DM, or "#name") and whether the bot
   * may act there. Channels the fake never heard of: a `C…` id is a public channel the bot has not
   * joined (tests post to e.g. C0GENERAL); any other unknown id or name does not exist. A private
   * channel the bot is not in does not exist for it either: Slack answers channel_not_found there.
   */
  access(method: string, ref: string): { channel: FakeChannel } | { error: string } {
    let channel: FakeChannel | undefined;
    if (/^[UW]/.test(ref)) channel = this.channels.get(this.dmChannel(ref));
    else if (ref.startsWith("#")) channel = [...this.channels.values()].find((c) => c.name === ref.slice(1));
    else channel = this.channels.get(ref);
    if (!channel && /^C[A-Z0-9]+$/.test(ref)) {
      channel = { id: ref, name: ref.toLowerCase(), isPrivate: false, members: new Set(), archived: false };
    }
    if (!channel) return { error: "channel_not_found" };
    if (channel.id.startsWith("D")) return { channel };
    const member = channel.members.has(this.botUserId);
    if (channel.isPrivate && !member) return { error: "channel_not_found" };
    if (!member) {
      const mayPost = method.startsWith("chat.") && this.scopes.has("chat:write.public");
      if (MEMBER_ONLY.has(method) || (method.startsWith("chat.") && !mayPost))
        return { error: "not_in_channel" };
    }
    return { channel };
  }

  /**
   * What Slack refuses before looking at state: a trigger_id that is unknown, used or older than 3 s
   * (views.open, views.push), and Block Kit that breaks its rules. Recorded in `refused`.
   */
  private refusal(method: string, params: Record<string, unknown>): RawAnswer | undefined {
    if (!CHECKED.has(method)) return undefined;
    let refused: Refusal | undefined;
    if (method === "views.open" || method === "views.push") {
      const error = this.exchangeTrigger(params.trigger_id);
      if (error) refused = { method, error, messages: [] };
    }
    if (!refused) {
      const check = checkSlackPayload(method, params);
      if (!check.ok) refused = { method, error: check.error, messages: check.messages };
    }
    if (!refused) {
      const unknown = slackFileIds(params).filter((id) => !this.files.get(id)?.completed);
      if (unknown.length > 0)
        refused = {
          method,
          error: "invalid_blocks",
          messages: unknown.map((id) => `[ERROR] unknown slack_file ${id}`),
        };
    }
    if (!refused) return undefined;
    this.refused.push(refused);
    const body = {
      ok: false,
      error: refused.error,
      ...(refused.messages.length > 0 ? { response_metadata: { messages: refused.messages } } : {}),
    };
    // A response_url answers a bad payload like an incoming webhook: HTTP 400 (Bolt's respond() throws).
    return { status: method === "response_url" ? 400 : 200, body };
  }

  /**
   * apps.connections.open takes only an app-level token (xapp-), every other method only a bot
   * token; Slack answers the wrong kind with not_allowed_token_type.
   */
  private tokenRefusal(method: string, token: string | undefined): RawAnswer | undefined {
    if (method === "response_url") return undefined;
    if (!token) return { status: 200, body: { ok: false, error: "not_authed" } };
    const appToken = token.startsWith("xapp-");
    if (appToken === (method === "apps.connections.open")) return undefined;
    return { status: 200, body: { ok: false, error: "not_allowed_token_type" } };
  }

  private exchangeTrigger(triggerId: unknown): string | undefined {
    const id = typeof triggerId === "string" ? triggerId : "";
    const issuedAt = triggerIssuedAt(id);
    if (issuedAt === undefined || issuedAt > Date.now() + 1000) return "invalid_trigger_id";
    if (this.usedTriggers.has(id)) return "exchanged_trigger_id";
    if (Date.now() - issuedAt > TRIGGER_LIFETIME_MS) return "expired_trigger_id";
    this.usedTriggers.add(id);
    return undefined;
  }

  /** The default behaviour of each method, keeping state like Slack would. */
  defaultAnswer(method: string, p: Record<string, unknown>): Record<string, unknown> {
    const str = (k: string) => (typeof p[k] === "string" ? (p[k] as string) : "");
    switch (method) {
      case "apps.connections.open":
        // the fake's own answer when no Socket Mode server is attached
        return this.socketModeUrl
          ? { ok: true, url: this.socketModeUrl() }
          : { ok: false, error: "socket_mode_not_enabled" };
      case "auth.test":
        return { ok: true, user_id: this.botUserId, bot_id: "BBOT0001", team_id: "T0001", user: "tandem" };
      case "users.info": {
        const u = this.users.get(str("user"));
        if (!u) return { ok: false, error: "user_not_found" };
        return {
          ok: true,
          user: {
            id: u.id,
            name: u.name,
            real_name: `${u.firstName} ${u.name}`,
            deleted: u.deleted ?? false,
            tz: u.tz,
            locale: u.locale,
            profile: { real_name: `${u.firstName} ${u.name}`, first_name: u.firstName, display_name: u.name },
          },
        };
      }
      case "views.open":
      case "views.push": {
        const view = (p.view ?? {}) as Record<string, unknown>;
        const id = this.nextId("V");
        const stored = { ...view, id, hash: `h-${id}` };
        this.views.set(id, stored);
        return { ok: true, view: stored };
      }
      case "views.update": {
        const id = str("view_id");
        if (!this.views.has(id)) return { ok: false, error: "not_found" };
        const stored = { ...(p.view as Record<string, unknown>), id, hash: `h-${id}-${Date.now()}` };
        this.views.set(id, stored);
        return { ok: true, view: stored };
      }
      case "views.publish": {
        const view = (p.view ?? {}) as Record<string, unknown>;
        this.homes.set(str("user_id"), view);
        return { ok: true, view: { ...view, id: this.nextId("V") } };
      }
      case "chat.postMessage": {
        const found = this.access(method, str("channel"));
        if ("error" in found) return { ok: false, error: found.error };
        const channel = found.channel.id;
        if (found.channel.archived) return { ok: false, error: "is_archived" };
        const ts = this.nextTs();
        const msg: FakeMessage = {
          channel,
          ts,
          text: str("text"),
          blocks: p.blocks as unknown[] | undefined,
          updates: 0,
          ...(p.thread_ts ? { threadTs: str("thread_ts") } : {}),
        };
        this.messages.push(msg);
        return { ok: true, channel, ts, message: { text: msg.text, ts } };
      }
      case "chat.update": {
        const found = this.access(method, str("channel"));
        if ("error" in found) return { ok: false, error: found.error };
        const msg = this.messages.find((m) => m.channel === found.channel.id && m.ts === str("ts"));
        if (!msg) return { ok: false, error: "message_not_found" };
        msg.text = str("text");
        msg.blocks = p.blocks as unknown[] | undefined;
        msg.updates += 1;
        return { ok: true, channel: msg.channel, ts: msg.ts };
      }
      case "chat.postEphemeral": {
        const found = this.access(method, str("channel"));
        if ("error" in found) return { ok: false, error: found.error };
        return { ok: true, message_ts: this.nextTs() };
      }
      case "conversations.open": {
        const users = str("users").split(",").filter(Boolean);
        if (users.length === 1 && users[0]) return { ok: true, channel: { id: this.dmChannel(users[0]) } };
        return { ok: true, channel: { id: this.nextId("G") } };
      }
      case "conversations.create": {
        const name = str("name");
        if (!/^[a-z0-9_-]{1,80}$/.test(name))
          return { ok: false, error: name.length > 80 ? "invalid_name_maxlength" : "invalid_name_specials" };
        if ([...this.channels.values()].some((c) => c.name === name))
          return { ok: false, error: "name_taken" };
        const id = this.nextId(p.is_private === "true" || p.is_private === true ? "G" : "C");
        const channel: FakeChannel = {
          id,
          name,
          isPrivate: p.is_private === "true" || p.is_private === true,
          members: new Set([this.botUserId]),
          archived: false,
          created: Math.floor(Date.now() / 1000),
        };
        this.channels.set(id, channel);
        return { ok: true, channel: { id, name, is_private: channel.isPrivate } };
      }
      case "conversations.invite": {
        const found = this.access(method, str("channel"));
        if ("error" in found) return { ok: false, error: found.error };
        const c = found.channel;
        if (c.archived) return { ok: false, error: "is_archived" };
        const users = str("users").split(",").filter(Boolean);
        const errors: Record<string, unknown>[] = [];
        for (const u of users) {
          const user = this.users.get(u);
          if (!user) errors.push({ user: u, ok: false, error: "user_not_found" });
          else if (user.deleted) errors.push({ user: u, ok: false, error: "user_is_inactive" });
          else if (c.members.has(u)) errors.push({ user: u, ok: false, error: "already_in_channel" });
          else c.members.add(u);
        }
        if (errors.length > 0 && errors.length === users.length) {
          return { ok: false, error: (errors[0]?.error as string) ?? "unknown", errors };
        }
        return { ok: true, channel: { id: c.id, name: c.name }, ...(errors.length ? { errors } : {}) };
      }
      case "conversations.archive": {
        const found = this.access(method, str("channel"));
        if ("error" in found) return { ok: false, error: found.error };
        const c = found.channel;
        if (c.archived) return { ok: false, error: "already_archived" };
        c.archived = true;
        return { ok: true };
      }
      case "conversations.setPurpose":
      case "conversations.setTopic": {
        const found = this.access(method, str("channel"));
        if ("error" in found) return { ok: false, error: found.error };
        const c = found.channel;
        if (method.endsWith("Purpose")) c.purpose = str("purpose");
        else c.topic = str("topic");
        return { ok: true };
      }
      case "conversations.info":
      case "conversations.members": {
        const c = this.channels.get(str("channel"));
        if (!c || (c.isPrivate && !c.members.has(this.botUserId) && !c.id.startsWith("D")))
          return { ok: false, error: "channel_not_found" };
        if (method === "conversations.members")
          return { ok: true, members: [...c.members], response_metadata: { next_cursor: "" } };
        return {
          ok: true,
          channel: { id: c.id, name: c.name, is_private: c.isPrivate, is_archived: c.archived },
        };
      }
      case "conversations.list": {
        // Private channels are listed only for members, as Slack does; one page is enough here.
        const types = str("types") || "public_channel";
        const wantPrivate = types.includes("private_channel");
        const wantPublic = types.includes("public_channel");
        const excludeArchived = p.exclude_archived === "true" || p.exclude_archived === true;
        const list = [...this.channels.values()].filter(
          (c) =>
            !c.id.startsWith("D") &&
            (c.isPrivate ? wantPrivate && c.members.has(this.botUserId) : wantPublic) &&
            !(excludeArchived && c.archived),
        );
        return {
          ok: true,
          channels: list.map((c) => ({
            id: c.id,
            name: c.name,
            is_private: c.isPrivate,
            is_archived: c.archived,
            is_member: c.members.has(this.botUserId),
            created: c.created ?? 0,
          })),
          response_metadata: { next_cursor: "" },
        };
      }
      case "conversations.join":
        return { ok: true, channel: { id: str("channel") } };
      case "pins.add": {
        const found = this.access(method, str("channel"));
        if ("error" in found) return { ok: false, error: found.error };
        if (this.pins.some((x) => x.channel === str("channel") && x.ts === str("timestamp")))
          return { ok: false, error: "already_pinned" };
        this.pins.push({ channel: str("channel"), ts: str("timestamp") });
        return { ok: true };
      }
      case "files.getUploadURLExternal": {
        const length = Number(p.length);
        if (!str("filename") || !Number.isInteger(length) || length <= 0)
          return { ok: false, error: "invalid_arguments" };
        const id = this.nextId("F");
        this.files.set(id, {
          id,
          filename: str("filename"),
          length,
          ...(str("alt_text") ? { altText: str("alt_text") } : {}),
          completed: false,
        });
        return { ok: true, upload_url: `${this.url}/upload/${id}`, file_id: id };
      }
      case "files.completeUploadExternal": {
        let list: { id?: string; title?: string }[] = [];
        try {
          list = JSON.parse(typeof p.files === "string" ? p.files : JSON.stringify(p.files ?? []));
        } catch {
          return { ok: false, error: "invalid_arguments" };
        }
        const files = list.map((f) => this.files.get(f.id ?? ""));
        if (files.length === 0 || files.some((f) => !f?.content || f.completed))
          return { ok: false, error: "file_not_found" };
        for (const f of files)
          if (f && f.content?.length !== f.length) return { ok: false, error: "file_upload_size_mismatch" };
        const channelRef = str("channel_id") || str("channels");
        let channel: string | undefined;
        if (channelRef) {
          const access = this.access("chat.postMessage", channelRef);
          if ("error" in access) return { ok: false, error: access.error };
          channel = access.channel.id;
        }
        list.forEach((entry, i) => {
          const f = files[i];
          if (!f) return;
          f.completed = true;
          f.title = entry.title ?? f.filename;
          if (channel) f.channel = channel;
          if (str("initial_comment")) f.initialComment = str("initial_comment");
        });
        if (channel) {
          this.messages.push({
            channel,
            ts: this.nextTs(),
            text: str("initial_comment"),
            blocks: undefined,
            files: files.map((f) => f?.id ?? ""),
            updates: 0,
          });
        }
        return { ok: true, files: files.map((f) => ({ id: f?.id, title: f?.title, name: f?.filename })) };
      }
      case "bookmarks.add": {
        const found = this.access(method, str("channel_id"));
        if ("error" in found) return { ok: false, error: found.error };
        return { ok: true, bookmark: { id: this.nextId("Bk") } };
      }
      default:
        return { ok: false, error: "unknown_method" };
    }
  }

  dmChannel(userId: string): string {
    const id = `D${userId.slice(1)}`;
    if (!this.channels.has(id)) {
      this.channels.set(id, { id, name: id, isPrivate: true, members: new Set([userId]), archived: false });
    }
    return id;
  }

  /** Messages posted to a user's DM (by channel D… or user id). */
  dmsTo(userId: string): FakeMessage[] {
    const id = `D${userId.slice(1)}`;
    return this.messages.filter((m) => m.channel === id);
  }

  /** Ephemeral replies sent through response_url, in order. */
  responses(): Record<string, unknown>[] {
    return this.callsTo("response_url").map((c) => c.params);
  }
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes("application/json")) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if (JSON_PARAMS.has(k)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        // keep the raw string
      }
    }
    out[k] = v;
  }
  return out;
}

/** Every `slack_file.id` an image in blocks, a view or attachments refers to. */
function slackFileIds(params: Record<string, unknown>): string[] {
  const out: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) for (const n of node) visit(n);
    else if (node && typeof node === "object") {
      const o = node as Record<string, unknown>;
      const file = o.slack_file as { id?: unknown } | undefined;
      if (o.type === "image" && file && typeof file.id === "string") out.push(file.id);
      for (const v of Object.values(o)) visit(v);
    }
  };
  visit([params.blocks, params.view, params.attachments]);
  return out;
}
