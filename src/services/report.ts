import type { TopLevelSpec } from "vega-lite";
import {
  type ProgramRow,
  previousProgram,
  type ReportRows,
  readProgramHistory,
  readReportRows,
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
import { openDm, shareFiles } from "../slack/files";
import { buildReportMessage, funnelAltText, growthAltText } from "../slack/views/steering";
import type { Actor } from "./actor";
import { pickCohort } from "./cohorts";

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
    history: readProgramHistory(
      deps.db,
      program.id,
      rows.tandems.map((x) => x.id),
    ),
  };
  return { input, report: buildReport(input), rows };
}

interface Chart {
  name: "growth" | "funnel";
  spec: TopLevelSpec;
  title: string;
  alt: string;
}

/** The charts there is something to draw for, titled with the number of people behind them. */
function reportCharts(t: Translator, report: SteeringReport, custom: Record<string, string>): Chart[] {
  const people = report.funnel.find((s) => s.stage === "people")?.count;
  const charts: (Chart | undefined)[] = [
    (() => {
      const spec = growthSpec(t, report, custom);
      return spec
        ? {
            name: "growth" as const,
            spec,
            title: t.plain("steering.report.chart.growth_n", { n: report.growthPeople }),
            alt: growthAltText(t, report, custom),
          }
        : undefined;
    })(),
    (() => {
      const spec = funnelSpec(t, report);
      return spec
        ? {
            name: "funnel" as const,
            spec,
            title: t.plain("steering.report.chart.funnel_n", {
              n: people?.shown ? people.value : report.people,
            }),
            alt: funnelAltText(t, report),
          }
        : undefined;
    })(),
  ];
  return charts.filter((c): c is Chart => c !== undefined);
}

/**
 * The charts, once: one message with both images right after the report (not also inside it, issue
 * 19). An upload that fails is tried once more; if it fails again the report has still arrived, and
 * a short note says so.
 */
async function sendCharts(
  deps: WorkerDeps,
  t: Translator,
  channelId: string,
  report: SteeringReport,
  charts: readonly Chart[],
): Promise<void> {
  if (charts.length === 0) return;
  const files = await Promise.all(
    charts.map(async (c) => ({
      filename: `${c.name}-p${report.programId}.png`,
      title: c.title,
      altText: c.alt,
      content: await renderPng(c.spec),
    })),
  );
  const comment = t("steering.report.fallback", { program: report.programName });
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      await shareFiles(deps.client, { channelId, initialComment: comment, files });
      return;
    } catch (error) {
      deps.logger.warn(`steering: the report's charts failed (attempt ${attempt})`, error);
    }
  }
  await deps.client.chat.postMessage({ channel: channelId, text: t("steering.report.charts_failed") });
}

/**
 * `/mentoring report` and the App Home's button (managers): the report of the current program (or
 * the one asked for), optionally beside the previous cohort, delivered to the DM, its charts after it.
 */
export async function sendReport(
  deps: WorkerDeps,
  actor: Actor,
  input: { programId?: number | undefined; cohort?: string; compare?: boolean; confirm?: boolean },
  firstSuccesses: FirstSuccesses = CLOSING_SUCCESSES,
): Promise<void> {
  const { t } = actor;
  const program = await pickCohort(deps, actor, { ...input, action: "report" });
  if (!program) return;
  const now = deps.clock();
  const { input: rows, report } = steeringReport(deps, program, now, firstSuccesses);
  const previous = previousProgram(deps.db, program);
  let compare: Parameters<typeof buildReportMessage>[1]["compare"];
  if (input.compare) {
    const prev = previous ? steeringReport(deps, previous, now) : undefined;
    compare = {
      current: summarize(report, rows),
      previous: prev ? summarize(prev.report, prev.input) : null,
    };
  }
  const charts = reportCharts(t, report, program.customTopics);
  let channel: string;
  try {
    channel = await openDm(deps.client, actor.userId);
    const message = buildReportMessage(t, {
      report,
      topicsCustom: program.customTopics,
      charts: { titles: charts.map((c) => c.title) },
      hasPrevious: previous !== undefined,
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
  try {
    await sendCharts(deps, t, channel, report, charts);
  } catch (error) {
    deps.logger.error(`steering: the report's charts for ${actor.userId} failed`, error);
  }
  if (input.confirm) await actor.reply(t("steering.report.sent"));
}
