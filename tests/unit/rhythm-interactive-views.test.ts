import type { ViewStateValue } from "@slack/bolt";
import type { ModalView } from "@slack/types";
import { describe, expect, it } from "vitest";
import { LANGS, translator } from "../../src/i18n";
import { ids } from "../../src/slack/ids";
import { buildAlertState, buildAtRiskSection } from "../../src/slack/views/rhythmAlerts";
import {
  buildCheckinModal,
  checkinStatusLine,
  readCheckinForm,
  withAnswers,
} from "../../src/slack/views/rhythmCheckinModal";
import { buildPauseModal, readPauseForm } from "../../src/slack/views/rhythmPause";
import {
  buildRematchModal,
  buildRematchRequestDm,
  buildRematchSentView,
} from "../../src/slack/views/rhythmRematch";
import { buildCheckinMessage } from "../../src/slack/views/rhythmScheduled";

const en = translator("en");
const IN = ids.rhythm.checkinInput;

function state(
  values: Record<string, Partial<ViewStateValue>>,
): Record<string, Record<string, ViewStateValue>> {
  return Object.fromEntries(
    Object.entries(values).map(([id, v]) => [id, { [id]: { type: "x", ...v } as ViewStateValue }]),
  );
}

describe("check-in modal form", () => {
  it("needs a meeting day that is not in the future", () => {
    expect(readCheckinForm(state({}), "2026-05-12")).toEqual({
      ok: false,
      errors: { [IN.metOn]: "rhythm.checkin.error.date" },
    });
    expect(readCheckinForm(state({ [IN.metOn]: { selected_date: "2026-05-13" } }), "2026-05-12")).toEqual({
      ok: false,
      errors: { [IN.metOn]: "rhythm.checkin.error.future" },
    });
  });

  it("reads text trimmed, usefulness 1–5 and goal statuses of known goals only", () => {
    const result = readCheckinForm(
      state({
        [IN.metOn]: { selected_date: "2026-05-12" },
        [IN.topics]: { value: "  Copilot  " },
        [IN.usefulness]: { selected_option: { value: "9", text: { type: "plain_text", text: "9" } } },
        [IN.nextStep]: { value: "   " },
        [`${ids.rhythm.checkinGoalPrefix}7`]: {
          selected_option: { value: "done", text: { type: "plain_text", text: "" } },
        },
        [`${ids.rhythm.checkinGoalPrefix}x`]: {
          selected_option: { value: "done", text: { type: "plain_text", text: "" } },
        },
        [`${ids.rhythm.checkinGoalPrefix}8`]: {
          selected_option: { value: "lost", text: { type: "plain_text", text: "" } },
        },
      }),
      "2026-05-12",
    );
    expect(result).toEqual({
      ok: true,
      form: {
        metOn: "2026-05-12",
        topicsCovered: "Copilot",
        usefulness: null,
        nextStep: null,
        goals: { "7": "done" },
      },
    });
  });

  it("prefills an earlier answer and never offers a future day", () => {
    const view = buildCheckinModal(en, {
      checkinId: 3,
      today: "2026-05-12",
      goals: [{ id: 7, position: 1, goal: "Post weekly", status: "in_progress" }],
      previous: { metOn: "2026-05-02", topicsCovered: "AI", usefulness: 5, nextStep: null },
    });
    const text = JSON.stringify(view);
    expect(text).toContain('"initial_date":"2026-05-02"');
    expect(text).toContain('"initial_value":"AI"');
    expect(text).toContain("Goal 1: Post weekly");
    expect(view.private_metadata).toBe('{"c":3}');
  });
});

describe("check-in message answers", () => {
  it("shows each member's answer under the buttons, nothing else", () => {
    const base = buildCheckinMessage(en, { checkinId: 1, mentorUserId: "UA", menteeUserId: "UB" });
    const line = checkinStatusLine(en, ["UA", "UB"], [{ userId: "UB", answer: "help" }]);
    expect(line).toBe("<@UA>: no answer yet   ·   <@UB>: 🆘 asked for help");
    const msg = withAnswers(base, line);
    const at = msg.blocks.findIndex((b) => b.type === "actions");
    expect(msg.blocks[at + 1]).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: line }] });
    expect(msg.blocks).toHaveLength(base.blocks.length + 1);
  });
});

