import { stringify } from "csv-stringify/sync";
import { exportParticipants, recordExport } from "../db/queries/steering";
import type { WorkerDeps } from "../deps";
import { PHASES, type SteeringReport } from "../domain/steering/report";
import type { Cell, Guarded } from "../domain/steering/stats";
import type { Translator } from "../i18n";
import { openDm, shareFile } from "../slack/files";
import type { Actor } from "./actor";
import { pickCohort } from "./cohorts";
import { steeringReport } from "./report";

/*
 * `/mentoring export` (managers): three CSV files in the manager's DM, written with csv-stringify.
 * Participants and tandems carry facts, never free text; the wave aggregates follow the report's
 * k ≥ 3 rule (a hidden figure is an empty value with a note). Each export is recorded.
 */

export type Row = (string | number | null)[];

export const PARTICIPANT_COLUMNS = [
  "participant_id",
  "user_id",
  "name",
  "role",
  "status",
  "department",
  "tandem_id",
  "tandem_status",
];
export const TANDEM_COLUMNS = [
  "tandem_id",
  "status",
  "mentor_user_id",
  "mentee_user_id",
  "launched_on",
  "ended_on",
  "paused_until",
  "checkins",
  "checkin_answers",
  "meetings",
  "last_met_on",
  "action_plan",
];
export const WAVE_COLUMNS = ["wave", "role", "measure", "value", "n", "note"];

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "");

/** One cell of a guarded distribution: hidden with its group, or on its own (small or complement). */
function cellOf<K>(d: Guarded<Map<K, Cell>>, key: K): Guarded<number> | Cell {
  if (!d.shown) return d;
  const c = d.value.get(key) ?? 0;
  return typeof c === "number" ? { shown: true, value: c, n: d.n } : c;
}

export function aggregateRows(t: Translator, report: SteeringReport): Row[] {
  const hidden = t.plain("steering.export.hidden");
  const rows: Row[] = [];
  // A hidden figure is empty with a note: too few answers, a cell of one or two ("small"), or hidden
  // so that those cannot be worked out ("complement", a withheld median or quartile).
  const note = (g: Guarded<number> | Cell) => {
    if (typeof g === "number") return "";
    if ("hidden" in g)
      return t.plain(g.hidden === "small" ? "steering.export.small" : "steering.export.withheld");
    return g.shown ? "" : g.withheld ? t.plain("steering.export.withheld") : hidden;
  };
  const add = (wave: string, role: string, measure: string, g: Guarded<number> | Cell) =>
    rows.push(
      typeof g === "object" && "shown" in g && g.shown
        ? [wave, role, measure, g.value, g.n, ""]
        : [wave, role, measure, "", "", note(g)],
    );
  for (const f of report.perWaveRole) {
    add(f.wave, f.role, "invited", {
      ...f.responseRate,
      ...(f.responseRate.shown ? { value: f.invited } : {}),
    });
    add(f.wave, f.role, "answered", {
      ...f.responseRate,
      ...(f.responseRate.shown ? { value: f.answered } : {}),
    });
    add(f.wave, f.role, "response_rate_percent", f.responseRate);
    const s = f.satisfactionSpread;
    add(f.wave, f.role, "satisfaction_median", s.median);
    add(f.wave, f.role, "satisfaction_q1", s.q1);
    add(f.wave, f.role, "satisfaction_q3", s.q3);
    for (const level of [1, 2, 3, 4, 5]) {
      const d = f.satisfaction;
      add(f.wave, f.role, `satisfaction_${level}`, cellOf(d, level));
    }
    for (const answer of ["yes", "no", "unsure"] as const) {
      const d = f.again;
      add(f.wave, f.role, `again_${answer}`, cellOf(d, answer));
    }
  }
  for (const g of report.growth) {
    for (const phase of PHASES) {
      const s = g.byPhase[phase];
      add(
        phase,
        "mentee",
        `level_median:${g.topic}`,
        s.shown ? { shown: true, value: s.value.median, n: s.n } : s,
      );
      add(phase, "mentee", `level_q1:${g.topic}`, s.shown ? { shown: true, value: s.value.q1, n: s.n } : s);
      add(phase, "mentee", `level_q3:${g.topic}`, s.shown ? { shown: true, value: s.value.q3, n: s.n } : s);
    }
  }
  const m = report.meetingsPerTandem;
  add("program", "tandem", "meetings_median", m.shown ? { shown: true, value: m.value.median, n: m.n } : m);
  add("program", "tandem", "checkin_response_rate_percent", report.checkinResponseRate);
  add("program", "tandem", "with_action_plan", report.withPlan);
  add("program", "tandem", "stalled", report.stalled);
  add("program", "tandem", "paused", report.paused);
  return rows;
}

export async function exportCsv(
  deps: WorkerDeps,
  actor: Actor,
  input: { programId?: number | undefined; cohort?: string; confirm?: boolean },
): Promise<void> {
  const { t } = actor;
  const program = await pickCohort(deps, actor, { ...input, action: "export" });
  if (!program) return;
  const now = deps.clock();
  const { rows, report } = steeringReport(deps, program, now);
  const tandemOf = new Map<number, { id: number; status: string }>();
  for (const tandem of rows.tandems) {
    tandemOf.set(tandem.mentorParticipantId, tandem);
    tandemOf.set(tandem.menteeParticipantId, tandem);
  }
  const people = exportParticipants(deps.db, program.id).map((p): Row => {
    const tandem = tandemOf.get(p.id);
    return [
      p.id,
      p.userId,
      p.realName ?? "",
      p.role,
      p.status,
      p.department ?? "",
      tandem?.id ?? "",
      tandem?.status ?? "",
    ];
  });
  const tandems = rows.tandems.map(
    (x): Row => [
      x.id,
      x.status,
      x.mentorUserId,
      x.menteeUserId,
      day(x.launchedAt),
      day(x.endedAt),
      x.pausedUntil ?? "",
      x.checkins,
      x.checkinAnswers,
      x.meetings,
      x.lastMetOn ?? "",
      x.hasPlan ? "yes" : "no",
    ],
  );
  const waves = aggregateRows(t, report);
  const files = [
    { name: `participants-p${program.id}.csv`, columns: PARTICIPANT_COLUMNS, rows: people },
    { name: `tandems-p${program.id}.csv`, columns: TANDEM_COLUMNS, rows: tandems },
    { name: `evaluation-p${program.id}.csv`, columns: WAVE_COLUMNS, rows: waves },
  ];
  const delivered: { name: string; fileId: string; rows: number }[] = [];
  try {
    const channel = await openDm(deps.client, actor.userId);
    for (const [i, file] of files.entries()) {
      const content = stringify([file.columns, ...file.rows]);
      const fileId = await shareFile(deps.client, {
        channelId: channel,
        filename: file.name,
        title: file.name,
        content,
        ...(i === 0 ? { initialComment: t("steering.export.comment", { program: program.name }) } : {}),
      });
      delivered.push({ name: file.name, fileId, rows: file.rows.length });
    }
  } catch (error) {
    deps.logger.error(`steering: the export for ${actor.userId} failed`, error);
    return actor.reply(t("steering.report.failed"));
  } finally {
    if (delivered.length > 0)
      recordExport(deps.db, { programId: program.id, userId: actor.userId, files: delivered, now });
  }
  deps.logger.info(`steering: ${actor.userId} exported program ${program.id} (${delivered.length} files)`);
  if (input.confirm) await actor.reply(t("steering.export.sent"));
}
