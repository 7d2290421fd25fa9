import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { isProgramManager, listProgramManagers } from "../../db/queries/managers";
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
} from "../../db/queries/matching";
import { currentProgram, type Program } from "../../db/queries/programs";
import type { Deps } from "../../deps";
import { checkLock, computeMatching } from "../../domain/matching/match";
import type { Translator } from "../../i18n";
import { planLaunch } from "../../launch/plan";
import { ids, parseValue } from "../../slack/ids";
import { translatorFor } from "../../slack/users";
import {
  buildReviewDoneView,
  buildReviewView,
  parsePairMenuValue,
  reviewMetadata,
} from "../../slack/views/matching";
import type { SubcommandContext } from "../commands/router";
import type { Registrar } from "../registrar";

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** Above this many mentor–executive pairs the modal is opened before computing (trigger_id lives ~3 s). */
const OPEN_FIRST_ABOVE = 200 * 200;

/** Computes a fresh draft for the program (the previous draft is discarded) and returns its id. */
function computeDraft(
  deps: Deps,
  program: Program,
  userId: string,
): { proposalId: number; brokenLocks: number } {
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

/** `/mentoring match`: computes a draft proposal and opens it for review. */
async function runMatch(ctx: SubcommandContext): Promise<void> {
  const { deps, t } = ctx;
  const program = currentProgram(deps.db);
  if (!program) {
    await ctx.respond({ response_type: "ephemeral", text: t("common.error.no_program") });
    return;
  }
  if (program.status === "running" || program.status === "closed") {
    await ctx.respond({
      response_type: "ephemeral",
      text: t("matching.error.running", { program: program.name }),
    });
    return;
  }
  const input = loadMatchInput(deps.db, program);
  if (input.mentors.length + input.mentees.length === 0) {
    await ctx.respond({
      response_type: "ephemeral",
      text: t("matching.error.empty", { program: program.name }),
    });
    return;
  }
  if (input.mentors.length * input.mentees.length <= OPEN_FIRST_ABOVE) {
    const { proposalId, brokenLocks } = computeDraft(deps, program, ctx.userId);
    await ctx.client.views.open({
      trigger_id: ctx.triggerId,
      view: reviewView(deps, t, proposalId, 0, brokenNotice(t, brokenLocks)),
    });
    return;
  }
  // A large cohort takes a moment: open the modal while the trigger is fresh, then fill it in.
  const opened = await ctx.client.views.open({
    trigger_id: ctx.triggerId,
    view: buildReviewDoneView(t, t("matching.computing"), ids.matching.reviewModal),
  });
  const { proposalId, brokenLocks } = computeDraft(deps, program, ctx.userId);
  const viewId = opened.view?.id;
  if (!viewId) return;
  await ctx.client.views.update({
    view_id: viewId,
    view: reviewView(deps, t, proposalId, 0, brokenNotice(t, brokenLocks)),
  });
}

/** Tells someone who is not a program manager that they may not do this, where they clicked. */
async function refuse(args: ActionArgs, t: Translator): Promise<void> {
  const text = t("common.error.not_manager");
  if ("response_url" in args.body && typeof args.body.response_url === "string") {
    await args.respond({ response_type: "ephemeral", replace_original: false, text });
    return;
  }
  await args.client.chat.postMessage({ channel: args.body.user.id, text });
}

interface ReviewContext {
  deps: Deps;
  client: WebClient;
  userId: string;
  t: Translator;
  viewId: string;
  proposalId: number;
  page: number;
  args: ActionArgs;
}

/**
 * Every review action: ack, re-check that the clicker is a program manager, read the proposal from
 * the modal's metadata, and make sure it is still the current draft.
 */
function reviewAction(deps: Deps, handle: (ctx: ReviewContext) => Promise<void>) {
  return async (args: ActionArgs) => {
    await args.ack();
    const userId = args.body.user.id;
    const t = await translatorFor(deps, args.client, userId);
    if (!isProgramManager(deps.db, deps.config, userId)) {
      deps.logger.warn(`matching: refused a review action by ${userId}, who is not a program manager`);
      await refuse(args, t);
      return;
    }
    const view = args.body.view;
    const meta = view ? reviewMetadata(parseValue(view.private_metadata)) : undefined;
    if (!view || !meta) return;
    const ctx: ReviewContext = {
      deps,
      client: args.client,
      userId,
      t,
      viewId: view.id,
      proposalId: meta.proposalId,
      page: meta.page,
      args,
    };
    const proposal = getProposal(deps.db, meta.proposalId);
    if (proposal?.status !== "draft") {
      // A repeated approve click lands here too: say so rather than acting twice.
      const text = proposal?.status === "approved" ? t("matching.already_approved") : t("matching.stale");
      await args.client.views.update({ view_id: view.id, view: buildReviewDoneView(t, text) });
      return;
    }
    await handle(ctx);
  };
}

async function showReview(
  ctx: ReviewContext,
  proposalId: number,
  page: number,
  notice?: string,
): Promise<void> {
  await ctx.client.views.update({
    view_id: ctx.viewId,
    view: reviewView(ctx.deps, ctx.t, proposalId, page, notice),
  });
}

function programOfProposal(deps: Deps, proposalId: number): Program | undefined {
  const proposal = getProposal(deps.db, proposalId);
  return proposal ? programById(deps.db, proposal.programId) : undefined;
}

async function onPairMenu(ctx: ReviewContext): Promise<void> {
  const { deps, t, args } = ctx;
  const action = args.action;
  const raw =
    "selected_option" in action && action.selected_option ? action.selected_option.value : undefined;
  const choice = parsePairMenuValue(parseValue(raw));
  const program = programOfProposal(deps, ctx.proposalId);
  if (!choice || !program) return;
  const { mentorId, menteeId } = choice;
  if (choice.action === "unlock") {
    removeConstraint(deps.db, program.id, mentorId, menteeId);
    await showReview(ctx, ctx.proposalId, ctx.page, t("matching.notice.unlocked"));
    return;
  }
  if (choice.action === "forbid") {
    setConstraint(deps.db, { programId: program.id, mentorId, menteeId, kind: "forbid", by: ctx.userId });
    await showReview(ctx, ctx.proposalId, ctx.page, t("matching.notice.forbidden"));
    return;
  }
  const problem = checkLock(loadMatchInput(deps.db, program), mentorId, menteeId);
  if (problem) {
    const notice =
      problem === "mentor_full"
        ? t("matching.lock.mentor_full", { capacity: program.mentorCapacity })
        : t(`matching.lock.${problem}`);
    await showReview(ctx, ctx.proposalId, ctx.page, notice);
    return;
  }
  setConstraint(deps.db, { programId: program.id, mentorId, menteeId, kind: "lock", by: ctx.userId });
  await showReview(ctx, ctx.proposalId, ctx.page, t("matching.notice.locked"));
}

async function onRecompute(ctx: ReviewContext): Promise<void> {
  const program = programOfProposal(ctx.deps, ctx.proposalId);
  if (!program) return;
  const { proposalId, brokenLocks } = computeDraft(ctx.deps, program, ctx.userId);
  await showReview(ctx, proposalId, 0, brokenNotice(ctx.t, brokenLocks, ctx.t("matching.notice.recomputed")));
}

async function onPage(ctx: ReviewContext): Promise<void> {
  const action = ctx.args.action;
  const page = action.type === "button" ? Number(action.value) : Number.NaN;
  if (!Number.isInteger(page) || page < 0) return;
  await showReview(ctx, ctx.proposalId, page);
}

async function onDiscard(ctx: ReviewContext): Promise<void> {
  const { deps, t } = ctx;
  const done = discardProposal(deps.db, ctx.proposalId, ctx.userId, deps.clock());
  await ctx.client.views.update({
    view_id: ctx.viewId,
    view: buildReviewDoneView(t, done ? t("matching.discarded") : t("matching.stale")),
  });
}

async function onApprove(ctx: ReviewContext): Promise<void> {
  const { deps, t } = ctx;
  const now = deps.clock();
  const result = approveProposal(deps.db, ctx.proposalId, ctx.userId, now);
  if (!result.ok) {
    const text =
      result.reason === "stale"
        ? t("matching.stale_people")
        : getProposal(deps.db, ctx.proposalId)?.status === "approved"
          ? t("matching.already_approved")
          : t("matching.stale");
    if (result.reason === "stale") await showReview(ctx, ctx.proposalId, ctx.page, text);
    else await ctx.client.views.update({ view_id: ctx.viewId, view: buildReviewDoneView(t, text) });
    return;
  }
  let text = t("matching.approved", { tandems: result.tandems, waiting: result.waiting });
  try {
    planLaunch(deps.db, result.programId, now, listProgramManagers(deps.db, deps.config));
    deps.wakeOutbox();
  } catch (error) {
    deps.logger.error(`matching: approved proposal ${ctx.proposalId}, but planning the launch failed`, error);
    text = t("matching.approved_launch_failed", { tandems: result.tandems, waiting: result.waiting });
  }
  await ctx.client.views.update({ view_id: ctx.viewId, view: buildReviewDoneView(t, text) });
}

export function registerMatching(r: Registrar, deps: Deps): void {
  r.subcommand("match", { managerOnly: true, run: runMatch });
  r.action(ids.matching.pairMenu, reviewAction(deps, onPairMenu));
  r.action(ids.matching.recompute, reviewAction(deps, onRecompute));
  r.action(ids.matching.approve, reviewAction(deps, onApprove));
  r.action(ids.matching.discard, reviewAction(deps, onDiscard));
  r.action(`${ids.matching.page}.prev`, reviewAction(deps, onPage));
  r.action(`${ids.matching.page}.next`, reviewAction(deps, onPage));
}
