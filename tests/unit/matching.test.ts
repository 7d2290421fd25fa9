import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { consentAskOf, splitByConsent } from "../../src/domain/consent";
import { mentionedTopics } from "../../src/domain/matching/keywords";
import {
  checkLock,
  computeMatching,
  consentReason,
  joinsWaitingList,
  type MatchInput,
  type PairConstraint,
  pairBlock,
} from "../../src/domain/matching/match";
import { type Candidate, menteeNeeds, pairFit, type TopicInfo } from "../../src/domain/matching/score";

const TOPICS: TopicInfo[] = [{ key: "collaboration_tools" }, { key: "ai_tools" }, { key: "social_media" }];

function person(id: number, over: Partial<Candidate> = {}): Candidate {
  return {
    id,
    userId: `U${String(id).padStart(6, "0")}`,
    department: null,
    meetingFormat: null,
    meetingsPerMonth: null,
    languages: [],
    excludedUserIds: [],
    ratings: {},
    learningGoals: null,
    ...over,
  };
}

const candidate = (id: number) =>
  fc
    .record({
      department: fc.constantFrom(null, "Sales", "IT", "HR"),
      meetingFormat: fc.constantFrom(null, "in_person" as const, "remote" as const, "mixed" as const),
      meetingsPerMonth: fc.constantFrom(null, 1, 2),
      languages: fc.subarray(["de", "en", "fr"]),
      ratings: fc.record({
        collaboration_tools: fc.integer({ min: 1, max: 5 }),
        ai_tools: fc.integer({ min: 1, max: 5 }),
        social_media: fc.integer({ min: 1, max: 5 }),
      }),
      learningGoals: fc.constantFrom(null, "Get better with Teams", "KI verstehen", "LinkedIn and ChatGPT"),
      excludedIds: fc.subarray([1, 2, 3, 4, 5, 6, 101, 102, 103, 104, 105, 106]),
    })
    .map(({ excludedIds, ...rest }) =>
      person(id, { ...rest, excludedUserIds: excludedIds.map((x) => person(x).userId) }),
    );

/** Mentors have ids 1–6, mentees 101–106. */
const cohort: fc.Arbitrary<MatchInput> = fc
  .record({
    mentorCount: fc.integer({ min: 0, max: 6 }),
    menteeCount: fc.integer({ min: 0, max: 6 }),
    mentorCapacity: fc.integer({ min: 1, max: 2 }),
  })
  .chain(({ mentorCount, menteeCount, mentorCapacity }) =>
    fc.record({
      topics: fc.constant(TOPICS),
      mentorCapacity: fc.constant(mentorCapacity),
      mentors: fc.tuple(...Array.from({ length: mentorCount }, (_, i) => candidate(i + 1))),
      mentees: fc.tuple(...Array.from({ length: menteeCount }, (_, i) => candidate(i + 101))),
      constraints: fc.uniqueArray(
        fc.record({
          mentorId: fc.integer({ min: 1, max: 6 }),
          menteeId: fc.integer({ min: 101, max: 106 }),
          kind: fc.constantFrom("lock" as const, "forbid" as const, "forbid" as const),
        }),
        { maxLength: 4, selector: (c) => `${c.mentorId}:${c.menteeId}` },
      ),
    }),
  )
  .map((x) => ({ ...x, mentors: [...x.mentors], mentees: [...x.mentees] }));

/** The best (pairs, total) over every way to respect the constraints, by enumeration. */
function bruteForce(input: MatchInput, keptLocks: PairConstraint[]) {
  const forbidden = new Set(
    input.constraints.filter((c) => c.kind === "forbid").map((c) => `${c.mentorId}:${c.menteeId}`),
  );
  const load = new Map<number, number>();
  let count = 0;
  let total = 0;
  const lockedMentees = new Set<number>();
  for (const lock of keptLocks) {
    const mentor = input.mentors.find((m) => m.id === lock.mentorId);
    const mentee = input.mentees.find((m) => m.id === lock.menteeId);
    if (!mentor || !mentee) throw new Error("kept lock of unknown people");
    load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);
    lockedMentees.add(mentee.id);
    count += 1;
    total += pairFit(mentor, mentee, menteeNeeds(mentee, input.topics)).score;
  }
  const free = input.mentees.filter((e) => !lockedMentees.has(e.id));
  let best = { count: -1, total: 0 };
  const walk = (k: number, c: number, s: number) => {
    if (k === free.length) {
      if (c > best.count || (c === best.count && s > best.total + 1e-9)) best = { count: c, total: s };
      return;
    }
    const mentee = free[k];
    if (!mentee) return;
    walk(k + 1, c, s);
    for (const mentor of input.mentors) {
      if ((load.get(mentor.id) ?? 0) >= input.mentorCapacity) continue;
      if (pairBlock(mentor, mentee, forbidden)) continue;
      load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);
      walk(k + 1, c + 1, s + pairFit(mentor, mentee, menteeNeeds(mentee, input.topics)).score);
      load.set(mentor.id, (load.get(mentor.id) ?? 0) - 1);
    }
  };
  walk(0, count, total);
  return best;
}

