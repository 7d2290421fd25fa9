import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import type { FakeSlack } from "../../sim/fake-slack";
import { type HttpAnswer, SlackRequests } from "../../sim/slack-requests";

/**
 * Slack's side of Socket Mode on loopback, for the fake Slack: `apps.connections.open` (app-level
 * token) hands out a one-time ws:// URL; on connecting the app gets `hello`; requests arrive as
 * envelopes (`slash_commands`, `interactive`, `events_api`) with an `envelope_id`, and the app
 * acknowledges each with `{envelope_id, payload?}` on the same socket. `disconnect` asks the app to
 * reconnect (it calls apps.connections.open again). An envelope that was not acknowledged when its
 * connection went away is delivered again on the next one with `retry_attempt` counted up;
 * envelopes sent while no connection is open wait for one. (Slack spreads envelopes over up to ten
 * connections and gives up on unacknowledged commands after 3 s; one connection is enough here.)
 */

export type EnvelopeType = "slash_commands" | "interactive" | "events_api";

export interface Envelope {
  envelope_id: string;
  type: EnvelopeType;
  payload: Record<string, unknown>;
  accepts_response_payload: boolean;
  retry_attempt: number;
  retry_reason: string;
}

interface Pending {
  envelope: Envelope;
  resolve: (payload: Record<string, unknown> | undefined) => void;
  /** the connection it was last delivered on */
  deliveredOn: WebSocket | undefined;
}

export class SocketModeServer {
  /** ws:// URLs handed out by apps.connections.open, in order */
  readonly issued: string[] = [];
  /** connections the app opened (each got hello) */
  connections = 0;
  /** every delivery, redeliveries included, in order */
  readonly delivered: Envelope[] = [];
  /** acknowledgements as received: envelope id and the payload (a modal's response_action, …) */
  readonly acks: { envelope_id: string; payload?: Record<string, unknown> }[] = [];
  /** acknowledgements that named no envelope awaiting one (Slack ignores them) */
  readonly strayAcks: unknown[] = [];
  private readonly pending = new Map<string, Pending>();
  private readonly tickets = new Set<string>();
  private http: Server | undefined;
  private wss: WebSocketServer | undefined;
  private socket: WebSocket | undefined;
  private seq = 0;
  private base = "";

