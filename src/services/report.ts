import type { WebClient } from "@slack/web-api";
import {
  type ProgramRow,
  previousProgram,
  type ReportRows,
  readReportRows,
  reportProgram,
  runningTandemSnapshots,
  waveProgram,
} from "../db/queries/steering";
import { sharedSuccesses } from "../db/queries/successes";
import type { Deps, WorkerDeps } from "../deps";
import { stallLevel } from "../domain/rhythm/due";
import { programCalendar } from "../domain/rhythm/holidays";
import { buildReport, type ReportInput, type SteeringReport, summarize } from "../domain/steering/report";
import { WAVES, waveDates, wavePhase } from "../domain/steering/waves";
import type { Translator } from "../i18n";
import { funnelSpec, growthSpec, renderPng } from "../slack/charts";
import { openDm, shareFile } from "../slack/files";
import {
  buildReportMessage,
  funnelAltText,
  growthAltText,
  type UploadedChart,
} from "../slack/views/steering";
import type { Actor } from "./actor";

/*
 * The steering report for program managers (docs/decisions/steering.md): figures computed by the
 * domain under the k ≥ 3 rule, two charts rendered on the server and uploaded to the manager's DM,
 * and the report message there showing them.
 */

/** The consented "first successes" of a program, as the closing collected them. */
export type FirstSuccesses = (deps: Deps, programId: number) => readonly { text: string }[];
/** Only texts both members of a tandem agreed to share (db/queries/successes). */
export const CLOSING_SUCCESSES: FirstSuccesses = (deps, programId) => sharedSuccesses(deps.db, programId);

/** The rows of one program as the report's input, and the report. */
export function steeringReport(
  deps: Deps,
  program: ProgramRow,
  now: Date,
  firstSuccesses: FirstSuccesses = CLOSING_SUCCESSES,
): { input: ReportInput; report: SteeringReport; rows: ReportRows } {
  const stalled = new Set<number>();
  const paused = new Set<number>();
  for (const tandem of runningTandemSnapshots(deps.db, program.id)) {
    const level = stallLevel({ ...program, calendar: programCalendar(program) }, tandem, now);
    if (level === "at_risk") stalled.add(tandem.id);
    if (level === "paused") paused.add(tandem.id);
  }
  const rows = readReportRows(deps.db, program.id, stalled, paused);
  const wp = waveProgram(program);
  const input: ReportInput = {
    programId: program.id,
    programName: program.name,
    topics: program.topics,
    waves: WAVES.map((wave) => ({ ...waveDates(wp, wave), phase: wavePhase(wp, wave, now) })),
    tandems: rows.tandems,
    roles: rows.roles,
    invited: rows.invited,
    evaluations: rows.evaluations,
    ratings: rows.ratings,
    successes: firstSuccesses(deps, program.id),
  };
  return { input, report: buildReport(input), rows };
}

async function uploadCharts(
  client: WebClient,
  t: Translator,
  channelId: string,
  report: SteeringReport,
  custom: Record<string, string>,
): Promise<{ growth?: UploadedChart; funnel?: UploadedChart }> {
  const out: { growth?: UploadedChart; funnel?: UploadedChart } = {};
  const charts = [
    {
      name: "growth" as const,
      spec: growthSpec(t, report, custom),
      title: t.plain("steering.report.chart.growth"),
      alt: growthAltText(t, report, custom),
    },
    {
      name: "funnel" as const,
      spec: funnelSpec(t, report),
      title: t.plain("steering.report.chart.funnel"),
      alt: funnelAltText(t, report),
    },
  ];
  for (const chart of charts) {
    if (!chart.spec) continue;
    const png = await renderPng(chart.spec);
    const fileId = await shareFile(client, {
      channelId,
      filename: `${chart.name}-p${report.programId}.png`,
      title: chart.title,
      content: png,
      altText: chart.alt,
    });
    out[chart.name] = { fileId, title: chart.title, altText: chart.alt };
  }
  return out;
}

/**
 * `/mentoring report` and the App Home's button (managers): the report of the current program (or
 * the one asked for), optionally beside the previous cohort, delivered with its charts to the DM.
 */
export async function sendReport(
  deps: WorkerDeps,
  actor: Actor,
  input: { programId?: number | undefined; compare?: boolean; confirm?: boolean },
  firstSuccesses: FirstSuccesses = CLOSING_SUCCESSES,
): Promise<void> {
  const { t } = actor;
  const program = reportProgram(deps.db, input.programId);
  if (!program) return actor.reply(t("steering.report.no_program"));
  const now = deps.clock();
  const { input: rows, report } = steeringReport(deps, program, now, firstSuccesses);
  let compare: Parameters<typeof buildReportMessage>[1]["compare"];
  if (input.compare) {
    const previous = previousProgram(deps.db, program);
    const prev = previous ? steeringReport(deps, previous, now) : undefined;
    compare = {
      current: summarize(report, rows),
      previous: prev ? summarize(prev.report, prev.input) : null,
    };
  }
  try {
    const channel = await openDm(deps.client, actor.userId);
    const charts = await uploadCharts(deps.client, t, channel, report, program.customTopics);
    const message = buildReportMessage(t, {
      report,
      topicsCustom: program.customTopics,
      charts,
      ...(compare ? { compare } : {}),
    });
    await deps.client.chat.postMessage({
      channel,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
    });
    deps.logger.info(`steering: report of program ${program.id} sent to ${actor.userId}`);
  } catch (error) {
    deps.logger.error(`steering: the report for ${actor.userId} failed`, error);
    return actor.reply(t("steering.report.failed"));
  }
  if (input.confirm) await actor.reply(t("steering.report.sent"));
}
