import type { KnownBlock } from "@slack/types";
import { allPrograms, closedPrograms } from "../db/queries/notices";
import { type ProgramRow, programRow, reportProgram } from "../db/queries/steering";
import type { Deps } from "../deps";
import { findCohort } from "../domain/cohorts";
import type { Translator } from "../i18n";
import { buildCohortChoices, buildPastCohorts } from "../slack/views/notices";
import type { Actor } from "./actor";

/*
 * Closed cohorts stay reachable (docs/decisions/notices.md): the managers' App Home lists them with
 * their report and export, and `/mentoring report` / `export` take a cohort by name.
 */

/** Past cohorts listed on the App Home; older ones are reached by name. */
export const PAST_COHORTS_SHOWN = 10;

/** Only ever called for program managers. */
export function pastCohortsSection(deps: Deps, t: Translator): KnownBlock[][] {
  const closed = closedPrograms(deps.db);
  if (closed.length === 0) return [];
  const shown = closed.slice(0, PAST_COHORTS_SHOWN);
  return [buildPastCohorts(t, shown, closed.length - shown.length)];
}

/** Slack escapes &, < and > in a command's text; a name is matched as the manager wrote it. */
function unescapeCommandText(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/**
 * The cohort a report or export is about: the one a button names, else the one typed (answering
 * with the choices when none or several match), else the default (reportProgram). Checks the
 * manager on the server again; undefined when the actor has been answered instead.
 */
export async function pickCohort(
  deps: Deps,
  actor: Actor,
  input: { programId?: number | undefined; cohort?: string | undefined; action: "report" | "export" },
): Promise<ProgramRow | undefined> {
  const { t } = actor;
  if (!actor.isManager) {
    await actor.reply(t("common.error.not_manager"));
    return undefined;
  }
  const typed = unescapeCommandText(input.cohort ?? "").trim();
  let program: ProgramRow | undefined;
  if (input.programId !== undefined) program = programRow(deps.db, input.programId);
  else if (typed !== "") {
    const choice = findCohort(allPrograms(deps.db), typed);
    if (choice.kind !== "found" && choice.choices.length > 0) {
      const message = buildCohortChoices(t, {
        typed,
        kind: choice.kind,
        choices: choice.choices,
        action: input.action,
      });
      await actor.reply(message.text, message.blocks);
      return undefined;
    }
    program = choice.kind === "found" ? choice.cohort : undefined;
  } else program = reportProgram(deps.db);
  if (!program) await actor.reply(t("steering.report.no_program"));
  return program;
}
