import { currentProgram, getProgram, type Program } from "../db/queries/programs";
import {
  addCirclePrompt,
  customPrompts,
  listCirclePrompts,
  mentorCircleChannel,
  removeCirclePrompt,
  sentKeys,
} from "../db/queries/rhythm";
import type { Deps, WorkerDeps } from "../deps";
import { circlePlan, validatePromptForm } from "../domain/rhythm/schedule";
import { ids } from "../slack/ids";
import {
  buildPromptList,
  buildPromptModal,
  buildPromptSavedView,
  promptErrorsByBlock,
} from "../slack/views/rhythmSchedule";
import { type Actor, answerInPlace, type Submitter } from "./actor";

function livingProgram(deps: Deps): Program | undefined {
  const program = currentProgram(deps.db);
  return program && program.status !== "closed" ? program : undefined;
}

/** The circle prompts still to come, with the program's own prompts as they are now. */
function upcomingPrompts(deps: Deps, program: Program) {
  return circlePlan(program, deps.clock(), sentKeys(deps.db, program.id), customPrompts(deps.db, program.id));
}

/** `/mentoring prompt add` and the schedule's button: the modal, the next circle prompt's phase preselected. */
export async function openPromptModal(deps: WorkerDeps, actor: Actor): Promise<void> {
  const program = livingProgram(deps);
  if (!program) return actor.reply(actor.t("common.error.no_program"));
  const phase = upcomingPrompts(deps, program)[0]?.phase ?? "start";
  await actor.openModal(buildPromptModal(actor.t, { programId: program.id, phase }));
}

/** `/mentoring prompt list` and the schedule's button: the program's own prompts. */
export async function listPrompts(deps: WorkerDeps, actor: Actor): Promise<void> {
  const program = livingProgram(deps);
  if (!program) return actor.reply(actor.t("common.error.no_program"));
  const list = buildPromptList(actor.t, listCirclePrompts(deps.db, program.id));
  await actor.reply(list.text, list.blocks);
}

/** "Remove" beside a prompt in the list: the list, without it, replaces the one clicked. */
export async function removePrompt(
  deps: WorkerDeps,
  actor: Actor,
  input: { promptId: number | undefined },
): Promise<void> {
  const program = livingProgram(deps);
  if (!program) return actor.reply(actor.t("common.error.no_program"));
  if (input.promptId !== undefined) removeCirclePrompt(deps.db, program.id, input.promptId);
  const list = buildPromptList(actor.t, listCirclePrompts(deps.db, program.id));
  await answerInPlace(actor, actor.t("rhythm.prompt.removed"), list.blocks);
}

/** Saving the prompt modal: inline errors; stored once; the confirmation says when it comes. */
export async function submitPrompt(
  deps: WorkerDeps,
  submitter: Submitter,
  input: { programId: number | undefined; form: { phase: string | null; text: string | null } },
): Promise<void> {
  const { t, userId } = submitter;
  const program =
    input.programId === undefined ? currentProgram(deps.db) : getProgram(deps.db, input.programId);
  if (!program || program.status === "closed")
    return submitter.refuse({ [ids.rhythm.promptInput.text]: t.plain("common.error.no_program") });
  const result = validatePromptForm(input.form);
  if (!result.ok) return submitter.refuse(promptErrorsByBlock(t, result.errors));
  const { prompt, created } = addCirclePrompt(deps.db, {
    programId: program.id,
    phase: result.phase,
    text: result.text,
    createdBy: userId,
  });
  const comes = upcomingPrompts(deps, program).find(
    (e) => e.prompt.source === "custom" && e.prompt.id === prompt.id,
  );
  await submitter.update(
    buildPromptSavedView(t, {
      phase: prompt.phase,
      text: prompt.text,
      duplicate: !created,
      date: comes?.date ?? null,
      hasMentorCircle: mentorCircleChannel(deps.db, program.id) !== undefined,
    }),
  );
}
