import type { KnownBlock, View } from "@slack/types";
import { ErrorCode, type WebAPIPlatformError, WebClient } from "@slack/web-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type BlockKitCheck, checkSlackPayload } from "../../sim/block-kit";
import { FakeSlack } from "../../sim/fake-slack";
import { mintTriggerId } from "../../sim/triggers";

type Obj = Record<string, unknown>;

/** Deliberately malformed payloads go through the typed WebClient: the one place they are cast. */
const asBlocks = (...blocks: Obj[]) => blocks as unknown as KnownBlock[];
const asView = (view: Obj) => view as unknown as View;

const plain = (text: string): Obj => ({ type: "plain_text", text });
const mrkdwn = (text: string): Obj => ({ type: "mrkdwn", text });
const button = (actionId: string, text = "Go"): Obj => ({
  type: "button",
  text: plain(text),
  action_id: actionId,
});
const opt = (text: string, value: string): Obj => ({ text: plain(text), value });
const options = (n: number): Obj[] => Array.from({ length: n }, (_, i) => opt(`Option ${i}`, `v${i}`));
const section = (text = "Hello"): Obj => ({ type: "section", text: mrkdwn(text) });
const x = (n: number): string => "x".repeat(n);

/** A chat.postMessage with these blocks and a text fallback. */
const message = (...blocks: Obj[]): Obj => ({ channel: "C1", text: "fallback", blocks });
/** A views.open with a modal of these blocks (and any other modal fields). */
const modal = (blocks: Obj[], extra: Obj = {}): Obj => ({
  trigger_id: "t",
  view: { type: "modal", title: plain("Title"), submit: plain("Save"), blocks, ...extra },
});
const inputBlock = (element: Obj, extra: Obj = {}): Obj => ({
  type: "input",
  block_id: "in",
  label: plain("Label"),
  element,
  ...extra,
});

function refused(check: BlockKitCheck, pointer: string, error?: string): void {
  expect(check.ok).toBe(false);
  if (check.ok) return;
  if (error) expect(check.error).toBe(error);
  expect(
    check.messages.some((m) => m.startsWith("[ERROR] ") && m.endsWith(`[json-pointer:${pointer}]`)),
  ).toBe(true);
}
const post = (...blocks: Obj[]) => checkSlackPayload("chat.postMessage", message(...blocks));
const open = (blocks: Obj[], extra: Obj = {}) => checkSlackPayload("views.open", modal(blocks, extra));
const inModal = (element: Obj) => open([inputBlock(element)]);

