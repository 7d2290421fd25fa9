import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FakeMessage } from "../../sim/fake-slack";
import type { Answer } from "../../sim/slack-requests";
import {
  actionPlans,
  checkinAnswers,
  checkins,
  circles,
  matchProposals,
  pairConstraints,
  participants,
  planGoals,
  programs,
  proposalPairs,
  proposalUnmatched,
  slackOps,
  tandemAlerts,
  tandems,
  topicRatings,
} from "../../src/db/schema";
import { customTopicKey } from "../../src/domain/topics";
import { runDueWork } from "../../src/jobs/scheduler";
import { ids, memberId } from "../../src/slack/ids";
import { startTestApp, type TestApp } from "../helpers/test-app";
import { parseValue } from "../helpers/values";

/*
 * One cohort from the first modal to the first action plan, driven only through Slack's payloads:
 * slash commands, block_actions, view_submissions and events, against the fake Slack and a real
 * SQLite database. The database is only read, to check what the app stored.
 *
 * Timeline (Europe/Berlin): set-up and sign-up on Mon 10 March 2025, matching and launch on
 * Wed 26 March, the first check-in (every 14 days from the launch) on Wed 9 April.
 */

const PM = "UPM0000001";
const NEWS = "C0NEWS0001";
const PROMPTING = customTopicKey("Prompting 101");
const TOPICS = ["ai_tools", "social_media", "collaboration_tools", PROMPTING];
const S = ids.setup.input;
const q = ids.signup.q;
const rating = (topic: string) => `${ids.signup.ratingPrefix}${topic}`;

type View = Record<string, unknown>;
type Role = "mentor" | "mentee";

type Via = "button" | "command";

interface Person {
  id: string;
  firstName: string;
  locale: "en-US" | "en-GB" | "de-DE";
  role: Role;
  department: string;
  /** self-assessment per topic of TOPICS, 1–5 */
  ratings: [number, number, number, number];
  /** the announcement's Join button (then the role modal), or `/mentoring join mentor|mentee` */
  via: Via;
  excluded: string[];
}

const person =
  (role: Role) =>
  (
    id: string,
    firstName: string,
    locale: Person["locale"],
    department: string,
    ratings: Person["ratings"],
    via: Via,
    excluded: string[] = [],
  ): Person => ({ id, firstName, locale, role, department, ratings, via, excluded });
const mentor = person("mentor");
const executive = person("mentee");

const ANNA = "UMEN000001";
const LEA = "UMEN000003";
const TIM = "UMEN000006";
const CLAUDIA = "UEXE000001";
const DIETER = "UEXE000002";

const MENTORS: Person[] = [
  mentor(ANNA, "Anna", "en-US", "IT", [5, 2, 5, 4], "button"),
  mentor("UMEN000002", "Jürgen", "de-DE", "Marketing", [2, 5, 2, 3], "button"),
  mentor(LEA, "Lea", "en-GB", "Data", [4, 4, 4, 2], "button"),
  mentor("UMEN000004", "Mehmet", "de-DE", "Sales", [3, 3, 3, 5], "command"),
  mentor("UMEN000005", "Sophie", "en-US", "HR", [2, 2, 4, 2], "command"),
  mentor(TIM, "Tim", "de-DE", "Finance", [1, 1, 1, 1], "command"),
];
const EXECUTIVES: Person[] = [
  // Anna would fit Claudia best, but Claudia asked not to be paired with her.
  executive(CLAUDIA, "Claudia", "en-US", "Finance", [1, 3, 1, 3], "button", [ANNA]),
  executive(DIETER, "Dieter", "de-DE", "Legal", [3, 1, 3, 3], "button"),
  executive("UEXE000003", "Eva", "en-US", "Operations", [2, 2, 2, 2], "button"),
  executive("UEXE000004", "Frank", "de-DE", "Sales", [4, 4, 1, 1], "command"),
  executive("UEXE000005", "Gül", "en-US", "Purchasing", [3, 3, 3, 1], "command"),
];
const EVERYONE = [...MENTORS, ...EXECUTIVES];

const byId = (id: string): Person =>
  must(
    EVERYONE.find((p) => p.id === id),
    id,
  );

function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`missing: ${what}`);
  return value;
}

