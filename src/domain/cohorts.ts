/*
 * Which cohort a manager means when she types one after `/mentoring report` or `/mentoring export`:
 * the name as typed, case and spacing aside; else the one name that contains it. Nothing typed keeps
 * the default (the cohort being run, else the last closed one).
 */

export interface CohortName {
  id: number;
  name: string;
}

export type CohortChoice<C extends CohortName> =
  | { kind: "found"; cohort: C }
  | { kind: "ambiguous"; choices: C[] }
  | { kind: "unknown"; choices: C[] };

const fold = (s: string) => s.normalize("NFC").toLocaleLowerCase("de").replace(/\s+/g, " ").trim();

/** `cohorts` newest first; the choices keep that order. */
export function findCohort<C extends CohortName>(cohorts: readonly C[], typed: string): CohortChoice<C> {
  const query = fold(typed);
  const exact = cohorts.filter((c) => fold(c.name) === query);
  if (exact.length === 1 && exact[0]) return { kind: "found", cohort: exact[0] };
  if (exact.length > 1) return { kind: "ambiguous", choices: exact };
  const partial = cohorts.filter((c) => fold(c.name).includes(query));
  if (partial.length === 1 && partial[0]) return { kind: "found", cohort: partial[0] };
  if (partial.length > 1) return { kind: "ambiguous", choices: partial };
  return { kind: "unknown", choices: [...cohorts] };
}
