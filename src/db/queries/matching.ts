import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { CONSENT_VERSION, consentAskOf, consentIsCurrent, splitByConsent } from "../../domain/consent";
import {
  type AwaitingConsent,
  joinsWaitingList,
  type MatchInput,
  type MatchResult,
  type PairConstraint,
} from "../../domain/matching/match";
import type { Candidate } from "../../domain/matching/score";
import type { Db } from "../client";
import {
  matchProposals,
  type PairReason,
  pairConstraints,
  participants,
  programs,
  proposalPairs,
  proposalUnmatched,
  type Role,
  slackOps,
  tandems,
  topicRatings,
} from "../schema";
import { insertRows } from "../tx";
import type { Program } from "./programs";
import { consentRequestKey } from "./trust";

/** Participants who can be matched: finished sign-up, or waiting from an earlier round. */
const MATCHABLE = ["complete", "waiting"] as const;

export type Proposal = typeof matchProposals.$inferSelect;

export interface PersonRef {
  participantId: number;
  userId: string;
  department: string | null;
}

export interface ProposalPairView {
  mentor: PersonRef;
  mentee: PersonRef;
  score: number;
  reasons: PairReason[];
}

export interface ProposalUnmatchedView extends PersonRef {
  role: Role;
  reason: PairReason;
}

export interface ProposalDetails {
  proposal: Proposal;
  pairs: ProposalPairView[];
  unmatched: ProposalUnmatchedView[];
  constraints: PairConstraint[];
}

/** Everything the matcher needs about a program's cohort, read in one go. */
export function loadMatchInput(db: Db, program: Program): MatchInput {
  const cohort = db
    .select()
    .from(participants)
    .where(and(eq(participants.programId, program.id), inArray(participants.status, [...MATCHABLE])))
    .orderBy(asc(participants.id))
    .all();
  // trust: whoever has not agreed to the current consent text is left out until they do, and the
  // review lists them with where the request for their consent stands
  const { current: people, outdated } = splitByConsent(cohort);
  const ids = people.map((p) => p.id);
  const ratings = ids.length
    ? db
        .select()
        .from(topicRatings)
        .where(and(inArray(topicRatings.participantId, ids), eq(topicRatings.phase, "intake")))
        .all()
    : [];
  const byPerson = new Map<number, Record<string, number>>();
  for (const r of ratings) {
    const own = byPerson.get(r.participantId) ?? {};
    own[r.topic] = r.level;
    byPerson.set(r.participantId, own);
  }
  const toCandidate = (p: (typeof people)[number]): Candidate => ({
    id: p.id,
    userId: p.userId,
    department: p.department,
    meetingFormat: p.meetingFormat,
    meetingsPerMonth: p.meetingsPerMonth,
    languages: p.languages,
    excludedUserIds: p.excludedUserIds,
    ratings: byPerson.get(p.id) ?? {},
    learningGoals: p.learningGoals,
  });
  return {
    topics: program.topics.map((key) => {
      const label = program.customTopics[key];
      return label === undefined ? { key } : { key, label };
    }),
    mentorCapacity: program.mentorCapacity,
    mentors: people.filter((p) => p.role === "mentor").map(toCandidate),
    mentees: people.filter((p) => p.role === "mentee").map(toCandidate),
    constraints: listConstraints(db, program.id),
    awaitingConsent: awaitingConsent(db, program, outdated),
  };
}

/** The people without consent to the current text, with the state of the DM that asks for it. */
function awaitingConsent(
  db: Db,
  program: Program,
  people: readonly (typeof participants.$inferSelect)[],
): AwaitingConsent[] {
  if (people.length === 0) return [];
  const keyOf = (id: number) => consentRequestKey(CONSENT_VERSION, id);
  const ops = new Map(
    db
      .select({
        key: slackOps.key,
        status: slackOps.status,
        doneAt: slackOps.doneAt,
        createdAt: slackOps.createdAt,
      })
      .from(slackOps)
      .where(
        inArray(
          slackOps.key,
          people.map((p) => keyOf(p.id)),
        ),
      )
      .all()
      .map((op) => [op.key, op]),
  );
  return people.map((p) => ({
    participantId: p.id,
    role: p.role,
    ask: consentAskOf(p, ops.get(keyOf(p.id)), program.timezone),
  }));
}

export function listConstraints(db: Db, programId: number): PairConstraint[] {
  return db
    .select({
      mentorId: pairConstraints.mentorId,
      menteeId: pairConstraints.menteeId,
      kind: pairConstraints.kind,
    })
    .from(pairConstraints)
    .where(eq(pairConstraints.programId, programId))
    .orderBy(asc(pairConstraints.menteeId), asc(pairConstraints.mentorId))
    .all();
}

