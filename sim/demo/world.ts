import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp, type TandemApp } from "../../src/app";
import { loadConfig } from "../../src/config";
import { type Db, openDb } from "../../src/db/client";
import type { Deps } from "../../src/deps";
import { runDueWork } from "../../src/jobs/scheduler";
import { createLogger } from "../../src/logger";
import { type FakeMessage, FakeSlack } from "../fake-slack";
import { type Answer, type HttpAnswer, SlackRequests } from "../slack-requests";
import type { Person } from "./people";

/**
 * The demo's world: the real Tandem app over HTTP on loopback, the Slack simulator it talks to, a
 * fresh SQLite file and a clock the demo moves. People act only through signed requests shaped like
 * Slack's (slash commands, clicks, modal submissions, App Home events); the world waits after each
 * action until the app and its outbox are quiet, and records what each person saw for the transcript.
 */

export type View = Record<string, unknown>;

const SIGNING_SECRET = "demo-signing-secret";
/**
 * After an action, the app counts as settled once no listener runs, the outbox has nothing due and
 * Slack heard nothing from it for this long.
 */
const QUIET_MS = 3;

export interface Click {
  user: string;
  at: string;
  actionId: string;
  value: string | undefined;
  /** a click on a message (channel and ts) or in a view (a modal's or App Home's id) */
  channel?: string;
  ts?: string;
  viewId?: string;
  label: string;
}

/** A reply only one person sees: an ephemeral message or a response_url answer. */
export interface Ephemeral {
  user: string;
  channel: string;
  at: string;
  text: string;
  blocks: unknown[] | undefined;
  /** how many messages Slack held when the action started: the reply shows after them */
  after: number;
}

export interface Submission {
  at: string;
  view: View;
  answers: Record<string, Answer>;
  /** what the app answered: closed the modal, showed errors, or replaced it with another view */
  outcome: "closed" | "errors" | "updated";
  errors?: Record<string, string>;
}

export interface ModalRecord {
  viewId: string;
  user: string;
  openedAt: string;
  /** the views shown in this modal, in order (opened, updated, replaced after a submission) */
  screens: View[];
  submissions: Submission[];
}

export interface ActionResult {
  /** private replies to the actor (response_url, chat.postEphemeral) */
  replies: Ephemeral[];
  /** modals opened by this action */
  opened: View[];
  http: HttpAnswer;
}

export interface WorldOptions {
  start: string;
}

export class World {
  readonly fake = new FakeSlack();
  readonly people = new Map<string, Person>();
  readonly clicks: Click[] = [];
  readonly ephemerals: Ephemeral[] = [];
  readonly modals = new Map<string, ModalRecord>();
  /** the moved clock's time when each message (channel:ts) was first seen */
  readonly postedAt = new Map<string, string>();
  /** messages replaced through a response_url (replace_original), channel:ts → the new content */
  readonly replaced = new Map<string, { text: string; blocks: unknown[] | undefined }>();
  /** the scenario's chapters, for the transcript's timeline */
  readonly chapters: { at: string; title: string; notes: string[] }[] = [];
  private now: Date;
  private dir = "";
  private app: TandemApp | undefined;
  private requests: SlackRequests | undefined;
  private deps: Deps | undefined;
  private seenMessages = 0;
  private seenCalls = 0;
  private lastViewState = new Map<string, unknown>();

  constructor(opts: WorldOptions) {
    this.now = new Date(opts.start);
  }

  get db(): Db {
    return this.must(this.deps, "started").db;
  }

  get slack(): SlackRequests {
    return this.must(this.requests, "started");
  }

  get tandem(): TandemApp {
    return this.must(this.app, "started");
  }

  get at(): string {
    return this.now.toISOString();
  }