describe("pause form", () => {
  const values = (d: string | null) => state({ [ids.rhythm.pauseUntil]: { selected_date: d } });
  it("takes a day after today, up to the program's end", () => {
    expect(readPauseForm(values(null), "2026-05-12", "2026-09-30")).toEqual({
      ok: false,
      error: "rhythm.pause.error.missing",
    });
    expect(readPauseForm(values("2026-05-12"), "2026-05-12", "2026-09-30")).toMatchObject({ ok: false });
    expect(readPauseForm(values("2026-10-01"), "2026-05-12", "2026-09-30")).toEqual({
      ok: false,
      error: "rhythm.pause.error.after_end",
      end: "2026-09-30",
    });
    expect(readPauseForm(values("2026-09-30"), "2026-05-12", "2026-09-30")).toEqual({
      ok: true,
      until: "2026-09-30",
    });
  });
});

describe("alert state", () => {
  const data = {
    alertId: 4,
    reason: "stall" as const,
    days: 36,
    mentorUserId: "UA",
    menteeUserId: "UB",
    channelId: "G1",
  };
  const buttons = (blocks: unknown[]) =>
    (JSON.stringify(blocks).match(/rhythm\.alert_follow_up/g) ?? []).length;

  it("drops the claim button once someone reaches out, and all buttons once resolved", () => {
    expect(buttons(buildAlertState(en, data, { claimedBy: null, resolvedBy: null }).blocks)).toBe(3);
    const claimed = buildAlertState(en, data, { claimedBy: "UPM", resolvedBy: null });
    expect(buttons(claimed.blocks)).toBe(2);
    expect(JSON.stringify(claimed.blocks)).toContain("<@UPM> is reaching out");
    const resolved = buildAlertState(en, data, { claimedBy: "UPM", resolvedBy: "UPM2" });
    expect(buttons(resolved.blocks)).toBe(0);
    expect(JSON.stringify(resolved.blocks)).toContain("Resolved by <@UPM2>");
  });

  it("lists at most 15 tandems at risk and says how many more", () => {
    expect(JSON.stringify(buildAtRiskSection(en, []))).toContain("No tandem is at risk");
    const items = Array.from({ length: 18 }, (_, i) => ({
      tandemId: i + 1,
      channelId: `G${i}`,
      mentorUserId: "UA",
      menteeUserId: "UB",
      reason: "stall" as const,
      quietDays: 40,
      alertId: undefined,
      claimedBy: null,
    }));
    const blocks = buildAtRiskSection(en, items);
    expect(blocks.filter((b) => b.type === "section")).toHaveLength(15);
    expect(JSON.stringify(blocks.at(-1))).toContain("and 3 more");
  });
});

describe("rematch messages", () => {
  it("escapes the reason and replaces the buttons by the decision", () => {
    const open = buildRematchRequestDm(en, {
      requestId: 2,
      requesterUserId: "UA",
      partnerUserId: "UB",
      channelId: "G1",
      reason: "<@UB> & <!here>",
    });
    const text = JSON.stringify(open.blocks);
    expect(text).toContain("&lt;@UB&gt; &amp; &lt;!here&gt;");
    expect(text).toContain(ids.rhythm.rematchDecision);
    const decided = buildRematchRequestDm(en, {
      requestId: 2,
      requesterUserId: "UA",
      partnerUserId: "UB",
      channelId: "G1",
      reason: null,
      decision: { status: "declined", by: "UPM" },
    });
    expect(JSON.stringify(decided.blocks)).not.toContain(ids.rhythm.rematchDecision);
    expect(JSON.stringify(decided.blocks)).toContain("Declined by <@UPM>");
  });
});

describe("Block Kit limits of the modals", () => {
  it("keeps titles and buttons within 24 characters in both languages", () => {
    for (const lang of LANGS) {
      const t = translator(lang);
      const views: ModalView[] = [
        buildCheckinModal(t, { checkinId: 1, today: "2026-05-12", goals: [] }),
        buildPauseModal(t, { tandemId: 1, today: "2026-05-12", programEnd: "2026-09-30", pausedUntil: null }),
        buildRematchModal(t, { tandemId: 1, partnerUserId: "UB" }),
        buildRematchSentView(t),
      ];
      for (const view of views) {
        for (const part of [view.title, view.submit, view.close]) {
          if (!part) continue;
          expect(part.text.length, `${lang}: ${part.text}`).toBeLessThanOrEqual(24);
          // plain() would cut a longer text: the catalog's own text must fit.
          expect(part.text.endsWith("…"), `${lang}: ${part.text}`).toBe(false);
        }
      }
    }
  });
});
