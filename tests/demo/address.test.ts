import { describe, expect, it } from "vitest";
import type { Cohort } from "../../sim/demo/cohort";
import { playCohort } from "../../sim/demo/run";
import { formalMarker, informalMarker, shortcode } from "../helpers/language";

/*
 * The demo played once with "du" and once with "Sie": everything a German-reading person saw over
 * the whole cohort (direct messages, their channels, App Home, modals, private replies) uses one
 * form of address, and no :shortcode:. User-written answers are left out: people write as they like.
 */

const NOT_READ = new Set([
  "value",
  "action_id",
  "block_id",
  "callback_id",
  "private_metadata",
  "url",
  "type",
]);
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object")
    return Object.entries(value)
      .filter(([key]) => !NOT_READ.has(key))
      .flatMap(([, v]) => strings(v));
  return [];
}

/** Every text a person saw, with where it was. */
function seenBy(c: Cohort, userId: string): { where: string; text: string }[] {
  const { world } = c;
  const out: { where: string; text: string }[] = [];
  const add = (where: string, value: unknown) => {
    for (const text of strings(value)) out.push({ where, text });
  };
  for (const [id, ch] of world.fake.channels) {
    if (!ch.members.has(userId) && id !== world.dmOf(userId)) continue;
    for (const m of world.messagesIn(id))
      add(`message in ${ch.name ?? id}`, { text: m.text, blocks: m.blocks });
  }
  for (const m of world.modals.values()) if (m.user === userId) add("modal", m.screens);
  for (const e of world.ephemerals)
    if (e.user === userId) add("private reply", { text: e.text, blocks: e.blocks });
  add("App Home", world.home(userId));
  return out;
}

describe.each(["du", "sie"] as const)("the demo with %s", (address) => {
  it("every German reader reads one form of address throughout", async () => {
    const cohort = await playCohort({ seed: 3, people: 12, address });
    const germans = [...cohort.world.people.values()].filter((p) => p.locale === "de-DE");
    expect(germans.length).toBeGreaterThan(0);
    const userText = new Set(
      [...cohort.world.modals.values()].flatMap((m) => m.submissions.flatMap((s) => strings(s))),
    );
    const wrong: string[] = [];
    for (const p of germans) {
      for (const { where, text } of seenBy(cohort, p.id)) {
        if (userText.has(text)) continue;
        const marker = address === "du" ? formalMarker(text) : informalMarker(text);
        const code = shortcode(text);
        if (marker || code) wrong.push(`${p.id} ${where}: [${marker ?? code}] ${text.slice(0, 160)}`);
      }
    }
    expect([...new Set(wrong)]).toEqual([]);
  }, 240_000);
});
