import type { Button, KnownBlock, ModalView } from "@slack/types";
import type { ClosingItem } from "../../domain/closing";
import { CIRCLE_PHASES, type CirclePhase, type SelectedPrompt } from "../../domain/rhythm/prompts";
import { PROMPT_MAX_LENGTH, type PromptFormErrors, type ScheduleEntry } from "../../domain/rhythm/schedule";
import { addDays, localDate, zonedTime } from "../../domain/rhythm/time";
import type { EventKind } from "../../domain/types";
import type { Lang, MessageKey, Translator } from "../../i18n";
import {
  actions,
  button,
  capBlocks,
  context,
  header,
  input,
  modal,
  option,
  packSections,
  plain,
  section,
} from "../blocks";
import { ids, memberId } from "../ids";
import { type StateValues, stateOf } from "../state";
import { mentionUser, safeText, truncate } from "../text";
import { values } from "../values";
import { formatDate } from "./homeParts";
import { kindLabel } from "./rhythmEvents";
import type { BuiltMessage } from "./rhythmScheduled";
import { waveLabel } from "./steering";

/**
 * The program managers' schedule (`/mentoring schedule`): what goes out in the next weeks in the
 * order it goes out, grouped by day and paged, with "Send now" where sending early helps; and the
 * mentor-circle prompt modal and list.
 */

export interface ScheduleRow {
  entry: ScheduleEntry;
  /** tandem items: the members */
  mentorUserId?: string;
  menteeUserId?: string;
  /** circle items: the prompt it would post today */
  prompt?: SelectedPrompt;
  /** reminders: the event */
  event?: { kind: EventKind; startsAt: string };
}

export interface ScheduleData {
  programId: number;
  programName: string;
  timezone: string;
  hasMentorCircle: boolean;
  rows: readonly ScheduleRow[];
  /** a line above the schedule (e.g. the result of a click), already mrkdwn */
  notice?: string;
  /** the first item of the page shown (0: the first page) */
  offset?: number;
  /** evaluations, closing event and the program's end (domain/closing), in their order */
  closing?: readonly ClosingItem[];
}

export const PHASE_KEY: Record<CirclePhase, MessageKey> = {
  start: "rhythm.phase.start",
  middle: "rhythm.phase.middle",
  end: "rhythm.phase.end",
};

/** Items per page: a page stays well within Slack's 50 blocks and 3,000 characters per section. */
export const SCHEDULE_PAGE_SIZE = 25;
/** "Send now" buttons on one page at most; further items it would suit go out at their time anyway. */
const SEND_NOW_MAX = 5;

/**
 * How many days past its own day an item may go out (a weekend, a holiday weekend): an item is never
 * sent before its day, so the send times of the items up to this many days past the page's last day
 * are enough to put the page in its exact order.
 */
const DAYS_AN_ITEM_MAY_SLIP = 4;

/**
 * The items whose exact send time (a scheduler run per item) is needed to show the page from
 * `offset` on in send order: those of the days up to the page's last day by their own day, and a few
 * days beyond. A big program lists thousands of items; only these are worked out.
 */
export function keysToPlan(entries: readonly ScheduleEntry[], offset = 0): Set<string> {
  const dates = entries.map((e) => e.date).sort();
  const last = dates[Math.min(dates.length - 1, offset + SCHEDULE_PAGE_SIZE - 1)];
  if (last === undefined) return new Set();
  const until = addDays(last, DAYS_AN_ITEM_MAY_SLIP);
  return new Set(entries.filter((e) => e.date <= until).map((e) => e.key));
}

/** The instant an item is listed at: its send time, else the start of its day (sent, never, not worked out). */
function listedAt(entry: ScheduleEntry, tz: string): number {
  if (entry.sendAt) return entry.sendAt.getTime();
  return zonedTime(entry.date, 0, 0, tz).getTime();
}

