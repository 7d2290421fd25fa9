import type { TandemInfo } from "../db/queries/checkins";
import type { Deps } from "../deps";
import { buildPauseModal } from "../slack/views/rhythmPause";
import type { Actor } from "./actor";
import { programToday } from "./tandems";

export const liveTandem = (info: TandemInfo) =>
  info.tandem.status === "active" || info.tandem.status === "paused";

/** Opens the pause modal (from the command, or a manager's alert follow-up) for a running tandem. */
export async function openPauseModal(deps: Deps, actor: Actor, info: TandemInfo): Promise<void> {
  if (!liveTandem(info)) {
    await actor.reply(actor.t("rhythm.pause.ended"));
    return;
  }
  await actor.openModal(
    buildPauseModal(actor.t, {
      tandemId: info.tandem.id,
      today: programToday(info, deps.clock()),
      programEnd: info.program.endDate,
      pausedUntil: info.tandem.pausedUntil,
    }),
  );
}
