import { liveTandems } from "../db/queries/lifecycle";
import { listProgramManagers } from "../db/queries/managers";
import {
  approveProposal,
  discardProposal,
  getProposal,
  loadMatchInput,
  programById,
  proposalDetails,
  removeConstraint,
  saveDraftProposal,
  setConstraint,
} from "../db/queries/matching";
import { currentProgram, type Program } from "../db/queries/programs";
import type { Deps, WorkerDeps } from "../deps";
import { checkLock, computeMatching } from "../domain/matching/match";
import type { Translator } from "../i18n";
import { ids } from "../slack/ids";
import type { values } from "../slack/values";
import { buildReviewDoneView, buildReviewView } from "../slack/views/matching";
import type { Actor } from "./actor";
import { auditEntryPoint } from "./audit";
import { planLaunch } from "./launch";

/** Above this many mentor–executive pairs the modal is opened before computing (trigger_id lives ~3 s). */
const OPEN_FIRST_ABOVE = 200 * 200;

type PairChoice = NonNullable<ReturnType<typeof values.matching.pairMenu.parse>>;

/** What a program manager did in the review modal. */
export type ReviewStep =
  | { kind: "menu"; choice: PairChoice }
  | { kind: "recompute" }
  | { kind: "page"; page: number }
  | { kind: "discard" }
  | { kind: "approve" };

/** The review modal a click came from. */
export interface ReviewModal {
  viewId: string;
  proposalId: number;
  page: number;
}

/** Computes a fresh draft for the program (the previous draft is discarded) and returns its id. */
function computeDraft(deps: Deps, program: Program, userId: string) {
  const result = computeMatching(loadMatchInput(deps.db, program));
  const proposalId = saveDraftProposal(deps.db, program.id, result, userId, deps.clock());
  return { proposalId, brokenLocks: result.brokenLocks.length };
}

function reviewView(deps: Deps, t: Translator, proposalId: number, page: number, notice?: string) {
  const details = proposalDetails(deps.db, proposalId);
  if (!details) return buildReviewDoneView(t, t("matching.stale"));
  const program = programById(deps.db, details.proposal.programId);
  return buildReviewView(t, {
    proposalId,
    programName: program?.name ?? "",
    customTopics: program?.customTopics ?? {},
    pairs: details.pairs,
    unmatched: details.unmatched,
    constraints: details.constraints,
    page,
    ...(notice !== undefined ? { notice } : {}),
  });
}

function brokenNotice(t: Translator, broken: number, base?: string): string | undefined {
  const parts = [base, broken > 0 ? t("matching.notice.broken_locks", { count: broken }) : undefined];
  const text = parts.filter((p): p is string => p !== undefined).join("\n");
  return text === "" ? undefined : text;
}

/** `/mentoring match`: computes a draft proposal for the current program and opens it for review. */
export async function startMatching(deps: WorkerDeps, actor: Actor): Promise<void> {
  const { t } = actor;
  const program = currentProgram(deps.db);
  if (!program) return actor.reply(t("common.error.no_program"));
  if (program.status === "closed") return actor.reply(t("matching.error.running", { program: program.name }));
  const input = loadMatchInput(deps.db, program);
  // Those without consent to the current text count too: the review lists them, with the reason.
  const people = input.mentors.length + input.mentees.length + (input.awaitingConsent?.length ?? 0);
  if (people === 0) {
    const key = program.status === "running" ? "matching.error.running" : "matching.error.empty";
    return actor.reply(t(key, { program: program.name }));
  }
  // After approval only the people not in a tandem yet are matchable: a late round (loadMatchInput).
  const late = lateRoundNotice(deps, t, program, people);
  if (input.mentors.length * input.mentees.length <= OPEN_FIRST_ABOVE) {
    const { proposalId, brokenLocks } = computeDraft(deps, program, actor.userId);
    await actor.openModal(reviewView(deps, t, proposalId, 0, brokenNotice(t, brokenLocks, late)));
    return;
  }
  // A large cohort takes a moment: open the modal while the trigger is fresh, then fill it in.
  const viewId = await actor.openModal(
    buildReviewDoneView(t, t("matching.computing"), ids.matching.reviewModal),
  );
  const { proposalId, brokenLocks } = computeDraft(deps, program, actor.userId);
  if (!viewId) return;
  await deps.client.views.update({
    view_id: viewId,
    view: reviewView(deps, t, proposalId, 0, brokenNotice(t, brokenLocks, late)),
  });
}

function lateRoundNotice(deps: Deps, t: Translator, program: Program, people: number): string | undefined {
  if (program.status !== "running") return undefined;
  return t("close.match.late", { count: people, running: liveTandems(deps.db, program.id).length });
}

