import { programsWithStatus } from "../db/queries/lifecycle";
import { setNextCohortChanges, summaryFacts, summaryRecipients } from "../db/queries/notices";
import { claimScheduledSend, sentAmong } from "../db/queries/rhythm";
import { programRow, waveProgram } from "../db/queries/steering";
import type { Deps, WorkerDeps } from "../deps";
import { participantSummary, summaryDay, summaryDue, summaryKey } from "../domain/notices";
import { langFromLocale, translator } from "../i18n";
import { enqueue } from "../outbox/enqueue";
import type { OpSpec } from "../outbox/types";
import { ids } from "../slack/ids";
import type { StateValues } from "../slack/state";
import { mentionUser, safeText } from "../slack/text";
import { formatDate } from "../slack/views/homeParts";
import { buildChangesModal, buildSummaryDm, changesFor, readChangesForm } from "../slack/views/notices";
import type { Actor, Submitter } from "./actor";

/*
 * What participants hear of their cohort (docs/decisions/notices.md): some days after the final
 * wave closed, everyone who was in a tandem gets a short summary in their language, figures over
 * three people or more only, and what changes for the next cohort where a manager wrote it.
 */

export const SUMMARY_BATCH = "summary";

/** A program's summary to each participant, once: the key in scheduled_sends, the DMs in the outbox. */
function recordSummary(deps: Deps, program: NonNullable<ReturnType<typeof programRow>>, now: Date): string[] {
  const key = summaryKey(program.id);
  if (!summaryDue(waveProgram(program), now) || sentAmong(deps.db, [key]).size > 0) return [];
  return deps.db.transaction((tx) => {
    if (!claimScheduledSend(tx, { key, programId: program.id, kind: "summary", now })) return [];
    const summary = participantSummary(summaryFacts(tx, program.id));
    const texts = { de: program.nextCohortChangesDe, en: program.nextCohortChangesEn };
    const ops = summaryRecipients(tx, program.id).map((p): OpSpec => {
      const t = translator(langFromLocale(p.locale, program.language), program.address);
      const message = buildSummaryDm(t, { program: program.name, summary, changes: changesFor(t, texts) });
      return {
        key: `${key}:${p.userId}`,
        kind: "dm.post",
        args: { user: p.userId, ...message },
        about: mentionUser(p.userId),
      };
    });
    enqueue(tx, SUMMARY_BATCH, ops);
    return [key];
  });
}

/** The scheduler's step for the participants' summaries; the keys recorded. */
export function recordParticipantSummaries(deps: Deps, now: Date): string[] {
  const keys: string[] = [];
  for (const program of programsWithStatus(deps.db, ["running", "closed"])) {
    try {
      keys.push(...recordSummary(deps, program, now));
    } catch (error) {
      deps.logger.error(`summary: program ${program.id} failed`, error);
    }
  }
  if (keys.length > 0) deps.wakeOutbox();
  return keys;
}

const summarySent = (deps: Deps, programId: number) => sentAmong(deps.db, [summaryKey(programId)]).size > 0;

/** "Write what changes" (managers): the modal, prefilled, until the summary has gone out. */
export async function openChangesModal(
  deps: WorkerDeps,
  actor: Actor,
  input: { programId: number | undefined },
): Promise<void> {
  const { t } = actor;
  const program = input.programId === undefined ? undefined : programRow(deps.db, input.programId);
  if (!program) return actor.reply(t.plain("notices.changes.no_program"));
  if (summarySent(deps, program.id))
    return actor.reply(t.plain("notices.changes.too_late", { program: safeText(program.name, 200) }));
  await actor.openModal(
    buildChangesModal(t, {
      programId: program.id,
      program: program.name,
      summaryOn: summaryDay(waveProgram(program)),
      de: program.nextCohortChangesDe,
      en: program.nextCohortChangesEn,
    }),
  );
}

/** Saves what changes (both empty: nothing about changes), unless the summary has gone out. */
export async function saveChanges(
  deps: WorkerDeps,
  submitter: Submitter,
  input: { programId: number | undefined; values: StateValues | undefined },
): Promise<void> {
  const { t } = submitter;
  const program = input.programId === undefined ? undefined : programRow(deps.db, input.programId);
  const field = t.lang === "de" ? ids.notices.changesInput.de : ids.notices.changesInput.en;
  if (!program) return submitter.refuse({ [field]: t.plain("notices.changes.no_program") });
  if (summarySent(deps, program.id))
    // an input's error is plain text: the name as written
    return submitter.refuse({ [field]: t.plain("notices.changes.too_late", { program: program.name }) });
  const text = readChangesForm(input.values);
  setNextCohortChanges(deps.db, program.id, text, deps.clock());
  await submitter.accept();
  const written = text.de !== null || text.en !== null;
  const params = {
    program: safeText(program.name, 200),
    date: formatDate(t.lang, summaryDay(waveProgram(program))),
  };
  await submitter.reply(t.plain(written ? "notices.changes.saved" : "notices.changes.cleared", params));
}