describe("checkSlackPayload: messages", () => {
  it("accepts a well-formed message and ignores methods without Block Kit", () => {
    expect(post(section(), { type: "actions", elements: [button("a.yes"), button("a.no")] })).toEqual({
      ok: true,
    });
    expect(checkSlackPayload("conversations.create", { name: "x" })).toEqual({ ok: true });
    expect(checkSlackPayload("chat.postMessage", { channel: "C1", text: "only text" })).toEqual({ ok: true });
  });

  it("refuses two buttons with the same action_id in one block, as Slack does", () => {
    const check = post({ type: "actions", elements: [button("a"), button("b"), button("a")] });
    expect(check).toEqual({
      ok: false,
      error: "invalid_blocks",
      messages: ["[ERROR] must be unique [json-pointer:/blocks/0/elements/2/action_id]"],
    });
    // the same action_id in two different blocks is fine
    expect(
      post({ type: "actions", elements: [button("a")] }, { type: "actions", elements: [button("a")] }),
    ).toEqual({
      ok: true,
    });
  });

  it("refuses a block_id used twice in one message or view", () => {
    refused(post({ ...section(), block_id: "b" }, { ...section(), block_id: "b" }), "/blocks/1/block_id");
    refused(
      open([inputBlock({ type: "plain_text_input" }), inputBlock({ type: "plain_text_input" })]),
      "/view/blocks/1/block_id",
    );
  });

  it("refuses more than 50 blocks in a message, 100 in a modal or Home", () => {
    expect(post(...Array.from({ length: 50 }, () => section())).ok).toBe(true);
    refused(post(...Array.from({ length: 51 }, () => section())), "/blocks");
    expect(open(Array.from({ length: 100 }, () => section())).ok).toBe(true);
    refused(open(Array.from({ length: 101 }, () => section())), "/view/blocks");
    const home = (n: number) =>
      checkSlackPayload("views.publish", {
        user_id: "U1",
        view: { type: "home", blocks: Array.from({ length: n }, () => section()) },
      });
    expect(home(100).ok).toBe(true);
    refused(home(101), "/view/blocks");
  });

  it("refuses blocks without a text fallback (invalid_arguments)", () => {
    for (const method of ["chat.postMessage", "chat.update", "chat.postEphemeral", "chat.scheduleMessage"]) {
      refused(
        checkSlackPayload(method, { channel: "C1", blocks: [section()] }),
        "/text",
        "invalid_arguments",
      );
      refused(
        checkSlackPayload(method, { channel: "C1", text: " ", blocks: [section()] }),
        "/text",
        "invalid_arguments",
      );
    }
    // a response_url reply needs no fallback
    expect(checkSlackPayload("response_url", { blocks: [section()] })).toEqual({ ok: true });
  });

  it("refuses unknown block types, element types and fields", () => {
    refused(post({ type: "banner", text: mrkdwn("x") }), "/blocks/0/type");
    refused(
      post({ type: "actions", elements: [{ type: "slider", action_id: "s" }] }),
      "/blocks/0/elements/0/type",
    );
    refused(
      post({ type: "actions", elements: [{ type: "plain_text_input", action_id: "s" }] }),
      "/blocks/0/elements/0/type",
    );
    refused(post({ ...section(), colour: "red" }), "/blocks/0/colour");
    refused(
      post({ type: "actions", elements: [{ ...button("a"), url: "", icon: "x" }] }),
      "/blocks/0/elements/0/icon",
    );
  });

  it("limits actions to 25 elements, sections to 10 fields of 2000, context to 10 elements", () => {
    expect(
      post({ type: "actions", elements: Array.from({ length: 25 }, (_, i) => button(`a${i}`)) }).ok,
    ).toBe(true);
    refused(
      post({ type: "actions", elements: Array.from({ length: 26 }, (_, i) => button(`a${i}`)) }),
      "/blocks/0/elements",
    );
    refused(post({ type: "actions", elements: [] }), "/blocks/0/elements");
    expect(post({ type: "section", fields: Array.from({ length: 10 }, () => mrkdwn(x(2000))) }).ok).toBe(
      true,
    );
    refused(
      post({ type: "section", fields: Array.from({ length: 11 }, () => mrkdwn("f")) }),
      "/blocks/0/fields",
    );
    refused(post({ type: "section", fields: [mrkdwn(x(2001))] }), "/blocks/0/fields/0/text");
    expect(post({ type: "context", elements: Array.from({ length: 10 }, () => mrkdwn("c")) }).ok).toBe(true);
    refused(
      post({ type: "context", elements: Array.from({ length: 11 }, () => mrkdwn("c")) }),
      "/blocks/0/elements",
    );
    refused(post({ type: "context", elements: [mrkdwn(x(3001))] }), "/blocks/0/elements/0/text");
  });

  it("limits text lengths: section 3000, header 150, button 75 (value 2000, url 3000)", () => {
    expect(post(section(x(3000))).ok).toBe(true);
    refused(post(section(x(3001))), "/blocks/0/text/text");
    refused(post({ type: "section" }), "/blocks/0");
    refused(post(section("")), "/blocks/0/text/text");
    expect(post({ type: "header", text: plain(x(150)) }).ok).toBe(true);
    refused(post({ type: "header", text: plain(x(151)) }), "/blocks/0/text/text");
    refused(post({ type: "actions", elements: [button("a", x(76))] }), "/blocks/0/elements/0/text/text");
    refused(
      post({ type: "actions", elements: [{ ...button("a"), value: x(2001) }] }),
      "/blocks/0/elements/0/value",
    );
    refused(
      post({ type: "actions", elements: [{ ...button("a"), url: `https://${x(3000)}` }] }),
      "/blocks/0/elements/0/url",
    );
    refused(
      post({ type: "actions", elements: [{ ...button("a"), style: "green" }] }),
      "/blocks/0/elements/0/style",
    );
  });

  it("limits action_id and block_id to 255 characters", () => {
    expect(post({ type: "actions", block_id: x(255), elements: [button(x(255))] }).ok).toBe(true);
    refused(post({ type: "actions", elements: [button(x(256))] }), "/blocks/0/elements/0/action_id");
    refused(post({ ...section(), block_id: x(256) }), "/blocks/0/block_id");
    refused(post({ ...section(), block_id: "" }), "/blocks/0/block_id");
  });

  it("takes only plain_text where Slack allows nothing else", () => {
    refused(post({ type: "header", text: mrkdwn("*H*") }), "/blocks/0/text/type");
    refused(
      post({ type: "actions", elements: [{ type: "button", action_id: "a", text: mrkdwn("Go") }] }),
      "/blocks/0/elements/0/text/type",
    );
    refused(
      post({
        type: "actions",
        elements: [{ type: "static_select", action_id: "s", options: [{ text: mrkdwn("o"), value: "v" }] }],
      }),
      "/blocks/0/elements/0/options/0/text/type",
    );
    // checkboxes and radio buttons may use mrkdwn options
    expect(
      inModal({ type: "checkboxes", action_id: "c", options: [{ text: mrkdwn("*o*"), value: "v" }] }).ok,
    ).toBe(true);
  });

  it("refuses text objects without a type or with empty text", () => {
    refused(post({ type: "section", text: { text: "no type" } }), "/blocks/0/text");
    refused(post({ type: "section", text: { type: "html", text: "x" } }), "/blocks/0/text/type");
    refused(post({ type: "header", text: plain("") }), "/blocks/0/text/text");
    refused(
      post({ type: "section", text: { type: "mrkdwn", text: "x", emoji: true } }),
      "/blocks/0/text/emoji",
    );
  });

  it("needs an image_url (or slack_file) and alt_text of at most 2000 on an image block", () => {
    const image = { type: "image", image_url: "https://example.com/a.png", alt_text: "A" };
    expect(post(image).ok).toBe(true);
    refused(post({ type: "image", alt_text: "A" }), "/blocks/0");
    refused(post({ type: "image", image_url: "https://example.com/a.png" }), "/blocks/0");
    refused(post({ ...image, alt_text: x(2001) }), "/blocks/0/alt_text");
    refused(post({ ...image, image_url: `https://${x(3000)}` }), "/blocks/0/image_url");
    expect(post({ type: "image", slack_file: { id: "F1" }, alt_text: "A" }).ok).toBe(true);
  });
});

