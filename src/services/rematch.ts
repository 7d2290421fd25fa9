import {
  isMember,
  partnerOf,
  resolveAlertsOf,
  type TandemInfo,
  tandemInChannel,
  tandemInfo,
} from "../db/queries/checkins";
import { cachedUsers } from "../db/queries/launch";
import { listProgramManagers } from "../db/queries/managers";
import { loadMatchInput } from "../db/queries/matching";
import { opByKey } from "../db/queries/outbox";
import { participantById } from "../db/queries/participants";
import { getProgram } from "../db/queries/programs";
import {
  approveRematch,
  declineRematch,
  insertRematchTandems,
  type RematchRequest,
  requestRematch,
} from "../db/queries/rematch";
import type { Deps, WorkerDeps } from "../deps";
import { computeMatching } from "../domain/matching/match";
import { langFromLocale, translator } from "../i18n";
import { enqueue } from "../outbox/enqueue";
import { type OpSpec, placeholder, type Tx } from "../outbox/types";
import { ids } from "../slack/ids";
import { mentionUser } from "../slack/text";
import type { ManagerRecipient } from "../slack/views/rhythmAlerts";
import {
  buildRematchDeclinedDm,
  buildRematchEndedDm,
  buildRematchModal,
  buildRematchRequestDm,
  buildRematchSentView,
  buildTandemEndedMessage,
  type RematchRequestData,
} from "../slack/views/rhythmRematch";
import type { Actor, Submitter } from "./actor";
import { planLaunch } from "./launch";
import { liveTandem } from "./pause";
import { managerRecipients, tandemTranslator } from "./tandems";

/** Where "ask for a new match" came from: `/mentoring rematch` in a channel, or the App Home's button. */
export type RematchPlace = { channelId: string } | { tandemId: number | undefined };

/** A program manager's decision on a request. */
export interface RematchDecision {
  requestId: number;
  approve: boolean;
}

function batchOf(requestId: number): string {
  return `rhythm:rematch:${requestId}`;
}

function managerDmKey(requestId: number, managerId: string): string {
  return `${batchOf(requestId)}:pm:${managerId}`;
}

function requestData(request: RematchRequest, info: TandemInfo): RematchRequestData {
  return {
    requestId: request.id,
    requesterUserId: request.requestedBy,
    partnerUserId: partnerOf(info, request.requestedBy),
    channelId: info.tandem.channelId,
    reason: request.reason,
    ...(request.status !== "open" && request.decidedBy
      ? { decision: { status: request.status, by: request.decidedBy } }
      : {}),
  };
}

function langOf(deps: Deps, info: TandemInfo, userId: string) {
  return langFromLocale(cachedUsers(deps.db, [userId]).get(userId)?.locale, info.program.language);
}

function tandemAt(deps: Deps, place: RematchPlace): TandemInfo | undefined {
  if ("channelId" in place) return tandemInChannel(deps.db, place.channelId);
  return place.tandemId === undefined ? undefined : tandemInfo(deps.db, place.tandemId);
}

/** Opens the confidential request modal, for a member of a running tandem only; nothing is posted. */
export async function openRematchModal(deps: WorkerDeps, actor: Actor, place: RematchPlace): Promise<void> {
  const { t, userId } = actor;
  const info = tandemAt(deps, place);
  if (!info || !isMember(info, userId) || !liveTandem(info))
    return actor.reply(t("rhythm.rematch.not_member"));
  await actor.openModal(
    buildRematchModal(t, { tandemId: info.tandem.id, partnerUserId: partnerOf(info, userId) }),
  );
}

/** The request goes to the program managers only; the partner is not told. */
export async function submitRematchRequest(
  deps: WorkerDeps,
  submitter: Submitter,
  input: { tandemId: number | undefined; reason: string | null },
): Promise<void> {
  const { t, userId } = submitter;
  const info = input.tandemId === undefined ? undefined : tandemInfo(deps.db, input.tandemId);
  if (!info || !liveTandem(info) || !isMember(info, userId)) {
    deps.logger.warn(`Refused a rematch request from ${userId}`);
    return submitter.refuse({ [ids.rhythm.rematchReason]: t.plain("rhythm.rematch.not_member") });
  }
  const managers = managerRecipients(deps, info.program.language, info.program.address);
  deps.db.transaction((tx) => {
    const { request } = requestRematch(tx, {
      tandemId: info.tandem.id,
      userId,
      reason: input.reason,
      now: deps.clock(),
    });
    const ops: OpSpec[] = managers.map((m) => {
      const msg = buildRematchRequestDm(translator(m.lang, m.address), requestData(request, info));
      return {
        key: managerDmKey(request.id, m.userId),
        kind: "dm.post",
        args: { user: m.userId, text: msg.text, blocks: msg.blocks },
        about: mentionUser(m.userId),
      };
    });
    enqueue(tx, batchOf(request.id), ops);
  });
  await submitter.update(buildRematchSentView(t));
  deps.wakeOutbox();
}

/** Every manager's copy of the request shows the decision (only copies that were sent). */
function decisionUpdates(
  tx: Tx,
  request: RematchRequest,
  info: TandemInfo,
  managers: ManagerRecipient[],
): OpSpec[] {
  return managers.flatMap((m): OpSpec[] => {
    const dmKey = managerDmKey(request.id, m.userId);
    if (!opByKey(tx, dmKey)) return [];
    const msg = buildRematchRequestDm(translator(m.lang, m.address), requestData(request, info));
    return [
      {
        key: `${dmKey}:decided`,
        kind: "message.update",
        args: { channel: placeholder("channel"), ts: placeholder("ts"), text: msg.text, blocks: msg.blocks },
        dependsOn: dmKey,
        refs: { channel: { key: dmKey, field: "channel" }, ts: { key: dmKey, field: "ts" } },
        about: mentionUser(m.userId),
      },
    ];
  });
}