/**
 * One step in the review modal, on the proposal the modal shows, and only while it is still the
 * current draft (a repeated approve click lands here too and is told so rather than acting twice).
 */
export async function reviewProposal(
  deps: WorkerDeps,
  actor: Actor,
  modal: ReviewModal,
  step: ReviewStep,
): Promise<void> {
  const { t } = actor;
  const show = (proposalId: number, page: number, notice?: string) =>
    deps.client.views.update({ view_id: modal.viewId, view: reviewView(deps, t, proposalId, page, notice) });
  const done = (text: string) =>
    deps.client.views.update({ view_id: modal.viewId, view: buildReviewDoneView(t, text) });
  const proposal = getProposal(deps.db, modal.proposalId);
  if (proposal?.status !== "draft") {
    await done(proposal?.status === "approved" ? t("matching.already_approved") : t("matching.stale"));
    return;
  }
  const program = programById(deps.db, proposal.programId);
  if (!program) return;
  switch (step.kind) {
    case "menu":
      await show(modal.proposalId, modal.page, pairChange(deps, actor, program, step.choice));
      return;
    case "recompute": {
      const { proposalId, brokenLocks } = computeDraft(deps, program, actor.userId);
      await show(proposalId, 0, brokenNotice(t, brokenLocks, t("matching.notice.recomputed")));
      return;
    }
    case "page":
      await show(modal.proposalId, step.page);
      return;
    case "discard": {
      const discarded = discardProposal(deps.db, modal.proposalId, actor.userId, deps.clock());
      if (discarded)
        auditEntryPoint(deps, {
          actor: actor.userId,
          action: "matching.discarded",
          programId: program.id,
          details: { proposalId: modal.proposalId },
        });
      await done(discarded ? t("matching.discarded") : t("matching.stale"));
      return;
    }
    case "approve": {
      const refusal = approve(deps, actor, modal.proposalId);
      if (refusal.stale) await show(modal.proposalId, modal.page, refusal.text);
      else await done(refusal.text);
    }
  }
}

/** Locks, unlocks or forbids a pair; the notice to show. */
function pairChange(deps: Deps, actor: Actor, program: Program, choice: PairChoice): string {
  const { t } = actor;
  const pair = { programId: program.id, mentorId: choice.m, menteeId: choice.e, by: actor.userId };
  if (choice.a === "unlock") {
    removeConstraint(deps.db, program.id, choice.m, choice.e);
    return t("matching.notice.unlocked");
  }
  if (choice.a === "forbid") {
    setConstraint(deps.db, { ...pair, kind: "forbid" });
    return t("matching.notice.forbidden");
  }
  const problem = checkLock(loadMatchInput(deps.db, program), choice.m, choice.e);
  if (problem === "mentor_full") return t("matching.lock.mentor_full", { capacity: program.mentorCapacity });
  if (problem) return t(`matching.lock.${problem}`);
  setConstraint(deps.db, { ...pair, kind: "lock" });
  return t("matching.notice.locked");
}

/** Approves the draft and plans the launch in the outbox; the text to show, and whether to keep reviewing. */
function approve(deps: Deps, actor: Actor, proposalId: number): { text: string; stale: boolean } {
  const { t } = actor;
  const now = deps.clock();
  const result = approveProposal(deps.db, proposalId, actor.userId, now);
  if (!result.ok) {
    if (result.reason === "stale") return { text: t("matching.stale_people"), stale: true };
    const approved = getProposal(deps.db, proposalId)?.status === "approved";
    return { text: approved ? t("matching.already_approved") : t("matching.stale"), stale: false };
  }
  const counts = { tandems: result.tandems, waiting: result.waiting };
  auditEntryPoint(deps, {
    actor: actor.userId,
    action: "matching.approved",
    programId: result.programId,
    details: { proposalId, ...counts, awaitingConsent: result.awaitingConsent },
  });
  // Who waits for consent is told what happens to them, after what the approval did.
  const consent =
    result.awaitingConsent > 0
      ? `\n${t("matching.approved.consent", { count: result.awaitingConsent })}`
      : "";
  try {
    planLaunch(deps.db, result.programId, now, listProgramManagers(deps.db, deps.config));
    deps.wakeOutbox();
    return { text: `${t("matching.approved", counts)}${consent}`, stale: false };
  } catch (error) {
    deps.logger.error(`matching: approved proposal ${proposalId}, but planning the launch failed`, error);
    return { text: `${t("matching.approved_launch_failed", counts)}${consent}`, stale: false };
  }
}