function programAnswers(): Record<string, Answer> {
  return {
    [S.name]: "Digital Leadership 2025",
    [S.topics]: ["ai_tools", "social_media", "collaboration_tools"],
    [S.customTopics]: "Prompting 101",
    [S.startDate]: "2025-04-01",
    [S.endDate]: "2025-09-30",
    [S.signupDeadline]: "2025-03-25",
    [S.meetingCadenceDays]: "30",
    [S.language]: "en",
    [S.timezone]: "Europe/Berlin",
    [S.mentorCapacity]: 1,
    [S.channelPrefix]: "tandem",
    [S.executiveCircle]: "no",
    [S.checkinCadenceDays]: 14,
    [S.circleCadenceDays]: 21,
    [S.nudgeAfterDays]: 21,
    [S.alertAfterDays]: 35,
  };
}

function questionnaireAnswers(p: Person, overrides: Record<string, Answer> = {}): Record<string, Answer> {
  const byRole: Record<string, Answer> =
    p.role === "mentor"
      ? { [q.background]: `Works in ${p.department}`, [q.hopeToLearn]: "How decisions are made" }
      : {
          [q.learningGoals]: "Use AI tools with my team",
          [q.expectations]: "Honest feedback",
          [q.concerns]: "",
        };
  return {
    [q.department]: p.department,
    [q.meetingFormat]: "mixed",
    [q.meetingsPerMonth]: "1",
    [q.languages]: ["de", "en"],
    [q.otherLanguages]: "",
    [q.availability]: "Mornings",
    [q.excluded]: p.excluded,
    [q.consent]: ["yes"],
    ...Object.fromEntries(TOPICS.map((topic, i) => [rating(topic), String(p.ratings[i])])),
    ...byRole,
    ...overrides,
  };
}

/** Every text of a view or message, so assertions read like what a person sees. */
function textOf(node: unknown): string {
  const out: string[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === "object") {
      for (const [k, v] of Object.entries(n)) {
        if (k === "text" && typeof v === "string") out.push(v);
        else walk(v);
      }
    }
  };
  walk(node);
  return out.join("\n");
}

interface ButtonRef {
  action_id: string;
  block_id: string;
  value?: string;
}

/** A button of a message as Slack renders it, chosen by action id and (optionally) its value. */
function buttonIn(
  blocks: unknown,
  actionId: string,
  pick: (value: string | undefined) => boolean = () => true,
) {
  const list = (blocks ?? []) as {
    block_id?: string;
    elements?: { action_id?: string; value?: string }[];
    accessory?: { action_id?: string; value?: string };
  }[];
  for (const block of list) {
    for (const el of [...(block.elements ?? []), ...(block.accessory ? [block.accessory] : [])]) {
      if (el.action_id === actionId && pick(el.value)) {
        const ref: ButtonRef = { action_id: actionId, block_id: block.block_id ?? "b" };
        if (el.value !== undefined) ref.value = el.value;
        return ref;
      }
    }
  }
  throw new Error(`no button ${actionId}`);
}

