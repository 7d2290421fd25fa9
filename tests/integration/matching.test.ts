import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  matchProposals,
  pairConstraints,
  participants,
  programs,
  proposalPairs,
  proposalUnmatched,
  tandems,
  topicRatings,
} from "../../src/db/schema";
import { CONSENT_VERSION } from "../../src/domain/consent";
import { ids } from "../../src/slack/ids";
import { startTestApp, type TestApp } from "../helpers/test-app";

const MANAGER = "UPM0000001";
const OUTSIDER = "UEMP000099";
const TOPICS = ["collaboration_tools", "ai_tools", "social_media"];

type Ratings = [number, number, number];
interface Person {
  userId: string;
  department: string;
  ratings: Ratings;
  format?: "remote" | "in_person" | "mixed";
  excluded?: string[];
  goals?: string;
}

const MENTORS: Person[] = [
  { userId: "UMEN000001", department: "IT", ratings: [5, 2, 2], format: "remote" },
  { userId: "UMEN000002", department: "Marketing", ratings: [2, 2, 5] },
  { userId: "UMEN000003", department: "IT", ratings: [2, 5, 2] },
  { userId: "UMEN000004", department: "Sales", ratings: [4, 4, 3] },
  { userId: "UMEN000005", department: "HR", ratings: [3, 3, 4] },
  { userId: "UMEN000006", department: "Finance", ratings: [1, 1, 1] },
];
const MENTEES: Person[] = [
  // names the mentor they must not be paired with, who would otherwise fit best
  {
    userId: "UEXE000001",
    department: "Finance",
    ratings: [1, 3, 3],
    format: "remote",
    excluded: ["UMEN000001"],
    goals: "Work better with Teams",
  },
  { userId: "UEXE000002", department: "Finance", ratings: [1, 4, 4], format: "remote" },
  { userId: "UEXE000003", department: "Legal", ratings: [4, 1, 4] },
  { userId: "UEXE000004", department: "Sales", ratings: [4, 4, 1] },
  { userId: "UEXE000005", department: "Operations", ratings: [2, 2, 2] },
];

function seed(t: TestApp): { programId: number; pid: Map<string, number> } {
  const program = t.db
    .insert(programs)
    .values({
      name: "Digital Leaders 2025",
      topics: TOPICS,
      startDate: "2025-03-01",
      endDate: "2025-08-31",
      signupDeadline: "2025-02-15",
      language: "en",
      timezone: "Europe/Berlin",
      status: "signup",
      createdBy: MANAGER,
    })
    .returning()
    .get();
  const pid = new Map<string, number>();
  const add = (p: Person, role: "mentor" | "mentee") => {
    const row = t.db
      .insert(participants)
      .values({
        programId: program.id,
        userId: p.userId,
        role,
        status: "complete",
        department: p.department,
        meetingFormat: p.format ?? "mixed",
        meetingsPerMonth: 1,
        languages: ["en"],
        excludedUserIds: p.excluded ?? [],
        learningGoals: p.goals ?? null,
        consent: true,
        consentVersion: CONSENT_VERSION,
      })
      .returning()
      .get();
    pid.set(p.userId, row.id);
    TOPICS.forEach((topic, i) => {
      t.db
        .insert(topicRatings)
        .values({ participantId: row.id, topic, level: p.ratings[i] ?? 1, phase: "intake" })
        .run();
    });
  };
  for (const m of MENTORS) add(m, "mentor");
  for (const e of MENTEES) add(e, "mentee");
  return { programId: program.id, pid };
}

function draftOf(t: TestApp) {
  return t.db.select().from(matchProposals).where(eq(matchProposals.status, "draft")).all();
}

function pairsOf(t: TestApp, proposalId: number) {
  return t.db.select().from(proposalPairs).where(eq(proposalPairs.proposalId, proposalId)).all();
}

/** The one review modal, as the fake Slack holds it now (after any views.update). */
function openedView(t: TestApp): Record<string, unknown> {
  const opened = t.fake.callsTo("views.open");
  expect(opened).toHaveLength(1);
  const [view] = [...t.fake.views.values()];
  if (!view) throw new Error("no view");
  return view;
}

