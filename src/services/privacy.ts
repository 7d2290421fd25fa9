import { listProgramManagers } from "../db/queries/managers";
import { findParticipant } from "../db/queries/participants";
import { gatherSubject, subjectOf } from "../db/queries/personalData";
import { currentProgram } from "../db/queries/programs";
import { liveTandemsOf, participationsOf, setConsent, setShareWithPartner } from "../db/queries/trust";
import type { WorkerDeps } from "../deps";
import { CONSENT_VERSION, sharesWithPartner } from "../domain/consent";
import { openDm, shareFile } from "../slack/files";
import { mentionUser } from "../slack/text";
import { buildInfoModal } from "../slack/views/signup";
import { buildForgetDoneView, buildForgetModal, buildForgetOffer } from "../slack/views/trust";
import { myDataSummaryText } from "../slack/views/trustExport";
import { type Actor, answerInPlace, type Submitter } from "./actor";
import { auditIn } from "./audit";
import { departPerson } from "./erasure";

/**
 * `/mentoring my-data`: everything Tandem holds about the person (db/queries/personalData.ts), as a
 * readable summary in their language and as JSON, shared as two files in the app's DM with them.
 */
export async function sendMyData(deps: WorkerDeps, actor: Actor): Promise<void> {
  const { t, userId } = actor;
  const generatedAt = deps.clock().toISOString();
  const tables = gatherSubject(deps.db, subjectOf(deps.db, userId));
  const stamp = generatedAt.slice(0, 10);
  try {
    const channelId = await openDm(deps.client, userId);
    await shareFile(deps.client, {
      channelId,
      filename: `tandem-my-data-${stamp}.md`,
      title: t.plain("trust.mydata.title", { user: userId }),
      content: myDataSummaryText(t, { userId, generatedAt, tables }),
      initialComment: t("trust.mydata.comment"),
    });
    await shareFile(deps.client, {
      channelId,
      filename: `tandem-my-data-${stamp}.json`,
      title: "JSON",
      content: `${JSON.stringify({ userId, generatedAt, tables }, null, 2)}\n`,
    });
  } catch (error) {
    deps.logger.warn(`my-data: could not send the file to ${userId}: ${String(error)}`);
    return actor.reply(t("trust.mydata.failed"));
  }
  await actor.reply(t("trust.mydata.sent"));
}

/** The only program manager cannot be erased: the program would have nobody to run it. */
function lastManager(deps: WorkerDeps, userId: string): string | undefined {
  const managers = listProgramManagers(deps.db, deps.config);
  return managers.length === 1 && managers[0] === userId ? userId : undefined;
}

function lastManagerText(actor: Actor): string {
  // A mention built from a validated user id: not escaped.
  return actor.t.plain("trust.manager.last", { users: mentionUser(actor.userId) });
}

/** `/mentoring forget-me`: what it does, with the button to the confirmation (a command has a trigger too). */
export async function offerForget(deps: WorkerDeps, actor: Actor): Promise<void> {
  if (lastManager(deps, actor.userId)) return actor.reply(lastManagerText(actor));
  await actor.openModal(forgetModalFor(deps, actor), buildForgetOffer(actor.t));
}

function forgetModalFor(deps: WorkerDeps, actor: Actor) {
  const mine = participationsOf(deps.db, actor.userId);
  const live = liveTandemsOf(
    deps.db,
    mine.map((p) => p.id),
  );
  return buildForgetModal(actor.t, {
    inTandem: live.length > 0,
    signedUp: mine.length > 0,
    manager: listProgramManagers(deps.db, deps.config).includes(actor.userId),
  });
}

/** "Erase my data…" (leave confirmation, profile, consent DM): the confirmation modal. */
export async function openForget(deps: WorkerDeps, actor: Actor): Promise<void> {
  if (lastManager(deps, actor.userId)) return actor.reply(lastManagerText(actor));
  await actor.openModal(forgetModalFor(deps, actor));
}

/**
 * The confirmation was submitted: the person leaves and is forgotten (services/erasure.ts). The
 * modal says it is done; nothing is published to their Home, which would cache their profile again.
 */
export async function submitForget(deps: WorkerDeps, submitter: Submitter): Promise<void> {
  const { t, userId } = submitter;
  if (lastManager(deps, userId))
    return submitter.update(buildInfoModal(t, t.plain("trust.manager.last", { users: mentionUser(userId) })));
  departPerson(deps, userId, "erasure");
  await submitter.update(buildForgetDoneView(t));
  deps.wakeOutbox();
}

/** "I agree" on the DM asking for consent to a new text: recorded for the current program's sign-up. */
export async function acceptConsent(
  deps: WorkerDeps,
  actor: Actor,
  input: { version: number | undefined },
): Promise<void> {
  const { t, userId } = actor;
  const program = currentProgram(deps.db);
  const participant = program ? findParticipant(deps.db, program.id, userId) : undefined;
  if (!program || !participant || participant.status === "withdrawn")
    return answerInPlace(actor, t("trust.consent.not_signed_up"));
  // A request for an older text agrees to nothing: the request for the current one is on its way.
  if (input.version === undefined || input.version < CONSENT_VERSION)
    return answerInPlace(actor, t("trust.consent.stale"));
  const version = CONSENT_VERSION;
  deps.db.transaction((tx) => {
    setConsent(tx, participant.id, version, deps.clock());
    const asked = input.version ?? null;
    auditIn(deps, tx, {
      actor: userId,
      action: "consent.accepted",
      subjectUserId: userId,
      details: { version, asked },
    });
  });
  await answerInPlace(actor, t("trust.consent.thanks"));
}

/** The profile's switch: goals and expectations shared with the partner, or not. */
export async function toggleShare(
  deps: WorkerDeps,
  actor: Actor,
  input: { share: boolean | undefined },
): Promise<void> {
  const { t, userId } = actor;
  const program = currentProgram(deps.db);
  const participant = program ? findParticipant(deps.db, program.id, userId) : undefined;
  if (!program || !participant || participant.status === "withdrawn" || input.share === undefined)
    return actor.reply(t("trust.consent.not_signed_up"));
  deps.db.transaction((tx) => {
    setShareWithPartner(tx, participant.id, input.share === true, deps.clock());
    auditIn(deps, tx, {
      actor: userId,
      action: "consent.share_with_partner",
      subjectUserId: userId,
      details: { share: input.share === true },
    });
  });
  await actor.reply(t(input.share ? "trust.share.saved_on" : "trust.share.saved_off"));
}

export { sharesWithPartner };
