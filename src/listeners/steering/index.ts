import type { Deps } from "../../deps";
import { openEvaluation, openWaveDates, saveWaveDates, submitEvaluation } from "../../services/evaluations";
import { exportCsv } from "../../services/export";
import { sendReport } from "../../services/report";
import { ids } from "../../slack/ids";
import { values } from "../../slack/values";
import type { Click } from "../interaction";
import type { Registrar } from "../registrar";

/** Steering: evaluation waves (DM button, modal, wave dates), the report and the CSV export. */
export function registerSteering(r: Registrar, deps: Deps): void {
  r.click(
    ids.steering.evalOpen,
    async (click) => {
      const input = values.steering.evaluation.parse(click.value);
      if (!input) return click.reply(click.t("steering.not_participant"));
      await openEvaluation({ ...deps, client: click.client }, click, { programId: input.p, wave: input.w });
    },
    { modalFirst: true },
  );
  r.submission(ids.steering.evalModal, (submission) => {
    const meta = values.steering.evaluation.parse(submission.view.private_metadata);
    return submitEvaluation({ ...deps, client: submission.client }, submission, {
      programId: meta?.p,
      wave: meta?.w,
      values: submission.view.state.values,
    });
  });
  r.click(
    ids.steering.wavesOpen,
    async (click) => {
      const input = values.steering.program.parse(click.value);
      if (input) await openWaveDates({ ...deps, client: click.client }, click, { programId: input.p });
    },
    { managerOnly: true, modalFirst: true },
  );
  r.submission(
    ids.steering.wavesModal,
    (submission) =>
      saveWaveDates({ ...deps, client: submission.client }, submission, {
        programId: values.steering.program.parse(submission.view.private_metadata)?.p,
        values: submission.view.state.values,
      }),
    { managerOnly: true },
  );
  registerReports(r, deps);
}

const programOf = (click: Click) => values.steering.program.parse(click.value)?.p;

const isCompare = (word: string) => /^(compare|vergleich|vergleichen)$/i.test(word);

/** `/mentoring report [compare] [cohort]` and `/mentoring export [cohort]`: the cohort as typed. */
function registerReports(r: Registrar, deps: Deps): void {
  r.subcommand("report", {
    managerOnly: true,
    run: (ctx) =>
      sendReport({ ...deps, client: ctx.client }, ctx, {
        compare: ctx.args.some(isCompare),
        cohort: ctx.args.filter((a) => !isCompare(a)).join(" "),
        confirm: true,
      }),
  });
  r.subcommand("export", {
    managerOnly: true,
    run: (ctx) => exportCsv({ ...deps, client: ctx.client }, ctx, { cohort: ctx.rest, confirm: true }),
  });
  r.click(
    ids.steering.report,
    (click) => sendReport({ ...deps, client: click.client }, click, { programId: programOf(click) }),
    { managerOnly: true },
  );
  r.click(
    ids.steering.compare,
    (click) =>
      sendReport({ ...deps, client: click.client }, click, { programId: programOf(click), compare: true }),
    { managerOnly: true },
  );
  r.click(
    ids.steering.export,
    (click) => exportCsv({ ...deps, client: click.client }, click, { programId: programOf(click) }),
    { managerOnly: true },
  );
}
