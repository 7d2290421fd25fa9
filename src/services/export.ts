import { stringify } from "csv-stringify/sync";
import { exportParticipants, recordExport } from "../db/queries/steering";
import type { WorkerDeps } from "../deps";
import { PHASES, type ProgramFigures, type SteeringReport } from "../domain/steering/report";
import type { Cell, Guarded } from "../domain/steering/stats";
import { isMessageKey, type Translator } from "../i18n";
import { openDm, shareFiles } from "../slack/files";
import type { Actor } from "./actor";
import { pickCohort } from "./cohorts";
import { steeringReport } from "./report";

/*
 * `/mentoring export` (managers): one Excel workbook (a sheet per table and a definitions sheet,
 * written with exceljs, loaded only when an export is made) and the same tables as CSV files with a
 * UTF-8 byte-order mark, in one message to the manager's DM. Participants and tandems carry facts;
 * the aggregates follow the report's k ≥ 3 rule (a hidden figure is an empty value with a note);
 * free text only as the report shows it (consented, pooled, from three writers on), here in full.
 * Every column is defined in docs/data-dictionary.md and in the workbook. Each export is recorded.
 */

export type Value = string | number | Date | null;
export type Row = Value[];

export const PARTICIPANT_COLUMNS = [
  "participant_no",
  "user_id",
  "name",
  "role",
  "status",
  "department",
  "tandems",
  "tandem_ids",
  "last_tandem_id",
  "last_tandem_status",
] as const;
export const TANDEM_COLUMNS = [
  "tandem_id",
  "status",
  "mentor_no",
  "mentee_no",
  "mentor_user_id",
  "mentee_user_id",
  "launched_on",
  "ended_on",
  "replaces_tandem_id",
  "pauses",
  "paused_until",
  "checkins",
  "checkin_answers",
  "checkin_answers_asked",
  "checkins_answered",
  "meetings",
  "last_met_on",
  "action_plan",
  "goals",
  "goals_done",
  "stall_alerts",
  "help_requests",
] as const;
export const WAVE_COLUMNS = ["wave", "role", "measure", "value", "n", "note"] as const;
export const EVENT_COLUMNS = [
  "event_id",
  "kind",
  "starts_on",
  "cancelled",
  "invited",
  "going",
  "not_going",
  "no_answer",
] as const;
export const TEXT_COLUMNS = ["wave", "question", "text", "count", "writers"] as const;

export const EXPORT_TABLES = {
  participants: PARTICIPANT_COLUMNS,
  tandems: TANDEM_COLUMNS,
  evaluation: WAVE_COLUMNS,
  events: EVENT_COLUMNS,
  free_text: TEXT_COLUMNS,
} as const;
export type ExportTable = keyof typeof EXPORT_TABLES;

export interface Table {
  name: ExportTable;
  columns: readonly string[];
  rows: Row[];
}