  async start(): Promise<this> {
    this.http = createServer((_req, res) => res.writeHead(426).end());
    this.wss = new WebSocketServer({ noServer: true });
    this.http.on("upgrade", (req, socket, head) => {
      if (!this.takeTicket(req)) {
        socket.end("HTTP/1.1 401 Unauthorized\r\n\r\n");
        return;
      }
      this.wss?.handleUpgrade(req, socket, head, (ws) => this.connected(ws));
    });
    await new Promise<void>((resolve) => this.http?.listen(0, "127.0.0.1", resolve));
    const { port } = this.http.address() as AddressInfo;
    this.base = `ws://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const client of this.wss?.clients ?? []) client.terminate();
    this.wss?.close();
    const http = this.http;
    this.http = undefined;
    if (http) {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    }
  }

  /** Makes the fake Slack answer apps.connections.open with this server's URLs. */
  attach(fake: FakeSlack): this {
    fake.socketModeUrl = () => this.issueUrl();
    return this;
  }

  /** A one-time URL, as apps.connections.open returns it (Slack's carry a ticket too). */
  issueUrl(): string {
    this.seq += 1;
    const ticket = `t${this.seq}-${Math.random().toString(36).slice(2, 10)}`;
    this.tickets.add(ticket);
    const url = `${this.base}/link/?ticket=${ticket}&app_id=A0TANDEM`;
    this.issued.push(url);
    return url;
  }

  get isConnected(): boolean {
    return this.socket !== undefined && this.socket.readyState === this.socket.OPEN;
  }

  /**
   * Sends an envelope and resolves with its acknowledgement's payload (undefined for a bare ack);
   * with `dropBeforeAck` the connection is cut right after the envelope went out, as if the
   * network failed before the app could answer.
   */
  send(
    type: EnvelopeType,
    payload: Record<string, unknown>,
    opts: { dropBeforeAck?: boolean } = {},
  ): Promise<Record<string, unknown> | undefined> {
    this.seq += 1;
    const envelope: Envelope = {
      envelope_id: `env-${this.seq}-${Math.random().toString(36).slice(2, 10)}`,
      type,
      payload,
      // Slack lets commands and view submissions answer in the ack (a modal's errors, a reply)
      accepts_response_payload: type === "slash_commands" || payload.type === "view_submission",
      retry_attempt: 0,
      retry_reason: "",
    };
    return new Promise((resolve) => {
      const pending: Pending = { envelope, resolve, deliveredOn: undefined };
      this.pending.set(envelope.envelope_id, pending);
      if (this.isConnected) {
        this.deliver(pending);
        if (opts.dropBeforeAck) this.drop();
      }
    });
  }

  /** Slack asks the app to reconnect (e.g. `refresh_requested` before a server is recycled). */
  disconnect(reason: "refresh_requested" | "warning" | "link_disabled" = "refresh_requested"): void {
    this.socket?.send(JSON.stringify({ type: "disconnect", reason, debug_info: { host: "applink-fake-1" } }));
  }

  /** The connection breaks without a close handshake. */
  drop(): void {
    this.socket?.terminate();
  }

  /** Resolves once the app has opened `n` connections in all. */
  async waitForConnections(n: number, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(this.connections >= n && this.isConnected)) {
      if (Date.now() > deadline)
        throw new Error(`Socket Mode: ${this.connections} connection(s), wanted ${n}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private takeTicket(req: IncomingMessage): boolean {
    const ticket = new URL(req.url ?? "/", "http://x").searchParams.get("ticket") ?? "";
    return this.tickets.delete(ticket);
  }

  private connected(ws: WebSocket): void {
    // one connection at a time here: a new one replaces the old
    if (this.socket && this.socket !== ws) this.socket.terminate();
    this.socket = ws;
    this.connections += 1;
    ws.on("message", (data) => this.received(ws, data.toString()));
    ws.on("close", () => {
      if (this.socket === ws) this.socket = undefined;
    });
    ws.send(
      JSON.stringify({
        type: "hello",
        num_connections: 1,
        debug_info: { host: "applink-fake-1", build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: "A0TANDEM" },
      }),
    );
    // what the last connection left unacknowledged, and what waited for a connection
    for (const pending of this.pending.values()) {
      if (pending.deliveredOn !== undefined) {
        pending.envelope = {
          ...pending.envelope,
          retry_attempt: pending.envelope.retry_attempt + 1,
          retry_reason: "timeout",
        };
      }
      this.deliver(pending);
    }
  }

  private deliver(pending: Pending): void {
    if (!this.socket) return;
    pending.deliveredOn = this.socket;
    this.delivered.push(pending.envelope);
    this.socket.send(JSON.stringify(pending.envelope));
  }

  private received(ws: WebSocket, raw: string): void {
    let message: { envelope_id?: unknown; payload?: Record<string, unknown> };
    try {
      message = JSON.parse(raw) as typeof message;
    } catch {
      this.strayAcks.push(raw);
      return;
    }
    const id = typeof message.envelope_id === "string" ? message.envelope_id : "";
    const pending = this.pending.get(id);
    // an ack counts on the connection the envelope went out on
    if (!pending || pending.deliveredOn !== ws) {
      this.strayAcks.push(message);
      return;
    }
    this.pending.delete(id);
    this.acks.push({ envelope_id: id, ...(message.payload ? { payload: message.payload } : {}) });
    const payload = message.payload && Object.keys(message.payload).length > 0 ? message.payload : undefined;
    pending.resolve(payload);
  }
}

/**
 * The same requests as SlackRequests (commands, clicks, submissions, events, built the same way),
 * delivered as Socket Mode envelopes instead of signed HTTP posts. The answer looks like Bolt's
 * HTTP answer: status 200 and the acknowledgement's payload as the body.
 */
export class SocketModeRequests extends SlackRequests {
  constructor(
    private readonly server: SocketModeServer,
    responseBase: string,
  ) {
    super("socket-mode:", "", responseBase);
  }

  override async post(body: string, contentType: string): Promise<HttpAnswer> {
    let type: EnvelopeType;
    let payload: Record<string, unknown>;
    if (contentType === "application/json") {
      type = "events_api";
      payload = JSON.parse(body) as Record<string, unknown>;
    } else {
      const fields = Object.fromEntries(new URLSearchParams(body));
      if (fields.payload !== undefined) {
        type = "interactive";
        payload = JSON.parse(fields.payload) as Record<string, unknown>;
      } else {
        type = "slash_commands";
        payload = fields;
      }
    }
    const answer = await this.server.send(type, payload);
    const text = answer ? JSON.stringify(answer) : "";
    return {
      status: 200,
      body: text,
      json: () => (text ? (JSON.parse(text) as Record<string, unknown>) : {}),
    };
  }
}
