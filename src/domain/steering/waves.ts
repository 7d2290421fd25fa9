import {
  addDays,
  daysBetween,
  localDate,
  nextAllowedTimeForAll,
  pickTimeZone,
  zonedTime,
} from "../rhythm/time";
import type { ProgramStatus, Role, TandemStatus } from "../types";

/*
 * Evaluation waves: at the program's midpoint and at its end every tandem member is asked a few
 * questions by DM, reminded at most twice, and may change the answers until the wave closes.
 * Like the rhythm's items (docs/decisions/scheduler.md) everything here follows from a snapshot
 * and the clock: the same data always gives the same items and keys.
 */

export const WAVES = ["midterm", "final"] as const;
export type Wave = (typeof WAVES)[number];

export const DEFAULT_EVAL_WINDOW_DAYS = 14;
/** Reminders go out this many days after the wave's date, while the person has not answered. */
export const REMINDER_DAYS = [4, 9] as const;
/** A reminder needs this many days since the invitation (a late invitation is not chased at once). */
const MIN_DAYS_AFTER_INVITE = 3;

export interface WaveProgram {
  id: number;
  status: ProgramStatus;
  startDate: string;
  endDate: string;
  timezone: string;
  midtermEvalDate: string | null;
  finalEvalDate: string | null;
  evalWindowDays: number;
  /** public holidays (domain/rhythm/holidays): nothing goes out on them */
  calendar?: string;
}

export interface WaveDates {
  wave: Wave;
  /** YYYY-MM-DD (program's zone): invitations go out from this day */
  date: string;
  /** the last day answers are taken or changed (date + window) */
  lastDay: string;
  /** true when the date is the derived default, not set by a manager */
  derived: boolean;
}

/** The midpoint (halfway between start and end, rounded down) and the end date, unless set. */
export function derivedWaveDate(program: Pick<WaveProgram, "startDate" | "endDate">, wave: Wave): string {
  if (wave === "final") return program.endDate;
  const half = Math.floor(Math.max(0, daysBetween(program.startDate, program.endDate)) / 2);
  return addDays(program.startDate, half);
}

export function waveDates(program: WaveProgram, wave: Wave): WaveDates {
  const set = wave === "midterm" ? program.midtermEvalDate : program.finalEvalDate;
  const date = set ?? derivedWaveDate(program, wave);
  const window = Math.max(1, program.evalWindowDays || DEFAULT_EVAL_WINDOW_DAYS);
  return { wave, date, lastDay: addDays(date, window), derived: !set };
}

export type WavePhase = "upcoming" | "open" | "closed";

/** Where a wave stands today in the program's zone. */
export function wavePhase(program: WaveProgram, wave: Wave, now: Date): WavePhase {
  const { date, lastDay } = waveDates(program, wave);
  const today = localDate(now, pickTimeZone(program.timezone));
  if (today < date) return "upcoming";
  return today <= lastDay ? "open" : "closed";
}

export type WaveFormErrors = Partial<
  Record<"midterm" | "final" | "window", "invalid_date" | "order" | "window">
>;

/**
 * A manager's wave dates as typed: the mid-term between start and end, the final after the mid-term
 * (on or after it is refused), a window of 1–60 days. Empty dates fall back to the derived ones.
 */
export function validateWaveForm(
  program: Pick<WaveProgram, "startDate" | "endDate">,
  form: { midterm: string | null; final: string | null; window: number | null },
):
  | { ok: true; midterm: string | null; final: string | null; window: number }
  | { ok: false; errors: WaveFormErrors } {
  const errors: WaveFormErrors = {};
  const isDate = (d: string | null) => d === null || /^\d{4}-\d{2}-\d{2}$/.test(d);
  if (!isDate(form.midterm)) errors.midterm = "invalid_date";
  if (!isDate(form.final)) errors.final = "invalid_date";
  const midterm = form.midterm ?? derivedWaveDate(program, "midterm");
  const final = form.final ?? derivedWaveDate(program, "final");
  if (!errors.midterm && (midterm <= program.startDate || midterm >= program.endDate))
    errors.midterm = "order";
  if (!errors.final && (final <= midterm || final < program.startDate)) errors.final = "order";
  const window = form.window ?? DEFAULT_EVAL_WINDOW_DAYS;
  if (!Number.isInteger(window) || window < 1 || window > 60) errors.window = "window";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, midterm: form.midterm, final: form.final, window };
}

export interface EvalMember {
  programId: number;
  participantId: number;
  userId: string;
  role: Role;
  /** the person's Slack time zone (working hours), else the program's */
  tz: string | null;
  tandemStatus: TandemStatus;
  /** ISO instants */
  launchedAt: string | null;
  endedAt: string | null;
}

export interface EvalState {
  programs: readonly WaveProgram[];
  members: readonly EvalMember[];
  /** `${participantId}:${wave}` of the evaluations already given */
  answered: ReadonlySet<string>;
  /** key → ISO instant of the eval items already sent (scheduled_sends) */
  sent: ReadonlyMap<string, string>;
}

export interface EvalItem {
  key: string;
  kind: "invite" | "reminder";
  /** 1 or 2 for reminders */
  reminder?: number;
  programId: number;
  wave: Wave;
  participantId: number;
  userId: string;
  role: Role;
  /** the last day of the wave, for the message */
  lastDay: string;
  sendAt: Date;
  /** true when it goes out in this tick */
  due: boolean;
}

