import {
  isMember,
  pauseTandem,
  resumeTandem,
  type TandemInfo,
  tandemInChannel,
  tandemInfo,
} from "../db/queries/checkins";
import type { Deps, WorkerDeps } from "../deps";
import { enqueue } from "../outbox/enqueue";
import { ids } from "../slack/ids";
import { formatDate } from "../slack/views/homeParts";
import {
  buildPausedMessage,
  buildPauseModal,
  buildResumedMessage,
  readPauseForm,
} from "../slack/views/rhythmPause";
import type { Actor, Submitter } from "./actor";
import { pauseNoticeOps } from "./notices";
import { programToday, tandemTranslator } from "./tandems";

const PAUSE_BATCH = "rhythm:pause";

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

/** The tandem of the channel the command was typed in, if the actor may pause it; else a private hint. */
async function tandemHere(
  deps: Deps,
  actor: Actor,
  input: { channelId: string; command: "pause" | "resume" },
): Promise<TandemInfo | undefined> {
  const info = tandemInChannel(deps.db, input.channelId);
  if (!info) {
    await actor.reply(actor.t("rhythm.pause.not_in_tandem", { command: input.command }));
    return undefined;
  }
  if (!isMember(info, actor.userId) && !actor.isManager) {
    await actor.reply(actor.t("rhythm.pause.not_allowed"));
    return undefined;
  }
  return info;
}

/** `/mentoring pause` in a tandem channel: its members or a program manager. */
export async function pauseHere(deps: WorkerDeps, actor: Actor, input: { channelId: string }): Promise<void> {
  const info = await tandemHere(deps, actor, { channelId: input.channelId, command: "pause" });
  if (info) await openPauseModal(deps, actor, info);
}

/** `/mentoring resume`: ends a pause early; the channel is told. */
export async function resumeHere(
  deps: WorkerDeps,
  actor: Actor,
  input: { channelId: string },
): Promise<void> {
  const info = await tandemHere(deps, actor, { channelId: input.channelId, command: "resume" });
  if (info) await resume(deps, actor, info);
}

/** The tandem a button names, if the clicker is one of its members or a program manager. */
async function tandemOfButton(
  deps: Deps,
  actor: Actor,
  tandemId: number | undefined,
): Promise<TandemInfo | undefined> {
  const info = tandemId === undefined ? undefined : tandemInfo(deps.db, tandemId);
  if (!info || !liveTandem(info)) {
    await actor.reply(actor.t("rhythm.pause.ended"));
    return undefined;
  }
  if (!isMember(info, actor.userId) && !actor.isManager) {
    deps.logger.warn(`Refused a pause button from ${actor.userId} for tandem ${info.tandem.id}`);
    await actor.reply(actor.t("rhythm.pause.not_allowed"));
    return undefined;
  }
  return info;
}

/** "Pause the check-ins" on a nudge: the pause modal, as `/mentoring pause` opens it. */
export async function pauseFromButton(
  deps: WorkerDeps,
  actor: Actor,
  input: { tandemId: number | undefined },
): Promise<void> {
  const info = await tandemOfButton(deps, actor, input.tandemId);
  if (info) await openPauseModal(deps, actor, info);
}

/** "Resume now" on the pause notice: ends the pause, as `/mentoring resume` does. */
export async function resumeFromButton(
  deps: WorkerDeps,
  actor: Actor,
  input: { tandemId: number | undefined },
): Promise<void> {
  const info = await tandemOfButton(deps, actor, input.tandemId);
  if (info) await resume(deps, actor, info);
}

async function resume(deps: WorkerDeps, actor: Actor, info: TandemInfo): Promise<void> {
  const today = programToday(info, deps.clock());
  const resumed = deps.db.transaction((tx) => {
    if (!resumeTandem(tx, info.tandem.id, today)) return false;
    if (info.tandem.channelId) {
      const msg = buildResumedMessage(tandemTranslator(info), { userId: actor.userId });
      enqueue(tx, PAUSE_BATCH, [
        {
          key: `rhythm:resume:t${info.tandem.id}:${info.tandem.pausedUntil ?? "open"}:${today}`,
          kind: "message.post",
          args: { channel: info.tandem.channelId, text: msg.text, blocks: msg.blocks },
        },
      ]);
    }
    return true;
  });
  if (!resumed) return actor.reply(actor.t("rhythm.pause.not_paused"));
  deps.wakeOutbox();
}

/** The pause modal: a day after today, at the latest the program's end; the channel is told. */
export async function submitPause(
  deps: WorkerDeps,
  submitter: Submitter,
  input: { tandemId: number | undefined; values: Parameters<typeof readPauseForm>[0] },
): Promise<void> {
  const { t, userId } = submitter;
  const refuse = (text: string) => submitter.refuse({ [ids.rhythm.pauseUntil]: text });
  const info = input.tandemId === undefined ? undefined : tandemInfo(deps.db, input.tandemId);
  if (!info || !liveTandem(info)) return refuse(t.plain("rhythm.pause.ended"));
  if (!isMember(info, userId) && !submitter.isManager) {
    deps.logger.warn(`Refused a pause from ${userId}, who is neither a member nor a program manager`);
    return refuse(t.plain("rhythm.pause.not_allowed"));
  }
  const today = programToday(info, deps.clock());
  const result = readPauseForm(input.values, today, info.program.endDate);
  if (!result.ok) {
    const end = result.end ? formatDate(t.lang, result.end) : undefined;
    return refuse(t.plain(result.error, { end }));
  }
  const { until } = result;
  const key = `rhythm:pause:t${info.tandem.id}:until${until}:on${today}`;
  const managerOps = pauseNoticeOps(deps, info, { by: userId, until, key });
  deps.db.transaction((tx) => {
    if (!pauseTandem(tx, info.tandem.id, until)) return;
    // the program managers hear of it in their DMs (services/notices)
    enqueue(tx, PAUSE_BATCH, managerOps);
    if (!info.tandem.channelId) return;
    const msg = buildPausedMessage(tandemTranslator(info), { userId, until, tandemId: info.tandem.id });
    enqueue(tx, PAUSE_BATCH, [
      {
        key,
        kind: "message.post",
        args: { channel: info.tandem.channelId, text: msg.text, blocks: msg.blocks },
      },
    ]);
  });
  await submitter.accept();
  deps.wakeOutbox();
}
