import { createHmac } from "node:crypto";
import { mintTriggerId } from "./triggers";

/**
 * Sends requests to the app the way Slack does: form-encoded commands and interactivity
 * (interactivity as one `payload` field), JSON events, each signed with the signing secret.
 */

export interface HttpAnswer {
  status: number;
  body: string;
  json(): Record<string, unknown>;
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

let counter = 0;
const nextId = (p: string) => `${p}${Date.now().toString(36)}${(counter++).toString(36)}`;

export class SlackRequests {
  constructor(
    private readonly appUrl: string,
    private readonly signingSecret: string,
    private readonly responseBase: string,
  ) {}

  async post(
    body: string,
    contentType: string,
    extraHeaders: Record<string, string> = {},
    opts: { timestamp?: number; secret?: string } = {},
  ): Promise<HttpAnswer> {
    const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
    const res = await fetch(`${this.appUrl}/slack/events`, {
      method: "POST",
      headers: {
        "content-type": contentType,
        "x-slack-request-timestamp": String(ts),
        "x-slack-signature": sign(opts.secret ?? this.signingSecret, ts, body),
        ...extraHeaders,
      },
      body,
    });
    const text = await res.text();
    return {
      status: res.status,
      body: text,
      json: () => (text ? (JSON.parse(text) as Record<string, unknown>) : {}),
    };
  }

  /**
   * A response_url as Slack mints it; its id carries the issue time, so the fake can refuse it
   * after 30 minutes (give an earlier issuedAt to test that).
   */
  responseUrl(issuedAt = Date.now()): string {
    return `${this.responseBase}/response/r-${issuedAt}-${nextId("")}`;
  }

  form(fields: Record<string, string>, headers?: Record<string, string>): Promise<HttpAnswer> {
    return this.post(new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded", headers);
  }

  /** A slash command as Slack sends it. */
  command(
    userId: string,
    text: string,
    opts: { channelId?: string; command?: string } = {},
  ): Promise<HttpAnswer> {
    return this.form({
      token: "legacy-verification-token",
      team_id: "T0001",
      team_domain: "acme",
      channel_id: opts.channelId ?? "C0GENERAL",
      channel_name: "general",
      user_id: userId,
      user_name: userId.toLowerCase(),
      command: opts.command ?? "/mentoring",
      text,
      api_app_id: "A0TANDEM",
      is_enterprise_install: "false",
      response_url: this.responseUrl(),
      trigger_id: mintTriggerId(),
    });
  }

  interactive(payload: Record<string, unknown>, headers?: Record<string, string>): Promise<HttpAnswer> {
    return this.form({ payload: JSON.stringify(payload) }, headers);
  }

  /**
   * A click on a button: in a message (give channel and message) or in a view (give view: the App
   * Home or a modal). Like Slack, only a click in a message comes with a response_url.
   */
  blockAction(
    userId: string,
    action: {
      action_id: string;
      value?: string;
      block_id?: string;
      selected_option?: unknown;
      /** the element type, e.g. "overflow"; by default "static_select" with an option, else "button" */
      type?: string;
    },
    where: { channelId?: string; message?: Record<string, unknown>; view?: Record<string, unknown> } = {},
  ): Promise<HttpAnswer> {
    const container = where.view
      ? { type: "view", view_id: where.view.id }
      : { type: "message", channel_id: where.channelId, message_ts: where.message?.ts, is_ephemeral: false };
    return this.interactive({
      type: "block_actions",
      user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: "T0001" },
      api_app_id: "A0TANDEM",
      token: "legacy-verification-token",
      container,
      trigger_id: mintTriggerId(),
      team: { id: "T0001", domain: "acme" },
      enterprise: null,
      is_enterprise_install: false,
      ...(where.channelId ? { channel: { id: where.channelId, name: "channel" } } : {}),
      ...(where.message ? { message: where.message } : {}),
      ...(where.view ? { view: where.view } : {}),
      ...(where.view ? {} : { response_url: this.responseUrl() }),
      actions: [
        {
          type: action.type ?? (action.selected_option ? "static_select" : "button"),
          block_id: action.block_id ?? "b",
          action_id: action.action_id,
          ...(action.value !== undefined ? { value: action.value } : {}),
          ...(action.selected_option ? { selected_option: action.selected_option } : {}),
          action_ts: String(Date.now() / 1000),
        },
      ],
    });
  }

