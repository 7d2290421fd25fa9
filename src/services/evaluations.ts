import { cachedLocale, claimScheduledSend } from "../db/queries/rhythm";
import {
  evaluationOf,
  participantOf,
  programRow,
  readEvalState,
  saveEvaluation,
  setWaveDates,
  waveProgram,
} from "../db/queries/steering";
import { atomically } from "../db/tx";
import type { Deps, WorkerDeps } from "../deps";
import { validateEvaluation } from "../domain/steering/evaluation";
import {
  derivedWaveDate,
  dueEvalItems,
  type EvalItem,
  validateWaveForm,
  WAVES,
  type Wave,
  waveDates,
  wavePhase,
} from "../domain/steering/waves";
import { langFromLocale, type Translator, translator } from "../i18n";
import { enqueue } from "../outbox/enqueue";
import type { StateValues } from "../slack/state";
import { formatDate } from "../slack/views/homeParts";
import {
  buildEvalDm,
  buildEvalModal,
  buildWavesModal,
  evalErrorsByBlock,
  readEvalForm,
  readWavesForm,
  waveLabel,
  waveScheduleParts,
  wavesErrorsByBlock,
} from "../slack/views/steering";
import type { Actor, Submitter } from "./actor";

/*
 * Evaluation waves (docs/decisions/steering.md): the scheduler's step that invites and reminds, the
 * modal a person answers in, and the managers' wave dates.
 */

/**
 * The scheduler's step for evaluation waves, beside the rhythm's items: each invitation or reminder
 * that may go out now is marked sent (scheduled_sends, kind "eval") and its DM enqueued under the
 * same key, in one savepoint per item, so a restart neither loses nor repeats one. The keys sent.
 */
export function recordEvalItems(deps: Deps, now: Date): string[] {
  const state = readEvalState(deps.db, now);
  const items = dueEvalItems(state, now).filter((item) => item.due);
  if (items.length === 0) return [];
  const programs = new Map(items.map((i) => [i.programId, programRow(deps.db, i.programId)]));
  const sent: string[] = [];
  try {
    atomically(deps.db, () => {
      for (const item of items) {
        const program = programs.get(item.programId);
        if (!program) continue;
        let claimed = false;
        try {
          claimed = atomically(deps.db, () => {
            if (!claimScheduledSend(deps.db, { key: item.key, programId: item.programId, kind: "eval", now }))
              return false;
            enqueue(deps.db, `eval:${now.toISOString().slice(0, 10)}`, [evalDmOp(deps, item, program)]);
            return true;
          });
        } catch (error) {
          // this item rolls back alone and stays due for the next tick
          deps.logger.error(`scheduler: ${item.key} failed`, error);
        }
        if (claimed) sent.push(item.key);
      }
    });
  } catch (error) {
    deps.logger.error("scheduler: evaluation items failed", error);
    return [];
  }
  if (sent.length > 0) deps.wakeOutbox();
  return sent;
}

function evalDmOp(
  deps: Deps,
  item: EvalItem,
  program: { name: string; language: "de" | "en"; address: "du" | "sie" },
) {
  const t = translator(langFromLocale(cachedLocale(deps.db, item.userId), program.language), program.address);
  const message = buildEvalDm(t, {
    programId: item.programId,
    programName: program.name,
    wave: item.wave,
    lastDay: item.lastDay,
    reminder: item.kind === "reminder",
  });
  return { key: item.key, kind: "dm.post" as const, args: { user: item.userId, ...message } };
}

/** The reader's language, addressed as the evaluation's program says (not the current program). */
function programT(t: Translator, program: { address: "du" | "sie" }): Translator {
  return translator(t.lang, program.address);
}

/** Who may answer a wave and whether it takes answers now, else the sentence that says why not. */
function locate(deps: Deps, t: Translator, userId: string, programId: number, wave: Wave) {
  const program = programRow(deps.db, programId);
  const participant = program ? participantOf(deps.db, programId, userId) : undefined;
  if (!program || !participant || participant.status === "withdrawn")
    return { ok: false, refusal: t("steering.not_participant") } as const;
  const wp = waveProgram(program);
  const dates = waveDates(wp, wave);
  const phase = wavePhase(wp, wave, deps.clock());
  if (phase === "closed")
    return {
      ok: false,
      refusal: t("steering.closed", { until: formatDate(t.lang, dates.lastDay) }),
    } as const;
  if (phase === "upcoming")
    return { ok: false, refusal: t("steering.not_open", { date: formatDate(t.lang, dates.date) }) } as const;
  return { ok: true, program, participant, dates } as const;
}

