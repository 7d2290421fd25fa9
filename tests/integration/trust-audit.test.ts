import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, programManagers } from "../../src/db/schema";
import type { ManagerEntryPoint } from "../../src/listeners/registrar";
import { ids, memberId } from "../../src/slack/ids";
import { MANAGER, seedRhythm } from "../helpers/rhythm-seed";
import { startTestApp, type TestApp } from "../helpers/test-app";
import { scanFor, settle } from "../helpers/trust-seed";

const OUTSIDER = "UOUT000001";

/**
 * A minimal payload per program-manager entry point, by id. The test walks the Registrar's list, so
 * an entry point added later without a payload here fails the test: add one.
 * - subcommand: the words after /mentoring
 * - click: the value (and the family member), clicked in a message
 * - submission: private_metadata of the submitted view
 */
const SUBCOMMANDS: Record<string, string> = {
  program: "program",
  signup: "signup close",
  announce: "announce",
  manager: "manager list",
  match: "match",
  launch: "launch",
  schedule: "schedule",
  event: "event list",
  prompt: "prompt list",
  audit: "audit",
  report: "report",
  export: "export",
  closing: "closing",
};
const CLICKS: Record<string, { value?: string; member?: string }> = {
  [ids.setup.openModal]: {},
  [ids.setup.openSignup]: {},
  [ids.setup.closeSignup]: {},
  [ids.matching.pairMenu]: { value: "stale" },
  [ids.matching.recompute]: {},
  [ids.matching.approve]: {},
  [ids.matching.discard]: {},
  [`${ids.matching.page}.prev`]: { value: "0" },
  [`${ids.matching.page}.next`]: { value: "1" },
  [ids.launch.retry]: { value: "{}" },
  [ids.rhythm.alertFollowUp]: { value: "{}", member: "claim" },
  [ids.rhythm.atRiskPage]: { value: JSON.stringify({ o: 0 }) },
  [ids.rhythm.cafePropose]: { value: "{}" },
  [ids.rhythm.cafeConfirm]: { value: "{}" },
  [ids.rhythm.rematchDecision]: { value: "{}", member: "approve" },
  [ids.rhythm.sendNow]: { value: "{}" },
  [ids.rhythm.schedulePage]: { value: "{}", member: "later" },
  [ids.rhythm.promptOpen]: { value: "{}" },
  [ids.rhythm.promptList]: { value: "{}" },
  [ids.rhythm.promptRemove]: { value: "{}" },
  [ids.trust.auditPage]: { value: JSON.stringify({ o: 0 }) },
  [`${ids.trust.auditPage}.first`]: { value: JSON.stringify({ o: 0 }) },
  [ids.steering.wavesOpen]: { value: JSON.stringify({ p: 1 }) },
  [ids.steering.report]: { value: JSON.stringify({ p: 1 }) },
  [ids.steering.compare]: { value: JSON.stringify({ p: 1 }) },
  [ids.steering.export]: { value: JSON.stringify({ p: 1 }) },
  [ids.close.eventMenu]: { value: "{}" },
  [ids.notices.closeAndMatch]: { value: JSON.stringify({ p: 1 }) },
  [ids.notices.changesOpen]: { value: JSON.stringify({ p: 1 }) },
};
const SUBMISSIONS: Record<string, { metadata: string }> = {
  [ids.setup.programView]: { metadata: JSON.stringify({ programId: null }) },
  [ids.rhythm.eventModal]: { metadata: "{}" },
  [ids.rhythm.promptModal]: { metadata: "{}" },
  [ids.steering.wavesModal]: { metadata: JSON.stringify({ p: 1 }) },
  [ids.close.settingsModal]: { metadata: JSON.stringify({ p: 1 }) },
  [ids.close.eventEditModal]: { metadata: "{}" },
  [ids.close.eventCancelModal]: { metadata: "{}" },
  [ids.notices.changesModal]: { metadata: JSON.stringify({ p: 1 }) },
};