/** The items in the order they go out, and the page of them from `offset` on. */
export function schedulePage<R extends { entry: ScheduleEntry }>(
  all: readonly R[],
  offset: number,
  tz: string,
): { start: number; shown: R[]; total: number } {
  const sorted = [...all].sort(
    (a, b) =>
      listedAt(a.entry, tz) - listedAt(b.entry, tz) ||
      (a.entry.key < b.entry.key ? -1 : a.entry.key > b.entry.key ? 1 : 0),
  );
  const last =
    sorted.length === 0 ? 0 : Math.floor((sorted.length - 1) / SCHEDULE_PAGE_SIZE) * SCHEDULE_PAGE_SIZE;
  const start = Math.min(Math.max(0, Math.floor(offset / SCHEDULE_PAGE_SIZE) * SCHEDULE_PAGE_SIZE), last);
  return { start, shown: sorted.slice(start, start + SCHEDULE_PAGE_SIZE), total: sorted.length };
}

/**
 * Where "Send now" helps: an item whose day has come and that waits for working hours or the next
 * tick, a circle prompt and an event reminder (a manager may want them out earlier). Not on check-ins
 * to come (they come on their own, and one sent early shifts the tandem's rhythm), nor on nudges and
 * alerts to come: those are forecasts, sent only if no meeting is reported until then.
 */
export function sendNowUseful(entry: ScheduleEntry): boolean {
  if (entry.status === "sent" || !entry.sendAt) return false;
  if (entry.status === "pending") return true;
  return entry.kind === "circle" || entry.kind === "reminder";
}

/** "Tue 16 Feb, 09:00" in the reader's language and the program's zone. */
export function formatSendTime(lang: Lang, at: Date, tz: string): string {
  return new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: tz,
  }).format(at);
}

/** "Thursday, 16 April" in the reader's language: a day of the schedule. */
function formatScheduleDay(lang: Lang, at: Date, tz: string): string {
  return new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: tz,
  }).format(at);
}

/** "10:55" in the program's zone. */
function formatClock(lang: Lang, at: Date, tz: string): string {
  return new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: tz,
  }).format(at);
}

function promptPreview(t: Translator, prompt: SelectedPrompt): string {
  const text = prompt.source === "custom" ? prompt.text : t.plain(prompt.key);
  return safeText(text.replace(/\s+/g, " "), 300);
}

/** What an item is, as mrkdwn (mentions built here; user text escaped). */
export function describeItem(t: Translator, row: ScheduleRow, tz: string): string {
  const e = row.entry;
  const who = {
    mentor: row.mentorUserId ? mentionUser(row.mentorUserId) : "?",
    mentee: row.menteeUserId ? mentionUser(row.menteeUserId) : "?",
  };
  switch (e.kind) {
    case "checkin":
      return t.plain("rhythm.schedule.item.checkin", { ...who, period: e.period });
    case "nudge":
      return t.plain("rhythm.schedule.item.nudge", { ...who, since: formatDate(t.lang, e.since) });
    case "alert":
      return e.reason === "stall"
        ? t.plain("rhythm.schedule.item.alert_stall", { ...who, since: formatDate(t.lang, e.since) })
        : t.plain("rhythm.schedule.item.alert_help", who);
    case "circle":
      return t.plain("rhythm.schedule.item.circle", {
        number: e.number,
        phase: t.plain(PHASE_KEY[e.phase]),
        source: t.plain(
          row.prompt?.source === "custom"
            ? "rhythm.schedule.source.custom"
            : "rhythm.schedule.source.library",
        ),
      });
    case "reminder": {
      const when = row.event ? formatSendTime(t.lang, new Date(row.event.startsAt), tz) : "";
      return t.plain(
        e.before === "7d" ? "rhythm.schedule.item.reminder_7d" : "rhythm.schedule.item.reminder_1d",
        {
          kind: kindLabel(t, e.eventKind),
          when,
        },
      );
    }
  }
}

function sendNowButton(t: Translator, key: string): Button {
  const b = button(t.plain("rhythm.schedule.send_now"), ids.rhythm.sendNow, {
    value: values.rhythm.sendNow.encode({ k: key }),
  });
  b.confirm = {
    title: plain(t.plain("rhythm.schedule.confirm.title"), 100),
    text: plain(t.plain("rhythm.schedule.confirm.text"), 300),
    confirm: plain(t.plain("rhythm.schedule.send_now"), 30),
    deny: plain(t.plain("common.cancel"), 30),
  };
  return b;
}