export function evalInviteKey(programId: number, wave: Wave, userId: string): string {
  return `eval:p${programId}:${wave}:${userId}`;
}

export function evalReminderKey(programId: number, wave: Wave, userId: string, n: number): string {
  return `${evalInviteKey(programId, wave, userId)}:r${n}`;
}

/**
 * Who is asked in a wave: members of launched tandems that run (active or paused) or ended on or
 * after the wave's date (the program's end may end the tandems on the final wave's day).
 */
function takesPart(member: EvalMember, dates: WaveDates, tz: string): boolean {
  if (!member.launchedAt) return false;
  if (localDate(new Date(member.launchedAt), tz) > dates.lastDay) return false;
  if (member.tandemStatus === "active" || member.tandemStatus === "paused") return true;
  return (
    member.tandemStatus === "ended" &&
    member.endedAt !== null &&
    localDate(new Date(member.endedAt), tz) >= dates.date
  );
}

/** The day reminder n (1-based) of a wave falls due. */
function reminderDay(dates: WaveDates, n: number): string {
  return addDays(dates.date, REMINDER_DAYS[n - 1] ?? 0);
}

/**
 * When an invitation or reminder of a day goes out to a person: from 00:00 of that day (program
 * zone), or now when later, at the first moment inside the person's working hours; undefined when
 * that falls after the wave's last day (it is not sent at all).
 */
function waveSendAt(
  dates: WaveDates,
  day: string,
  tz: string,
  personTz: string,
  now?: Date,
  calendar?: string,
): Date | undefined {
  const dueAt = zonedTime(day, 0, 0, tz);
  const sendAt = nextAllowedTimeForAll(now && now > dueAt ? now : dueAt, [personTz], personTz, calendar);
  return localDate(sendAt, tz) > dates.lastDay ? undefined : sendAt;
}

export interface WaveSend {
  wave: Wave;
  kind: "invite" | "reminder";
  /** 1 or 2 for reminders */
  reminder?: number;
  /** YYYY-MM-DD (program's zone): the day it falls due */
  day: string;
  /** the first moment it goes out for someone working in the program's zone (each person's own hours apply) */
  from: Date;
}

/**
 * A program's evaluation sends as the schedule lists them: per wave the invitations and each
 * reminder, on the days dueEvalItems makes them due and at the time it would send them to someone in
 * the program's zone. A reminder that would fall after the wave's last day is never sent and left out.
 */
export function waveSends(program: WaveProgram): WaveSend[] {
  const tz = pickTimeZone(program.timezone);
  return WAVES.flatMap((wave) => {
    const dates = waveDates(program, wave);
    const steps: Omit<WaveSend, "from">[] = [
      { wave, kind: "invite", day: dates.date },
      ...REMINDER_DAYS.map((_, i) => ({
        wave,
        kind: "reminder" as const,
        reminder: i + 1,
        day: reminderDay(dates, i + 1),
      })),
    ];
    return steps.flatMap((step) => {
      const from = waveSendAt(dates, step.day, tz, tz, undefined, program.calendar);
      return from ? [{ ...step, from }] : [];
    });
  });
}

/**
 * The invitations and reminders whose day has come, not sent, for people who have not answered,
 * while the wave is open, each with the first time inside the person's working hours. After
 * downtime only the latest reminder is due, so nobody gets more than two.
 */
export function dueEvalItems(state: EvalState, now: Date): EvalItem[] {
  const out: EvalItem[] = [];
  // A person in two tandems of a program (after a rematch) is asked once.
  const seen = new Set<string>();
  for (const program of state.programs) {
    if (program.status !== "running" && program.status !== "closed") continue;
    const tz = pickTimeZone(program.timezone);
    const today = localDate(now, tz);
    for (const wave of WAVES) {
      const dates = waveDates(program, wave);
      if (today < dates.date || today > dates.lastDay) continue;
      for (const member of state.members) {
        if (member.programId !== program.id || !takesPart(member, dates, tz)) continue;
        if (state.answered.has(`${member.participantId}:${wave}`)) continue;
        const invite = evalInviteKey(program.id, wave, member.userId);
        const invitedAt = state.sent.get(invite);
        let next: { key: string; kind: "invite" | "reminder"; reminder?: number; day: string } | undefined;
        if (!invitedAt) next = { key: invite, kind: "invite", day: dates.date };
        else {
          const sinceInvite = (now.getTime() - new Date(invitedAt).getTime()) / 86_400_000;
          for (let n = REMINDER_DAYS.length; n >= 1; n--) {
            const day = reminderDay(dates, n);
            if (today < day) continue;
            const key = evalReminderKey(program.id, wave, member.userId, n);
            if (!state.sent.has(key) && sinceInvite >= MIN_DAYS_AFTER_INVITE)
              next = { key, kind: "reminder", reminder: n, day };
            break;
          }
        }
        if (!next || seen.has(next.key)) continue;
        seen.add(next.key);
        const sendAt = waveSendAt(dates, next.day, tz, pickTimeZone(member.tz, tz), now, program.calendar);
        if (!sendAt) continue;
        out.push({
          key: next.key,
          kind: next.kind,
          ...(next.reminder ? { reminder: next.reminder } : {}),
          programId: program.id,
          wave,
          participantId: member.participantId,
          userId: member.userId,
          role: member.role,
          lastDay: dates.lastDay,
          sendAt,
          due: sendAt.getTime() === now.getTime(),
        });
      }
    }
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : 1));
}
