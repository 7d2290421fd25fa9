import type { FakeMessage, FakeSlack } from "../../sim/fake-slack";
import type { TestApp } from "./test-app";

/** Helpers for the closing tests: views by callback id, their prefilled answers, messages with a block. */

export function viewsWith(t: TestApp, callbackId: string): Record<string, unknown>[] {
  return [...t.fake.views.values()].filter((v) => v.callback_id === callbackId);
}

export async function waitForView(
  t: TestApp,
  callbackId: string,
  count = 1,
): Promise<Record<string, unknown>> {
  await t.fake.waitFor(() => viewsWith(t, callbackId).length >= count, `view ${callbackId}`);
  const view = viewsWith(t, callbackId).at(count - 1);
  if (!view) throw new Error(`no view ${callbackId}`);
  return view;
}

type Answer = string | string[] | number | null;

/** The answers a person submits when they leave every prefilled input as it is. */
export function prefilled(view: Record<string, unknown>): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const block of (view.blocks ?? []) as { type: string; element?: Record<string, unknown> }[]) {
    const el = block.element;
    if (block.type !== "input" || !el) continue;
    const id = String(el.action_id);
    if (el.initial_value !== undefined) out[id] = String(el.initial_value);
    else if (el.initial_date !== undefined) out[id] = String(el.initial_date);
    else if (el.initial_time !== undefined) out[id] = String(el.initial_time);
    else if (el.initial_option) out[id] = String((el.initial_option as { value: string }).value);
    else if (el.initial_options) out[id] = (el.initial_options as { value: string }[]).map((o) => o.value);
  }
  return out;
}

export function messagesIn(fake: FakeSlack, channel: string): FakeMessage[] {
  return fake.messages.filter((m) => m.channel === channel);
}

export function findMessage(fake: FakeSlack, channel: string, needle: string): FakeMessage | undefined {
  return messagesIn(fake, channel).find((m) => JSON.stringify(m.blocks ?? m.text).includes(needle));
}

export function messageOf(m: FakeMessage): Record<string, unknown> {
  return { ts: m.ts, text: m.text, blocks: m.blocks };
}