/** What a closing-phase item is, as mrkdwn (no user text in it). */
export function describeClosing(t: Translator, item: ClosingItem): string {
  switch (item.kind) {
    case "evaluation":
      return item.send === "invite"
        ? t.plain("rhythm.schedule.closing.eval_invite", { wave: waveLabel(t, item.wave) })
        : t.plain("rhythm.schedule.closing.eval_reminder", {
            wave: waveLabel(t, item.wave),
            number: item.reminder ?? 1,
          });
    case "successes":
      return item.pending > 0
        ? t.plain("rhythm.schedule.closing.successes", { count: item.pending })
        : t.plain("rhythm.schedule.closing.successes_sent");
    case "showcase":
      return t.plain("rhythm.schedule.closing.showcase");
    case "end":
      return t.plain("rhythm.schedule.closing.end");
    case "archive":
      return t.plain("rhythm.schedule.closing.archive");
    case "keep":
      return t.plain("rhythm.schedule.closing.keep");
    case "erase":
      return t.plain("rhythm.schedule.closing.erase", { notice: formatDate(t.lang, item.noticeOn) });
  }
}

function closingLine(t: Translator, item: ClosingItem, tz: string): string {
  const what = describeClosing(t, item);
  if (item.kind === "keep") return what;
  const when = item.at ? formatSendTime(t.lang, item.at, tz) : formatDate(t.lang, item.date);
  let text = t.plain("rhythm.schedule.line", { when, what });
  if (item.status === "sent") text += ` · ${t("rhythm.schedule.status.sent")}`;
  else if (item.status === "pending") text += ` · _${t("rhythm.schedule.status.pending")}_`;
  return text;
}

/** Closing events whose success prompts get a section with "Send now"; more are listed as lines. */
const CLOSING_BUTTONS = 2;
/** Closing lines shown (a few closing events give a dozen); the rest is counted, within 3,000 characters. */
const CLOSING_LINES = 12;

/**
 * The closing phase in at most three blocks, after the paged groups of a message already near
 * Slack's 50: the success prompts of a closing event (the only closing item a manager may send early,
 * through the scheduler's own step) each in a section with "Send now", the rest as lines of one section.
 * Those have no button on purpose: evaluation invitations before their date would invite people to a
 * wave that refuses answers, and reminders are timed from the invitation; the showcase would close
 * the members' consent before the event; the program's end, archiving and deletion cannot be undone.
 */
function closingBlocks(t: Translator, items: readonly ClosingItem[], tz: string): KnownBlock[] {
  const withButton = items
    .filter((item) => item.kind === "successes" && item.status !== "sent" && item.pending > 0)
    .slice(0, CLOSING_BUTTONS);
  const listed = items.filter((item) => !withButton.includes(item));
  const lines = listed.slice(0, CLOSING_LINES).map((item) => closingLine(t, item, tz));
  const last = listed.at(-1);
  if (last && listed.length > CLOSING_LINES)
    lines.push(
      t("rhythm.schedule.more", {
        count: listed.length - CLOSING_LINES,
        date: formatDate(t.lang, last.date),
      }),
    );
  return [
    section(
      [t("rhythm.schedule.group.closing"), ...lines, t("rhythm.schedule.closing.automatic")].join("\n"),
    ),
    ...withButton.map((item) => section(closingLine(t, item, tz), sendNowButton(t, item.key))),
  ];
}

/** One item as a line: its time (or its day, when it will not be sent), what it is, its status. */
function itemLine(t: Translator, row: ScheduleRow, tz: string): string {
  const e = row.entry;
  const when = e.sendAt ? formatClock(t.lang, e.sendAt, tz) : formatDate(t.lang, e.date);
  let text = t.plain("rhythm.schedule.line", { when, what: describeItem(t, row, tz) });
  if (e.status === "sent") text += ` · ${t("rhythm.schedule.status.sent")}`;
  else if (!e.sendAt) text += ` · _${t("rhythm.schedule.status.never")}_`;
  else if (e.status === "pending") text += ` · _${t("rhythm.schedule.status.pending")}_`;
  if (row.prompt) text += `\n> ${promptPreview(t, row.prompt)}`;
  return text;
}

