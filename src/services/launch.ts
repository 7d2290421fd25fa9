import type { Db } from "../db/client";
import { batchStatus } from "../db/queries/batchStatus";
import {
  activateTandem,
  circleMemberIds,
  endedTandemMembers,
  ensureCircle,
  knownChannelNames,
  type LaunchMember,
  type LaunchTandem,
  launchBatch,
  launchingTandems,
  launchProgram,
  recordCircleChannel,
  recordTandemChannel,
  setTandemChannelName,
  storedManagers,
  tandemChannelKey,
  waitingParticipants,
} from "../db/queries/launch";
import { opByKey, retryFailed } from "../db/queries/outbox";
import { currentProgram } from "../db/queries/programs";
import { replacedTandemStory } from "../db/queries/rematch";
import type { programs } from "../db/schema";
import type { Deps, WorkerDeps } from "../deps";
import { sharesWithPartner } from "../domain/consent";
import { type Lang, langFromLocale, translator } from "../i18n";
import { enqueue } from "../outbox/enqueue";
import { type HookCall, type OpSpec, placeholder, resultText, type Tx } from "../outbox/types";
import type { OutboxHooks } from "../outbox/worker";
import { context } from "../slack/blocks";
import { circleChannelName, firstNameOf, tandemChannelName, uniqueName } from "../slack/channelNames";
import { escapeText, mentionUser } from "../slack/text";
import {
  buildCirclePurpose,
  buildCircleWelcome,
  buildTandemDm,
  buildTandemPurpose,
  buildTandemWelcome,
  buildWaitingDm,
  type CircleKind,
  type TandemDmStory,
  type TandemMember,
} from "../slack/views/launchMessages";
import { buildLaunchStatusSection } from "../slack/views/launchStatus";
import { type Actor, answerInPlace } from "./actor";
import { publishHome } from "./home";

/** Names of the launch's outbox hooks, as stored in an op's onDone. */
export const HOOK = {
  tandemChannel: "launch.tandemChannel",
  tandemActive: "launch.tandemActive",
  circleChannel: "launch.circleChannel",
} as const;

/** What the launch's domain rows learn when an op is done; run in the op's own transaction. */
export const launchHooks: OutboxHooks = {
  [HOOK.tandemChannel]: (tx, { params, result }) =>
    recordTandemChannel(tx, Number(params.tandemId), resultText(result.channelId), resultText(result.name)),
  [HOOK.tandemActive]: (tx, { params, now }) =>
    activateTandem(tx, Number(params.tandemId), now.toISOString()),
  [HOOK.circleChannel]: (tx, { params, result }) =>
    recordCircleChannel(tx, Number(params.circleId), resultText(result.channelId), resultText(result.name)),
};

type Program = typeof programs.$inferSelect;

const CHANNEL = "channel";

function langOf(member: { user?: { locale: string | null } | undefined }, program: Program): Lang {
  return langFromLocale(member.user?.locale, program.language);
}

function toMember(m: LaunchMember): TandemMember {
  const p = m.participant;
  return {
    userId: p.userId,
    name: firstNameOf({ userId: p.userId, firstName: m.user?.firstName, realName: m.user?.realName }),
    department: p.department,
    background: p.background,
    hopeToLearn: p.hopeToLearn,
    learningGoals: p.learningGoals,
    expectations: p.expectations,
    consent: sharesWithPartner(p),
  };
}

/** A private channel, created once and given its purpose; onDone records its id. */
function newChannelOps(
  base: string,
  channelKey: string,
  name: string,
  purpose: string,
  onDone: HookCall,
): OpSpec[] {
  const about = `#${escapeText(name)}`;
  return [
    { key: channelKey, kind: "channel.create", args: { name, isPrivate: true }, onDone, about },
    {
      key: `${base}:purpose`,
      kind: "channel.purpose",
      args: { channel: placeholder(CHANNEL), purpose },
      dependsOn: channelKey,
      refs: { [CHANNEL]: { key: channelKey, field: "channelId" } },
      about,
    },
  ];
}

