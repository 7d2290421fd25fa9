import {
  checkinPlan,
  circlePromptPlace,
  dueItems,
  type ItemFacts,
  type ProgramSnapshot,
  type RhythmState,
  type TandemSnapshot,
  type UpcomingItem,
  upcomingItems,
  withPlannedCheckins,
} from "./due";
import { type CirclePhase, type CustomPrompt, type SelectedPrompt, selectPrompt } from "./prompts";
import { addDays, daysBetween, localDate, pickTimeZone, zonedTime } from "./time";

/*
 * The program managers' view of the schedule and the lookup behind "send now". Both are derived from
 * the same snapshot and rules as the scheduler (dueItems, upcomingItems), never from a button value.
 */

/** An item that can be recorded and sent: its key and the facts opsForItem needs. */
export type ScheduledItem = { key: string; programId: number } & ItemFacts;

export type ScheduleStatus = "pending" | "upcoming" | "sent";

export type ScheduleEntry = ScheduledItem & {
  /** YYYY-MM-DD in the program's time zone: the day the rules make the item due */
  date: string;
  /** when the scheduler will send it (inside working hours); undefined when sent or never */
  sendAt: Date | undefined;
  /** pending: its day has come, waiting for working hours or the next tick */
  status: ScheduleStatus;
};

/** How far ahead the schedule looks, and how far "send now" may reach. */
export const SCHEDULE_HORIZON_DAYS = 28;

function facts(item: ScheduledItem): ScheduledItem {
  // Keeps the key, the program and the item's own facts; drops timing fields of the source.
  const { key, programId } = item;
  switch (item.kind) {
    case "checkin":
      return { key, programId, kind: item.kind, tandemId: item.tandemId, period: item.period };
    case "nudge":
      return { key, programId, kind: item.kind, tandemId: item.tandemId, since: item.since };
    case "alert":
      return item.reason === "stall"
        ? { key, programId, kind: "alert", tandemId: item.tandemId, reason: "stall", since: item.since }
        : {
            key,
            programId,
            kind: "alert",
            tandemId: item.tandemId,
            reason: "help",
            helpRequestId: item.helpRequestId,
          };
    case "circle":
      return {
        key,
        programId,
        kind: item.kind,
        number: item.number,
        phase: item.phase,
        indexInPhase: item.indexInPhase,
      };
    case "reminder":
      return {
        key,
        programId,
        kind: item.kind,
        eventId: item.eventId,
        eventKind: item.eventKind,
        before: item.before,
      };
  }
}

/**
 * When the scheduler would send an item of a future date: dueItems evaluated at the start of that
 * day (09:00 for reminders, their moment) on a snapshot holding only the item's own tandem or event.
 */
function plannedSendAt(
  state: RhythmState,
  program: ProgramSnapshot,
  item: ScheduledItem,
  date: string,
  tandemsById: ReadonlyMap<number, TandemSnapshot>,
  now: Date,
) {
  const tz = pickTimeZone(program.timezone);
  const known = "tandemId" in item ? tandemsById.get(item.tandemId) : undefined;
  // nudges and alerts assume the check-ins planned until then went out unanswered
  const tandem =
    known && (item.kind === "nudge" || item.kind === "alert")
      ? withPlannedCheckins(known, checkinPlan(program, known, state.events), localDate(now, tz), date)
      : known;
  const sub: RhythmState = {
    programs: [{ ...program, hasMentorCircle: item.kind === "circle" && program.hasMentorCircle }],
    tandems: tandem ? [tandem] : [],
    helpRequests: [],
    events: state.events.filter((e) =>
      item.kind === "reminder" ? e.id === item.eventId : e.kind === "closing" && "tandemId" in item,
    ),
    sent: new Set(),
  };
  const at = zonedTime(date, item.kind === "reminder" ? 9 : 0, 0, tz);
  return dueItems(sub, at).find((i) => i.key === item.key)?.sendAt;
}

/**
 * What comes next in one program within horizonDays: items whose day has come and that wait to be
 * sent, then the next period of each series (marked sent when a manager already sent it early).
 */
