import type { KnownBlock, ModalView } from "@slack/types";
import {
  DESCRIPTION_MAX_LENGTH,
  EVENT_KINDS,
  type EventErrors,
  type EventField,
  type EventForm,
  type LocalText,
  NAME_MAX_LENGTH,
  PLACE_MAX_LENGTH,
  pickText,
  ROUNDS,
  type RsvpResponse,
} from "../../domain/events";
import type { CafeRound } from "../../domain/rhythm/worldcafe";
import type { EventKind } from "../../domain/types";
import type { Lang, MessageKey, Translator } from "../../i18n";
import {
  actions,
  button,
  capBlocks,
  context,
  divider,
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
import { mentionUser, safeText } from "../text";
import { values } from "../values";
import { formatDate } from "./setup";

/** Pure builders of the event modal, announcements, RSVP answers, reminders and World Café tables. */

const INPUT = ids.rhythm.eventInput;

export interface BuiltMessage {
  text: string;
  blocks: KnownBlock[];
}

/** What a message about an event needs; place, name and description are the manager's words. */
export interface EventInfo {
  id: number;
  kind: EventKind;
  /** ISO instant */
  startsAt: string;
  place: string | null;
  /** the manager's name for it per language; none: the kind's name from the catalog */
  name: LocalText;
  description: LocalText;
  rounds: number | null;
  /** YYYY-MM-DD, the last day to answer; null once it has passed */
  rsvpBy: string | null;
  /** the program's time zone, in which the time is shown */
  timezone: string;
  program: string;
}

const KIND_KEY: Record<EventKind, MessageKey> = {
  kickoff: "event.kind.kickoff",
  world_cafe: "event.kind.world_cafe",
  closing: "event.kind.closing",
};

export function kindLabel(t: Translator, kind: EventKind): string {
  return t.plain(KIND_KEY[kind]);
}

/** The event's name in the reader's language (else the other's), else its kind's; plain text. */
export function eventName(t: Translator, e: { kind: EventKind; name?: LocalText | undefined }): string {
  return (e.name && pickText(t.lang, e.name)) ?? kindLabel(t, e.kind);
}

/** The name for mrkdwn: a manager's words escaped. */
function nameText(t: Translator, e: { kind: EventKind; name?: LocalText | undefined }): string {
  return safeText(eventName(t, e), NAME_MAX_LENGTH + 100);
}

/** "Tuesday, 30 March" / "Dienstag, 30. März": a day to answer by. */
export function formatDay(lang: Lang, ymd: string): string {
  return new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(new Date(`${ymd}T12:00:00Z`));
}

/** "Tuesday, 3 March 2026, 17:00 (Europe/Berlin)" in the reader's language, the program's zone. */
/** "Dienstag, 5. Mai 2026, um 16:30 Uhr (Zeit in Berlin)", "Tuesday 5 May 2026, at 16:30 (Berlin time)". */
export function formatWhen(lang: Lang, iso: string, tz: string): string {
  const locale = lang === "de" ? "de-DE" : "en-GB";
  const at = new Date(iso);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: tz }).format(at);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: tz }).format(at);
  const place = (tz.split("/").pop() ?? tz).replace(/_/g, " ");
  return lang === "de" ? `${date}, um ${time} Uhr (Zeit in ${place})` : `${date}, at ${time} (${place} time)`;
}

export function buildEventModal(t: Translator, d: { timezone: string; programId: number }): ModalView {
  const kinds = EVENT_KINDS.map((k) => option(kindLabel(t, k), k));
  const tz = d.timezone.replace(/_/g, " ");
  const blocks: KnownBlock[] = [
    section(t("event.modal.intro", { tz })),
    input(INPUT.kind, t.plain("event.field.kind"), {
      type: "static_select",
      action_id: INPUT.kind,
      options: kinds,
    }),
    input(INPUT.date, t.plain("event.field.date"), { type: "datepicker", action_id: INPUT.date }),
    input(INPUT.time, t.plain("event.field.time", { tz }), {
      type: "timepicker",
      action_id: INPUT.time,
      initial_time: "17:00",
    }),
    input(INPUT.place, t.plain("event.field.place"), {
      type: "plain_text_input",
      action_id: INPUT.place,
      max_length: PLACE_MAX_LENGTH,
      placeholder: plain(t.plain("event.field.place_placeholder"), 150),
    }),
    ...(["De", "En"] as const).map((lang) =>
      input(
        INPUT[`name${lang}`],
        t.plain(`event.field.name_${lang === "De" ? "de" : "en"}`),
        { type: "plain_text_input", action_id: INPUT[`name${lang}`], max_length: NAME_MAX_LENGTH },
        { optional: true, hint: t.plain("event.field.name_hint") },
      ),
    ),
    ...(["De", "En"] as const).map((lang) =>
      input(
        INPUT[`description${lang}`],
        t.plain(`event.field.description_${lang === "De" ? "de" : "en"}`),
        {
          type: "plain_text_input",
          action_id: INPUT[`description${lang}`],
          multiline: true,
          max_length: DESCRIPTION_MAX_LENGTH,
        },
        { optional: true, hint: t.plain("event.field.description_hint") },
      ),
    ),
    input(
      INPUT.rounds,
      t.plain("event.field.rounds"),
      {
        type: "number_input",
        action_id: INPUT.rounds,
        is_decimal_allowed: false,
        min_value: String(ROUNDS.min),
        max_value: String(ROUNDS.max),
        initial_value: String(ROUNDS.default),
      },
      { hint: t.plain("event.field.rounds_hint"), optional: true },
    ),
  ];
  return modal(t, {
    callbackId: ids.rhythm.eventModal,
    metadata: values.rhythm.eventModal.encode({ p: d.programId }),
    title: t.plain("event.modal.title"),
    submit: t.plain("common.save"),
    blocks,
  });
}