/**
 * Records a program manager's lock or forbid for a pair (it outlives recomputes). A new lock for a
 * mentee replaces that mentee's other locks; a forbid replaces a lock of the same pair.
 */
export function setConstraint(
  db: Db,
  c: { programId: number; mentorId: number; menteeId: number; kind: "lock" | "forbid"; by: string },
): void {
  db.transaction((tx) => {
    if (c.kind === "lock") {
      tx.delete(pairConstraints)
        .where(
          and(
            eq(pairConstraints.programId, c.programId),
            eq(pairConstraints.menteeId, c.menteeId),
            eq(pairConstraints.kind, "lock"),
            ne(pairConstraints.mentorId, c.mentorId),
          ),
        )
        .run();
    }
    tx.insert(pairConstraints)
      .values({
        programId: c.programId,
        mentorId: c.mentorId,
        menteeId: c.menteeId,
        kind: c.kind,
        createdBy: c.by,
      })
      .onConflictDoUpdate({
        target: [pairConstraints.programId, pairConstraints.mentorId, pairConstraints.menteeId],
        set: { kind: c.kind, createdBy: c.by },
      })
      .run();
  });
}

export function removeConstraint(db: Db, programId: number, mentorId: number, menteeId: number): void {
  db.delete(pairConstraints)
    .where(
      and(
        eq(pairConstraints.programId, programId),
        eq(pairConstraints.mentorId, mentorId),
        eq(pairConstraints.menteeId, menteeId),
      ),
    )
    .run();
}

/** Stores a new draft proposal; an older draft of the same program is discarded. */
export function saveDraftProposal(
  db: Db,
  programId: number,
  result: MatchResult,
  by: string,
  now: Date,
): number {
  return db.transaction((tx) => {
    tx.update(matchProposals)
      .set({ status: "discarded", decidedBy: by, decidedAt: now.toISOString() })
      .where(and(eq(matchProposals.programId, programId), eq(matchProposals.status, "draft")))
      .run();
    const inserted = tx
      .insert(matchProposals)
      .values({
        programId,
        status: "draft",
        totalScore: result.totalScore,
        createdBy: by,
        createdAt: now.toISOString(),
      })
      .returning({ id: matchProposals.id })
      .get();
    insertRows(
      tx,
      proposalPairs,
      result.pairs.map((p) => ({
        proposalId: inserted.id,
        mentorId: p.mentorId,
        menteeId: p.menteeId,
        score: p.score,
        reasons: p.reasons,
      })),
    );
    insertRows(
      tx,
      proposalUnmatched,
      result.unmatched.map((u) => ({
        proposalId: inserted.id,
        participantId: u.participantId,
        reason: u.reason,
      })),
    );
    return inserted.id;
  });
}

export function getProposal(db: Db, proposalId: number): Proposal | undefined {
  return db.select().from(matchProposals).where(eq(matchProposals.id, proposalId)).get();
}

export function proposalDetails(db: Db, proposalId: number): ProposalDetails | undefined {
  const proposal = getProposal(db, proposalId);
  if (!proposal) return undefined;
  const pairs = db
    .select()
    .from(proposalPairs)
    .where(eq(proposalPairs.proposalId, proposalId))
    .orderBy(asc(proposalPairs.mentorId), asc(proposalPairs.menteeId))
    .all();
  const unmatched = db
    .select()
    .from(proposalUnmatched)
    .where(eq(proposalUnmatched.proposalId, proposalId))
    .orderBy(asc(proposalUnmatched.participantId))
    .all();
  const ids = [
    ...new Set([...pairs.flatMap((p) => [p.mentorId, p.menteeId]), ...unmatched.map((u) => u.participantId)]),
  ];
  const people = ids.length
    ? db
        .select({
          id: participants.id,
          userId: participants.userId,
          department: participants.department,
          role: participants.role,
        })
        .from(participants)
        .where(inArray(participants.id, ids))
        .all()
    : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const ref = (id: number): PersonRef => {
    const p = byId.get(id);
    return { participantId: id, userId: p?.userId ?? "", department: p?.department ?? null };
  };
  return {
    proposal,
    pairs: pairs.map((p) => ({
      mentor: ref(p.mentorId),
      mentee: ref(p.menteeId),
      score: p.score,
      reasons: p.reasons,
    })),
    unmatched: unmatched
      .map((u) => ({
        ...ref(u.participantId),
        role: byId.get(u.participantId)?.role ?? "mentee",
        reason: u.reason,
      }))
      .sort((a, b) => (a.role === b.role ? a.participantId - b.participantId : a.role === "mentee" ? -1 : 1)),
    constraints: listConstraints(db, proposal.programId),
  };
}