/** A date (YYYY-MM-DD or an ISO time) as a Date at UTC midnight, for a date cell. */
function dateOf(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(`${iso.slice(0, 10)}T00:00:00.000Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** One cell of a guarded distribution: hidden with its group, or on its own (small or complement). */
function cellOf<K>(d: Guarded<Map<K, Cell>>, key: K): Guarded<number> | Cell {
  if (!d.shown) return d;
  const c = d.value.get(key) ?? 0;
  return typeof c === "number" ? { shown: true, value: c, n: d.n } : c;
}

/** The program's counts in the order of the evaluation table (docs/data-dictionary.md). */
const PROGRAM_MEASURES: readonly [string, keyof ProgramFigures][] = [
  ["people", "people"],
  ["tandems", "tandems"],
  ["rematches", "rematches"],
  ["people_in_several_tandems", "peopleInSeveralTandems"],
  ["checkins", "checkins"],
  ["checkin_answers_asked", "checkinAnswersAsked"],
  ["checkin_answers", "checkinAnswers"],
  ["checkins_answered", "checkinsAnswered"],
  ["people_answered_checkin", "peopleWhoAnsweredCheckin"],
  ["meetings", "meetings"],
  ["tandems_met", "tandemsThatMet"],
  ["stall_alerts", "stallAlerts"],
  ["stall_alerts_resolved", "stallAlertsResolved"],
  ["tandems_with_stall_alert", "tandemsWithStallAlert"],
  ["help_requests", "helpRequests"],
  ["help_requests_resolved", "helpRequestsResolved"],
  ["pauses", "pauses"],
  ["tandems_paused", "tandemsPaused"],
  ["with_action_plan", "tandemsWithPlan"],
  ["goals_set", "goalsSet"],
  ["goals_done", "goalsDone"],
];

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
  add("program", "tandem", "meetings_q1", m.shown ? { shown: true, value: m.value.q1, n: m.n } : m);
  add("program", "tandem", "meetings_q3", m.shown ? { shown: true, value: m.value.q3, n: m.n } : m);
  add("program", "tandem", "checkin_response_rate_percent", report.checkinResponseRate);
  const p = report.program;
  for (const [measure, key] of PROGRAM_MEASURES)
    add("program", "tandem", measure, p.shown ? { shown: true, value: p.value[key], n: p.value.tandems } : p);
  return rows;
}

/** What the export is made of: the report's rows, the participants and the report itself. */
export interface ExportData {
  report: SteeringReport;
  programClosed: boolean;
  participants: readonly {
    id: number;
    userId: string;
    realName: string | null;
    role: string;
    status: string;
    department: string | null;
  }[];
  tandems: readonly {
    id: number;
    status: string;
    mentorParticipantId: number;
    menteeParticipantId: number;
    mentorUserId: string;
    menteeUserId: string;
    launchedAt: string | null;
    endedAt: string | null;
    pausedUntil: string | null;
    replacesTandemId?: number | null | undefined;
    checkins: number;
    checkinAnswers: number;
    checkinsAnswered?: number | undefined;
    meetings: number;
    lastMetOn: string | null;
    hasPlan: boolean;
  }[];
  history: {
    alerts: readonly { tandemId: number; reason: "stall" | "help" }[];
    pauses: readonly { tandemId: number }[];
    goals: readonly { tandemId: number; done: boolean }[];
  };
}

const LIVE = new Set(["launching", "active", "paused"]);

/**
 * A person's status in the export, consistent with their tandems: "in_tandem" while one of them is
 * live, "tandem_ended" once all have ended (whatever the sign-up row still says, e.g. "waiting" after
 * a rematch at the program's end), "not_matched" for someone never in a tandem of a closed program;
 * otherwise the sign-up status (draft, complete, waiting, withdrawn).
 */
export function exportStatus(
  status: string,
  tandemStatuses: readonly string[],
  programClosed: boolean,
): string {
  if (status === "withdrawn") return "withdrawn";
  if (tandemStatuses.some((s) => LIVE.has(s))) return "in_tandem";
  if (tandemStatuses.length > 0) return "tandem_ended";
  if (programClosed && status !== "draft") return "not_matched";
  return status;
}

/** The export's tables (the same in the workbook and the CSV files). */
export function exportTables(t: Translator, d: ExportData): Table[] {
  // Gap-free numbers in sign-up order: the same person keeps the same number in every file.
  const no = new Map(d.participants.map((p, i) => [p.id, i + 1]));
  const tandemsOf = new Map<number, ExportData["tandems"][number][]>();
  for (const x of d.tandems)
    for (const pid of [x.mentorParticipantId, x.menteeParticipantId])
      tandemsOf.set(pid, [...(tandemsOf.get(pid) ?? []), x]);
  const participants = d.participants.map((p): Row => {
    const own = (tandemsOf.get(p.id) ?? []).sort((a, b) => a.id - b.id);
    const last = own.at(-1);
    return [
      no.get(p.id) ?? null,
      p.userId,
      p.realName ?? "",
      p.role,
      exportStatus(
        p.status,
        own.map((x) => x.status),
        d.programClosed,
      ),
      p.department ?? "",
      own.length,
      own.map((x) => x.id).join("; "),
      last?.id ?? null,
      last?.status ?? "",
    ];
  });
  const count = <T extends { tandemId: number }>(
    list: readonly T[],
    id: number,
    pred: (x: T) => boolean = () => true,
  ) => list.filter((x) => x.tandemId === id && pred(x)).length;
  const tandems = d.tandems.map(
    (x): Row => [
      x.id,
      x.status,
      no.get(x.mentorParticipantId) ?? null,
      no.get(x.menteeParticipantId) ?? null,
      x.mentorUserId,
      x.menteeUserId,
      dateOf(x.launchedAt),
      dateOf(x.endedAt),
      x.replacesTandemId ?? null,
      count(d.history.pauses, x.id),
      dateOf(x.pausedUntil),
      x.checkins,
      Math.min(x.checkinAnswers, 2 * x.checkins),
      2 * x.checkins,
      Math.min(x.checkinsAnswered ?? 0, x.checkins),
      x.meetings,
      dateOf(x.lastMetOn),
      x.hasPlan || count(d.history.goals, x.id) > 0 ? "yes" : "no",
      count(d.history.goals, x.id),
      count(d.history.goals, x.id, (g) => g.done),
      count(d.history.alerts, x.id, (a) => a.reason === "stall"),
      count(d.history.alerts, x.id, (a) => a.reason === "help"),
    ],
  );
  const events = d.report.events.map(
    (e): Row => [
      e.id,
      e.kind,
      dateOf(e.startsAt),
      e.cancelled ? "yes" : "no",
      e.invited,
      e.going,
      e.notGoing,
      Math.max(0, e.invited - e.going - e.notGoing),
    ],
  );
  const texts = d.report.texts.flatMap((x) =>
    x.items.shown ? x.items.value.map((g): Row => [x.wave, x.question, g.text, g.count, x.writers]) : [],
  );
  return [
    { name: "participants", columns: PARTICIPANT_COLUMNS, rows: participants },
    { name: "tandems", columns: TANDEM_COLUMNS, rows: tandems },
    { name: "evaluation", columns: WAVE_COLUMNS, rows: aggregateRows(t, d.report) },
    { name: "events", columns: EVENT_COLUMNS, rows: events },
    { name: "free_text", columns: TEXT_COLUMNS, rows: texts },
  ];
}

/** A column's definition in the reader's language (docs/data-dictionary.md says the same). */
export function definitionOf(t: Translator, table: ExportTable, column: string): string {
  const key = `steering.dict.${table}.${column}`;
  return isMessageKey(key) ? t.plain(key) : "";
}

/** CSV with a UTF-8 byte-order mark, so Excel opens umlauts right on a double-click; dates as YYYY-MM-DD. */
export function csvOf(table: Table): string {
  const cell = (v: Value) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
  return `\uFEFF${stringify([[...table.columns], ...table.rows.map((r) => r.map(cell))])}`;
}

/** The workbook: one sheet per table (dates as dates, numbers as numbers) and a definitions sheet. */
export async function workbookOf(t: Translator, tables: readonly Table[], now: Date): Promise<Buffer> {
  // Loaded with the first export, not with the app (its idle memory stays as it was).
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = "Tandem";
  wb.created = now;
  wb.modified = now;
  for (const table of tables) {
    const ws = wb.addWorksheet(table.name);
    ws.addRow([...table.columns]).font = { bold: true };
    for (const row of table.rows) ws.addRow(row.map((v) => (v === "" ? null : v)));
    table.columns.forEach((_, i) => {
      const col = ws.getColumn(i + 1);
      if (table.rows.some((r) => r[i] instanceof Date)) col.numFmt = "yyyy-mm-dd";
      col.width = Math.min(60, Math.max(10, table.columns[i]?.length ?? 10) + 2);
    });
    ws.views = [{ state: "frozen", ySplit: 1 }];
  }
  const defs = wb.addWorksheet(t.plain("steering.export.sheet.definitions"));
  defs.addRow([
    t.plain("steering.export.def.table"),
    t.plain("steering.export.def.column"),
    t.plain("steering.export.def.meaning"),
  ]).font = { bold: true };
  for (const table of tables)
    for (const column of table.columns)
      defs.addRow([table.name, column, definitionOf(t, table.name, column)]);
  for (const [measure, meaning] of measureDefinitions(t))
    defs.addRow(["evaluation", `measure: ${measure}`, meaning]);
  defs.getColumn(1).width = 14;
  defs.getColumn(2).width = 34;
  defs.getColumn(3).width = 100;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The measures of the evaluation table, defined (the satisfaction and topic rows as families). */
export function measureDefinitions(t: Translator): [string, string][] {
  const keys = [
    "invited",
    "answered",
    "response_rate_percent",
    "satisfaction_median",
    "satisfaction_1..5",
    "again_yes|no|unsure",
    "level_median:topic",
    "meetings_median",
    "checkin_response_rate_percent",
    ...PROGRAM_MEASURES.map(([m]) => m),
  ];
  return keys.map((k) => [k, definitionOf(t, "evaluation", `measure.${k}`)]);
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
  const { rows, report, input: reportInput } = steeringReport(deps, program, now);
  const tables = exportTables(t, {
    report,
    programClosed: program.status === "closed",
    participants: exportParticipants(deps.db, program.id),
    tandems: rows.tandems,
    history: reportInput.history ?? { alerts: [], pauses: [], goals: [] },
  });
  const files = [
    {
      filename: `tandem-export-p${program.id}.xlsx`,
      title: `tandem-export-p${program.id}.xlsx`,
      content: await workbookOf(t, tables, now),
      rows: tables.reduce((s, x) => s + x.rows.length, 0),
    },
    ...tables.map((table) => ({
      filename: `${table.name}-p${program.id}.csv`,
      title: `${table.name}-p${program.id}.csv`,
      content: csvOf(table),
      rows: table.rows.length,
    })),
  ];
  let delivered: { name: string; fileId: string; rows: number }[] = [];
  try {
    const channel = await openDm(deps.client, actor.userId);
    const fileIds = await shareFiles(deps.client, {
      channelId: channel,
      initialComment: t("steering.export.comment", { program: program.name }),
      files,
    });
    delivered = files.map((f, i) => ({ name: f.filename, fileId: fileIds[i] ?? "", rows: f.rows }));
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