describe("computeMatching (properties)", () => {
  it("equals the brute-force optimum on small random cohorts", () => {
    fc.assert(
      fc.property(cohort, (input) => {
        const result = computeMatching(input);
        const keptLocks = result.pairs.filter((p) => p.locked).map((p) => ({ ...p, kind: "lock" as const }));
        const best = bruteForce(input, keptLocks);
        expect(result.pairs.length).toBe(best.count);
        expect(result.totalScore).toBeCloseTo(best.total, 3);
      }),
      { numRuns: 300 },
    );
  });

  it("holds every hard constraint and accounts for everybody", () => {
    fc.assert(
      fc.property(cohort, (input) => {
        const result = computeMatching(input);
        const forbidden = new Set(
          input.constraints.filter((c) => c.kind === "forbid").map((c) => `${c.mentorId}:${c.menteeId}`),
        );
        const load = new Map<number, number>();
        const menteesSeen = new Set<number>();
        for (const pair of result.pairs) {
          const mentor = input.mentors.find((m) => m.id === pair.mentorId);
          const mentee = input.mentees.find((m) => m.id === pair.menteeId);
          expect(mentor && mentee).toBeTruthy();
          if (!mentor || !mentee) return;
          expect(mentor.excludedUserIds).not.toContain(mentee.userId);
          expect(mentee.excludedUserIds).not.toContain(mentor.userId);
          expect(forbidden.has(`${mentor.id}:${mentee.id}`)).toBe(false);
          expect(pairBlock(mentor, mentee, forbidden)).toBeNull();
          expect(menteesSeen.has(mentee.id)).toBe(false);
          menteesSeen.add(mentee.id);
          load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);
        }
        for (const n of load.values()) expect(n).toBeLessThanOrEqual(input.mentorCapacity);
        // every valid lock is in the result; the others are reported, never silently dropped
        for (const lock of input.constraints.filter((c) => c.kind === "lock")) {
          const kept = result.pairs.some(
            (p) => p.locked && p.mentorId === lock.mentorId && p.menteeId === lock.menteeId,
          );
          const broken = result.brokenLocks.some(
            (b) => b.mentorId === lock.mentorId && b.menteeId === lock.menteeId,
          );
          expect(kept !== broken).toBe(true);
        }
        // nobody left out silently
        const unmatched = new Set(result.unmatched.map((u) => `${u.role}:${u.participantId}`));
        for (const e of input.mentees)
          expect(menteesSeen.has(e.id) !== unmatched.has(`mentee:${e.id}`)).toBe(true);
        for (const m of input.mentors) expect(load.has(m.id) !== unmatched.has(`mentor:${m.id}`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic, whatever order the cohort arrives in", () => {
    fc.assert(
      fc.property(cohort, fc.integer(), (input, seed) => {
        const shuffle = <T>(xs: T[]) =>
          xs
            .map((x, i) => ({ x, k: Math.sin(seed + i) }))
            .sort((a, b) => a.k - b.k)
            .map((p) => p.x);
        const a = computeMatching(input);
        const b = computeMatching({
          ...input,
          mentors: shuffle(input.mentors),
          mentees: shuffle(input.mentees),
        });
        expect(b).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });
});

describe("computeMatching (examples)", () => {
  it("lists the extra mentor and a mentee with only forbidden partners, with reasons", () => {
    const result = computeMatching({
      topics: TOPICS,
      mentorCapacity: 1,
      mentors: [person(1), person(2, { excludedUserIds: ["U000102"] })],
      mentees: [person(101), person(102, { excludedUserIds: ["U000001"] })],
      constraints: [],
    });
    expect(result.pairs.map((p) => [p.mentorId, p.menteeId])).toEqual([[1, 101]]);
    expect(result.unmatched).toEqual([
      {
        participantId: 102,
        role: "mentee",
        reason: { key: "matching.unmatched.only_forbidden", params: {} },
      },
      {
        participantId: 2,
        role: "mentor",
        reason: { key: "matching.unmatched.all_mentees_paired", params: {} },
      },
    ]);
  });

  it("expands mentors into capacity slots", () => {
    const result = computeMatching({
      topics: TOPICS,
      mentorCapacity: 2,
      mentors: [person(1)],
      mentees: [person(101), person(102), person(103)],
      constraints: [],
    });
    expect(result.pairs).toHaveLength(2);
    expect(result.unmatched).toEqual([
      { participantId: 103, role: "mentee", reason: { key: "matching.unmatched.no_capacity", params: {} } },
    ]);
  });

  it("says when no mentor shares a language", () => {
    const result = computeMatching({
      topics: TOPICS,
      mentorCapacity: 1,
      mentors: [person(1, { languages: ["de"] })],
      mentees: [person(101, { languages: ["en"] })],
      constraints: [],
    });
    expect(result.unmatched.map((u) => u.reason.key)).toEqual([
      "matching.unmatched.no_shared_language",
      "matching.unmatched.no_shared_language",
    ]);
  });

  it("keeps a locked pair even when another pairing would score higher, and refuses impossible locks", () => {
    const strong = person(1, { ratings: { ai_tools: 5 } });
    const weak = person(2, { ratings: { ai_tools: 1 } });
    const mentee = person(101, { ratings: { ai_tools: 1 }, excludedUserIds: [] });
    const input: MatchInput = {
      topics: TOPICS,
      mentorCapacity: 1,
      mentors: [strong, weak],
      mentees: [mentee],
      constraints: [{ mentorId: 2, menteeId: 101, kind: "lock" }],
    };
    expect(computeMatching({ ...input, constraints: [] }).pairs[0]?.mentorId).toBe(1);
    const locked = computeMatching(input);
    expect(locked.pairs).toEqual([expect.objectContaining({ mentorId: 2, menteeId: 101, locked: true })]);
    expect(checkLock(input, 1, 101)).toBeNull();
    expect(checkLock({ ...input, mentees: [{ ...mentee, excludedUserIds: [strong.userId] }] }, 1, 101)).toBe(
      "excluded",
    );
    expect(
      checkLock({ ...input, constraints: [{ mentorId: 1, menteeId: 101, kind: "forbid" }] }, 1, 101),
    ).toBeNull();
    expect(
      checkLock(
        {
          ...input,
          mentees: [mentee, person(102)],
          constraints: [{ mentorId: 2, menteeId: 101, kind: "lock" }],
        },
        2,
        102,
      ),
    ).toBe("mentor_full");
  });
});

describe("people without consent to the current text", () => {
  it("splits the cohort: an older accepted text, or none, is not current", () => {
    const people = [
      { id: 1, consent: true, consentVersion: 2 },
      { id: 2, consent: true, consentVersion: 1 },
      { id: 3, consent: true, consentVersion: null },
      { id: 4, consent: false, consentVersion: null },
    ];
    const split = splitByConsent(people, 2);
    expect(split.current.map((p) => p.id)).toEqual([1]);
    expect(split.outdated.map((p) => p.id)).toEqual([2, 3, 4]);
    expect(splitByConsent(people, 1).outdated.map((p) => p.id)).toEqual([4]);
  });

  it("tells where the request for consent stands, dated in the program's time zone", () => {
    const op = (status: string, doneAt: string | null = null) => ({
      status,
      doneAt,
      createdAt: "2026-03-01T08:00:00.000Z",
    });
    const asked = { consent: true };
    expect(consentAskOf(asked, undefined, "Europe/Berlin")).toEqual({ state: "sending" });
    expect(consentAskOf(asked, op("pending"), "Europe/Berlin")).toEqual({ state: "sending" });
    expect(consentAskOf(asked, op("running"), "Europe/Berlin")).toEqual({ state: "sending" });
    expect(consentAskOf(asked, op("failed"), "Europe/Berlin")).toEqual({ state: "failed" });
    // 23:30 UTC on 1 March is already 2 March in Berlin
    expect(consentAskOf(asked, op("done", "2026-03-01T23:30:00.000Z"), "Europe/Berlin")).toEqual({
      state: "sent",
      on: "2026-03-02",
    });
    expect(consentAskOf(asked, op("done", "2026-03-01T23:30:00.000Z"), "UTC")).toEqual({
      state: "sent",
      on: "2026-03-01",
    });
    // only those who agreed to an older text are asked
    expect(consentAskOf({ consent: false }, op("done", "2026-03-01T09:00:00Z"), "UTC")).toEqual({
      state: "never",
    });
  });

  it("lists them as unmatched with the reason, never pairs them, and keeps them off the waiting list", () => {
    const input: MatchInput = {
      topics: TOPICS,
      mentorCapacity: 1,
      mentors: [person(1), person(2)],
      mentees: [person(101)],
      constraints: [],
      awaitingConsent: [
        { participantId: 102, role: "mentee", ask: { state: "sent", on: "2026-03-02" } },
        { participantId: 3, role: "mentor", ask: { state: "failed" } },
      ],
    };
    const result = computeMatching(input);
    expect(result.pairs.map((p) => [p.mentorId, p.menteeId])).toEqual([[1, 101]]);
    const paired = result.pairs.flatMap((p) => [p.mentorId, p.menteeId]);
    expect(paired).not.toContain(102);
    expect(paired).not.toContain(3);
    expect(result.unmatched).toEqual([
      {
        participantId: 2,
        role: "mentor",
        reason: { key: "matching.unmatched.all_mentees_paired", params: {} },
      },
      {
        participantId: 102,
        role: "mentee",
        reason: { key: "matching.unmatched.consent_asked", params: { date: "2026-03-02" } },
      },
      { participantId: 3, role: "mentor", reason: { key: "matching.unmatched.consent_failed", params: {} } },
    ]);
    // everybody in the input is either in a pair or listed, once
    const listed = [...paired, ...result.unmatched.map((u) => u.participantId)].sort((a, b) => a - b);
    expect(listed).toEqual([1, 2, 3, 101, 102]);
    expect(result.unmatched.map(joinsWaitingList)).toEqual([true, false, false]);
    // without anybody waiting for consent, the result is what it was
    const without = computeMatching({ ...input, awaitingConsent: [] });
    expect(without.pairs).toEqual(result.pairs);
    expect(without.unmatched).toEqual(result.unmatched.slice(0, 1));
  });

  it("has a reason for every state of the request", () => {
    expect(consentReason({ state: "sending" }).key).toBe("matching.unmatched.consent_sending");
    expect(consentReason({ state: "never" }).key).toBe("matching.unmatched.consent_missing");
    for (const state of ["sending", "failed", "never"] as const)
      expect(joinsWaitingList({ reason: consentReason({ state }) })).toBe(false);
    expect(joinsWaitingList({ reason: { key: "matching.unmatched.no_capacity", params: {} } })).toBe(true);
  });
});

describe("pairFit", () => {
  it("rewards a mentor who is strong where the executive is weak, most for a named goal", () => {
    const mentee = person(101, {
      ratings: { collaboration_tools: 1, ai_tools: 4, social_media: 2 },
      learningGoals: "I want to use Microsoft Teams well",
      meetingFormat: "remote",
      department: "Finance",
      languages: ["de", "en"],
    });
    const needs = menteeNeeds(mentee, TOPICS);
    const expert = person(1, {
      ratings: { collaboration_tools: 5, ai_tools: 2, social_media: 2 },
      meetingFormat: "remote",
      department: "IT",
      languages: ["de"],
    });
    const other = person(2, { ratings: { collaboration_tools: 2, ai_tools: 5, social_media: 5 } });
    const fit = pairFit(expert, mentee, needs);
    expect(fit.score).toBeGreaterThan(pairFit(other, mentee, needs).score);
    expect(fit.reasons).toEqual([
      {
        key: "matching.reason.strong_in_goal",
        params: { topic: "collaboration_tools", mentorLevel: 5, menteeLevel: 1 },
      },
      { key: "matching.reason.same_format", params: { format: "remote" } },
      { key: "matching.reason.different_departments", params: {} },
      { key: "matching.reason.shared_language", params: { language: "de" } },
    ]);
  });

  it("finds topics named in learning goals as whole words, in German and English", () => {
    const topics: TopicInfo[] = [...TOPICS, { key: "custom:prompting", label: "Prompting für Profis" }];
    expect(mentionedTopics("Ich möchte KI im Alltag nutzen und Prompting lernen", topics)).toEqual(
      new Set(["ai_tools", "custom:prompting"]),
    );
    expect(mentionedTopics("Maintain a steady pace", topics)).toEqual(new Set());
  });
});