function tandemOps(tx: Tx, program: Program, lt: LaunchTandem, taken: Set<string>): OpSpec[] {
  const { tandem } = lt;
  const mentor = toMember(lt.mentor);
  const mentee = toMember(lt.mentee);
  let name = tandem.channelName;
  if (!name) {
    name = uniqueName(tandemChannelName(program.channelPrefix, mentor, mentee), taken);
    setTandemChannelName(tx, tandem.id, name);
  }
  const base = `${launchBatch(program.id)}:tandem:${tandem.id}`;
  const channelKey = tandemChannelKey(program.id, tandem.id);
  const refs = { [CHANNEL]: { key: channelKey, field: "channelId" } };
  const channel = placeholder(CHANNEL);
  const about = `#${escapeText(name)}`;
  const mentorLang = langOf(lt.mentor, program);
  const menteeLang = langOf(lt.mentee, program);
  // One welcome for both: their common language, else the program's.
  const shared = translator(mentorLang === menteeLang ? mentorLang : program.language, program.address);
  const welcome = buildTandemWelcome(shared, {
    program: program.name,
    mentor,
    mentee,
    reasons: tandem.reasons,
    customTopics: program.customTopics,
  });
  const purpose = buildTandemPurpose(shared, {
    program: program.name,
    mentor: mentor.name,
    mentee: mentee.name,
  });
  const ops: OpSpec[] = [
    ...newChannelOps(base, channelKey, name, purpose, {
      name: HOOK.tandemChannel,
      params: { tandemId: tandem.id },
    }),
    {
      key: `${base}:invite`,
      kind: "channel.invite",
      args: { channel, users: [mentor.userId, mentee.userId] },
      dependsOn: channelKey,
      refs,
      about: `${about} (${mentionUser(mentor.userId)}, ${mentionUser(mentee.userId)})`,
    },
    {
      key: `${base}:welcome`,
      kind: "message.post",
      args: { channel, text: welcome.text, blocks: welcome.blocks },
      dependsOn: `${base}:invite`,
      refs,
      onDone: { name: HOOK.tandemActive, params: { tandemId: tandem.id } },
      about,
    },
  ];
  const former = tandem.replacesTandemId ? replacedTandemStory(tx, tandem.replacesTandemId) : new Map();
  // Told they are on the waiting list when their tandem ended (rematch, a partner who left).
  const endedMembers = endedTandemMembers(tx, program.id);
  for (const [me, partner, lang, isMentor, participantId] of [
    [mentor, mentee, mentorLang, true, tandem.mentorId],
    [mentee, mentor, menteeLang, false, tandem.menteeId],
  ] as const) {
    const dm = buildTandemDm(translator(lang, program.address), {
      partnerId: partner.userId,
      channel: `<#${channel}>`,
      isMentor,
      story: storyOf(tx, { id: program.id, endedMembers }, participantId, former.get(me.userId)),
    });
    ops.push(
      {
        key: `${base}:dm:${me.userId}`,
        kind: "dm.post",
        args: { user: me.userId, text: dm.text, blocks: dm.blocks },
        dependsOn: `${base}:welcome`,
        refs,
        about: mentionUser(me.userId),
      },
      {
        key: `${base}:home:${me.userId}`,
        kind: "home.publish",
        args: { user: me.userId },
        dependsOn: `${base}:welcome`,
        about: mentionUser(me.userId),
      },
    );
  }
  return ops;
}

/**
 * What the "your tandem is ready" DM also has to say, so that it is the one message about the change:
 * a tandem that ended by a rematch just now, or a wait on the waiting list that is over.
 */
function storyOf(
  tx: Tx,
  program: { id: number; endedMembers: Set<number> },
  participantId: number,
  former: { formerPartner: string; requester: boolean } | undefined,
): TandemDmStory {
  if (former) return { kind: "rematch", ...former };
  const waited =
    program.endedMembers.has(participantId) ||
    opByKey(tx, waitingDmKey(program.id, participantId)) !== undefined;
  return waited ? { kind: "from_waiting" } : { kind: "first" };
}

function waitingDmKey(programId: number, participantId: number): string {
  return `${launchBatch(programId)}:waiting:${participantId}:dm`;
}

function circleOps(
  tx: Tx,
  program: Program,
  kind: CircleKind,
  members: string[],
  managers: string[],
  taken: Set<string>,
): OpSpec[] {
  const t = translator(program.language, program.address);
  const label = t.plain(kind === "mentor" ? "launch.circle.mentor.name" : "launch.circle.executive.name");
  const circle = ensureCircle(tx, program.id, kind, () =>
    uniqueName(circleChannelName(program.channelPrefix, label), taken),
  );
  const name = circle.channelName ?? circleChannelName(program.channelPrefix, label);
  const base = `${launchBatch(program.id)}:circle:${kind}`;
  const channelKey = `${base}:channel`;
  const refs = { [CHANNEL]: { key: channelKey, field: "channelId" } };
  const channel = placeholder(CHANNEL);
  const about = `#${escapeText(name)}`;
  const welcome = buildCircleWelcome(t, { kind, program: program.name, managers });
  const ops: OpSpec[] = [
    ...newChannelOps(base, channelKey, name, buildCirclePurpose(t, kind, program.name), {
      name: HOOK.circleChannel,
      params: { circleId: circle.id },
    }),
    {
      key: `${base}:welcome`,
      kind: "message.post",
      args: { channel, text: welcome.text, blocks: welcome.blocks },
      dependsOn: channelKey,
      refs,
      about,
    },
  ];
  // One invite per person: a deactivated account fails alone, and re-planning adds only newcomers.
  for (const userId of [...new Set([...members, ...managers])]) {
    ops.push({
      key: `${base}:invite:${userId}`,
      kind: "channel.invite",
      args: { channel, users: [userId] },
      dependsOn: channelKey,
      refs,
      about: `${about} (${mentionUser(userId)})`,
    });
  }
  return ops;
}

