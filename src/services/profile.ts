import { runningTandemOfUser } from "../db/queries/checkins";
import {
  findParticipant,
  type Participant,
  ratingsFor,
  withdrawParticipant,
} from "../db/queries/participants";
import { currentProgram, type Program } from "../db/queries/programs";
import type { WorkerDeps } from "../deps";
import { sharesWithPartner } from "../domain/consent";
import { leaveGate } from "../domain/signup";
import type { Translator } from "../i18n";
import { enqueue } from "../outbox/enqueue";
import { actions, section } from "../slack/blocks";
import { rematchButton } from "../slack/views/rhythmRematch";
import { buildInfoModal, buildLeaveModal } from "../slack/views/signup";
import {
  buildLeaveConfirm,
  buildProfileBlocks,
  buildWithdrawnDm,
  confirmationDmOp,
  signupBatch,
} from "../slack/views/signupMessages";
import { buildShareToggle, forgetButton } from "../slack/views/trust";
import { type Actor, answerInPlace, type Submitter } from "./actor";
import { publishHome } from "./home";

/** `/mentoring profile`: one's own answers and status, privately, with Edit and Withdraw. */
export async function showProfile(deps: WorkerDeps, actor: Actor): Promise<void> {
  const { t } = actor;
  const program = currentProgram(deps.db);
  if (!program) return actor.reply(t("common.error.no_program"));
  const participant = findParticipant(deps.db, program.id, actor.userId);
  if (!participant || participant.status === "withdrawn")
    return actor.reply(t("signup.profile.not_signed_up", { program: program.name }));
  const ratings = ratingsFor(deps.db, [participant.id]).get(participant.id) ?? new Map<string, number>();
  const blocks = [
    ...buildProfileBlocks(t, program, participant, ratings),
    // trust: the share-with-partner choice stays changeable, and erasure is one click away
    ...buildShareToggle(t, sharesWithPartner(participant)),
    actions([forgetButton(t)]),
  ];
  await actor.reply(t("signup.profile.title"), blocks);
}

type LeaveCheck =
  | { ok: true; program: Program; participantId: number }
  | { ok: false; text: string; offerErasure?: boolean };

function checkLeave(
  t: Translator,
  program: Program | undefined,
  participant: Participant | undefined,
): LeaveCheck {
  if (!program) return { ok: false, text: t("common.error.no_program") };
  const gate = leaveGate(participant);
  if (gate === "not_signed_up" || !participant)
    return { ok: false, text: t("signup.leave.not_signed_up", { program: program.name }) };
  // In a tandem, leaving is the erasure step (it ends the tandem and tells partner and managers).
  if (gate === "matched")
    return {
      ok: false,
      text: `${t("signup.leave.matched", { program: program.name })}\n${t("trust.forget.offer")}`,
      offerErasure: true,
    };
  return { ok: true, program, participantId: participant.id };
}

/** Withdraws, with the DM that tells the person (keyed by the withdrawal), and refreshes their App Home. */
async function withdraw(deps: WorkerDeps, t: Translator, userId: string, check: LeaveCheck & { ok: true }) {
  const { program } = check;
  deps.db.transaction(() => {
    const withdrawn = withdrawParticipant(deps.db, check.participantId, deps.clock());
    const occasion = `withdrawn:${withdrawn?.withdrawnAt ?? deps.clock().toISOString()}`;
    const dm = buildWithdrawnDm(t, program);
    enqueue(deps.db, signupBatch(program.id), [confirmationDmOp(program.id, userId, occasion, dm)]);
  });
  deps.wakeOutbox();
  await publishHome(deps, userId);
}

/**
 * `/mentoring leave` and the Leave buttons. Confirmed (the confirmation's danger button) it
 * withdraws; otherwise it asks first: in the conversation when there is one, else (the App Home,
 * the profile's button in a modal) in a modal.
 */
export async function leaveProgram(
  deps: WorkerDeps,
  actor: Actor,
  input: { confirmed: boolean; inConversation: boolean },
): Promise<void> {
  const { t, userId } = actor;
  const { confirmed, inConversation } = input;
  const program = currentProgram(deps.db);
  const participant = program ? findParticipant(deps.db, program.id, userId) : undefined;
  if (confirmed && inConversation && program && participant?.status === "withdrawn")
    // A second click on the same confirmation: it is done already.
    return answerInPlace(actor, t("signup.leave.done", { program: program.name }));
  const check = checkLeave(t, program, participant);
  if (!check.ok) {
    // In a tandem: ask the managers for a new partner, or leave by erasure; both one click away.
    const tandem =
      program && check.offerErasure ? runningTandemOfUser(deps.db, program.id, userId) : undefined;
    const rematch = tandem ? [rematchButton(t, tandem.tandem.id)] : [];
    const offer = check.offerErasure
      ? [section(check.text), actions([...rematch, forgetButton(t)])]
      : undefined;
    if (inConversation) return actor.reply(check.text, offer);
    await actor.openModal(buildInfoModal(t, check.text));
    return;
  }
  if (!confirmed) {
    if (!inConversation) {
      await actor.openModal(buildLeaveModal(t, check.program));
      return;
    }
    const confirm = buildLeaveConfirm(t, check.program);
    return actor.reply(confirm.text, confirm.blocks);
  }
  if (inConversation) await answerInPlace(actor, t("signup.leave.done", { program: check.program.name }));
  await withdraw(deps, t, userId, check);
}

/** The confirmation modal (from the App Home) was submitted. */
export async function submitLeave(deps: WorkerDeps, submitter: Submitter): Promise<void> {
  const { t, userId } = submitter;
  const program = currentProgram(deps.db);
  const check = checkLeave(t, program, program ? findParticipant(deps.db, program.id, userId) : undefined);
  if (!check.ok) return submitter.update(buildInfoModal(t, check.text));
  await submitter.accept();
  await withdraw(deps, t, userId, check);
}

/** "Cancel" on the leave confirmation: it makes way for a note that nothing changed. */
export async function cancelLeave(deps: WorkerDeps, actor: Actor): Promise<void> {
  const program = currentProgram(deps.db);
  await answerInPlace(actor, actor.t("signup.leave.cancelled", { program: program?.name ?? "" }));
}
