import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { consentRequestKey } from "../../src/db/queries/trust";
import {
  matchProposals,
  participants,
  programs,
  proposalPairs,
  proposalUnmatched,
  slackOps,
  tandems,
  topicRatings,
} from "../../src/db/schema";
import { CONSENT_VERSION } from "../../src/domain/consent";
import { trustTick } from "../../src/jobs/trust";
import { ids } from "../../src/slack/ids";
import { startTestApp, type TestApp } from "../helpers/test-app";
import { settle } from "../helpers/trust-seed";

const MANAGER = "UPM0000001";
const TOPICS = ["collaboration_tools", "ai_tools"];
const MENTORS = ["UMEN000001", "UMEN000002", "UMEN000003", "UMEN000004"];
const MENTEES = ["UEXE000001", "UEXE000002", "UEXE000003", "UEXE000004"];
/** Agreed to an older consent text and has not agreed to the current one. */
const OUTDATED = "UEXE000004";

function seed(t: TestApp): Map<string, number> {
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
  const add = (userId: string, role: "mentor" | "mentee", i: number) => {
    const row = t.db
      .insert(participants)
      .values({
        programId: program.id,
        userId,
        role,
        status: "complete",
        department: `Department ${i}`,
        meetingFormat: "mixed",
        meetingsPerMonth: 1,
        languages: ["en"],
        consent: true,
        consentVersion: userId === OUTDATED ? CONSENT_VERSION - 1 : CONSENT_VERSION,
      })
      .returning()
      .get();
    pid.set(userId, row.id);
    TOPICS.forEach((topic, k) => {
      const level = role === "mentor" ? 3 + ((i + k) % 3) : 1 + ((i + k) % 2);
      t.db.insert(topicRatings).values({ participantId: row.id, topic, level, phase: "intake" }).run();
    });
  };
  for (const [i, u] of MENTORS.entries()) add(u, "mentor", i);
  for (const [i, u] of MENTEES.entries()) add(u, "mentee", i);
  return pid;
}