export function readEventForm(values: StateValues): EventForm {
  const get = (id: string) => stateOf(values, id);
  return {
    kind: get(INPUT.kind)?.selected_option?.value ?? null,
    date: get(INPUT.date)?.selected_date ?? null,
    time: get(INPUT.time)?.selected_time ?? null,
    place: get(INPUT.place)?.value ?? null,
    nameDe: get(INPUT.nameDe)?.value ?? null,
    nameEn: get(INPUT.nameEn)?.value ?? null,
    descriptionDe: get(INPUT.descriptionDe)?.value ?? null,
    descriptionEn: get(INPUT.descriptionEn)?.value ?? null,
    rounds: get(INPUT.rounds)?.value ?? null,
  };
}

export function eventErrorsByBlock(t: Translator, errors: EventErrors): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, issue] of Object.entries(errors) as [
    EventField,
    NonNullable<EventErrors[EventField]>,
  ][]) {
    const params: Record<string, string | number> = { ...(issue.params ?? {}) };
    if (typeof params.start === "string") params.start = formatDate(t.lang, params.start);
    if (typeof params.end === "string") params.end = formatDate(t.lang, params.end);
    out[INPUT[field]] = t.plain(`event.error.${issue.code}`, params);
  }
  return out;
}

/** The facts of an event as mrkdwn lines; the place is escaped text, never made into a link. */
function factLines(t: Translator, e: EventInfo): string[] {
  const lines = [t.plain("event.fact.when", { when: formatWhen(t.lang, e.startsAt, e.timezone) })];
  if (e.place) lines.push(t.plain("event.fact.place", { place: safeText(e.place, PLACE_MAX_LENGTH + 100) }));
  return lines;
}

function rsvpButtons(t: Translator, eventId: number, only?: RsvpResponse): KnownBlock {
  const going = button(t.plain("event.rsvp.going"), memberId(ids.rhythm.rsvp, "going"), {
    value: values.rhythm.rsvp.encode({ e: eventId, r: "going" }),
    style: "primary",
  });
  const notGoing = button(
    t.plain(only === "not_going" ? "event.rsvp.not_going_after_all" : "event.rsvp.not_going"),
    memberId(ids.rhythm.rsvp, "not_going"),
    { value: values.rhythm.rsvp.encode({ e: eventId, r: "not_going" }) },
  );
  return actions(only === "not_going" ? [notGoing] : [going, notGoing], `rsvp.${eventId}`);
}

/** How the World Café goes, with rounds and table changes told apart (3 rounds = 2 changes). */
function cafeLine(t: Translator, e: EventInfo): string {
  const rounds = e.rounds ?? ROUNDS.default;
  const how =
    rounds <= 1
      ? t("event.announce.cafe_one_round")
      : rounds === 2
        ? t("event.announce.cafe_one_change")
        : t("event.announce.cafe_changes", { rounds, changes: rounds - 1 });
  const when = e.rsvpBy ? t("event.announce.cafe_tables_on") : t("event.announce.cafe_tables_soon");
  return `${how} ${when}`;
}

function eventBody(t: Translator, e: EventInfo, lead: string, cafe = true): KnownBlock[] {
  const blocks: KnownBlock[] = [header(eventName(t, e)), section(lead), section(factLines(t, e).join("\n"))];
  const description = pickText(t.lang, e.description);
  if (description) blocks.push(section(safeText(description, DESCRIPTION_MAX_LENGTH + 500)));
  if (cafe && e.kind === "world_cafe") blocks.push(context(cafeLine(t, e)));
  return blocks;
}

/** Someone on the waiting list is invited as who they are: no partner waits for them there. */
function invitationLead(t: Translator, e: EventInfo, name: string, waiting: boolean): string {
  return waiting
    ? t("event.announce.intro_waiting", { name, program: e.program })
    : t("event.announce.intro", { name, program: e.program });
}