/**
 * A page of items (in send order) by day: each day a section of lines in time order, headed by the day; an item where
 * "Send now" helps (at most SEND_NOW_MAX a page) in a section of its own with the button, in its place.
 */
function dayBlocks(t: Translator, rows: readonly ScheduleRow[], tz: string): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let buttons = 0;
  let day = "";
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0)
      for (const text of packSections(lines, { maxChars: 2900 }).sections) blocks.push(section(text));
    lines = [];
  };
  for (const row of rows) {
    const at = new Date(listedAt(row.entry, tz));
    const thisDay = localDate(at, tz);
    if (thisDay !== day) {
      flush();
      day = thisDay;
      lines.push(`*${formatScheduleDay(t.lang, at, tz)}*`);
    }
    if (buttons < SEND_NOW_MAX && sendNowUseful(row.entry)) {
      buttons++;
      flush();
      blocks.push(section(itemLine(t, row, tz), sendNowButton(t, row.entry.key)));
    } else lines.push(itemLine(t, row, tz));
  }
  flush();
  return blocks;
}

/** "Earlier" and "Later" under a page, with where the page stands. */
function pageBlocks(t: Translator, page: { start: number; shown: number; total: number }): KnownBlock[] {
  if (page.total <= SCHEDULE_PAGE_SIZE) return [];
  const buttons: Button[] = [];
  if (page.start > 0)
    buttons.push(
      button(t.plain("rhythm.schedule.earlier"), memberId(ids.rhythm.schedulePage, "earlier"), {
        value: values.rhythm.schedulePage.encode({ o: Math.max(0, page.start - SCHEDULE_PAGE_SIZE) }),
      }),
    );
  const next = page.start + SCHEDULE_PAGE_SIZE;
  if (next < page.total)
    buttons.push(
      button(
        t.plain("rhythm.schedule.later", { count: Math.min(SCHEDULE_PAGE_SIZE, page.total - next) }),
        memberId(ids.rhythm.schedulePage, "later"),
        { value: values.rhythm.schedulePage.encode({ o: next }) },
      ),
    );
  return [
    context(
      t("rhythm.schedule.page", { from: page.start + 1, to: page.start + page.shown, total: page.total }),
    ),
    actions(buttons, "schedule.pages"),
  ];
}

/** The schedule as an ephemeral message: one page of items in send order by day, within 50 blocks. */
export function buildSchedule(t: Translator, d: ScheduleData): BuiltMessage {
  const tz = d.timezone;
  const blocks: KnownBlock[] = [header(t.plain("rhythm.schedule.title"))];
  if (d.notice) blocks.push(section(d.notice));
  blocks.push(context(t("rhythm.schedule.intro", { program: d.programName, tz: tz.replace(/_/g, " ") })));
  const closing = d.closing ?? [];
  if (d.rows.length === 0 && closing.length === 0) blocks.push(section(t("rhythm.schedule.empty")));
  if (!d.hasMentorCircle) blocks.push(context(t("rhythm.schedule.no_circle")));
  const page = schedulePage(d.rows, d.offset ?? 0, tz);
  blocks.push(...dayBlocks(t, page.shown, tz));
  blocks.push(...pageBlocks(t, { start: page.start, shown: page.shown.length, total: page.total }));
  if (closing.length > 0) blocks.push(...closingBlocks(t, closing, tz));
  const p = values.rhythm.program.encode({ p: d.programId });
  blocks.push(
    actions([
      button(t.plain("rhythm.schedule.add_prompt"), ids.rhythm.promptOpen, { value: p }),
      button(t.plain("rhythm.schedule.list_prompts"), ids.rhythm.promptList, { value: p }),
    ]),
  );
  return { text: t("rhythm.schedule.fallback"), blocks: capBlocks(blocks, 50) };
}

const INPUT = ids.rhythm.promptInput;