/** Discards a draft; false when it was not (or no longer) a draft. Nobody is notified. */
export function discardProposal(db: Db, proposalId: number, by: string, now: Date): boolean {
  const res = db
    .update(matchProposals)
    .set({ status: "discarded", decidedBy: by, decidedAt: now.toISOString() })
    .where(and(eq(matchProposals.id, proposalId), eq(matchProposals.status, "draft")))
    .run();
  return res.changes === 1;
}

export type ApproveResult =
  | { ok: true; programId: number; tandems: number; waiting: number; awaitingConsent: number }
  | { ok: false; reason: "not_found" | "not_draft" | "stale" };

/**
 * Makes a draft final, in one transaction: the proposal approved, one tandem per pair (status
 * "launching"), paired people "matched", the others "waiting", the program "running". Those listed
 * for want of consent keep their status (domain/matching/match.ts joinsWaitingList). Only a draft can
 * be approved, so a second click or a retried delivery changes nothing.
 */
export function approveProposal(db: Db, proposalId: number, by: string, now: Date): ApproveResult {
  return db.transaction((tx) => {
    const proposal = tx.select().from(matchProposals).where(eq(matchProposals.id, proposalId)).get();
    if (!proposal) return { ok: false, reason: "not_found" };
    if (proposal.status !== "draft") return { ok: false, reason: "not_draft" };
    const pairs = tx.select().from(proposalPairs).where(eq(proposalPairs.proposalId, proposalId)).all();
    const unmatched = tx
      .select()
      .from(proposalUnmatched)
      .where(eq(proposalUnmatched.proposalId, proposalId))
      .all();
    const matchedIds = [...new Set(pairs.flatMap((p) => [p.mentorId, p.menteeId]))];
    const waitingIds = unmatched.filter(joinsWaitingList).map((u) => u.participantId);
    const withoutConsent = new Set(unmatched.filter((u) => !joinsWaitingList(u)).map((u) => u.participantId));
    const everyone = [...matchedIds, ...unmatched.map((u) => u.participantId)];
    // Someone withdrew (or was matched elsewhere), or their consent changed, since the proposal was
    // computed: it must be recomputed.
    const current = everyone.length
      ? tx
          .select({
            id: participants.id,
            consent: participants.consent,
            consentVersion: participants.consentVersion,
          })
          .from(participants)
          .where(and(inArray(participants.id, everyone), inArray(participants.status, [...MATCHABLE])))
          .all()
      : [];
    if (current.length !== everyone.length) return { ok: false, reason: "stale" };
    if (current.some((p) => consentIsCurrent(p) === withoutConsent.has(p.id)))
      return { ok: false, reason: "stale" };

    const claimed = tx
      .update(matchProposals)
      .set({ status: "approved", decidedBy: by, decidedAt: now.toISOString() })
      .where(and(eq(matchProposals.id, proposalId), eq(matchProposals.status, "draft")))
      .run();
    if (claimed.changes !== 1) return { ok: false, reason: "not_draft" };

    const at = now.toISOString();
    insertRows(
      tx,
      tandems,
      pairs.map((p) => ({
        programId: proposal.programId,
        proposalId,
        mentorId: p.mentorId,
        menteeId: p.menteeId,
        score: p.score,
        reasons: p.reasons,
        status: "launching" as const,
        createdAt: at,
      })),
    );
    if (matchedIds.length > 0) {
      tx.update(participants)
        .set({ status: "matched", updatedAt: at })
        .where(inArray(participants.id, matchedIds))
        .run();
    }
    if (waitingIds.length > 0) {
      tx.update(participants)
        .set({ status: "waiting", updatedAt: at })
        .where(inArray(participants.id, waitingIds))
        .run();
    }
    tx.update(programs)
      .set({ status: "running", updatedAt: at })
      .where(eq(programs.id, proposal.programId))
      .run();
    return {
      ok: true,
      programId: proposal.programId,
      tandems: pairs.length,
      waiting: waitingIds.length,
      awaitingConsent: withoutConsent.size,
    };
  });
}

export function programById(db: Db, programId: number): Program | undefined {
  return db.select().from(programs).where(eq(programs.id, programId)).get();
}