/**
 * The first-time "no partner this round" DM, for people who never had a tandem: someone whose tandem
 * ended was told so, with the waiting list, by the use case that ended it (rematch, a partner leaving).
 */
function waitingOps(tx: Tx, program: Program, waiting: LaunchMember[]): OpSpec[] {
  const base = `${launchBatch(program.id)}:waiting`;
  const hadTandem = endedTandemMembers(tx, program.id);
  return waiting.flatMap((m) => {
    if (hadTandem.has(m.participant.id)) return [];
    const userId = m.participant.userId;
    const dm = buildWaitingDm(translator(langOf(m, program), program.address), { program: program.name });
    return [
      {
        key: waitingDmKey(program.id, m.participant.id),
        kind: "dm.post",
        args: { user: userId, text: dm.text, blocks: dm.blocks },
        about: mentionUser(userId),
      },
      {
        key: `${base}:${m.participant.id}:home`,
        kind: "home.publish",
        args: { user: userId },
        dependsOn: `${base}:${m.participant.id}:dm`,
        about: mentionUser(userId),
      },
    ] satisfies OpSpec[];
  });
}

/**
 * Writes every Slack operation of a program's launch into the outbox, in one transaction: a private
 * channel per tandem in status "launching", invitations, welcome messages, the mentor circle, the
 * direct messages to matched and waiting participants. The worker performs them exactly once.
 * Safe to call again: operations are keyed, so nothing is enqueued twice. Messages are rendered
 * now, in each recipient's language (cached Slack locale, else the program's).
 *
 * managers: the program managers for the circles (listProgramManagers(db, config)); without it,
 * those the database knows (added in the app, the program's creator, the proposal's approver).
 * Call deps.wakeOutbox() after the surrounding transaction commits.
 */
export function planLaunch(
  db: Db,
  programId: number,
  _now: Date,
  managers?: readonly string[],
): { batch: string; enqueued: number } {
  const batch = launchBatch(programId);
  const enqueued = db.transaction((tx) => {
    const program = launchProgram(tx, programId);
    if (!program) throw new Error(`planLaunch: program ${programId} does not exist`);
    const taken = knownChannelNames(tx);
    const ops: OpSpec[] = [];
    // Circles first: their many one-person invites then run while the tandem channels are created
    // (both are paced per method), instead of after the last tandem.
    const pms = [...new Set(managers ?? storedManagers(tx, program))];
    const mentors = circleMemberIds(tx, programId, "mentor");
    if (mentors.length > 0) ops.push(...circleOps(tx, program, "mentor", mentors, pms, taken));
    if (program.executiveCircle) {
      const mentees = circleMemberIds(tx, programId, "mentee");
      if (mentees.length > 0) ops.push(...circleOps(tx, program, "executive", mentees, pms, taken));
    }
    ops.push(...launchingTandems(tx, programId).flatMap((lt) => tandemOps(tx, program, lt, taken)));
    ops.push(...waitingOps(tx, program, waitingParticipants(tx, programId)));
    return enqueue(tx, batch, ops);
  });
  return { batch, enqueued };
}

/** `/mentoring launch`: where the current program's launch stands, privately, for program managers. */
export async function showLaunchStatus(deps: Deps, actor: Actor): Promise<void> {
  const { t } = actor;
  const program = currentProgram(deps.db);
  if (!program) return actor.reply(t("common.error.no_program"));
  await actor.reply(
    t("launch.status.title"),
    buildLaunchStatusSection(t, batchStatus(deps.db, launchBatch(program.id))),
  );
}

/**
 * The Retry button: failed ops of the batch go back to pending. Idempotent: a second click (or a
 * re-delivered request) finds nothing failed and changes nothing; the ops themselves stay keyed.
 * In the App Home the Home shows the new status; in a message the status replaces the clicked one.
 */
export async function retryLaunch(
  deps: WorkerDeps,
  actor: Actor,
  input: { batch: string; inHome: boolean },
): Promise<void> {
  const { t } = actor;
  if (!/^[a-z]+:[\w:-]+$/.test(input.batch)) return;
  const count = retryFailed(deps.db, input.batch);
  if (count > 0) deps.wakeOutbox();
  if (input.inHome) return publishHome(deps, actor.userId);
  const note = count > 0 ? t("launch.retry.done", { count }) : t("launch.retry.nothing");
  await answerInPlace(actor, note, [
    ...buildLaunchStatusSection(t, batchStatus(deps.db, input.batch)),
    context(note),
  ]);
}