  async start(): Promise<void> {
    await this.fake.start();
    this.dir = mkdtempSync(join(tmpdir(), "tandem-demo-"));
    const result = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-demo-token",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      PORT: "0",
      DATABASE_PATH: join(this.dir, "demo.db"),
      SLACK_API_URL: this.fake.apiUrl,
      PROGRAM_MANAGERS: [...this.people.values()]
        .filter((p) => p.role === "manager")
        .map((p) => p.id)
        .join(","),
      DEFAULT_LANGUAGE: "en",
      LOG_LEVEL: "error",
      // The outbox paces itself to Slack's rate tiers a thousand times faster than real time.
      OUTBOX_TIME_SCALE: "1000",
    });
    if (!result.ok) throw new Error(result.problems.join("\n"));
    const config = result.config;
    const db = openDb(config.databasePath);
    const deps: Deps = {
      config,
      db,
      clock: () => new Date(this.now),
      logger: createLogger(config.logLevel),
      wakeOutbox: () => this.app?.outbox.wake(),
    };
    this.deps = deps;
    this.app = createApp(deps);
    const { port } = await this.app.start();
    this.requests = new SlackRequests(`http://127.0.0.1:${port}`, SIGNING_SECRET, this.fake.url);
  }

  /** Stops the app; throws when the simulator refused anything Slack would have refused. */
  async stop(): Promise<void> {
    try {
      await this.app?.stop();
    } finally {
      try {
        await this.fake.stop();
      } finally {
        this.deps?.db.$client.close();
        if (this.dir) rmSync(this.dir, { recursive: true, force: true });
      }
    }
  }

  addPerson(p: Person): void {
    this.people.set(p.id, p);
    this.fake.addUser({
      id: p.id,
      firstName: p.firstName,
      name: p.lastName,
      locale: p.locale,
      tz: "Europe/Berlin",
    });
    this.fake.dmChannel(p.id);
  }

  setNow(iso: string): void {
    this.now = new Date(iso);
  }

  chapter(title: string): void {
    this.chapters.push({ at: this.at, title, notes: [] });
  }

  note(text: string): void {
    this.chapters.at(-1)?.notes.push(text);
  }

  dmOf(userId: string): string {
    return `D${userId.slice(1)}`;
  }

  /** Waits until the app is quiet: no call to Slack for a moment and the outbox has nothing due. */
  async settle(timeoutMs = 30_000): Promise<void> {
    const start = Date.now();
    let count = this.fake.calls.length;
    let since = Date.now();
    for (;;) {
      await new Promise((r) => setTimeout(r, 3));
      if (this.fake.calls.length !== count) {
        count = this.fake.calls.length;
        since = Date.now();
      } else if (
        this.tandem.underWay() === 0 &&
        Date.now() - since >= QUIET_MS &&
        this.tandem.outbox.isIdle()
      ) {
        break;
      }
      if (Date.now() - start > timeoutMs) throw new Error("the app did not settle");
    }
    this.record();
  }

  /** Stamps new messages with the moved clock and notices views updated through the Web API. */
  private record(): void {
    for (const m of this.fake.messages.slice(this.seenMessages)) {
      const key = `${m.channel}:${m.ts}`;
      if (!this.postedAt.has(key)) this.postedAt.set(key, this.at);
    }
    this.seenMessages = this.fake.messages.length;
    for (const [id, view] of this.fake.views) {
      const record = this.modals.get(id);
      if (record && this.lastViewState.get(id) !== view) {
        this.lastViewState.set(id, view);
        if (record.screens.at(-1) !== view) record.screens.push(view);
      }
    }
  }

  /** Runs one action and collects what it caused: private replies to the actor and opened modals. */
  private async act(
    actor: string,
    channel: string,
    send: () => Promise<HttpAnswer>,
    inMessage?: FakeMessage,
  ): Promise<ActionResult> {
    this.record();
    const after = this.fake.messages.length;
    const viewsBefore = new Set(this.fake.views.keys());
    const http = await send();
    await this.settle();
    const replies: Ephemeral[] = [];
    for (const call of this.fake.calls.slice(this.seenCalls)) {
      const p = call.params;
      if (call.method === "response_url") {
        if (p.delete_original === true || p.delete_original === "true") continue;
        const content = { text: String(p.text ?? ""), blocks: p.blocks as unknown[] | undefined };
        if ((p.replace_original === true || p.replace_original === "true") && inMessage) {
          this.replaced.set(`${inMessage.channel}:${inMessage.ts}`, content);
          continue;
        }
        replies.push({ user: actor, channel, at: this.at, after, ...content });
      } else if (call.method === "chat.postEphemeral") {
        const target = String(p.channel ?? "");
        replies.push({
          user: String(p.user ?? actor),
          channel: /^[UW]/.test(target) ? this.dmOf(target) : target,
          at: this.at,
          text: String(p.text ?? ""),
          blocks: p.blocks as unknown[] | undefined,
          after,
        });
      }
    }
    this.seenCalls = this.fake.calls.length;
    this.ephemerals.push(...replies);
    const opened: View[] = [];
    for (const [id, view] of this.fake.views) {
      if (viewsBefore.has(id)) continue;
      opened.push(view);
      this.modals.set(id, { viewId: id, user: actor, openedAt: this.at, screens: [view], submissions: [] });
      this.lastViewState.set(id, view);
    }
    return { replies, opened, http };
  }

  /** `/mentoring <text>`, typed in a channel (by default the person's DM with the app). */
  command(user: string, text: string, channelId?: string): Promise<ActionResult> {
    const channel = channelId ?? this.dmOf(user);
    return this.act(user, channel, () => this.slack.command(user, text, { channelId: channel }));
  }

  /** Opens the App Home tab: the app publishes the person's Home. */
  async openHome(user: string): Promise<void> {
    await this.act(user, this.dmOf(user), () =>
      this.slack.event({
        type: "app_home_opened",
        user,
        channel: this.dmOf(user),
        tab: "home",
        event_ts: "1",
      }),
    );
  }

  /** Clicks a button of a message as Slack shows it now. */
  clickInMessage(user: string, message: FakeMessage, button: ButtonPick): Promise<ActionResult> {
    const found = findButton(message.blocks, button);
    this.clicks.push({
      user,
      at: this.at,
      actionId: found.action_id,
      value: found.value,
      channel: message.channel,
      ts: message.ts,
      label: found.label,
    });
    return this.act(
      user,
      message.channel,
      () =>
        this.slack.blockAction(user, found, {
          channelId: message.channel,
          message: { type: "message", ts: message.ts, text: message.text, blocks: message.blocks },
        }),
      message,
    );
  }

  /** Clicks a button of a reply only this person sees (Slack sends no message with such a click). */
  clickInReply(user: string, reply: Ephemeral, button: ButtonPick): Promise<ActionResult> {
    const found = findButton(reply.blocks, button);
    this.clicks.push({
      user,
      at: this.at,
      actionId: found.action_id,
      value: found.value,
      channel: reply.channel,
      label: found.label,
    });
    return this.act(user, reply.channel, () =>
      this.slack.blockAction(user, found, { channelId: reply.channel }),
    );
  }

  /** Clicks a button (or picks an overflow option) in a modal or the App Home. */
  clickInView(user: string, view: View, button: ButtonPick): Promise<ActionResult> {
    const found = findButton(view.blocks, button);
    this.clicks.push({
      user,
      at: this.at,
      actionId: found.action_id,
      value: found.value,
      viewId: String(view.id ?? `home:${user}`),
      label: found.label,
    });
    const action = found.option
      ? {
          action_id: found.action_id,
          block_id: found.block_id,
          type: "overflow",
          selected_option: found.option,
        }
      : found;
    return this.act(user, this.dmOf(user), () => this.slack.blockAction(user, action, { view }));
  }

  /** The App Home a person sees now, with an id so clicks can name it. */
  home(user: string): View {
    const home = this.fake.homes.get(user);
    if (!home) throw new Error(`no App Home published for ${user}`);
    return { id: `VHOME${user}`, type: "home", ...home };
  }

  /** A modal as Slack shows it after the app updated it (views.update), kept as a screen of its own. */
  shownView(viewId: string): View {
    const shown = this.must(this.fake.views.get(viewId), `view ${viewId}`) as View;
    const view = { ...shown, id: viewId };
    this.modals.get(viewId)?.screens.push(view);
    return view;
  }

  /** The modal as it is shown now (after updates and replacements). */
  modal(viewId: string): View {
    const record = this.must(this.modals.get(viewId), `modal ${viewId}`);
    return this.must(record.screens.at(-1), "a screen");
  }

  /** Submits a modal; a response_action "update" replaces it (Slack keeps the view's id). */
  async submit(
    user: string,
    view: View,
    answers: Record<string, Answer>,
  ): Promise<{ json: Record<string, unknown>; next?: View }> {
    const id = String(view.id ?? "");
    const record = this.modals.get(id);
    // Screens that the Web API shows during the submission come after the one it answers with.
    const screensBefore = record?.screens.length ?? 0;
    const result = await this.act(user, this.dmOf(user), () =>
      this.slack.viewSubmission(user, view, answers),
    );
    const json = result.http.body ? result.http.json() : {};
    const action = json.response_action;
    const submission: Submission = {
      at: this.at,
      view,
      answers,
      outcome:
        action === "errors" ? "errors" : action === "update" || action === "push" ? "updated" : "closed",
      ...(action === "errors" ? { errors: json.errors as Record<string, string> } : {}),
    };
    record?.submissions.push(submission);
    if (action === "update" || action === "push") {
      const next = { ...(json.view as View), id };
      record?.screens.splice(screensBefore, 0, next);
      return { json, next };
    }
    return { json };
  }

  /** One scheduler tick at the given moment (the moved clock goes there first). */
  async tick(iso: string): Promise<{ sent: string[] }> {
    this.setNow(iso);
    const result = await runDueWork(this.must(this.deps, "started"), new Date(iso));
    await this.settle();
    return result;
  }

  messagesIn(channel: string): FakeMessage[] {
    return this.fake.messages.filter((m) => m.channel === channel);
  }

  must<T>(value: T | undefined | null, what: string): T {
    if (value === undefined || value === null) throw new Error(`demo: missing ${what}`);
    return value;
  }
}