describe("matching review through Slack", () => {
  let t: TestApp;
  let programId: number;
  let pid: Map<string, number>;

  beforeEach(async () => {
    t = await startTestApp({ now: "2025-02-20T09:00:00Z" });
    for (const u of [MANAGER, OUTSIDER, ...MENTORS.map((m) => m.userId), ...MENTEES.map((e) => e.userId)]) {
      t.fake.addUser({ id: u, locale: "en-US" });
    }
    ({ programId, pid } = seed(t));
  });
  afterEach(async () => t.stop());

  async function openReview(): Promise<Record<string, unknown>> {
    await t.slack.command(MANAGER, "match");
    await t.fake.waitForCall("views.open");
    return openedView(t);
  }

  async function click(user: string, actionId: string, extra: { value?: string; type?: string } = {}) {
    // A click in the modal has no response_url: a private answer comes in the app's DM.
    const answers = () => t.fake.callsTo("views.update").length + t.fake.dmsTo(user).length;
    const before = answers();
    const view = openedView(t);
    const res = await t.slack.blockAction(
      user,
      {
        action_id: actionId,
        ...(extra.type === "overflow" && extra.value !== undefined
          ? {
              type: "overflow",
              selected_option: { text: { type: "plain_text", text: "x" }, value: extra.value },
            }
          : extra.value !== undefined
            ? { value: extra.value }
            : {}),
      },
      { view },
    );
    expect(res.status).toBe(200);
    await t.fake.waitFor(() => answers() > before, `an answer to ${actionId}`);
  }

  function menuValue(kind: "lock" | "forbid", mentorId: number, menteeId: number): string {
    const view = openedView(t);
    const blocks = view.blocks as { block_id?: string; accessory?: { options: { value: string }[] } }[];
    const block = blocks.find((b) => b.block_id === `matching.pair.${mentorId}.${menteeId}`);
    const option = block?.accessory?.options.find((o) => JSON.parse(o.value).a === kind);
    if (!option) throw new Error(`no ${kind} option for ${mentorId}/${menteeId}`);
    return option.value;
  }

  it("proposes the whole cohort with reasons and the unmatched mentor, respecting the exclusion", async () => {
    const view = await openReview();
    const [draft] = draftOf(t);
    expect(draft).toBeDefined();
    if (!draft) return;
    const pairs = pairsOf(t, draft.id);
    expect(pairs).toHaveLength(5);
    expect(
      pairs.some((p) => p.mentorId === pid.get("UMEN000001") && p.menteeId === pid.get("UEXE000001")),
    ).toBe(false);
    const unmatched = t.db
      .select()
      .from(proposalUnmatched)
      .where(eq(proposalUnmatched.proposalId, draft.id))
      .all();
    expect(unmatched).toHaveLength(1);
    expect(unmatched[0]?.reason.key).toBe("matching.unmatched.all_mentees_paired");

    expect(view.callback_id).toBe(ids.matching.reviewModal);
    const text = JSON.stringify(view.blocks);
    expect((view.blocks as unknown[]).length).toBeLessThanOrEqual(100);
    expect(text).toContain("*5 pairs*");
    expect(text).toContain("Digital Leaders 2025");
    // M1 is the collaboration expert; E2 rated themselves 1 there and may be paired with M1
    expect(text).toContain(
      "strong in Collaboration tools (5/5), where the executive rated themselves 1 of 5",
    );
    expect(text).toContain("different departments");
    expect(text).toContain("shared language: English");
    expect(text).toContain("Not matched (1)");
    const unmatchedUser = MENTORS.find((m) => pid.get(m.userId) === unmatched[0]?.participantId)?.userId;
    expect(text).toContain(`<@${unmatchedUser}>`);
    expect(text).toContain("every executive already has a mentor");
    // the exclusion stays confidential
    expect(text).not.toContain("excluded");
  });

  it("locks and forbids pairs, and recomputing respects both", async () => {
    await openReview();
    const [first] = draftOf(t);
    if (!first) throw new Error("no draft");
    const pairs = pairsOf(t, first.id);
    const [keep, drop] = pairs;
    if (!keep || !drop) throw new Error("too few pairs");

    await click(MANAGER, ids.matching.pairMenu, {
      type: "overflow",
      value: menuValue("lock", keep.mentorId, keep.menteeId),
    });
    await click(MANAGER, ids.matching.pairMenu, {
      type: "overflow",
      value: menuValue("forbid", drop.mentorId, drop.menteeId),
    });
    const constraints = t.db
      .select()
      .from(pairConstraints)
      .where(eq(pairConstraints.programId, programId))
      .all();
    expect(constraints.map((c) => [c.mentorId, c.menteeId, c.kind]).sort()).toEqual(
      [
        [keep.mentorId, keep.menteeId, "lock"],
        [drop.mentorId, drop.menteeId, "forbid"],
      ].sort(),
    );
    expect(JSON.stringify(openedView(t).blocks)).toContain("forbidden: recompute");

    await click(MANAGER, ids.matching.recompute);
    const drafts = draftOf(t);
    expect(drafts).toHaveLength(1);
    const second = drafts[0];
    if (!second) throw new Error("no new draft");
    expect(second.id).not.toBe(first.id);
    expect(t.db.select().from(matchProposals).where(eq(matchProposals.id, first.id)).get()?.status).toBe(
      "discarded",
    );
    const next = pairsOf(t, second.id);
    expect(next).toHaveLength(5);
    expect(next.some((p) => p.mentorId === keep.mentorId && p.menteeId === keep.menteeId)).toBe(true);
    expect(next.some((p) => p.mentorId === drop.mentorId && p.menteeId === drop.menteeId)).toBe(false);
    const view = openedView(t);
    expect(JSON.parse(String(view.private_metadata)).p).toBe(second.id);
    expect(JSON.stringify(view.blocks)).toContain("Recomputed");
    expect(JSON.stringify(view.blocks)).toContain("🔒 locked");
  });

  it("refuses a lock that breaks the exclusion", async () => {
    await openReview();
    const m1 = pid.get("UMEN000001") ?? 0;
    const e1 = pid.get("UEXE000001") ?? 0;
    await click(MANAGER, ids.matching.pairMenu, {
      type: "overflow",
      value: JSON.stringify({ a: "lock", m: m1, e: e1 }),
    });
    expect(t.db.select().from(pairConstraints).all()).toHaveLength(0);
    expect(JSON.stringify(openedView(t).blocks)).toContain(
      "can't be locked: one of the two asked not to be paired",
    );
  });

  it("refuses non-managers at the command and at a forged click", async () => {
    await t.slack.command(OUTSIDER, "match");
    await t.fake.waitForCall("response_url");
    expect(t.fake.responses()[0]?.text).toContain("Only program managers");
    expect(t.fake.callsTo("views.open")).toHaveLength(0);
    expect(draftOf(t)).toHaveLength(0);

    await openReview();
    const [draft] = draftOf(t);
    await click(OUTSIDER, ids.matching.approve);
    await click(OUTSIDER, ids.matching.pairMenu, {
      type: "overflow",
      value: JSON.stringify({ a: "forbid", m: 1, e: 7 }),
    });
    const refusals = t.fake.dmsTo(OUTSIDER);
    expect(refusals).toHaveLength(2);
    for (const r of refusals) expect(String(r.text)).toContain("Only program managers");
    expect(t.fake.callsTo("views.update")).toHaveLength(0);
    expect(
      t.db
        .select()
        .from(matchProposals)
        .where(eq(matchProposals.id, draft?.id ?? 0))
        .get()?.status,
    ).toBe("draft");
    expect(t.db.select().from(tandems).all()).toHaveLength(0);
    expect(t.db.select().from(pairConstraints).all()).toHaveLength(0);
  });

  it("discards a proposal without notifying anybody", async () => {
    await openReview();
    await click(MANAGER, ids.matching.discard);
    expect(t.db.select().from(matchProposals).get()?.status).toBe("discarded");
    expect(JSON.stringify(openedView(t).blocks)).toContain("Nobody was notified");
    expect(t.fake.callsTo("chat.postMessage")).toHaveLength(0);
    expect(t.fake.callsTo("conversations.open")).toHaveLength(0);
    expect(t.fake.messages).toHaveLength(0);
    expect(t.db.select().from(tandems).all()).toHaveLength(0);
    expect(t.db.select().from(participants).where(eq(participants.status, "complete")).all()).toHaveLength(
      11,
    );
  });

  it("approves exactly once, even when the click is delivered twice", async () => {
    await openReview();
    const [draft] = draftOf(t);
    if (!draft) throw new Error("no draft");
    const view = openedView(t);
    const deliver = () => t.slack.blockAction(MANAGER, { action_id: ids.matching.approve }, { view });
    const answers = await Promise.all([deliver(), deliver()]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    await t.fake.waitForCall("views.update", 2);

    expect(t.db.select().from(matchProposals).where(eq(matchProposals.id, draft.id)).get()?.status).toBe(
      "approved",
    );
    const rows = t.db.select().from(tandems).where(eq(tandems.programId, programId)).all();
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row.status).toBe("launching");
      expect(row.proposalId).toBe(draft.id);
      expect(row.reasons.length).toBeGreaterThan(0);
      expect(row.score).toBeGreaterThan(0);
    }
    const status = (s: "matched" | "waiting") =>
      t.db
        .select()
        .from(participants)
        .where(and(eq(participants.programId, programId), eq(participants.status, s)))
        .all();
    expect(status("matched")).toHaveLength(10);
    expect(status("waiting")).toHaveLength(1);
    expect(t.db.select().from(programs).where(eq(programs.id, programId)).get()?.status).toBe("running");

    const texts = t.fake
      .callsTo("views.update")
      .map((c) => JSON.stringify((c.params.view as { blocks: unknown }).blocks));
    expect(texts.some((x) => x.includes("Approved"))).toBe(true);
    expect(texts.some((x) => x.includes("already approved"))).toBe(true);

    // launched through the outbox: one private channel per tandem with both members, the waiting
    // mentor told kindly in a DM; the doubled click created nothing twice
    await t.fake.waitFor(() => t.outbox.isIdle(), "the launch to finish", 15000);
    const launched = t.db.select().from(tandems).where(eq(tandems.programId, programId)).all();
    expect(launched.map((r) => r.status)).toEqual(Array(5).fill("active"));
    const byId = new Map([...pid].map(([userId, id]) => [id, userId]));
    for (const row of launched) {
      const channel = t.fake.channels.get(row.channelId ?? "");
      expect(channel?.isPrivate).toBe(true);
      expect([...(channel?.members ?? [])].sort()).toEqual(
        [byId.get(row.mentorId), byId.get(row.menteeId), t.fake.botUserId].sort(),
      );
    }
    expect(t.fake.callsTo("conversations.create").length).toBeLessThanOrEqual(launched.length + 2);
    const waitingUser = byId.get(status("waiting")[0]?.id ?? 0) ?? "";
    expect(t.fake.dmsTo(waitingUser).length).toBeGreaterThan(0);

    // a later /mentoring match does not start over: a late round of those not in a tandem yet
    const opened = t.fake.callsTo("views.open").length;
    await t.slack.command(MANAGER, "match");
    await t.fake.waitForCall("views.open", opened + 1);
    expect(JSON.stringify(t.fake.callsTo("views.open").at(-1)?.params)).toContain("Late round: only the");
    expect(t.db.select().from(tandems).where(eq(tandems.programId, programId)).all()).toHaveLength(5);
  });
});