describe("every program-manager entry point", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ now: "2026-05-04T09:00:00Z" });
    seedRhythm(t.db, t.fake, { tandems: 1 });
    t.fake.addUser({ id: OUTSIDER });
  });
  afterEach(() => t.stop());

  const auditActions = (actor: string) =>
    t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.actor, actor))
      .all()
      .map((e) => e.action);

  async function enter(userId: string, entry: ManagerEntryPoint): Promise<string | undefined> {
    if (entry.kind === "subcommand") {
      const text = SUBCOMMANDS[entry.id];
      if (text === undefined) return `no payload for the subcommand ${entry.id}`;
      await t.slack.command(userId, text);
      return undefined;
    }
    if (entry.kind === "click") {
      const click = CLICKS[entry.id];
      if (!click) return `no payload for the click ${entry.id}`;
      const actionId = entry.family ? memberId(entry.id, click.member ?? "x") : entry.id;
      await t.slack.blockAction(
        userId,
        { action_id: actionId, ...(click.value !== undefined ? { value: click.value } : {}) },
        { channelId: "C0GENERAL", message: { ts: "1700000000.000001", text: "x" } },
      );
      return undefined;
    }
    const submission = SUBMISSIONS[entry.id];
    if (!submission) return `no payload for the submission ${entry.id}`;
    const res = await t.slack.interactive({
      type: "view_submission",
      team: { id: "T0001", domain: "acme" },
      user: { id: userId, username: "u", name: "u", team_id: "T0001" },
      api_app_id: "A0TANDEM",
      token: "legacy-verification-token",
      trigger_id: "t",
      view: {
        id: "VFORGED01",
        type: "modal",
        callback_id: entry.id,
        private_metadata: submission.metadata,
        blocks: [{ type: "input", block_id: "first", label: { type: "plain_text", text: "x" }, element: {} }],
        state: { values: {} },
        team_id: "T0001",
      },
      response_urls: [],
    });
    if (userId === OUTSIDER) {
      expect(res.json(), entry.id).toEqual({
        response_action: "errors",
        errors: { first: expect.stringContaining("Only program managers") },
      });
    }
    return undefined;
  }

  it("refuses a non-manager, and leaves an audit entry for the manager and the refusal", async () => {
    const entries = t.tandem.registrar.managerEntryPoints();
    expect(entries.length).toBeGreaterThan(30);
    const missing: string[] = [];
    for (const entry of entries) {
      const label = `${entry.kind === "subcommand" ? "command" : entry.kind}:${entry.id}`;
      const before = t.fake.responses().length;
      const problem = await enter(OUTSIDER, entry);
      if (problem) {
        missing.push(problem);
        continue;
      }
      await t.fake.waitFor(
        () => auditActions(OUTSIDER).includes(`refused:${label}`),
        `the refusal of ${label} in the audit trail`,
      );
      if (entry.kind !== "submission") {
        await t.fake.waitFor(
          () =>
            t.fake
              .responses()
              .slice(before)
              .some((r) => String(r.text).includes("Only program managers")),
          `the refusal of ${label}`,
        );
      }
      await enter(MANAGER, entry);
      await t.fake.waitFor(() => auditActions(MANAGER).includes(label), `${label} in the audit trail`);
    }
    await settle(t.fake);
    expect(missing, "add a payload for these entry points to this test").toEqual([]);
    // Nothing a non-manager did reached a use case.
    expect(auditActions(OUTSIDER).every((a) => a.startsWith("refused:"))).toBe(true);
  });
});

