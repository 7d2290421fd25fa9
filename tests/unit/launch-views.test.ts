import { describe, expect, it } from "vitest";
import { summarizeBatch } from "../../src/db/queries/batchStatus";
import type { SlackOp } from "../../src/db/queries/outbox";
import { translator } from "../../src/i18n";
import { ids } from "../../src/slack/ids";
import {
  buildCircleWelcome,
  buildTandemDm,
  buildTandemPurpose,
  buildTandemWelcome,
  buildWaitingDm,
  type TandemMember,
} from "../../src/slack/views/launchMessages";
import { buildLaunchStatusSection, failureReason } from "../../src/slack/views/launchStatus";

const member = (userId: string, over: Partial<TandemMember> = {}): TandemMember => ({
  userId,
  name: "Anna",
  department: "Sales",
  background: "Builds <bots> & automations",
  hopeToLearn: "Strategy",
  learningGoals: "Prompting <!here>",
  expectations: "Candour",
  consent: true,
  ...over,
});

const data = {
  program: "Digital <Leaders>",
  mentor: member("UMENTOR01"),
  mentee: member("UMENTEE01", { name: "Bernd", background: null }),
  reasons: [{ key: "not.a.catalog.key", params: {} }],
  customTopics: {},
};

describe("launch messages", () => {
  it("welcomes both, escapes what they wrote and suggests an agenda, in German and English", () => {
    for (const lang of ["en", "de"] as const) {
      const msg = buildTandemWelcome(translator(lang), data);
      const all = JSON.stringify(msg);
      expect(msg.text).toContain("<@UMENTOR01>");
      expect(all).toContain("<@UMENTEE01>");
      expect(all).toContain("&lt;!here&gt;");
      expect(all).not.toContain("<!here>");
      expect(all).toContain("&lt;Leaders&gt;");
      expect(all).toContain(lang === "en" ? "first meeting" : "erstes Treffen");
      expect(msg.blocks.length).toBeLessThanOrEqual(50);
    }
  });

  it("shows a side's answers only with consent", () => {
    const msg = buildTandemWelcome(translator("en"), {
      ...data,
      mentee: member("UMENTEE01", { consent: false }),
    });
    expect(JSON.stringify(msg)).not.toContain("Prompting");
    expect(JSON.stringify(msg)).toContain("Strategy");
  });

  it("keeps the purpose within 250 characters", () => {
    const purpose = buildTandemPurpose(translator("de"), {
      program: "x".repeat(300),
      mentor: "A",
      mentee: "B",
    });
    expect(Array.from(purpose).length).toBeLessThanOrEqual(250);
  });

  it("links the channel in the DM and explains the waiting list kindly", () => {
    const dm = buildTandemDm(translator("en"), {
      partnerId: "UMENTEE01",
      channel: "<#C123>",
      isMentor: true,
    });
    expect(JSON.stringify(dm)).toContain("<#C123>");
    expect(JSON.stringify(dm)).toContain("you lead");
    expect(JSON.stringify(buildWaitingDm(translator("de"), { program: "P" }))).toContain("Warteliste");
    const circle = buildCircleWelcome(translator("en"), {
      kind: "mentor",
      program: "P",
      managers: ["UPM0000001"],
    });
    expect(JSON.stringify(circle)).toContain("<@UPM0000001>");
  });
});

const op = (key: string, status: SlackOp["status"], over: Partial<SlackOp> = {}): SlackOp => ({
  id: 0,
  key,
  batch: "launch:1",
  kind: "channel.invite",
  payload: { args: {}, about: "#tandem-a-b" },
  dependsOn: null,
  status,
  attempts: 1,
  notBefore: null,
  lastError: null,
  result: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  doneAt: null,
  leaseOwner: null,
  leaseUntil: null,
  fence: 0,
  ...over,
});

describe("launch status", () => {
  it("counts ops, finds those held up by a failure and offers a retry", () => {
    const status = summarizeBatch("launch:1", [
      op("a", "done"),
      op("b", "failed", { lastError: "user_is_inactive: UME0002" }),
      op("c", "pending", { dependsOn: "b" }),
      op("d", "pending", { dependsOn: "c" }),
      op("e", "running"),
    ]);
    expect(status).toMatchObject({ total: 5, done: 1, failed: 1, blocked: 2, pending: 1 });
    const blocks = JSON.stringify(buildLaunchStatusSection(translator("en"), status));
    expect(blocks).toContain("deactivated (<@UME0002>)");
    expect(blocks).toContain("#tandem-a-b");
    expect(blocks).toContain(ids.launch.retry);
  });

  it("explains unknown codes and says when all is done", () => {
    expect(failureReason(translator("de"), "weird_error")).toContain("weird_error");
    const done = summarizeBatch("launch:1", [op("a", "done")]);
    const blocks = JSON.stringify(buildLaunchStatusSection(translator("en"), done));
    expect(blocks).toContain("All done");
    expect(blocks).not.toContain(ids.launch.retry);
    expect(JSON.stringify(buildLaunchStatusSection(translator("en"), undefined))).toContain("Nothing");
  });
});
