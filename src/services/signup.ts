import {
  ensureDraft,
  findParticipant,
  type Participant,
  ratingsFor,
  saveSignup,
} from "../db/queries/participants";
import { currentProgram, type Program } from "../db/queries/programs";
import type { Deps, WorkerDeps } from "../deps";
import {
  type JoinStep,
  joinGate,
  joinStep,
  localDate,
  signupChange,
  statusAfterSubmit,
  validateSignup,
} from "../domain/signup";
import type { Role } from "../domain/types";
import type { Translator } from "../i18n";
import { enqueue } from "../outbox/enqueue";
import { ids } from "../slack/ids";
import {
  buildInfoModal,
  buildQuestionnaire,
  buildRoleModal,
  readQuestionnaire,
  type StateValues,
  slackErrors,
} from "../slack/views/signup";
import {
  buildJoinRetry,
  buildSignupDm,
  closedText,
  confirmationDmOp,
  signupBatch,
} from "../slack/views/signupMessages";
import type { Actor, Submitter } from "./actor";
import { publishHome } from "./home";

/**
 * Where `join` was asked: a command answers in its conversation; a button (in a message or the App
 * Home, which has no conversation) answers in a small modal while its trigger lasts.
 */
export type JoinFrom = "command" | "button";

/** The questionnaire a submission belongs to, as its metadata says. */
export interface QuestionnaireForm {
  programId: number;
  role: Role;
}

function today(deps: Deps, program: Program): string {
  return localDate(deps.clock(), program.timezone);
}

/** The programme a submission belongs to, if it is still the current one. */
function programOf(deps: Deps, programId: number | undefined): Program | undefined {
  const program = currentProgram(deps.db);
  return program && program.id === programId ? program : undefined;
}

function refusal(t: Translator, program: Program, why: "matched" | "closed", day: string): string {
  return why === "matched" ? t("signup.matched", { program: program.name }) : closedText(t, program, day);
}

/** The role choice, or the role's questionnaire prefilled with the person's answers (if any). */
function stepView(
  deps: Deps,
  t: Translator,
  program: Program,
  step: Exclude<JoinStep, { kind: "refused" }>,
  existing: Participant | undefined,
) {
  if (step.kind === "chooseRole") return buildRoleModal(t, program, step.initial);
  const ratings = existing ? ratingsFor(deps.db, [existing.id]).get(existing.id) : undefined;
  return buildQuestionnaire(t, program, step.role, {
    ...(existing ? { existing } : {}),
    ...(ratings ? { ratings } : {}),
    editing: step.editing,
  });
}

async function refuseJoin(actor: Actor, from: JoinFrom, text: string): Promise<void> {
  if (from === "command") return actor.reply(text);
  await actor.openModal(buildInfoModal(actor.t, text), text);
}

/**
 * `/mentoring join [role]` and the Join buttons: the role choice, the role's questionnaire or why
 * not. The modal opens before anything is written: the trigger lives 3 seconds.
 */
export async function startJoin(
  deps: WorkerDeps,
  actor: Actor,
  input: { role: Role | undefined; from: JoinFrom },
): Promise<void> {
  const { t, userId } = actor;
  const program = currentProgram(deps.db);
  if (!program) return refuseJoin(actor, input.from, t("common.error.no_program"));
  const participant = findParticipant(deps.db, program.id, userId);
  const day = today(deps, program);
  const step = joinStep(joinGate(program, participant, day), participant?.role, input.role);
  if (step.kind === "refused") return refuseJoin(actor, input.from, refusal(t, program, step.why, day));
  // Slack may refuse the trigger (expired, or views.open rate-limited in a rush): a "Try again" with
  // the role (a started draft's too), whose fresh trigger opens the questionnaire prefilled again.
  const draftRole = participant?.status === "draft" ? participant.role : undefined;
  const retryRole = step.kind === "questionnaire" ? step.role : (input.role ?? draftRole);
  const opened = await actor.openModal(
    stepView(deps, t, program, step, participant),
    buildJoinRetry(t, retryRole),
  );
  if (opened !== undefined && step.kind === "questionnaire" && step.draft) {
    ensureDraft(deps.db, program.id, userId, step.role, deps.clock());
  }
}

/** The role modal was submitted: it turns into that role's questionnaire. */
export async function chooseRole(
  deps: WorkerDeps,
  submitter: Submitter,
  input: { programId: number | undefined; role: Role | undefined },
): Promise<void> {
  const { t, userId } = submitter;
  if (!input.role) return submitter.refuse({ [ids.signup.roleInput]: t.plain("signup.error.required") });
  const program = programOf(deps, input.programId);
  if (!program) return submitter.update(buildInfoModal(t, t("common.error.no_program")));
  const participant = findParticipant(deps.db, program.id, userId);
  const day = today(deps, program);
  const step = joinStep(joinGate(program, participant, day), participant?.role, input.role);
  if (step.kind === "refused") return submitter.update(buildInfoModal(t, refusal(t, program, step.why, day)));
  const draft = step.kind === "questionnaire" && step.draft;
  const existing = draft ? ensureDraft(deps.db, program.id, userId, step.role, deps.clock()) : participant;
  await submitter.update(stepView(deps, t, program, step, existing));
}

/**
 * A filled-in questionnaire: errors beside the inputs, or the answers stored with their confirmation
 * DM queued in the outbox (once per submitted view), and the person's App Home refreshed.
 */
export async function submitQuestionnaire(
  deps: WorkerDeps,
  submitter: Submitter,
  input: { form: QuestionnaireForm | undefined; values: StateValues; viewId: string },
): Promise<void> {
  const { t, userId } = submitter;
  const { form } = input;
  const program = programOf(deps, form?.programId);
  if (!form || !program) return submitter.update(buildInfoModal(t, t("common.error.no_program")));
  const raw = readQuestionnaire(input.values, program.topics);
  const result = validateSignup(form.role, raw, { userId, topics: program.topics });
  if (!result.ok) return submitter.refuse(slackErrors(t, result.errors));
  const before = findParticipant(deps.db, program.id, userId);
  const day = today(deps, program);
  const gate = joinGate(program, before, day);
  if (gate.kind === "matched" || gate.kind === "closed")
    return submitter.update(buildInfoModal(t, refusal(t, program, gate.kind, day)));
  const change = signupChange(gate, form.role);
  deps.db.transaction(() => {
    const status = statusAfterSubmit(before?.status);
    const saved = saveSignup(deps.db, program.id, userId, result.answers, status, deps.clock());
    const dm = buildSignupDm(t, program, saved, change, day);
    enqueue(deps.db, signupBatch(program.id), [confirmationDmOp(program.id, userId, input.viewId, dm)]);
  });
  await submitter.accept();
  deps.wakeOutbox();
  await publishHome(deps, userId);
}