/** The DM's button: the questions in the person's language, prefilled with earlier answers. */
export async function openEvaluation(
  deps: WorkerDeps,
  actor: Actor,
  input: { programId: number; wave: Wave },
): Promise<void> {
  const at = locate(deps, actor.t, actor.userId, input.programId, input.wave);
  if (!at.ok) return actor.reply(at.refusal);
  await actor.openModal(
    buildEvalModal(programT(actor.t, at.program), {
      programId: at.program.id,
      wave: input.wave,
      role: at.participant.role,
      lastDay: at.dates.lastDay,
      topics: at.program.topics,
      customTopics: at.program.customTopics,
      previous: evaluationOf(deps.db, at.participant.id, input.wave),
    }),
  );
}

/** The evaluation modal: checked, stored (again replaces, until the wave closes), thanked. */
export async function submitEvaluation(
  deps: WorkerDeps,
  submitter: Submitter,
  input: { programId: number | undefined; wave: Wave | undefined; values: StateValues },
): Promise<void> {
  const { userId } = submitter;
  let t = submitter.t;
  const firstInput = "steering.eval.satisfaction";
  if (input.programId === undefined || input.wave === undefined)
    return submitter.refuse({ [firstInput]: t.plain("steering.not_participant") });
  const at = locate(deps, t, userId, input.programId, input.wave);
  if (!at.ok) {
    // Slack shows inline errors as plain text: no mrkdwn markers from the refusal.
    return submitter.refuse({ [firstInput]: at.refusal.replace(/[*_]/g, "") });
  }
  t = programT(t, at.program);
  const result = validateEvaluation(
    at.participant.role,
    at.program.topics,
    readEvalForm(input.values, at.program.topics),
  );
  if (!result.ok) return submitter.refuse(evalErrorsByBlock(t, result.errors));
  const wave = input.wave;
  saveEvaluation(deps.db, {
    programId: at.program.id,
    participantId: at.participant.id,
    wave,
    answers: result.answers,
    ratings: result.ratings,
    now: deps.clock(),
  });
  await submitter.accept();
  await submitter.reply(
    t("steering.saved", { wave: waveLabel(t, wave), until: formatDate(t.lang, at.dates.lastDay) }),
  );
}

/** The schedule's lines about the waves of a program, and its "Change dates" button. */
export function waveSchedule(
  deps: Deps,
  t: Translator,
  programId: number,
): ReturnType<typeof waveScheduleParts> | undefined {
  const program = programRow(deps.db, programId);
  if (!program) return undefined;
  const wp = waveProgram(program);
  const now = deps.clock();
  return waveScheduleParts(t, {
    programId,
    waves: WAVES.map((w) => ({ ...waveDates(wp, w), phase: wavePhase(wp, w, now) })),
  });
}

/** "Change dates" on the schedule (managers): the wave-dates modal. */
export async function openWaveDates(
  deps: WorkerDeps,
  actor: Actor,
  input: { programId: number },
): Promise<void> {
  const program = programRow(deps.db, input.programId);
  if (!program) return actor.reply(actor.t("common.error.no_program"));
  const wp = waveProgram(program);
  await actor.openModal(
    buildWavesModal(actor.t, {
      programId: program.id,
      midterm: waveDates(wp, "midterm"),
      final: waveDates(wp, "final"),
      derivedMidterm: derivedWaveDate(wp, "midterm"),
      derivedFinal: derivedWaveDate(wp, "final"),
      window: program.evalWindowDays,
    }),
  );
}

export async function saveWaveDates(
  deps: WorkerDeps,
  submitter: Submitter,
  input: { programId: number | undefined; values: StateValues },
): Promise<void> {
  const program = input.programId === undefined ? undefined : programRow(deps.db, input.programId);
  if (!program)
    return submitter.refuse({ "steering.waves.midterm": submitter.t.plain("common.error.no_program") });
  const result = validateWaveForm(program, readWavesForm(input.values));
  if (!result.ok) return submitter.refuse(wavesErrorsByBlock(submitter.t, result.errors));
  setWaveDates(deps.db, program.id, result, deps.clock());
  deps.logger.info(`steering: ${submitter.userId} set the evaluation dates of program ${program.id}`);
  await submitter.accept();
  await submitter.reply(submitter.t("steering.waves.saved"));
}
