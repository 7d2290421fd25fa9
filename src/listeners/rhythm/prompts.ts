import type { Deps } from "../../deps";
import { listPrompts, openPromptModal, removePrompt, submitPrompt } from "../../services/prompts";
import { ids } from "../../slack/ids";
import { values } from "../../slack/values";
import { readPromptForm } from "../../slack/views/rhythmSchedule";
import type { Registrar } from "../registrar";

export function registerPrompts(r: Registrar, deps: Deps): void {
  r.subcommand("prompt", {
    managerOnly: true,
    run: (ctx) => {
      const verb = (ctx.args[0] ?? "add").toLowerCase();
      const worker = { ...deps, client: ctx.client };
      if (verb === "list") return listPrompts(worker, ctx);
      if (verb === "add") return openPromptModal(worker, ctx);
      return ctx.reply(ctx.t("rhythm.prompt.usage"));
    },
  });
  const managerOnly = { managerOnly: true };
  r.click(
    ids.rhythm.promptOpen,
    (click) => openPromptModal({ ...deps, client: click.client }, click),
    managerOnly,
  );
  r.click(
    ids.rhythm.promptList,
    (click) => listPrompts({ ...deps, client: click.client }, click),
    managerOnly,
  );
  r.click(
    ids.rhythm.promptRemove,
    (click) =>
      removePrompt({ ...deps, client: click.client }, click, {
        promptId: values.rhythm.promptRemove.parse(click.value)?.id,
      }),
    managerOnly,
  );
  r.submission(
    ids.rhythm.promptModal,
    (submission) =>
      submitPrompt({ ...deps, client: submission.client }, submission, {
        programId: values.rhythm.program.parse(submission.view.private_metadata)?.p,
        form: readPromptForm(submission.view.state.values),
      }),
    managerOnly,
  );
}