export interface ButtonPick {
  actionId: string | ((actionId: string) => boolean);
  value?: (value: string | undefined) => boolean;
}

interface FoundButton {
  action_id: string;
  block_id: string;
  value?: string;
  label: string;
  option?: Record<string, unknown>;
}

interface ElementLike {
  type?: string;
  action_id?: string;
  value?: string;
  text?: { text?: string };
  options?: { value?: string; text?: { text?: string } }[];
}

/** A button (or an overflow's option) of blocks, by action id and optionally by its value. */
export function findButton(blocks: unknown, pick: ButtonPick): FoundButton {
  const matches = (id: string | undefined) =>
    id !== undefined && (typeof pick.actionId === "string" ? id === pick.actionId : pick.actionId(id));
  const list = (blocks ?? []) as { block_id?: string; elements?: ElementLike[]; accessory?: ElementLike }[];
  for (const block of list) {
    for (const el of [...(block.elements ?? []), ...(block.accessory ? [block.accessory] : [])]) {
      if (!matches(el.action_id)) continue;
      if (el.type === "overflow") {
        const option = (el.options ?? []).find((o) => (pick.value ? pick.value(o.value) : true));
        if (!option) continue;
        return {
          action_id: el.action_id ?? "",
          block_id: block.block_id ?? "b",
          value: option.value,
          label: option.text?.text ?? "",
          option: option as Record<string, unknown>,
        };
      }
      if (pick.value && !pick.value(el.value)) continue;
      return {
        action_id: el.action_id ?? "",
        block_id: block.block_id ?? "b",
        ...(el.value !== undefined ? { value: el.value } : {}),
        label: el.text?.text ?? "",
      };
    }
  }
  throw new Error(`demo: no button ${String(pick.actionId)}`);
}