/**
 * The announcement DM with RSVP buttons. With an answer it is the same message showing that answer
 * (what the person sees after clicking), buttons kept so the answer can be changed.
 */
export function buildEventAnnouncement(
  t: Translator,
  e: EventInfo,
  answer?: RsvpResponse,
  waiting = false,
): BuiltMessage {
  const name = eventName(t, e);
  const lead = invitationLead(t, e, name, waiting);
  const blocks = eventBody(t, e, lead);
  blocks.push(divider());
  if (answer)
    blocks.push(section(t(answer === "going" ? "event.rsvp.answer_going" : "event.rsvp.answer_not_going")));
  else if (e.rsvpBy) blocks.push(section(t("event.rsvp.question_by", { date: formatDay(t.lang, e.rsvpBy) })));
  else blocks.push(section(t("event.rsvp.question")));
  blocks.push(rsvpButtons(t, e.id));
  const when = formatWhen(t.lang, e.startsAt, e.timezone);
  return { text: t("event.announce.fallback", { name, when }), blocks: capBlocks(blocks, 50) };
}

/**
 * A reminder a week (7) or a day (1) before, for the scheduler, fitting the person's answer: who said
 * yes gets the details again (and their tables, once planned) with a way to cancel; who has not
 * answered is asked. Who said no gets none (the scheduler leaves them out).
 */
export function buildEventReminder(
  t: Translator,
  e: EventInfo,
  daysBefore: number,
  person: { answer?: RsvpResponse | undefined; tables?: readonly string[] } = {},
): BuiltMessage {
  const name = eventName(t, e);
  const going = person.answer === "going";
  const lead = going
    ? daysBefore === 1
      ? t("event.reminder.going_day", { name })
      : daysBefore === 7
        ? t("event.reminder.going_week", { name })
        : t("event.reminder.going_days", { name, days: daysBefore })
    : daysBefore === 1
      ? t("event.reminder.day", { name })
      : daysBefore === 7
        ? t("event.reminder.week", { name })
        : t("event.reminder.days", { name, days: daysBefore });
  const tables = going ? (person.tables ?? []) : [];
  // who already has their tables needs the rounds explained no more
  const blocks = eventBody(t, e, lead, tables.length === 0);
  if (tables.length > 0) blocks.push(section([t("event.reminder.tables"), ...tables].join("\n")));
  blocks.push(divider());
  if (going) blocks.push(section(t("event.reminder.going_change")), rsvpButtons(t, e.id, "not_going"));
  else
    blocks.push(
      section(
        e.rsvpBy
          ? t("event.rsvp.question_by", { date: formatDay(t.lang, e.rsvpBy) })
          : t("event.rsvp.question"),
      ),
      rsvpButtons(t, e.id),
    );
  return { text: lead, blocks: capBlocks(blocks, 50) };
}

/** Sections of at most ~3000 characters from lines. */
function chunked(lines: string[]): KnownBlock[] {
  return packSections(lines, { maxChars: 2900 }).sections.map((text) => section(text));
}

export function tableLines(t: Translator, plan: readonly CafeRound[]): string[] {
  const lines: string[] = [];
  for (const round of plan) {
    lines.push(t("event.cafe.round", { n: round.round }));
    round.tables.forEach((table, i) => {
      lines.push(t.plain("event.cafe.table", { n: i + 1, people: table.map(mentionUser).join(", ") }));
    });
  }
  return lines;
}

/** One person's seat per round: "Round 1: table 2, with …", nothing for rounds they are not seated in. */
export function personTableLines(t: Translator, userId: string, plan: readonly CafeRound[]): string[] {
  const lines: string[] = [];
  for (const round of plan) {
    const index = round.tables.findIndex((table) => table.includes(userId));
    const table = round.tables[index];
    if (!table) continue;
    const others = table.filter((u) => u !== userId).map(mentionUser);
    lines.push(
      t.plain("event.tables.round", { n: round.round, table: index + 1, people: others.join(", ") }),
    );
  }
  return lines;
}

/** The tables as a manager sees them: planned and sent (after the deadline), or a preview before. */
export interface CafeView {
  plan: readonly CafeRound[];
  /** true once the tables were planned and sent after the RSVP deadline */
  planned: boolean;
}

export interface SavedEventData {
  event: EventInfo;
  invited: number;
  /** World Café: the tables, when asked to show them */
  cafe?: CafeView;
}