/**
 * Approving: the old tandem ends, its channel is archived, each of the two is told once. Whoever the
 * matcher paired again (repaired) hears of the end in their new tandem's launch DM instead of here,
 * so nobody reads "you are back on the waiting list" beside "your tandem is ready".
 */
function approvalOps(deps: Deps, request: RematchRequest, info: TandemInfo, repaired: Set<string>): OpSpec[] {
  const base = batchOf(request.id);
  const ops: OpSpec[] = [];
  const channel = info.tandem.channelId;
  if (channel) {
    const bye = buildTandemEndedMessage(tandemTranslator(info));
    ops.push(
      {
        key: `${base}:goodbye`,
        kind: "message.post",
        args: { channel, text: bye.text, blocks: bye.blocks },
      },
      { key: `${base}:archive`, kind: "channel.archive", args: { channel }, dependsOn: `${base}:goodbye` },
    );
  }
  for (const userId of [info.mentor.userId, info.mentee.userId]) {
    if (repaired.has(userId)) continue;
    const dm = buildRematchEndedDm(translator(langOf(deps, info, userId), info.program.address), {
      partnerUserId: partnerOf(info, userId),
      requester: userId === request.requestedBy,
    });
    ops.push(
      {
        key: `${base}:ended:${userId}`,
        kind: "dm.post",
        args: { user: userId, text: dm.text, blocks: dm.blocks },
        about: mentionUser(userId),
      },
      {
        key: `${base}:home:${userId}`,
        kind: "home.publish",
        args: { user: userId },
        about: mentionUser(userId),
      },
    );
  }
  return ops;
}

/** Declining: only the requester hears of it, with the deciding manager's name. */
function declineOp(deps: Deps, request: RematchRequest, info: TandemInfo, managerUserId: string): OpSpec {
  const dm = buildRematchDeclinedDm(
    translator(langOf(deps, info, request.requestedBy), info.program.address),
    {
      partnerUserId: partnerOf(info, request.requestedBy),
      managerUserId,
    },
  );
  return {
    key: `${batchOf(request.id)}:declined`,
    kind: "dm.post",
    args: { user: request.requestedBy, text: dm.text, blocks: dm.blocks },
    about: mentionUser(request.requestedBy),
  };
}

/**
 * The two people of the ended tandem, paired again with someone waiting where the matcher finds a
 * fit (the usual hard constraints, the old pair now forbidden), inside the approval's transaction.
 * Pairs among the rest of the waiting list are left for the managers' next matching round. Returns
 * the new tandems' count and the user ids of the ended tandem's members who have a new partner.
 */
function matchAgain(deps: Deps, info: TandemInfo, now: Date): { created: number; repaired: Set<string> } {
  const program = getProgram(deps.db, info.program.id);
  if (!program) return { created: 0, repaired: new Set() };
  const wanted = new Set([info.mentor.participantId, info.mentee.participantId]);
  const pairs = computeMatching(loadMatchInput(deps.db, program)).pairs.filter(
    (p) => wanted.has(p.mentorId) || wanted.has(p.menteeId),
  );
  const created = insertRematchTandems(deps.db, {
    programId: program.id,
    pairs,
    replacesTandemId: info.tandem.id,
    now,
  });
  const repaired = new Set<string>();
  if (created.length > 0) {
    const again = new Set(
      pairs.flatMap((p) => [p.mentorId, p.menteeId]).filter((id) => wanted.has(id) && isMatched(deps, id)),
    );
    for (const m of [info.mentor, info.mentee]) if (again.has(m.participantId)) repaired.add(m.userId);
  }
  return { created: created.length, repaired };
}

function isMatched(deps: Deps, participantId: number): boolean {
  return participantById(deps.db, participantId)?.status === "matched";
}

/**
 * Approve / Decline in a manager's DM: a request is decided once. The decision, every manager's
 * updated copy, the new match and the one message each person gets are saved together; the new
 * tandems launch through planLaunch in the same transaction.
 */
export async function decideRematch(deps: WorkerDeps, actor: Actor, input: RematchDecision): Promise<void> {
  const { t, userId } = actor;
  const now = deps.clock();
  const result = deps.db.transaction((tx) => {
    const decided = input.approve
      ? approveRematch(tx, input.requestId, userId, now)
      : declineRematch(tx, input.requestId, userId, now);
    if (!decided.ok) return { ...decided, paired: 0 };
    const { request, info } = decided;
    const ops = decisionUpdates(
      tx,
      request,
      info,
      managerRecipients(deps, info.program.language, info.program.address),
    );
    let paired = 0;
    if (input.approve) {
      resolveAlertsOf(tx, info.tandem.id, userId, now);
      const again = matchAgain(deps, info, now);
      paired = again.created;
      ops.push(...approvalOps(deps, request, info, again.repaired));
    } else ops.push(declineOp(deps, request, info, userId));
    enqueue(tx, batchOf(request.id), ops);
    if (paired > 0) planLaunch(deps.db, info.program.id, now, listProgramManagers(deps.db, deps.config));
    return { ...decided, paired };
  });
  if (!result.ok) return actor.reply(t("rhythm.rematch.already_decided"));
  deps.wakeOutbox();
  if (!input.approve) return;
  await actor.reply(
    result.paired > 0
      ? t("rhythm.rematch.result.paired", { count: result.paired })
      : t("rhythm.rematch.result.none"),
  );
}
