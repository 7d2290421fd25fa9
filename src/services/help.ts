import type { WorkerDeps } from "../deps";
import { buildHelpBlocks } from "../slack/views/help";
import type { Actor } from "./actor";

/** `/mentoring` and `/mentoring help` (or a subcommand nobody knows): the commands, privately; managers see theirs too. */
export async function showHelp(
  _deps: WorkerDeps,
  actor: Actor,
  input: { unknown: string | undefined },
): Promise<void> {
  const { t } = actor;
  const unknown = input.unknown !== undefined ? { unknown: input.unknown } : {};
  await actor.reply(t("help.title"), buildHelpBlocks(t, { isManager: actor.isManager, ...unknown }));
}