describe("checkSlackPayload: options", () => {
  const select = (extra: Obj): Obj => ({ type: "static_select", action_id: "s", ...extra });

  it("takes 1–100 options in a select, option groups counted together", () => {
    expect(inModal(select({ options: options(100) })).ok).toBe(true);
    refused(inModal(select({ options: options(101) })), "/view/blocks/0/element/options");
    refused(inModal(select({ options: [] })), "/view/blocks/0/element/options");
    refused(inModal(select({})), "/view/blocks/0/element");
    const group = (from: number, n: number) => ({
      label: plain("G"),
      options: Array.from({ length: n }, (_, i) => opt(`o${from + i}`, `v${from + i}`)),
    });
    expect(inModal(select({ option_groups: [group(0, 50), group(50, 50)] })).ok).toBe(true);
    refused(
      inModal(select({ option_groups: [group(0, 50), group(50, 51)] })),
      "/view/blocks/0/element/option_groups",
    );
    refused(
      inModal({ type: "multi_static_select", action_id: "m", options: options(101) }),
      "/view/blocks/0/element/options",
    );
  });

  it("takes 2–5 options in an overflow, at most 10 in checkboxes and radio buttons", () => {
    const overflow = (n: number) =>
      post({ ...section(), accessory: { type: "overflow", action_id: "o", options: options(n) } });
    expect(overflow(2).ok).toBe(true);
    expect(overflow(5).ok).toBe(true);
    refused(overflow(1), "/blocks/0/accessory/options");
    refused(overflow(6), "/blocks/0/accessory/options");
    for (const type of ["checkboxes", "radio_buttons"]) {
      expect(inModal({ type, action_id: "c", options: options(10) }).ok).toBe(true);
      refused(inModal({ type, action_id: "c", options: options(11) }), "/view/blocks/0/element/options");
    }
  });

  it("limits option text and description to 75, value to 75 (the stricter of Slack's sources)", () => {
    refused(inModal(select({ options: [opt(x(76), "v")] })), "/view/blocks/0/element/options/0/text/text");
    expect(inModal(select({ options: [opt("o", x(75))] })).ok).toBe(true);
    refused(inModal(select({ options: [opt("o", x(76))] })), "/view/blocks/0/element/options/0/value");
    refused(
      inModal(select({ options: [{ ...opt("o", "v"), description: plain(x(76)) }] })),
      "/view/blocks/0/element/options/0/description/text",
    );
  });

  it("refuses duplicate option values within one element", () => {
    refused(
      inModal(select({ options: [opt("A", "same"), opt("B", "same")] })),
      "/view/blocks/0/element/options/1/value",
    );
  });

  it("needs initial_option(s) to equal one of the options (text and value)", () => {
    const opts = [opt("A", "a"), opt("B", "b")];
    expect(inModal(select({ options: opts, initial_option: opt("B", "b") })).ok).toBe(true);
    refused(
      inModal(select({ options: opts, initial_option: opt("Bee", "b") })),
      "/view/blocks/0/element/initial_option",
    );
    refused(
      inModal(select({ options: opts, initial_option: opt("C", "c") })),
      "/view/blocks/0/element/initial_option",
    );
    const checkboxes = (initial: Obj[]) =>
      inModal({ type: "checkboxes", action_id: "c", options: opts, initial_options: initial });
    expect(checkboxes([opt("A", "a")]).ok).toBe(true);
    refused(checkboxes([opt("A", "a"), opt("A", "x")]), "/view/blocks/0/element/initial_options/1");
    refused(
      inModal({ type: "radio_buttons", action_id: "r", options: opts, initial_option: opt("a", "a") }),
      "/view/blocks/0/element/initial_option",
    );
  });
});

