import { batchStatus } from "../../db/queries/batchStatus";
import { currentProgram } from "../../db/queries/programs";
import { launchBatch } from "../../services/launch";
import { buildLaunchStatusSection } from "../../slack/views/launchStatus";
import type { Subcommand } from "../commands/router";

/** `/mentoring launch`: where the current program's launch stands, privately, for program managers. */
export const launchStatusCommand: Subcommand = {
  managerOnly: true,
  async run({ deps, respond, t }) {
    const program = currentProgram(deps.db);
    if (!program) {
      await respond({ response_type: "ephemeral", text: t("common.error.no_program") });
      return;
    }
    const status = batchStatus(deps.db, launchBatch(program.id));
    await respond({
      response_type: "ephemeral",
      text: t("launch.status.title"),
      blocks: buildLaunchStatusSection(t, status),
    });
  },
};
