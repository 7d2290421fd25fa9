import type { Deps } from "../../deps";
import { openNextCohortModal } from "../../services/close";
import { openProgramModal, saveProgram } from "../../services/setup";
import { ids } from "../../slack/ids";
import { values } from "../../slack/values";
import { readProgramForm } from "../../slack/views/setup";
import type { Registrar } from "../registrar";

/** The program modal: `/mentoring program`, the App Home's button, and saving it. */
export function registerProgram(r: Registrar, deps: Deps): void {
  r.subcommand("program", {
    managerOnly: true,
    run: (ctx) =>
      ctx.args[0]?.toLowerCase() === "new"
        ? openNextCohortModal({ ...deps, client: ctx.client }, ctx)
        : openProgramModal({ ...deps, client: ctx.client }, ctx),
  });
  r.click(ids.setup.openModal, (click) => openProgramModal({ ...deps, client: click.client }, click), {
    managerOnly: true,
  });
  r.submission(
    ids.setup.programView,
    (submission) => {
      const metadata = values.setup.programView.parse(submission.view.private_metadata);
      return saveProgram({ ...deps, client: submission.client }, submission, {
        // No program id (a new program) unless the modal was opened to edit one.
        programId: metadata?.programId ?? null,
        form: readProgramForm(submission.view.state.values),
        fromProgramId: metadata?.from,
      });
    },
    { managerOnly: true },
  );
}