describe("checkSlackPayload: views and inputs", () => {
  it("needs a view of type modal (with title) or home", () => {
    expect(open([section()])).toEqual({ ok: true });
    refused(
      checkSlackPayload("views.open", { trigger_id: "t", view: { type: "dialog", blocks: [] } }),
      "/view/type",
      "invalid_arguments",
    );
    refused(
      checkSlackPayload("views.open", { trigger_id: "t", view: { type: "modal", blocks: [] } }),
      "/view",
    );
    refused(checkSlackPayload("views.open", { trigger_id: "t" }), "/view");
    refused(
      checkSlackPayload("views.publish", {
        user_id: "U1",
        view: { type: "modal", title: plain("T"), blocks: [] },
      }),
      "/view/type",
    );
  });

  it("limits modal title, submit and close to 24 characters of plain text", () => {
    expect(open([section()], { title: plain(x(24)), submit: plain(x(24)), close: plain(x(24)) }).ok).toBe(
      true,
    );
    refused(open([section()], { title: plain(x(25)) }), "/view/title/text");
    refused(open([section()], { submit: plain(x(25)) }), "/view/submit/text");
    refused(open([section()], { close: plain(x(25)) }), "/view/close/text");
    refused(open([section()], { title: mrkdwn("T") }), "/view/title/type");
  });

  it("limits private_metadata to 3000, callback_id and external_id to 255", () => {
    expect(
      open([section()], { private_metadata: x(3000), callback_id: x(255), external_id: x(255) }).ok,
    ).toBe(true);
    refused(open([section()], { private_metadata: x(3001) }), "/view/private_metadata");
    refused(open([section()], { callback_id: x(256) }), "/view/callback_id");
    refused(open([section()], { external_id: x(256) }), "/view/external_id");
  });

  it("needs submit on a modal with an input block", () => {
    const view = {
      type: "modal",
      title: plain("T"),
      blocks: [inputBlock({ type: "plain_text_input", action_id: "p" })],
    };
    refused(checkSlackPayload("views.open", { trigger_id: "t", view }), "/view/blocks/0/input");
    expect(
      checkSlackPayload("views.open", { trigger_id: "t", view: { ...view, submit: plain("OK") } }).ok,
    ).toBe(true);
  });

  it("needs a label (plain, at most 2000) and an element on an input block; hint at most 2000", () => {
    const el = { type: "plain_text_input", action_id: "p" };
    refused(open([{ type: "input", block_id: "i", element: el }]), "/view/blocks/0");
    refused(open([{ type: "input", block_id: "i", label: plain("L") }]), "/view/blocks/0");
    refused(open([inputBlock(el, { label: plain(x(2001)) })]), "/view/blocks/0/label/text");
    refused(open([inputBlock(el, { label: mrkdwn("L") })]), "/view/blocks/0/label/type");
    refused(open([inputBlock(el, { hint: plain(x(2001)) })]), "/view/blocks/0/hint/text");
    refused(
      open([inputBlock({ type: "button", action_id: "b", text: plain("B") })]),
      "/view/blocks/0/element/type",
    );
  });

  it("limits placeholders to 150 characters of plain text", () => {
    expect(inModal({ type: "plain_text_input", action_id: "p", placeholder: plain(x(150)) }).ok).toBe(true);
    refused(
      inModal({ type: "plain_text_input", action_id: "p", placeholder: plain(x(151)) }),
      "/view/blocks/0/element/placeholder/text",
    );
    refused(
      inModal({ type: "datepicker", action_id: "d", placeholder: mrkdwn("p") }),
      "/view/blocks/0/element/placeholder/type",
    );
  });

  it("takes max_length 1–3000 on plain_text_input and no longer initial_value", () => {
    const input = (extra: Obj) => inModal({ type: "plain_text_input", action_id: "p", ...extra });
    expect(input({ max_length: 3000, initial_value: x(3000) }).ok).toBe(true);
    expect(input({ max_length: 10, initial_value: x(10) }).ok).toBe(true);
    refused(input({ max_length: 0 }), "/view/blocks/0/element/max_length");
    refused(input({ max_length: 3001 }), "/view/blocks/0/element/max_length");
    refused(input({ max_length: 10, initial_value: x(11) }), "/view/blocks/0/element/initial_value");
    refused(input({ initial_value: x(3001) }), "/view/blocks/0/element/initial_value");
    refused(input({ min_length: 20, max_length: 10 }), "/view/blocks/0/element/min_length");
  });

  it("checks the shape of other inputs: number_input, datepicker, timepicker", () => {
    refused(inModal({ type: "number_input", action_id: "n" }), "/view/blocks/0/element");
    expect(
      inModal({ type: "number_input", action_id: "n", is_decimal_allowed: false, min_value: "1" }).ok,
    ).toBe(true);
    refused(
      inModal({ type: "datepicker", action_id: "d", initial_date: "10.03.2025" }),
      "/view/blocks/0/element/initial_date",
    );
    refused(
      inModal({ type: "timepicker", action_id: "t", initial_time: "9:00" }),
      "/view/blocks/0/element/initial_time",
    );
  });

  it("refuses a confirm dialog with mrkdwn text or over-long parts", () => {
    const confirm = {
      title: plain("Sure?"),
      text: plain("Really"),
      confirm: plain("Yes"),
      deny: plain("No"),
    };
    expect(post({ type: "actions", elements: [{ ...button("a"), confirm }] }).ok).toBe(true);
    refused(
      post({ type: "actions", elements: [{ ...button("a"), confirm: { ...confirm, text: mrkdwn("R") } }] }),
      "/blocks/0/elements/0/confirm/text/type",
    );
    refused(
      post({
        type: "actions",
        elements: [{ ...button("a"), confirm: { ...confirm, title: plain(x(101)) } }],
      }),
      "/blocks/0/elements/0/confirm/title/text",
    );
  });
});