describe("a whole cohort through Slack", () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await startTestApp({ now: "2025-03-10T09:00:00Z" });
    t.fake.addUser({ id: PM, firstName: "Petra", locale: "en-US" });
    for (const p of EVERYONE) t.fake.addUser({ id: p.id, firstName: p.firstName, locale: p.locale });
  });
  afterEach(async () => t.stop());

  /** The view the app opened last, as the fake holds it now (with its id, after any update). */
  function lastOpenedView(): View {
    return must([...t.fake.views.values()].at(-1), "an opened view");
  }

  async function opensView(action: () => Promise<unknown>): Promise<View> {
    const before = t.fake.callsTo("views.open").length;
    await action();
    await t.fake.waitForCall("views.open", before + 1);
    return lastOpenedView();
  }

  async function reply(action: () => Promise<unknown>): Promise<Record<string, unknown>> {
    const before = t.fake.responses().length;
    await action();
    await t.fake.waitForCall("response_url", before + 1);
    return must(t.fake.responses()[before], "a reply");
  }

  const publishesTo = (user: string) =>
    t.fake.callsTo("views.publish").filter((c) => c.params.user_id === user).length;

  async function homeOf(user: string): Promise<string> {
    const before = publishesTo(user);
    const res = await t.slack.event({
      type: "app_home_opened",
      user,
      channel: "D0HOME",
      tab: "home",
      event_ts: "1",
    });
    expect(res.status).toBe(200);
    await t.fake.waitFor(() => publishesTo(user) > before, `the App Home of ${user}`);
    return textOf(t.fake.homes.get(user));
  }

  async function outboxIdle(): Promise<void> {
    await t.fake.waitFor(() => t.outbox.isIdle(), "the outbox to finish", 15000);
  }

  const rowOf = (user: string) =>
    must(t.db.select().from(participants).where(eq(participants.userId, user)).get(), `participant ${user}`);

  /** Submits a questionnaire; answers with nothing (the modal closes), then a DM and a fresh App Home. */
  async function submitQuestionnaire(
    p: Person,
    view: View,
    answers: Record<string, Answer>,
  ): Promise<string> {
    const dms = t.fake.dmsTo(p.id).length;
    const homes = publishesTo(p.id);
    const res = await t.slack.viewSubmission(p.id, view, answers);
    expect(res.status).toBe(200);
    expect(res.body).toBe("");
    await t.fake.waitFor(() => t.fake.dmsTo(p.id).length === dms + 1, `the confirmation DM to ${p.id}`);
    await t.fake.waitFor(() => publishesTo(p.id) > homes, `the App Home of ${p.id}`);
    return textOf(t.fake.dmsTo(p.id).at(-1));
  }

  /** Opens the questionnaire the way this person does: the announcement's button, or the command. */
  async function openQuestionnaire(p: Person, announcement: FakeMessage): Promise<View> {
    if (p.via === "command") {
      return opensView(() => t.slack.command(p.id, `join ${p.role}`));
    }
    const join = buttonIn(announcement.blocks, ids.signup.join);
    const roleView = await opensView(() =>
      t.slack.blockAction(p.id, join, {
        channelId: announcement.channel,
        message: {
          type: "message",
          ts: announcement.ts,
          text: announcement.text,
          blocks: announcement.blocks,
        },
      }),
    );
    expect(roleView.callback_id).toBe(ids.signup.roleModal);
    const chosen = await t.slack.viewSubmission(p.id, roleView, { [ids.signup.roleInput]: p.role });
    const body = chosen.json();
    expect(body.response_action).toBe("update");
    // Slack keeps the view's id across response_action "update".
    return { ...(body.view as View), id: roleView.id };
  }

  it("sets up, signs up, matches, launches and runs the first check-in and plan", async () => {
    // ── 1. The program manager sets up the program, opens sign-up and announces it ──────────────
    const programModal = await opensView(() => t.slack.command(PM, "program"));
    expect(programModal.callback_id).toBe(ids.setup.programView);
    const saved = await t.slack.viewSubmission(PM, programModal, programAnswers());
    expect(saved.json().response_action).toBe("update");
    expect(textOf(saved.json().view)).toContain("Digital Leadership 2025");
    await t.fake.waitFor(() => t.fake.homes.has(PM), "the manager's App Home");
    const program = must(t.db.select().from(programs).get(), "the program");
    expect(program).toMatchObject({
      status: "draft",
      topics: TOPICS,
      customTopics: { [PROMPTING]: "Prompting 101" },
    });

    const opened = await reply(() => t.slack.command(PM, "signup open"));
    expect(opened.text).toContain("Sign-up for *Digital Leadership 2025* is open");

    const announced = await reply(() => t.slack.command(PM, `announce <#${NEWS}|news>`));
    expect(announced.text).toBe(`✅ Announced in <#${NEWS}>.`);
    const announcement = must(
      t.fake.messages.find((m) => m.channel === NEWS),
      "the announcement",
    );
    expect(textOf(announcement.blocks)).toContain("Prompting 101");
    expect(buttonIn(announcement.blocks, ids.signup.join).action_id).toBe(ids.signup.join);

    // ── 2. Someone who is not a program manager cannot set up a program ─────────────────────────
    const opensBefore = t.fake.callsTo("views.open").length;
    const refused = await reply(() => t.slack.command(TIM, "program"));
    expect(refused.text).toContain("Das darf nur die Programmleitung");
    expect(t.fake.callsTo("views.open")).toHaveLength(opensBefore);

    // ── 3. Six mentors and five executives sign up ───────────────────────────────────────────────
    for (const p of EVERYONE) {
      const questionnaire = await openQuestionnaire(p, announcement);
      expect(questionnaire.callback_id).toBe(ids.signup.questionnaire);
      if (p.id === DIETER) {
        // First without consent and with a topic left out: errors inline (in German), nothing stored.
        const bad = await t.slack.viewSubmission(
          p.id,
          questionnaire,
          questionnaireAnswers(p, { [q.consent]: [], [rating("social_media")]: null }),
        );
        expect(bad.json()).toEqual({
          response_action: "errors",
          errors: {
            [q.consent]: "Wir können deine Anmeldung nur mit deiner Einwilligung nutzen.",
            [rating("social_media")]: expect.any(String),
          },
        });
        expect(rowOf(p.id)).toMatchObject({ status: "draft", consent: false });
        expect(t.fake.dmsTo(p.id)).toHaveLength(0);
      }
      const dm = await submitQuestionnaire(p, questionnaire, questionnaireAnswers(p));
      const role = p.role === "mentor" ? "Mentor" : "Executive (mentee)";
      const roleDe = p.role === "mentor" ? "Mentor:in" : "Führungskraft (Mentee)";
      expect(dm).toContain(
        p.locale === "de-DE"
          ? `Du bist für *Digital Leadership 2025* als *${roleDe}* angemeldet`
          : `signed up for *Digital Leadership 2025*. Your role: *${role}*`,
      );
    }

    // Lea changes her answers with a second `join`: the questionnaire comes back prefilled.
    const lea = byId(LEA);
    const edit = await opensView(() => t.slack.command(lea.id, "join"));
    expect(edit.callback_id).toBe(ids.signup.questionnaire);
    const editBlocks = edit.blocks as { block_id?: string; element?: Record<string, unknown> }[];
    expect(editBlocks.find((b) => b.block_id === q.department)?.element?.initial_value).toBe("Data");
    const edited = await submitQuestionnaire(
      lea,
      edit,
      questionnaireAnswers(lea, { [q.department]: "Data Science", [rating(PROMPTING)]: "5" }),
    );
    expect(edited).toContain("Your answers for *Digital Leadership 2025* are saved");

    const signedUp = t.db.select().from(participants).all();
    expect(signedUp).toHaveLength(11);
    expect(signedUp.every((p) => p.status === "complete" && p.consent)).toBe(true);
    expect(rowOf(lea.id).department).toBe("Data Science");
    expect(rowOf(CLAUDIA).excludedUserIds).toEqual([ANNA]);
    const leaRatings = t.db
      .select()
      .from(topicRatings)
      .where(eq(topicRatings.participantId, rowOf(lea.id).id))
      .all();
    expect(leaRatings).toHaveLength(4);
    expect(leaRatings.find((r) => r.topic === PROMPTING)?.level).toBe(5);
    // The exclusion stays confidential: not in Claudia's confirmation.
    expect(textOf(t.fake.dmsTo(CLAUDIA))).not.toContain(ANNA);

    const dieterHome = await homeOf(DIETER);
    expect(dieterHome).toContain(
      "Du bist als *Führungskraft (Mentee)* angemeldet. Dein Fragebogen ist vollständig.",
    );
    const managerHome = await homeOf(PM);
    expect(managerHome).toContain("*Mentor*\n6 complete · 0 in progress");
    expect(managerHome).toContain("*Executive (mentee)*\n5 complete · 0 in progress");
    expect(managerHome).toContain("*Total*\n11 complete · 0 in progress");
    expect(managerHome).toContain("Sign-up is *open*.");

    // ── 4. Sign-up closes; the manager reviews, locks a pair, recomputes and approves ─────────────
    t.setNow("2025-03-26T09:00:00Z");
    const closed = await reply(() => t.slack.command(PM, "signup close"));
    expect(closed.text).toContain("Sign-up for *Digital Leadership 2025* is closed");

    const review = await opensView(() => t.slack.command(PM, "match"));
    const reviewId = String(review.id);
    const reviewNow = () => must(t.fake.views.get(reviewId), "the review modal");
    expect(review.callback_id).toBe(ids.matching.reviewModal);
    const reviewText = textOf(review.blocks);
    expect(reviewText).toContain("*5 pairs*");
    expect(reviewText).toContain("Not matched (1)");
    expect(reviewText).toContain("every executive already has a mentor");
    expect(reviewText).not.toContain("excluded");

    const pid = new Map(signedUp.map((p) => [p.userId, p.id]));
    const userOf = new Map(signedUp.map((p) => [p.id, p.userId]));
    const firstDraft = must(
      t.db.select().from(matchProposals).where(eq(matchProposals.status, "draft")).get(),
      "the first draft",
    );
    const firstPairs = t.db
      .select()
      .from(proposalPairs)
      .where(eq(proposalPairs.proposalId, firstDraft.id))
      .all();
    expect(firstPairs).toHaveLength(5);
    const unmatchedRows = t.db
      .select()
      .from(proposalUnmatched)
      .where(eq(proposalUnmatched.proposalId, firstDraft.id))
      .all();
    expect(unmatchedRows).toHaveLength(1);
    const waitingUser = must(
      userOf.get(must(unmatchedRows[0], "unmatched").participantId),
      "the waiting mentor",
    );
    expect(MENTORS.map((m) => m.id)).toContain(waitingUser);
    expect(reviewText).toContain(`<@${waitingUser}>`);

    // Lock the pair of the first block through its overflow menu, as the manager would.
    const locked = must(firstPairs[0], "a pair to lock");
    const pairBlock = (
      review.blocks as { block_id?: string; accessory?: { options: { value: string }[] } }[]
    ).find((b) => b.block_id === `matching.pair.${locked.mentorId}.${locked.menteeId}`);
    const lockOption = must(
      pairBlock?.accessory?.options.find((o) => parseValue(o.value).a === "lock"),
      "the lock option",
    );
    const updates = () => t.fake.callsTo("views.update").length;
    let before = updates();
    await t.slack.blockAction(
      PM,
      {
        action_id: ids.matching.pairMenu,
        type: "overflow",
        selected_option: { text: { type: "plain_text", text: "Lock" }, value: lockOption.value },
      },
      { view: reviewNow() },
    );
    await t.fake.waitFor(() => updates() > before, "the review after locking");
    expect(textOf(reviewNow().blocks)).toContain("🔒 locked");

    before = updates();
    await t.slack.blockAction(PM, buttonIn(reviewNow().blocks, ids.matching.recompute), {
      view: reviewNow(),
    });
    await t.fake.waitFor(() => updates() > before, "the recomputed review");
    expect(textOf(reviewNow().blocks)).toContain("Recomputed");
    const draft = must(
      t.db.select().from(matchProposals).where(eq(matchProposals.status, "draft")).get(),
      "the recomputed draft",
    );
    expect(draft.id).not.toBe(firstDraft.id);
    const pairs = t.db.select().from(proposalPairs).where(eq(proposalPairs.proposalId, draft.id)).all();
    expect(pairs).toHaveLength(5);
    expect(pairs.some((p) => p.mentorId === locked.mentorId && p.menteeId === locked.menteeId)).toBe(true);
    // Claudia and Anna were never proposed, in either draft.
    const excludedPair = {
      mentorId: pid.get(ANNA),
      menteeId: pid.get(CLAUDIA),
    };
    expect(
      t.db
        .select()
        .from(proposalPairs)
        .all()
        .filter((p) => p.mentorId === excludedPair.mentorId && p.menteeId === excludedPair.menteeId),
    ).toEqual([]);
    expect(t.db.select().from(pairConstraints).all()).toEqual([
      expect.objectContaining({ mentorId: locked.mentorId, menteeId: locked.menteeId, kind: "lock" }),
    ]);

    const dmsBeforeLaunch = new Map(EVERYONE.map((p) => [p.id, t.fake.dmsTo(p.id).length]));
    before = updates();
    await t.slack.blockAction(PM, buttonIn(reviewNow().blocks, ids.matching.approve), { view: reviewNow() });
    await t.fake.waitFor(() => updates() > before, "the approval");
    expect(textOf(reviewNow().blocks)).toContain(
      "*Approved.* Tandems being launched: 5 · on the waiting list: 1",
    );
    expect(t.db.select().from(matchProposals).where(eq(matchProposals.id, draft.id)).get()?.status).toBe(
      "approved",
    );

    // ── 5. The outbox launches the tandems ───────────────────────────────────────────────────────
    await outboxIdle();
    const launched = t.db.select().from(tandems).all();
    expect(launched).toHaveLength(5);
    expect(launched.map((r) => r.status)).toEqual(Array(5).fill("active"));
    expect(launched.every((r) => r.launchedAt === "2025-03-26T09:00:00.000Z")).toBe(true);
    expect(launched.some((r) => r.mentorId === locked.mentorId && r.menteeId === locked.menteeId)).toBe(true);
    const members = (row: (typeof launched)[number]) => ({
      mentor: must(userOf.get(row.mentorId), "mentor"),
      mentee: must(userOf.get(row.menteeId), "mentee"),
    });

    const circle = must(
      t.db.select().from(circles).where(eq(circles.kind, "mentor")).get(),
      "the mentor circle",
    );
    const tandemChannels = [...t.fake.channels.values()].filter(
      (c) => c.name.startsWith("tandem-") && c.id !== circle.channelId,
    );
    expect(tandemChannels).toHaveLength(5);
    expect(t.fake.callsTo("conversations.create")).toHaveLength(6);
    for (const row of launched) {
      const { mentor, mentee } = members(row);
      const channel = must(t.fake.channels.get(row.channelId ?? ""), `the channel of tandem ${row.id}`);
      expect(channel.isPrivate).toBe(true);
      expect(channel.name).toBe(row.channelName);
      expect([...channel.members].sort()).toEqual([mentor, mentee, t.fake.botUserId].sort());
      const welcome = t.fake.messages.filter((m) => m.channel === channel.id);
      expect(welcome).toHaveLength(1);
      const welcomeText = textOf(welcome[0]?.blocks);
      expect(welcomeText).toContain(`<@${mentor}>`);
      // Why they fit, in the welcome's language (both German, else the program's English), never as
      // stored: everyone chose "mixed", once a month, German and English.
      const german = byId(mentor).locale === "de-DE" && byId(mentee).locale === "de-DE";
      expect(welcomeText).toContain(
        german
          ? "beide bevorzugen eine Mischung aus Remote-Treffen und Treffen vor Ort"
          : "both prefer a mix of remote and in-person meetings",
      );
      expect(welcomeText).toContain(german ? "gemeinsame Sprache: Deutsch" : "shared language: German");
      expect(welcomeText).not.toMatch(/bevorzugen mixed|prefer mixed|Sprache: de|language: de/);
      for (const user of [mentor, mentee]) {
        const dms = t.fake.dmsTo(user).slice(dmsBeforeLaunch.get(user));
        expect(dms).toHaveLength(1);
        expect(dms[0]?.text).toContain(`<#${channel.id}>`);
      }
    }
    const circleChannel = must(t.fake.channels.get(circle.channelId ?? ""), "the circle channel");
    // The circle gathers all the program's mentors (the one on the waiting list too) and the manager.
    const matchedMentors = launched.map((r) => members(r).mentor);
    expect([...circleChannel.members].sort()).toEqual(
      [...matchedMentors, waitingUser, PM, t.fake.botUserId].sort(),
    );
    expect(t.fake.messages.filter((m) => m.channel === circleChannel.id)).toHaveLength(1);

    const waitingDms = t.fake.dmsTo(waitingUser).slice(dmsBeforeLaunch.get(waitingUser));
    expect(waitingDms).toHaveLength(1);
    expect(textOf(waitingDms[0]?.blocks)).toContain(
      byId(waitingUser).locale === "de-DE"
        ? "*Du stehst auf der Warteliste.*"
        : "*You are on the waiting list.*",
    );
    expect(rowOf(waitingUser).status).toBe("waiting");
    expect(
      t.db
        .select()
        .from(slackOps)
        .all()
        .filter((o) => o.status !== "done"),
    ).toEqual([]);

    const status = await reply(() => t.slack.command(PM, "launch"));
    expect(textOf(status.blocks)).toContain("All done: every channel, invitation and message is out.");

    const claudiaHome = await homeOf(CLAUDIA);
    expect(claudiaHome).toContain("You're in a tandem. Your role: *Executive (mentee)*.");

    // ── 6. The first check-in, 14 days after the launch, in working hours ───────────────────────
    t.setNow("2025-04-08T08:00:00Z");
    expect((await runDueWork(t.deps, t.deps.clock())).sent).toEqual([]);
    // Each tandem's check-in has its own moment in the working day; by 16:45 Berlin all have come.
    t.setNow("2025-04-09T14:45:00Z");
    const due = await runDueWork(t.deps, t.deps.clock());
    expect(due.sent.sort()).toEqual(launched.map((r) => `checkin:t${r.id}:p1`).sort());
    await outboxIdle();
    const checkinIn = (channelId: string) => {
      const found = t.fake.messages.filter(
        (m) => m.channel === channelId && JSON.stringify(m.blocks).includes(ids.rhythm.checkinAnswer),
      );
      expect(found).toHaveLength(1);
      return must(found[0], "the check-in");
    };
    // Check-ins speak the tandem's common language, else the program's (English).
    const speaksGerman = (row: (typeof launched)[number]) =>
      byId(members(row).mentor).locale === "de-DE" && byId(members(row).mentee).locale === "de-DE";
    for (const row of launched) {
      expect(checkinIn(row.channelId ?? "").text).toBe(
        speaksGerman(row)
          ? "Check-in: Habt ihr euch seit dem letzten Check-in getroffen?"
          : "Check-in: have you met since the last check-in?",
      );
    }
    expect(
      t.db
        .select()
        .from(checkins)
        .all()
        .every((c) => c.messageTs !== null),
    ).toBe(true);

    // Tandem A speaks English (it answers "yes" and writes a plan), tandem B German (it asks for help).
    const tandemA = must(
      launched.find((r) => !speaksGerman(r)),
      "an English-speaking tandem",
    );
    const tandemB = must(launched.find(speaksGerman), "a German-speaking tandem");
    const a = members(tandemA);
    const b = members(tandemB);
    const aChannel = must(tandemA.channelId, "channel A");
    const bChannel = must(tandemB.channelId, "channel B");

    const click = (user: string, message: FakeMessage, answer: string) =>
      t.slack.blockAction(
        user,
        buttonIn(
          message.blocks,
          memberId(ids.rhythm.checkinAnswer, answer),
          (v) => parseValue(v).a === answer,
        ),
        {
          channelId: message.channel,
          message: { ts: message.ts, text: message.text, blocks: message.blocks },
        },
      );

    const checkinA = checkinIn(aChannel);
    const checkinModal = await opensView(() => click(a.mentee, checkinA, "yes"));
    expect(checkinModal.callback_id).toBe(ids.rhythm.checkinModal);
    const answered = await t.slack.viewSubmission(a.mentee, checkinModal, {
      [ids.rhythm.checkinInput.metOn]: "2025-04-07",
      [ids.rhythm.checkinInput.topics]: "Copilot prompts",
      [ids.rhythm.checkinInput.usefulness]: "4",
      [ids.rhythm.checkinInput.nextStep]: "Try it in the team meeting",
    });
    expect(answered.body).toBe("");
    await t.fake.waitFor(() => checkinA.updates >= 1, "the check-in message to show the answer");
    const shown = textOf(checkinA.blocks);
    expect(shown).toContain(`<@${a.mentee}>: ✅`);
    expect(shown).not.toContain("Copilot");
    const checkinAId = must(
      t.db.select().from(checkins).where(eq(checkins.messageTs, checkinA.ts)).get(),
      "check-in A",
    ).id;
    expect(t.db.select().from(checkinAnswers).where(eq(checkinAnswers.checkinId, checkinAId)).all()).toEqual([
      expect.objectContaining({ userId: a.mentee, answer: "yes", metOn: "2025-04-07", usefulness: 4 }),
    ]);

    const pmDms = t.fake.dmsTo(PM).length;
    const checkinB = checkinIn(bChannel);
    // "We need help" first asks, privately, who should know; both choose to show it on the check-in.
    const askHelpShared = async (user: string) => {
      const before = t.fake.responses().length;
      const isChoice = (r: Record<string, unknown>) =>
        JSON.stringify(r.blocks ?? []).includes(ids.rhythm.helpChoice);
      await click(user, checkinB, "help");
      await t.fake.waitFor(
        () => t.fake.responses().slice(before).some(isChoice),
        "the choice who should know",
      );
      const choice = t.fake.responses().slice(before).find(isChoice);
      await t.slack.blockAction(user, buttonIn(choice?.blocks, memberId(ids.rhythm.helpChoice, "shared")), {
        channelId: checkinB.channel,
      });
    };
    await askHelpShared(b.mentor);
    await askHelpShared(b.mentee);
    await t.fake.waitFor(() => checkinB.updates >= 2, "both help answers on the message");
    expect(checkinB.text).toBe("Check-in: Habt ihr euch seit dem letzten Check-in getroffen?");
    expect(textOf(checkinB.blocks)).toContain(`<@${b.mentor}>: 🆘 bittet um Hilfe`);
    await t.fake.waitFor(() => t.fake.dmsTo(PM).length > pmDms, "the alert to the manager");
    await outboxIdle();
    const alerts = t.fake.dmsTo(PM).slice(pmDms);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.text).toBe("A tandem is asking for help");
    expect(textOf(alerts[0]?.blocks)).toContain(`<#${bChannel}>`);
    expect(t.db.select().from(tandemAlerts).all()).toEqual([
      expect.objectContaining({ tandemId: tandemB.id, reason: "help", resolvedAt: null }),
    ]);
    // The scheduler knows the help requests were dealt with: it alerts nobody again.
    expect((await runDueWork(t.deps, t.deps.clock())).sent).toEqual([]);

    // ── 7. The tandem writes its action plan ─────────────────────────────────────────────────────
    const firstGoal = await opensView(() => t.slack.command(a.mentor, "plan", { channelId: aChannel }));
    expect(firstGoal.callback_id).toBe(ids.rhythm.planModal);
    // The plan starts with one goal; "Add a goal" adds the second row to the same modal.
    before = updates();
    await t.slack.blockAction(a.mentor, buttonIn(firstGoal.blocks, ids.rhythm.planAddGoal), {
      view: firstGoal,
    });
    await t.fake.waitForCall("views.update", before + 1);
    const planModal = must(t.fake.views.get(String(firstGoal.id)), "the plan modal") as View;
    const P = ids.rhythm.planInput;
    const planned = await t.slack.viewSubmission(a.mentor, planModal, {
      [`${P.goal}1`]: "Use Copilot for meeting notes",
      [`${P.topic}1`]: "ai_tools",
      [`${P.successSign}1`]: "Notes shared within an hour",
      [`${P.goal}2`]: "Write a prompt guide for the team",
      [`${P.topic}2`]: PROMPTING,
    });
    expect(planned.body).toBe("");
    await t.fake.waitForCall("pins.add");
    await outboxIdle();
    const plan = must(
      t.db.select().from(actionPlans).where(eq(actionPlans.tandemId, tandemA.id)).get(),
      "the plan",
    );
    const planMessages = t.fake.messages.filter((m) => m.channel === aChannel && m.ts === plan.messageTs);
    expect(planMessages).toHaveLength(1);
    const planText = textOf(planMessages[0]?.blocks);
    expect(planText).toContain("Use Copilot for meeting notes");
    expect(planText).toContain("Write a prompt guide for the team");
    expect(t.fake.pins).toEqual([{ channel: aChannel, ts: plan.messageTs }]);
    expect(t.fake.callsTo("pins.add")).toHaveLength(1);
    expect(
      t.db
        .select()
        .from(planGoals)
        .where(eq(planGoals.tandemId, tandemA.id))
        .all()
        .map((g) => [g.position, g.goal, g.topic, g.status]),
    ).toEqual([
      [1, "Use Copilot for meeting notes", "ai_tools", "open"],
      [2, "Write a prompt guide for the team", PROMPTING, "open"],
    ]);
    // Nothing else landed in the tandem's channel: the welcome, the check-in and the plan.
    expect(t.fake.messages.filter((m) => m.channel === aChannel)).toHaveLength(3);
  }, 30_000);
});