describe("/mentoring audit and manager remove", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ now: "2026-05-04T09:00:00Z", env: { PROGRAM_MANAGERS: "" } });
    seedRhythm(t.db, t.fake, { tandems: 1 });
    t.db.insert(programManagers).values({ userId: MANAGER, addedBy: null }).run();
  });
  afterEach(() => t.stop());

  const lastText = async (n: number) => {
    await t.fake.waitForCall("response_url", n);
    return String(t.fake.responses()[n - 1]?.text);
  };

  it("adds and removes managers, never the last one, and shows it all in the audit trail", async () => {
    await t.slack.command(MANAGER, "manager add <@UPM0000002>");
    expect(await lastText(1)).toContain("<@UPM0000002>");
    await t.slack.command(MANAGER, "manager remove <@UPM0000002>");
    expect(await lastText(2)).toContain("<@UPM0000002> no longer run the program");
    await t.slack.command(MANAGER, "manager remove <@UPM0000001>");
    expect(await lastText(3)).toContain("cannot be removed: the program needs at least one program manager");
    await t.slack.command(MANAGER, "manager remove <@UNOBODY01>");
    expect(await lastText(4)).toContain("is not a program manager");
    expect(
      t.db
        .select()
        .from(programManagers)
        .all()
        .map((m) => m.userId),
    ).toEqual([MANAGER]);

    await t.slack.command(MANAGER, "audit");
    await t.fake.waitForCall("response_url", 5);
    const page = t.fake.responses()[4] ?? {};
    const text = JSON.stringify(page.blocks);
    expect(text).toContain("manager.added");
    expect(text).toContain("manager.removed");
    expect(text).toContain("about <@UPM0000002>");
    expect(text).toContain("command:manager");
    const subjects = t.db
      .select()
      .from(auditLog)
      .all()
      .filter((e) => e.subjectUserId === "UPM0000002");
    expect(subjects.map((e) => e.action)).toEqual(["manager.added", "manager.removed"]);
  });

  it("does not erase the only program manager", async () => {
    await t.slack.command(MANAGER, "forget-me");
    expect(await lastText(1)).toContain("the program needs at least one program manager");
    expect(t.fake.callsTo("views.open")).toHaveLength(0);
    expect(t.db.select().from(programManagers).all()).toHaveLength(1);
  });

  it("erases a program manager who is not the only one, and their trail keeps a pseudonym", async () => {
    const second = "UPM0000002";
    t.fake.addUser({ id: second });
    await t.slack.command(MANAGER, `manager add <@${second}>`);
    await t.slack.command(second, "manager list");
    await t.fake.waitForCall("response_url", 2);
    await t.slack.command(second, "forget-me");
    await t.fake.waitForCall("views.open", 1);
    expect(JSON.stringify(t.fake.callsTo("views.open")[0]?.params.view)).toContain(
      "You stop being a program manager",
    );
    const view = [...t.fake.views.values()].find((v) => v.callback_id === ids.trust.forgetModal) ?? {};
    const res = await t.slack.viewSubmission(second, view, {});
    expect(res.json()).toMatchObject({ response_action: "update" });
    await settle(t.fake);
    expect(
      t.db
        .select()
        .from(programManagers)
        .all()
        .map((m) => m.userId),
    ).toEqual([MANAGER]);
    expect(scanFor(t.db, [second])).toEqual([]);
    const trail = t.db.select().from(auditLog).all();
    expect(trail.some((e) => e.action === "command:manager" && e.actor.startsWith("erased-"))).toBe(true);
  });

  it("pages through a long trail", async () => {
    for (let i = 0; i < 45; i++)
      t.db
        .insert(auditLog)
        .values({
          at: `2026-05-01T09:${String(i).padStart(2, "0")}:00Z`,
          actor: MANAGER,
          action: `test.${i}`,
        })
        .run();
    await t.slack.command(MANAGER, "audit");
    await t.fake.waitForCall("response_url", 1);
    const first = JSON.stringify(t.fake.responses()[0]?.blocks);
    expect(first).toContain("test.44");
    expect(first).not.toContain("test.24");
    expect(first).toContain(ids.trust.auditPage);
    await t.slack.blockAction(
      MANAGER,
      { action_id: ids.trust.auditPage, value: JSON.stringify({ o: 20 }) },
      { channelId: "C0GENERAL", message: { ts: "1700000000.000001", text: "x" } },
    );
    await t.fake.waitForCall("response_url", 2);
    const second = JSON.stringify(t.fake.responses()[1]?.blocks);
    expect(second).toContain("test.24");
    expect(second).not.toContain("test.44");
  });
});