export function scheduleOverview(
  state: RhythmState,
  now: Date,
  programId: number,
  horizonDays = SCHEDULE_HORIZON_DAYS,
  /** the keys whose send time is worked out (those shown), given every entry; all when left out */
  opts: { planned?: (entries: readonly ScheduleEntry[]) => ReadonlySet<string> } = {},
): ScheduleEntry[] {
  const program = state.programs.find((p) => p.id === programId);
  if (!program) return [];
  const tz = pickTimeZone(program.timezone);
  const only: RhythmState = {
    ...state,
    programs: [program],
    tandems: state.tandems.filter((t) => t.programId === programId),
    helpRequests: state.helpRequests,
    events: state.events.filter((e) => e.programId === programId),
  };
  const entries: ScheduleEntry[] = dueItems(only, now).map((item) => ({
    ...facts(item),
    date: localDate(item.dueAt, tz),
    sendAt: item.sendAt,
    status: "pending",
  }));
  const seen = new Set(entries.map((e) => e.key));
  // Looked up by id, not filtered per item: at 2,000 tandems a filter per item costs a second.
  const tandemsById = new Map(only.tandems.map((t) => [t.id, t]));
  const upcoming: [ScheduleEntry, UpcomingItem][] = [];
  for (const item of upcomingItems({ ...only, sent: new Set() }, now, horizonDays)) {
    if (seen.has(item.key)) continue;
    seen.add(item.key);
    const sent = state.sent.has(item.key);
    const entry: ScheduleEntry = {
      ...facts(item),
      date: item.date,
      sendAt: undefined,
      status: sent ? "sent" : "upcoming",
    };
    entries.push(entry);
    if (!sent) upcoming.push([entry, item]);
  }
  // Working out a send time costs a dueItems run per item: only for the entries the caller shows.
  const planned = opts.planned?.(entries);
  for (const [entry, item] of upcoming) {
    if (planned && !planned.has(entry.key)) continue;
    entry.sendAt = plannedSendAt(only, program, item, item.date, tandemsById, now);
  }
  return entries;
}

/**
 * The item behind a key, recomputed from the snapshot: due now or later, or scheduled within the
 * horizon. Undefined when the key was sent, superseded, or never scheduled.
 */
export function findScheduledItem(state: RhythmState, now: Date, key: string): ScheduledItem | undefined {
  if (state.sent.has(key)) return undefined;
  const due = dueItems(state, now).find((i) => i.key === key);
  if (due) return facts(due);
  const next = upcomingItems(state, now, SCHEDULE_HORIZON_DAYS + 7).find((i) => i.key === key);
  return next ? facts(next) : undefined;
}

export interface CirclePlanEntry {
  number: number;
  date: string;
  key: string;
  phase: CirclePhase;
  prompt: SelectedPrompt;
}

/**
 * The mentor-circle prompts still to come until the program's end, with the prompt each would post
 * with today's prompts (own prompts first within a phase, as selectPrompt does).
 */
export function circlePlan(
  program: Pick<ProgramSnapshot, "id" | "startDate" | "endDate" | "circleCadenceDays" | "timezone">,
  now: Date,
  sent: ReadonlySet<string>,
  custom: readonly CustomPrompt[],
): CirclePlanEntry[] {
  const today = localDate(now, pickTimeZone(program.timezone));
  const cadence = Math.max(1, program.circleCadenceDays);
  const out: CirclePlanEntry[] = [];
  const ahead = new Map<CirclePhase, number>();
  // The latest prompt whose day has come may still be waiting for working hours.
  const first = Math.max(1, Math.floor(daysBetween(program.startDate, today) / cadence));
  for (let n = first; ; n++) {
    const date = addDays(program.startDate, n * cadence);
    if (date > program.endDate) break;
    const key = `circle:p${program.id}:n${n}`;
    if (sent.has(key)) continue;
    const { phase, indexInPhase } = circlePromptPlace(program, n);
    const before = ahead.get(phase) ?? 0;
    ahead.set(phase, before + 1);
    out.push({ number: n, date, key, phase, prompt: selectPrompt(phase, indexInPhase, custom, before) });
  }
  return out;
}

export const PROMPT_MAX_LENGTH = 1000;

export type PromptFormErrors = Partial<
  Record<
    "phase" | "text",
    { code: "phase_required" | "text_required" | "text_too_long"; params?: Record<string, number> }
  >
>;

/** A manager's prompt as typed: a phase and up to PROMPT_MAX_LENGTH characters of text. */
export function validatePromptForm(form: {
  phase: string | null;
  text: string | null;
}): { ok: true; phase: CustomPrompt["phase"]; text: string } | { ok: false; errors: PromptFormErrors } {
  const errors: PromptFormErrors = {};
  const phase = form.phase === "start" || form.phase === "middle" || form.phase === "end" ? form.phase : null;
  if (!phase) errors.phase = { code: "phase_required" };
  const text = (form.text ?? "").trim();
  const length = Array.from(text).length;
  if (length === 0) errors.text = { code: "text_required" };
  else if (length > PROMPT_MAX_LENGTH)
    errors.text = { code: "text_too_long", params: { max: PROMPT_MAX_LENGTH, length } };
  if (!phase || errors.text) return { ok: false, errors };
  return { ok: true, phase, text };
}