describe("FakeSlack refuses over HTTP what Slack refuses", () => {
  let fake: FakeSlack;
  let client: WebClient;

  beforeEach(async () => {
    fake = await new FakeSlack().start();
    fake.allowRefusals = true;
    client = new WebClient("xoxb-test", { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
  });
  afterEach(async () => fake.stop());

  async function platformError(call: Promise<unknown>): Promise<WebAPIPlatformError["data"]> {
    const error = await call.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: ErrorCode.PlatformError });
    return (error as WebAPIPlatformError).data;
  }

  it("answers invalid_blocks with Slack's messages for a duplicate action_id, and records the refusal", async () => {
    const data = await platformError(
      client.chat.postMessage({
        channel: "C1",
        text: "Check in",
        blocks: asBlocks({ type: "actions", elements: [button("checkin"), button("checkin", "No")] }),
      }),
    );
    expect(data.error).toBe("invalid_blocks");
    expect(data.response_metadata?.messages).toEqual([
      "[ERROR] must be unique [json-pointer:/blocks/0/elements/1/action_id]",
    ]);
    expect(fake.messages).toHaveLength(0);
    expect(fake.refused).toEqual([
      { method: "chat.postMessage", error: "invalid_blocks", messages: data.response_metadata?.messages },
    ]);
  });

  it("answers invalid_arguments for blocks without a text fallback, and accepts a good message", async () => {
    const data = await platformError(client.chat.postMessage({ channel: "C1", blocks: asBlocks(section()) }));
    expect(data.error).toBe("invalid_arguments");
    await expect(
      client.chat.postMessage({ channel: "C1", text: "Hi", blocks: asBlocks(section()) }),
    ).resolves.toMatchObject({ ok: true });
  });

  it("answers invalid_arguments for a bad view in views.open, views.update and views.publish", async () => {
    const view = asView({ type: "modal", title: plain(x(25)), blocks: [section()] });
    const opened = await platformError(client.views.open({ trigger_id: mintTriggerId(), view }));
    expect(opened.error).toBe("invalid_arguments");
    expect(opened.response_metadata?.messages).toEqual([
      "[ERROR] must be less than 25 characters [json-pointer:/view/title/text]",
    ]);
    expect((await platformError(client.views.update({ view_id: "V1", view }))).error).toBe(
      "invalid_arguments",
    );
    const home = asView({ type: "home", blocks: [{ type: "header", text: mrkdwn("x") }] });
    expect((await platformError(client.views.publish({ user_id: "U1", view: home }))).error).toBe(
      "invalid_arguments",
    );
    expect(fake.refused.map((r) => r.method)).toEqual(["views.open", "views.update", "views.publish"]);
  });

  it("refuses an unknown, an expired and a reused trigger_id", async () => {
    const view = asView({ type: "modal", title: plain("T"), blocks: [section()] });
    expect((await platformError(client.views.open({ trigger_id: "trig.123", view }))).error).toBe(
      "invalid_trigger_id",
    );
    const garbled = mintTriggerId().replace(/.$/, (c) => (c === "0" ? "1" : "0"));
    expect((await platformError(client.views.open({ trigger_id: garbled, view }))).error).toBe(
      "invalid_trigger_id",
    );
    const old = mintTriggerId(Date.now() - 3001);
    expect((await platformError(client.views.open({ trigger_id: old, view }))).error).toBe(
      "expired_trigger_id",
    );
    const fresh = mintTriggerId();
    await expect(client.views.open({ trigger_id: fresh, view })).resolves.toMatchObject({ ok: true });
    expect((await platformError(client.views.push({ trigger_id: fresh, view }))).error).toBe(
      "exchanged_trigger_id",
    );
    await expect(client.views.push({ trigger_id: mintTriggerId(), view })).resolves.toMatchObject({
      ok: true,
    });
    expect(fake.refused.map((r) => r.error)).toEqual([
      "invalid_trigger_id",
      "invalid_trigger_id",
      "expired_trigger_id",
      "exchanged_trigger_id",
    ]);
  });

  it("answers HTTP 400 invalid_blocks to a bad response_url payload", async () => {
    const res = await fetch(`${fake.url}/response/r1`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "t", blocks: [{ type: "header", text: plain(x(151)) }] }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: "invalid_blocks" });
    expect(fake.refused).toHaveLength(1);
  });

  it("fails stop() with the refusals unless the test allows them", async () => {
    fake.allowRefusals = false;
    await platformError(
      client.chat.postMessage({ channel: "C1", text: "t", blocks: asBlocks(section(x(3001))) }),
    );
    await expect(fake.stop()).rejects.toThrow(
      /refused 1 call\(s\)[\s\S]*chat\.postMessage: invalid_blocks \[ERROR\] must be less than 3001 characters \[json-pointer:\/blocks\/0\/text\/text\]/,
    );
    fake.allowRefusals = true;
  });
});
