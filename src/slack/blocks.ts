import type {
  ActionsBlock,
  Button,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  InputBlock,
  KnownBlock,
  ModalView,
  PlainTextElement,
  PlainTextOption,
  SectionBlock,
} from "@slack/types";
import type { Translator } from "../i18n";
import { truncate } from "./text";

/** Small typed Block Kit helpers. Text passed to mrkdwn helpers must already be escaped. */

export function plain(text: string, max = 2000): PlainTextElement {
  // emoji: true is Slack's default; leaving it out keeps every payload smaller
  return { type: "plain_text", text: truncate(text, max) };
}

export function header(text: string): HeaderBlock {
  return { type: "header", text: plain(text, 150) };
}

export function section(mrkdwn: string, accessory?: SectionBlock["accessory"]): SectionBlock {
  const block: SectionBlock = { type: "section", text: { type: "mrkdwn", text: truncate(mrkdwn, 3000) } };
  if (accessory) block.accessory = accessory;
  return block;
}

/** Slack's limit for a section's text. */
export const SECTION_TEXT_MAX = 3000;

/**
 * Lines packed into section texts of at most `maxChars` each (and `maxLines` lines, and
 * `maxSections` sections in all): a line that does not fit starts the next section, and one that
 * fits nowhere stops the packing. `shown` counts the lines that made it, so the rest can be counted
 * ("… and N more") instead of being cut off by a section's truncation.
 */
export function packSections(
  lines: readonly string[],
  {
    maxChars = SECTION_TEXT_MAX,
    maxLines = Number.POSITIVE_INFINITY,
    maxSections = Number.POSITIVE_INFINITY,
  } = {},
): { sections: string[]; shown: number } {
  const sections: string[] = [];
  let current: string[] = [];
  let length = 0;
  let shown = 0;
  for (const line of lines) {
    const fits = current.length < maxLines && length + 1 + line.length <= maxChars;
    if (current.length > 0 && !fits) {
      sections.push(current.join("\n"));
      current = [];
      length = 0;
    }
    if (sections.length === maxSections || line.length > maxChars) break;
    length += (current.length > 0 ? 1 : 0) + line.length;
    current.push(line);
    shown++;
  }
  if (current.length > 0) sections.push(current.join("\n"));
  return { sections, shown };
}

export function fields(items: string[]): SectionBlock {
  return {
    type: "section",
    fields: items.slice(0, 10).map((text) => ({ type: "mrkdwn", text: truncate(text, 2000) })),
  };
}

export function context(...mrkdwn: string[]): ContextBlock {
  return {
    type: "context",
    elements: mrkdwn.slice(0, 10).map((text) => ({ type: "mrkdwn", text: truncate(text, 3000) })),
  };
}

export function divider(): DividerBlock {
  return { type: "divider" };
}

export function button(
  text: string,
  actionId: string,
  opts: { value?: string; style?: "primary" | "danger"; url?: string } = {},
): Button {
  const b: Button = { type: "button", text: plain(text, 75), action_id: actionId };
  if (opts.value !== undefined) b.value = opts.value;
  if (opts.style) b.style = opts.style;
  if (opts.url) b.url = opts.url;
  return b;
}

export function actions(elements: Button[], blockId?: string): ActionsBlock {
  const block: ActionsBlock = { type: "actions", elements: elements.slice(0, 25) };
  if (blockId) block.block_id = blockId;
  return block;
}

/** Messages may hold 50 blocks, views 100: keep the first ones and say nothing silently broke. */
export function capBlocks(blocks: KnownBlock[], max: 50 | 100): KnownBlock[] {
  return blocks.length <= max ? blocks : blocks.slice(0, max);
}

/** An option of a select, radio group or checkboxes (text cut to the 75 characters Slack allows). */
export function option(text: string, value: string, description?: string): PlainTextOption {
  const o: PlainTextOption = { text: plain(text, 75), value };
  if (description) o.description = plain(description, 75);
  return o;
}

/** An input block; block_id names the answer in view.state.values and in inline errors. */
export function input(
  blockId: string,
  label: string,
  element: InputBlock["element"],
  opts: { hint?: string | undefined; optional?: boolean } = {},
): InputBlock {
  const block: InputBlock = { type: "input", block_id: blockId, label: plain(label), element };
  if (opts.hint) block.hint = plain(opts.hint);
  if (opts.optional) block.optional = true;
  return block;
}

/**
 * A modal view; title, submit and close are cut to the 24 characters Slack allows. Unless told
 * otherwise, a form (one with submit) closes with Cancel, a view that only shows something with Close.
 */
export function modal(
  t: Translator,
  v: {
    callbackId: string;
    title: string;
    submit?: string;
    close?: string;
    metadata?: string;
    blocks: KnownBlock[];
  },
): ModalView {
  const close = v.close ?? t.plain(v.submit === undefined ? "common.close" : "common.cancel");
  return {
    type: "modal",
    callback_id: v.callbackId,
    ...(v.metadata !== undefined ? { private_metadata: v.metadata } : {}),
    title: plain(v.title, 24),
    ...(v.submit !== undefined ? { submit: plain(v.submit, 24) } : {}),
    close: plain(close, 24),
    blocks: v.blocks,
  };
}
