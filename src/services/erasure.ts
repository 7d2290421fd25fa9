import { randomBytes } from "node:crypto";
import { checkpointAfterErasure } from "../db/client";
import { cachedUsers } from "../db/queries/launch";
import { listProgramManagers } from "../db/queries/managers";
import { eraseSubject, subjectOf } from "../db/queries/personalData";
import { currentProgram } from "../db/queries/programs";
import {
  cancelPendingFor,
  endTandem,
  type LiveTandem,
  liveTandemsOf,
  needlesOf,
  participationsOf,
  withdrawAll,
} from "../db/queries/trust";
import { atomically } from "../db/tx";
import type { Deps } from "../deps";
import { type Address, type Lang, langFromLocale, translator } from "../i18n";
import { enqueue } from "../outbox/enqueue";
import type { DbOrTx, OpSpec } from "../outbox/types";
import { buildChannelEndedMessage, buildManagerDepartDm, buildPartnerEndedDm } from "../slack/views/trust";
import { auditIn, SYSTEM_ACTOR } from "./audit";

/**
 * Someone leaves for good: they asked to be forgotten ("erasure"), or Slack deactivated them
 * ("deactivated"). Their tandems end (the channel says so neutrally and is archived), their partners
 * go back to the waiting list and are told, the program managers are told, messages still waiting
 * in the outbox to or about them are cancelled. An erasure then forgets them in every table
 * (db/queries/personalData.ts); a deactivation withdraws them and keeps the data until retention.
 */
export type DepartReason = "erasure" | "deactivated";

export interface DepartOutcome {
  tandemsEnded: number;
  participations: number;
  /** the id that replaced the person's in rows that stay (erasure only) */
  pseudonym?: string;
}

const BATCH = "trust:depart";

function langOf(db: DbOrTx, userId: string, fallback: Lang): Lang {
  return langFromLocale(cachedUsers(db, [userId]).get(userId)?.locale, fallback);
}

function partnerOf(live: LiveTandem, userId: string): { userId: string; participantId: number } {
  const mentorLeaves = live.mentorUserId === userId;
  return mentorLeaves
    ? { userId: live.menteeUserId, participantId: live.tandem.menteeId }
    : { userId: live.mentorUserId, participantId: live.tandem.mentorId };
}

/** Keys name the tandem, the occasion and the recipient, never the person who leaves. */
function tandemOps(
  db: DbOrTx,
  live: LiveTandem,
  partner: string,
  occasion: string,
  lang: Lang,
  address: Address,
): OpSpec[] {
  const base = `${BATCH}:${occasion}:t${live.tandem.id}`;
  const ops: OpSpec[] = [];
  const channel = live.tandem.channelId;
  if (channel) {
    const bye = buildChannelEndedMessage(translator(lang, address));
    ops.push(
      { key: `${base}:goodbye`, kind: "message.post", args: { channel, text: bye.text, blocks: bye.blocks } },
      { key: `${base}:archive`, kind: "channel.archive", args: { channel }, dependsOn: `${base}:goodbye` },
    );
  }
  const dm = buildPartnerEndedDm(translator(langOf(db, partner, lang), address));
  ops.push(
    { key: `${base}:partner`, kind: "dm.post", args: { user: partner, text: dm.text, blocks: dm.blocks } },
    { key: `${base}:home`, kind: "home.publish", args: { user: partner } },
  );
  return ops;
}

function managerOps(
  deps: Deps,
  db: DbOrTx,
  input: {
    reason: DepartReason;
    userId: string;
    partners: string[];
    occasion: string;
    lang: Lang;
    address: Address;
  },
): OpSpec[] {
  return listProgramManagers(db, deps.config)
    .filter((m) => m !== input.userId)
    .flatMap((m): OpSpec[] => {
      const dm = buildManagerDepartDm(translator(langOf(db, m, input.lang), input.address), input);
      return [
        {
          key: `${BATCH}:${input.occasion}:manager:${m}`,
          kind: "dm.post",
          args: { user: m, text: dm.text, blocks: dm.blocks },
        },
        { key: `${BATCH}:${input.occasion}:manager:${m}:home`, kind: "home.publish", args: { user: m } },
      ];
    });
}

/**
 * The person leaves every program (see DepartReason), in one transaction; returns what happened.
 * The caller wakes the outbox.
 */
export function departPerson(deps: Deps, userId: string, reason: DepartReason): DepartOutcome {
  const now = deps.clock();
  const program = currentProgram(deps.db);
  const fallback = program?.language ?? deps.config.defaultLanguage;
  const address = program?.address ?? "du";
  const outcome = atomically(deps.db, () => {
    const db = deps.db;
    const mine = participationsOf(db, userId);
    const live = liveTandemsOf(
      db,
      mine.map((p) => p.id),
    );
    const needles =
      reason === "erasure"
        ? needlesOf(
            db,
            userId,
            mine.map((p) => p.id),
          )
        : [];
    const pseudonym = `erased-${randomBytes(6).toString("hex")}`;
    const occasion = reason === "erasure" ? pseudonym : `deactivated-${now.getTime().toString(36)}`;
    cancelPendingFor(deps.db, userId);
    const ops: OpSpec[] = [];
    const partners: string[] = [];
    for (const t of live) {
      const partner = partnerOf(t, userId);
      endTandem(db, t.tandem.id, partner.participantId, now);
      partners.push(partner.userId);
      ops.push(...tandemOps(db, t, partner.userId, occasion, fallback, address));
    }
    withdrawAll(
      db,
      mine.map((p) => p.id),
      now,
    );
    if (mine.length > 0)
      ops.push(...managerOps(deps, db, { reason, userId, partners, occasion, lang: fallback, address }));
    enqueue(db, BATCH, ops);
    const outcome: DepartOutcome = { tandemsEnded: live.length, participations: mine.length };
    if (reason === "erasure") {
      const subject = subjectOf(db, userId);
      eraseSubject(db, { ...subject, pseudonym, everywhere: true, needles, now: now.toISOString() });
      outcome.pseudonym = pseudonym;
    }
    auditIn(deps, db, {
      actor: reason === "erasure" ? pseudonym : SYSTEM_ACTOR,
      action: reason === "erasure" ? "person.erased" : "person.deactivated_withdrawn",
      subjectUserId: reason === "erasure" ? pseudonym : userId,
      details: { tandemsEnded: live.length, participations: mine.length },
    });
    return outcome;
  });
  if (reason === "erasure") checkpointAfterErasure(deps.db);
  return outcome;
}

/** Retention: the personal data of one program's participants, forgotten for that program only. */
export function eraseProgramPerson(deps: Deps, userId: string, programId: number, everywhere: boolean): void {
  const db = deps.db;
  const subject = subjectOf(db, userId, everywhere ? undefined : programId);
  const needles = everywhere ? needlesOf(db, userId, subject.participantIds) : [userId];
  const pseudonym = `erased-${randomBytes(6).toString("hex")}`;
  if (everywhere) cancelPendingFor(deps.db, userId);
  eraseSubject(db, { ...subject, pseudonym, everywhere, needles, now: deps.clock().toISOString() });
}