/** The modal to add a prompt; the phase preselected is the next prompt's. */
export function buildPromptModal(t: Translator, d: { programId: number; phase: CirclePhase }): ModalView {
  const options = CIRCLE_PHASES.map((phase) => option(t.plain(PHASE_KEY[phase]), phase));
  const initial = options.find((o) => o.value === d.phase);
  const phase = input(INPUT.phase, t.plain("rhythm.prompt.field.phase"), {
    type: "static_select",
    action_id: INPUT.phase,
    options,
    ...(initial ? { initial_option: initial } : {}),
  });
  const text = input(
    INPUT.text,
    t.plain("rhythm.prompt.field.text"),
    { type: "plain_text_input", action_id: INPUT.text, multiline: true, max_length: PROMPT_MAX_LENGTH },
    { hint: t.plain("rhythm.prompt.field.text_hint", { max: PROMPT_MAX_LENGTH }) },
  );
  return modal(t, {
    callbackId: ids.rhythm.promptModal,
    metadata: values.rhythm.program.encode({ p: d.programId }),
    title: t.plain("rhythm.prompt.modal.title"),
    submit: t.plain("common.save"),
    blocks: [section(t("rhythm.prompt.modal.intro")), phase, text],
  });
}

export function readPromptForm(values: StateValues): { phase: string | null; text: string | null } {
  return {
    phase: stateOf(values, INPUT.phase)?.selected_option?.value ?? null,
    text: stateOf(values, INPUT.text)?.value ?? null,
  };
}

export function promptErrorsByBlock(t: Translator, errors: PromptFormErrors): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of ["phase", "text"] as const) {
    const issue = errors[field];
    if (issue) out[INPUT[field]] = t.plain(`rhythm.prompt.error.${issue.code}`, issue.params);
  }
  return out;
}

/** After saving: the prompt as stored and when it comes up (or that it will not in this program). */
export function buildPromptSavedView(
  t: Translator,
  d: { phase: CirclePhase; text: string; duplicate: boolean; date: string | null; hasMentorCircle: boolean },
): ModalView {
  const phase = t.plain(PHASE_KEY[d.phase]);
  const when = d.date
    ? t("rhythm.prompt.saved.when", { date: formatDate(t.lang, d.date) })
    : t("rhythm.prompt.saved.not_reached");
  const blocks: KnownBlock[] = [
    section(t(d.duplicate ? "rhythm.prompt.saved.duplicate" : "rhythm.prompt.saved.text", { phase })),
    section(`> ${safeText(d.text, 2500).replace(/\n/g, "\n> ")}`),
    section(when),
  ];
  if (!d.hasMentorCircle) blocks.push(context(t("rhythm.schedule.no_circle")));
  return modal(t, {
    callbackId: ids.rhythm.promptSavedView,
    title: t.plain("rhythm.prompt.saved.title"),
    blocks,
  });
}

const PROMPTS_SHOWN = 45;

/** The program's own prompts (the first 45, then how many more), each with a Remove button. */
export function buildPromptList(
  t: Translator,
  prompts: readonly { id: number; phase: CirclePhase; text: string }[],
): BuiltMessage {
  const title = t("rhythm.prompt.list.title");
  if (prompts.length === 0)
    return { text: title, blocks: [section(`${title}\n${t("rhythm.prompt.list.empty")}`)] };
  const blocks: KnownBlock[] = [section(title)];
  for (const p of prompts.slice(0, PROMPTS_SHOWN)) {
    blocks.push(
      section(
        t.plain("rhythm.prompt.list.item", {
          phase: t.plain(PHASE_KEY[p.phase]),
          text: safeText(truncate(p.text.replace(/\s+/g, " "), 400), 2000),
        }),
        button(t.plain("rhythm.prompt.remove"), ids.rhythm.promptRemove, {
          value: values.rhythm.promptRemove.encode({ id: p.id }),
          style: "danger",
        }),
      ),
    );
  }
  if (prompts.length > PROMPTS_SHOWN) {
    blocks.push(context(t("rhythm.prompt.list.more", { count: prompts.length - PROMPTS_SHOWN })));
  }
  blocks.push(context(t("rhythm.prompt.usage")));
  return { text: title, blocks: capBlocks(blocks, 50) };
}