/** The view after saving an event; a World Café says when its tables are planned. */
export function buildEventSavedView(t: Translator, d: SavedEventData): ModalView {
  const e = d.event;
  const blocks: KnownBlock[] = [
    section(t("event.saved.text", { name: eventName(t, e), count: d.invited })),
    section(factLines(t, e).join("\n")),
  ];
  if (e.kind === "world_cafe") {
    blocks.push(
      context(
        e.rsvpBy ? t("event.saved.cafe", { date: formatDay(t.lang, e.rsvpBy) }) : t("event.saved.cafe_soon"),
      ),
    );
    if (d.cafe) blocks.push(divider(), ...cafeBlocks(t, e.id, d.cafe));
  }
  return modal(t, {
    callbackId: ids.rhythm.eventSavedView,
    metadata: values.rhythm.event.encode({ e: e.id }),
    title: t.plain("event.saved.title"),
    blocks: capBlocks(blocks, 100),
  });
}

/** The World Café's tables for a manager: per round, with a button to look again. */
export function cafeBlocks(t: Translator, eventId: number, cafe: CafeView): KnownBlock[] {
  const { plan } = cafe;
  const people = new Set(plan.flatMap((r) => r.tables.flat())).size;
  const blocks: KnownBlock[] = [
    header(t.plain(cafe.planned ? "event.cafe.planned_title" : "event.cafe.preview_title")),
  ];
  if (people === 0 || plan.every((r) => r.tables.length === 0)) {
    blocks.push(section(t("event.cafe.nobody")));
  } else {
    const sizes = plan.flatMap((r) => r.tables.map((x) => x.length));
    const [min, max] = [Math.min(...sizes), Math.max(...sizes)];
    blocks.push(
      section(
        t("event.cafe.summary", {
          people,
          rounds: plan.length,
          size: min === max ? String(min) : `${min}–${max}`,
        }),
      ),
      ...chunked(tableLines(t, plan)),
    );
  }
  blocks.push(context(t(cafe.planned ? "event.cafe.planned_note" : "event.cafe.preview_note")));
  const value = values.rhythm.event.encode({ e: eventId });
  blocks.push(
    actions([button(t.plain("event.cafe.show_again"), ids.rhythm.cafePropose, { value })], `cafe.${eventId}`),
  );
  return blocks;
}

/** One person's tables, round by round, with whom they sit; `changed` when a re-plan moved them. */
export function buildTablesDm(
  t: Translator,
  e: EventInfo,
  userId: string,
  plan: readonly CafeRound[],
  changed = false,
): BuiltMessage {
  const when = formatWhen(t.lang, e.startsAt, e.timezone);
  const name = eventName(t, e);
  const blocks: KnownBlock[] = [
    header(t.plain("event.tables.title", { name: eventName(t, e) })),
    section(t(changed ? "event.tables.changed" : "event.tables.intro", { name, when })),
    ...chunked(personTableLines(t, userId, plan)),
  ];
  if (e.place)
    blocks.push(context(t.plain("event.fact.place", { place: safeText(e.place, PLACE_MAX_LENGTH + 100) })));
  blocks.push(context(t("event.tables.cancel_hint")));
  return {
    text: t(changed ? "event.tables.changed_fallback" : "event.tables.fallback", { name, when }),
    blocks: capBlocks(blocks, 50),
  };
}

export interface EventListItem {
  event: EventInfo;
  going: number;
  notGoing: number;
  invited: number;
  past: boolean;
}

const EVENTS_SHOWN = 20;

/** The events in date order; when there are too many, the oldest past ones are left out first. */
export function buildEventList(t: Translator, items: readonly EventListItem[]): BuiltMessage {
  if (items.length === 0) return { text: t("event.list.none"), blocks: [section(t("event.list.none"))] };
  const upcoming = items.filter((i) => !i.past);
  const past = items.filter((i) => i.past);
  const shown = [...past.slice(past.length - Math.max(0, EVENTS_SHOWN - upcoming.length)), ...upcoming].slice(
    0,
    EVENTS_SHOWN,
  );
  const blocks: KnownBlock[] = [header(t.plain("event.list.title"))];
  for (const item of shown) {
    const e = item.event;
    const lines = [
      `*${nameText(t, e)}*${item.past ? ` ${t("event.list.past")}` : ""}`,
      ...factLines(t, e),
      t("event.list.counts", {
        going: item.going,
        notGoing: item.notGoing,
        open: Math.max(0, item.invited - item.going - item.notGoing),
      }),
    ];
    const accessory =
      e.kind === "world_cafe" && !item.past
        ? button(t.plain("event.cafe.show"), ids.rhythm.cafePropose, {
            value: values.rhythm.event.encode({ e: e.id }),
          })
        : undefined;
    blocks.push(divider(), section(lines.join("\n"), accessory));
  }
  if (items.length > shown.length) {
    blocks.push(context(t("event.list.more", { count: items.length - shown.length })));
  }
  return { text: t("event.list.title"), blocks: capBlocks(blocks, 50) };
}