describe("matching review of someone whose consent is outdated", () => {
  let t: TestApp;
  let pid: Map<string, number>;

  beforeEach(async () => {
    t = await startTestApp({ now: "2025-02-20T09:00:00Z" });
    for (const u of [MANAGER, ...MENTORS, ...MENTEES]) t.fake.addUser({ id: u, locale: "en-US" });
    pid = seed(t);
  });
  afterEach(async () => {
    await settle(t.fake);
    await t.stop();
  });

  const outdatedId = () => pid.get(OUTDATED) ?? expect.fail("not seeded");
  const requestOp = () =>
    t.db
      .select()
      .from(slackOps)
      .where(eq(slackOps.key, consentRequestKey(CONSENT_VERSION, outdatedId())))
      .get();
  const draft = () => t.db.select().from(matchProposals).where(eq(matchProposals.status, "draft")).get();
  const reviewText = () => JSON.stringify([...t.fake.views.values()][0]?.blocks);
  const statusOf = (userId: string) =>
    t.db
      .select()
      .from(participants)
      .where(eq(participants.id, pid.get(userId) ?? 0))
      .get()?.status;

  /** The scheduler's trust tick asks for consent; the DM goes out through the outbox. */
  async function askForConsent() {
    trustTick(t.deps, t.deps.clock());
    await t.fake.waitFor(() => t.fake.dmsTo(OUTDATED).length === 1, "the consent request");
    await t.fake.waitFor(() => requestOp()?.status === "done", "the request recorded as sent");
  }

  async function openReview() {
    await t.slack.command(MANAGER, "match");
    await t.fake.waitForCall("views.open");
    await t.fake.waitFor(() => draft() !== undefined, "the draft");
  }

  async function click(actionId: string) {
    const before = t.fake.callsTo("views.update").length;
    const view = [...t.fake.views.values()][0] ?? expect.fail("no view");
    const res = await t.slack.blockAction(MANAGER, { action_id: actionId }, { view });
    expect(res.status).toBe(200);
    await t.fake.waitForCall("views.update", before + 1);
  }

  it("lists them as not matched with the reason, pairs the others, and leaves them out of the launch", async () => {
    await askForConsent();
    // The outbox stamps the real time; the review shows the day it was sent, so fix that day.
    t.db
      .update(slackOps)
      .set({ doneAt: "2025-02-18T10:00:00.000Z" })
      .where(eq(slackOps.key, requestOp()?.key ?? ""))
      .run();
    await openReview();

    const proposal = draft() ?? expect.fail("no draft");
    const pairs = t.db.select().from(proposalPairs).where(eq(proposalPairs.proposalId, proposal.id)).all();
    expect(pairs).toHaveLength(3);
    expect(pairs.some((p) => p.menteeId === outdatedId())).toBe(false);
    const unmatched = t.db
      .select()
      .from(proposalUnmatched)
      .where(eq(proposalUnmatched.proposalId, proposal.id))
      .all();
    expect(unmatched.map((u) => [u.participantId, u.reason.key])).toEqual(
      expect.arrayContaining([[outdatedId(), "matching.unmatched.consent_asked"]]),
    );
    expect(unmatched).toHaveLength(2);

    const text = reviewText();
    // Everybody who signed up: 8 people, 6 in the 3 pairs, 2 not matched (one mentor too many, and
    // the executive waiting for consent).
    expect(text).toContain(
      "*3 pairs* proposed for *Digital Leaders 2025*. People: 8 · in a pair: 6 · not matched: 2.",
    );
    expect(text).toContain("*Not matched (2)*");
    expect(text).toContain("Except those waiting for consent to the updated privacy notice (1)");
    expect(text).toContain(
      `• *<@${OUTDATED}>* (Department 3) (executive): waiting for consent to the updated privacy notice (asked on 18 February 2025)`,
    );
    expect(text).toContain("on the waiting list: 1 · waiting for consent: 1");

    await click(ids.matching.approve);
    expect(reviewText()).toContain("*Approved.* Tandems being launched: 3 · on the waiting list: 1.");
    expect(reviewText()).toContain("Waiting for consent to the updated privacy notice: 1.");
    const rows = t.db.select().from(tandems).all();
    expect(rows).toHaveLength(3);
    expect(rows.some((r) => r.mentorId === outdatedId() || r.menteeId === outdatedId())).toBe(false);
    // Not on the waiting list: their sign-up is not used until they agree, and stays for a later round.
    expect(statusOf(OUTDATED)).toBe("complete");
    const waiting = t.db.select().from(participants).where(eq(participants.status, "waiting")).all();
    expect(waiting.map((p) => p.role)).toEqual(["mentor"]);

    await t.fake.waitFor(() => t.outbox.isIdle(), "the launch to finish", 15000);
    expect(
      t.db
        .select()
        .from(tandems)
        .all()
        .map((r) => r.status),
    ).toEqual(["active", "active", "active"]);
    const waitingMentor = waiting[0]?.userId ?? expect.fail("nobody waiting");
    expect(t.fake.dmsTo(waitingMentor).some((m) => String(m.text).includes("waiting list"))).toBe(true);
    // The only message they got is the request for consent; they were invited to no channel.
    expect(t.fake.dmsTo(OUTDATED)).toHaveLength(1);
    const channels = [...t.fake.channels.values()].filter((c) => !c.id.startsWith("D"));
    expect(channels.length).toBeGreaterThanOrEqual(4);
    for (const channel of channels) expect(channel.members.has(OUTDATED)).toBe(false);
  });

  it("shows the request on its way, and includes them once they agree (the draft is stale until recomputed)", async () => {
    await openReview();
    expect(reviewText()).toContain(
      `<@${OUTDATED}>* (Department 3) (executive): waiting for consent to the updated privacy notice (the request is about to be sent)`,
    );

    await askForConsent();
    const request = t.fake.dmsTo(OUTDATED)[0] ?? expect.fail("no request");
    await t.slack.blockAction(
      OUTDATED,
      { action_id: ids.trust.consentAccept, value: JSON.stringify({ v: CONSENT_VERSION }) },
      { channelId: request.channel, message: { ts: request.ts, text: request.text } },
    );
    await t.fake.waitForCall("response_url", 1);
    expect(String(t.fake.responses()[0]?.text)).toContain("your consent to the current text is recorded");

    // The draft was computed while they were left out: approving it would leave them out for good.
    const stale = draft()?.id;
    await click(ids.matching.approve);
    expect(reviewText()).toContain("Please recompute before approving");
    expect(t.db.select().from(tandems).all()).toHaveLength(0);
    expect(draft()?.id).toBe(stale);

    await click(ids.matching.recompute);
    const proposal = draft() ?? expect.fail("no draft");
    expect(proposal.id).not.toBe(stale);
    const pairs = t.db.select().from(proposalPairs).where(eq(proposalPairs.proposalId, proposal.id)).all();
    expect(pairs).toHaveLength(4);
    expect(pairs.some((p) => p.menteeId === outdatedId())).toBe(true);
    const text = reviewText();
    expect(text).toContain("People: 8 · in a pair: 8 · not matched: 0.");
    expect(text).not.toContain("waiting for consent");

    await click(ids.matching.approve);
    expect(reviewText()).toContain("*Approved.* Tandems being launched: 4 · on the waiting list: 0.");
    expect(statusOf(OUTDATED)).toBe("matched");
  });
});