  /** Submits a view that the app opened, with answers keyed by action_id (see fillView). */
  viewSubmission(
    userId: string,
    view: Record<string, unknown>,
    answers: Record<string, Answer>,
  ): Promise<HttpAnswer> {
    return this.interactive({
      type: "view_submission",
      team: { id: "T0001", domain: "acme" },
      user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: "T0001" },
      api_app_id: "A0TANDEM",
      token: "legacy-verification-token",
      trigger_id: mintTriggerId(),
      view: { ...view, team_id: "T0001", state: { values: fillView(view, answers) } },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    });
  }

  /** An Events API delivery. */
  event(
    event: Record<string, unknown>,
    opts: { eventId?: string; retryNum?: number } = {},
  ): Promise<HttpAnswer> {
    const headers: Record<string, string> = {};
    if (opts.retryNum !== undefined) {
      headers["x-slack-retry-num"] = String(opts.retryNum);
      headers["x-slack-retry-reason"] = "http_timeout";
    }
    return this.post(
      JSON.stringify({
        token: "legacy-verification-token",
        team_id: "T0001",
        api_app_id: "A0TANDEM",
        event,
        type: "event_callback",
        event_id: opts.eventId ?? nextId("Ev"),
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: "T0001", user_id: "UBOT0000001", is_bot: true }],
      }),
      "application/json",
      headers,
    );
  }
}

/**
 * An answer to one input: a string for text, dates, times, a select's value, a user or a channel;
 * a string array for multi-selects and checkboxes; a number for number inputs; null for empty.
 */
export type Answer = string | string[] | number | null;

interface InputElement {
  type: string;
  action_id: string;
  options?: { value: string; text: unknown }[];
  option_groups?: { options: { value: string; text: unknown }[] }[];
}

/** Builds view.state.values from answers, shaped per element type the way Slack shapes them. */
export function fillView(
  view: Record<string, unknown>,
  answers: Record<string, Answer>,
): Record<string, unknown> {
  const values: Record<string, Record<string, unknown>> = {};
  const blocks = (view.blocks ?? []) as { type: string; block_id?: string; element?: InputElement }[];
  const used = new Set<string>();
  for (const block of blocks) {
    if (block.type !== "input" || !block.element || !block.block_id) continue;
    const el = block.element;
    const answer = answers[el.action_id];
    if (answer !== undefined) used.add(el.action_id);
    values[block.block_id] = { [el.action_id]: stateFor(el, answer ?? null) };
  }
  const unknown = Object.keys(answers).filter((k) => !used.has(k));
  if (unknown.length > 0) throw new Error(`fillView: no input with action_id ${unknown.join(", ")}`);
  return values;
}

function findOption(el: InputElement, value: string) {
  const all = [...(el.options ?? []), ...(el.option_groups ?? []).flatMap((g) => g.options)];
  const found = all.find((o) => o.value === value);
  if (!found) throw new Error(`fillView: ${el.action_id} has no option ${value}`);
  return found;
}

function stateFor(el: InputElement, answer: Answer): Record<string, unknown> {
  const type = el.type;
  switch (type) {
    case "plain_text_input":
    case "email_text_input":
    case "url_text_input":
      return { type, value: answer === null ? null : String(answer) };
    case "number_input":
      return { type, value: answer === null ? null : String(answer) };
    case "static_select":
    case "radio_buttons":
      return { type, selected_option: answer === null ? null : findOption(el, String(answer)) };
    case "multi_static_select":
    case "checkboxes": {
      const list = Array.isArray(answer) ? answer : answer === null ? [] : [String(answer)];
      return { type, selected_options: list.map((v) => findOption(el, v)) };
    }
    case "datepicker":
      return { type, selected_date: answer };
    case "timepicker":
      return { type, selected_time: answer };
    case "users_select":
      return { type, selected_user: answer };
    case "multi_users_select":
      return { type, selected_users: Array.isArray(answer) ? answer : [] };
    case "conversations_select":
      return { type, selected_conversation: answer };
    case "channels_select":
      return { type, selected_channel: answer };
    default:
      throw new Error(`fillView: unsupported element ${type}`);
  }
}
