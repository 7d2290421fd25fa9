import {
  createProgram,
  currentProgram,
  getProgram,
  type Program,
  setAnnouncementChannel,
  setSignupOpen,
  updateProgram,
} from "../db/queries/programs";
import type { WorkerDeps } from "../deps";
import { type ProgramForm, todayIn, validateProgram } from "../domain/program";
import { translator } from "../i18n";
import { platformErrorCode } from "../slack/errors";
import { ids } from "../slack/ids";
import { mentionChannel } from "../slack/text";
import {
  buildAnnouncement,
  buildProgramModal,
  buildProgramSavedView,
  errorsByBlock,
  formatDate,
} from "../slack/views/setup";
import type { Actor, Submitter } from "./actor";
import { carryOverCohort } from "./close";
import { publishHome } from "./home";

/** Where `/mentoring announce` should post: a channel id, or a name Slack resolves. */
export type AnnounceTarget = { id: string } | { name: string };

const NOT_A_MEMBER = new Set(["not_in_channel", "channel_not_found"]);

/** `/mentoring program` and the App Home's button: the create/edit modal, prefilled from the current program. */
export async function openProgramModal(deps: WorkerDeps, actor: Actor): Promise<void> {
  await actor.openModal(buildProgramModal(actor.t, { program: currentProgram(deps.db) }));
}

/**
 * Saving the program modal. The answer must be the submission's ack (errors beside the inputs, or
 * the confirmation view), so validation and the database write come before it; both are quick.
 */
export async function saveProgram(
  deps: WorkerDeps,
  submitter: Submitter,
  input: { programId: number | null; form: ProgramForm; fromProgramId?: number | undefined },
): Promise<void> {
  const { t, userId } = submitter;
  const { programId } = input;
  const now = deps.clock();
  const result = validateProgram(input.form, { now, isNew: programId === null });
  if (!result.ok) return submitter.refuse(errorsByBlock(t, result.errors));
  const refuse = (key: "setup.error.program_exists" | "setup.error.program_gone") =>
    submitter.refuse({ [ids.setup.input.name]: t.plain(key) });

  let program: Program | undefined;
  if (programId === null) {
    if (currentProgram(deps.db)) return refuse("setup.error.program_exists");
    program = createProgram(deps.db, result.settings, userId);
  } else {
    const existing = getProgram(deps.db, programId);
    program =
      existing && existing.status !== "closed"
        ? updateProgram(deps.db, programId, result.settings, now)
        : undefined;
    if (!program) return refuse("setup.error.program_gone");
  }
  await submitter.update(
    buildProgramSavedView(t, { program, created: programId === null, warnings: result.warnings }),
  );
  if (programId === null && input.fromProgramId !== undefined)
    await carryOverCohort(deps, submitter, { fromProgramId: input.fromProgramId, to: program });
  await publishHome(deps, userId);
}

/** `/mentoring signup open|close` and the App Home's buttons: switches sign-up of the current program. */
export async function changeSignup(deps: WorkerDeps, actor: Actor, input: { open: boolean }): Promise<void> {
  const { t } = actor;
  const { open } = input;
  const before = currentProgram(deps.db);
  if (!before) return actor.reply(t("setup.no_program"));
  if (before.signupOpen === open) {
    return actor.reply(
      t(open ? "setup.signup.already_open" : "setup.signup.already_closed", { name: before.name }),
    );
  }
  const now = deps.clock();
  const program = setSignupOpen(deps.db, before.id, open, now) ?? before;
  await publishHome(deps, actor.userId);
  const lines = [t(open ? "setup.signup.opened" : "setup.signup.closed", { name: program.name })];
  if (open && todayIn(program.timezone, now) > program.signupDeadline) {
    lines.push(t("setup.signup.deadline_passed", { date: formatDate(t.lang, program.signupDeadline) }));
  }
  await actor.reply(lines.join("\n"));
}

/**
 * `/mentoring announce [#channel]`: posts the sign-up announcement, in the program's language, where
 * the manager says (undefined: they typed something that is not a channel). Posted directly, not
 * through the outbox: the manager waits for the answer, which depends on whether Slack took it.
 */
export async function announceSignup(
  deps: WorkerDeps,
  actor: Actor,
  input: { channel: AnnounceTarget | undefined },
): Promise<void> {
  const { t } = actor;
  const program = currentProgram(deps.db);
  if (!program) return actor.reply(t("setup.no_program"));
  if (!input.channel) return actor.reply(t("setup.announce.bad_channel"));
  // chat.postMessage takes a channel name too, and answers with the channel's id.
  const target = "id" in input.channel ? input.channel.id : `#${input.channel.name}`;
  const message = buildAnnouncement(translator(program.language, program.address), program);
  let channelId: string;
  try {
    const res = await deps.client.chat.postMessage({
      channel: target,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    channelId = res.channel ?? target;
  } catch (error) {
    const code = platformErrorCode(error);
    deps.logger.warn(`Announcement in ${target} failed: ${code ?? String(error)}`);
    if (code && NOT_A_MEMBER.has(code)) return actor.reply(t("setup.announce.invite_first"));
    return actor.reply(t("setup.announce.failed", { error: code ?? "network" }));
  }
  setAnnouncementChannel(deps.db, program.id, channelId, deps.clock());
  // The only parameter is a channel mention built from a Slack id, so it is not escaped.
  const lines = [t.plain("setup.announce.done", { channel: mentionChannel(channelId) })];
  if (!program.signupOpen) lines.push(t("setup.announce.signup_closed_hint"));
  await actor.reply(lines.join("\n"));
}