describe("matching review of a large cohort", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ now: "2025-02-20T09:00:00Z" });
    t.fake.addUser({ id: MANAGER, locale: "en-US" });
  });
  afterEach(async () => t.stop());

  it("opens the modal first, then fills in a paged proposal within Slack's limits", async () => {
    const program = t.db
      .insert(programs)
      .values({
        name: "Big cohort",
        topics: ["ai_tools"],
        startDate: "2025-03-01",
        endDate: "2025-08-31",
        signupDeadline: "2025-02-15",
        language: "en",
        timezone: "Europe/Berlin",
        status: "signup",
        createdBy: MANAGER,
      })
      .returning()
      .get();
    t.db.transaction((tx) => {
      for (let i = 0; i < 410; i++) {
        const role = i < 210 ? "mentor" : "mentee";
        const row = tx
          .insert(participants)
          .values({
            programId: program.id,
            userId: `UBIG${String(i).padStart(6, "0")}`,
            role,
            status: "complete",
            department: `D${i % 7}`,
            languages: ["en"],
            consent: true,
            consentVersion: CONSENT_VERSION,
          })
          .returning()
          .get();
        tx.insert(topicRatings)
          .values({ participantId: row.id, topic: "ai_tools", level: 1 + ((i * 7) % 5), phase: "intake" })
          .run();
      }
    });
    await t.slack.command(MANAGER, "match");
    await t.fake.waitForCall("views.update", 1, 15000);
    const opened = t.fake.callsTo("views.open")[0]?.params.view as { blocks: unknown[] };
    expect(JSON.stringify(opened.blocks)).toContain("Computing the proposal");
    const view = [...t.fake.views.values()][0] as { blocks: { block_id?: string }[] };
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = JSON.stringify(view.blocks);
    expect(text).toContain("*200 pairs*");
    expect(text).toContain("Pairs 1–40 of 200");
    expect(text).toContain("Not matched (10)");
    await t.slack.blockAction(MANAGER, { action_id: "matching.page.next", value: "1" }, { view });
    await t.fake.waitForCall("views.update", 2);
    expect(JSON.stringify([...t.fake.views.values()][0])).toContain("Pairs 41–80 of 200");
  });
});
