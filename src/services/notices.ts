import type { TandemInfo } from "../db/queries/checkins";
import { programsWithStatus } from "../db/queries/lifecycle";
import { signupCounts, waveResponse } from "../db/queries/notices";
import { currentProgram, getProgram, type Program, setSignupOpen } from "../db/queries/programs";
import { claimScheduledSend, sentAmong } from "../db/queries/rhythm";
import { waveProgram } from "../db/queries/steering";
import type { Deps, WorkerDeps } from "../deps";
import {
  LOW_RESPONSE_PERCENT,
  lowResponseNoticeDue,
  lowResponseWindow,
  type NoticeKind,
  noticeKey,
  resultsNoticeDue,
  signupDeadlineNoticeDue,
  summaryDay,
} from "../domain/notices";
import { programCalendar } from "../domain/rhythm/holidays";
import { K_MIN, percent } from "../domain/steering/stats";
import { WAVES, type Wave, waveDates } from "../domain/steering/waves";
import type { Translator } from "../i18n";
import { enqueue } from "../outbox/enqueue";
import type { OpSpec } from "../outbox/types";
import { safeText } from "../slack/text";
import {
  buildLowResponseDm,
  buildPauseNoticeDm,
  buildResultsDm,
  buildSignupDeadlineDm,
} from "../slack/views/notices";
import type { BuiltMessage } from "../slack/views/rhythmScheduled";
import type { Actor } from "./actor";
import { publishHome } from "./home";
import { startMatching } from "./matching";
import { managerDmOps } from "./tandems";

/*
 * The moments a program manager hears about by DM (docs/decisions/notices.md): the sign-up deadline
 * passed, a wave's results are ready, a wave is about to close with a low response (a step of the
 * scheduler's tick, keyed in scheduled_sends like every scheduled item), and a tandem paused (sent
 * with the pause). Each DM goes through the outbox under the notice's key plus the manager's id.
 */

export const NOTICES_BATCH = "notices";

/** Claims the notice's key and enqueues its DMs in one transaction; the key when it was recorded now. */
function recordNotice(
  deps: Deps,
  program: Program,
  key: string,
  now: Date,
  build: (t: Translator) => BuiltMessage,
): string[] {
  const ops = managerDmOps(deps, program, key, build);
  return deps.db.transaction((tx) => {
    if (!claimScheduledSend(tx, { key, programId: program.id, kind: "notice", now })) return [];
    enqueue(tx, NOTICES_BATCH, ops);
    return [key];
  });
}

const notSent = (deps: Deps, key: string) => sentAmong(deps.db, [key]).size === 0;

function signupDeadlineNotice(deps: Deps, program: Program, now: Date): string[] {
  const key = noticeKey(program.id, "signup_deadline");
  if (
    !signupDeadlineNoticeDue({ ...program, calendar: programCalendar(program) }, now) ||
    !notSent(deps, key)
  )
    return [];
  const counts = signupCounts(deps.db, program.id);
  return recordNotice(deps, program, key, now, (t) =>
    buildSignupDeadlineDm(t, {
      programId: program.id,
      program: program.name,
      deadline: program.signupDeadline,
      mentors: counts.complete.mentor,
      mentees: counts.complete.mentee,
      unfinished: counts.unfinished,
    }),
  );
}

function resultsNotice(deps: Deps, program: Program, wave: Wave, now: Date): string[] {
  const wp = waveProgram(program);
  const key = noticeKey(program.id, "results", wave);
  if (!resultsNoticeDue(wp, wave, now) || !notSent(deps, key)) return [];
  const { answered, invited } = waveResponse(deps.db, program.id, wave);
  // as the report shows it: a response over fewer than three invited is not told
  const response = invited >= K_MIN ? { answered, invited, rate: percent(answered, invited) } : undefined;
  return recordNotice(deps, program, key, now, (t) =>
    buildResultsDm(t, {
      programId: program.id,
      program: program.name,
      wave,
      closedOn: waveDates(wp, wave).lastDay,
      ...(response ? { response } : {}),
      ...(wave === "final" ? { summaryOn: summaryDay(wp) } : {}),
    }),
  );
}

function lowResponseNotice(deps: Deps, program: Program, wave: Wave, now: Date): string[] {
  const wp = waveProgram(program);
  const key = noticeKey(program.id, "low_response", wave);
  if (!lowResponseWindow(wp, wave, now) || !notSent(deps, key)) return [];
  const response = waveResponse(deps.db, program.id, wave);
  if (!lowResponseNoticeDue(wp, wave, response, now)) return [];
  return recordNotice(deps, program, key, now, (t) =>
    buildLowResponseDm(t, {
      programId: program.id,
      program: program.name,
      wave,
      lastDay: waveDates(wp, wave).lastDay,
      ...response,
      rate: percent(response.answered, response.invited),
      threshold: LOW_RESPONSE_PERCENT,
    }),
  );
}

/**
 * The scheduler's step for the managers' notices: each one due now is recorded once (its key in
 * scheduled_sends, its DMs in the outbox, in one transaction), so a repeated tick or a restart sends
 * nothing twice. The keys recorded; the caller's tick logs them, this step wakes the outbox.
 */
export function recordManagerNotices(deps: Deps, now: Date): string[] {
  const keys: string[] = [];
  const step = (kind: NoticeKind, programId: number, fn: () => string[]) => {
    try {
      keys.push(...fn());
    } catch (error) {
      deps.logger.error(`notices: ${kind} of program ${programId} failed`, error);
    }
  };
  for (const program of programsWithStatus(deps.db, ["signup"]))
    step("signup_deadline", program.id, () => signupDeadlineNotice(deps, program, now));
  for (const program of programsWithStatus(deps.db, ["running", "closed"])) {
    for (const wave of WAVES) {
      step("low_response", program.id, () => lowResponseNotice(deps, program, wave, now));
      step("results", program.id, () => resultsNotice(deps, program, wave, now));
    }
  }
  if (keys.length > 0) deps.wakeOutbox();
  return keys;
}

/**
 * The managers' copy of a pause, enqueued with the pause itself (services/pause): who paused which
 * tandem until when. Not to the manager who paused it; keyed like the channel's message.
 */
export function pauseNoticeOps(
  deps: Deps,
  info: TandemInfo,
  d: { by: string; until: string; key: string },
): OpSpec[] {
  return managerDmOps(
    deps,
    info.program,
    `${d.key}:pm`,
    (t) =>
      buildPauseNoticeDm(t, {
        by: d.by,
        mentor: info.mentor.userId,
        mentee: info.mentee.userId,
        until: d.until,
        channelId: info.tandem.channelId,
      }),
    d.by,
  );
}

/**
 * "Close sign-up & start matching" in the deadline DM: while the cohort it names is still the one in
 * sign-up, sign-up closes and the matching proposal opens for review, as `/mentoring match` does.
 */
export async function closeSignupAndMatch(
  deps: WorkerDeps,
  actor: Actor,
  input: { programId: number | undefined },
): Promise<void> {
  const { t } = actor;
  const program = currentProgram(deps.db);
  if (!program || program.id !== input.programId || program.status !== "signup") {
    const named = input.programId === undefined ? undefined : getProgram(deps.db, input.programId);
    return actor.reply(t.plain("notices.signup.stale", { program: safeText(named?.name ?? "–", 200) }));
  }
  if (program.signupOpen) setSignupOpen(deps.db, program.id, false, deps.clock());
  await startMatching(deps, actor);
  await publishHome(deps, actor.userId);
}
