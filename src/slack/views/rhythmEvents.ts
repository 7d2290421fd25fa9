import type { KnownBlock, ModalView } from "@slack/types";
import {
  DESCRIPTION_MAX_LENGTH,
  EVENT_KINDS,
  type EventErrors,
  type EventField,
  type EventForm,
  PLACE_MAX_LENGTH,
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

/** What a message about an event needs; place and description are the manager's words. */
export interface EventInfo {
  id: number;
  kind: EventKind;
  /** ISO instant */
  startsAt: string;
  place: string | null;
  description: string | null;
  rounds: number | null;
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

/** "Tuesday, 3 March 2026, 17:00 (Europe/Berlin)" in the reader's language, the program's zone. */
export function formatWhen(lang: Lang, iso: string, tz: string): string {
  const when = new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: tz,
  }).format(new Date(iso));
  return `${when} (${tz.replace(/_/g, " ")})`;
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
    input(
      INPUT.description,
      t.plain("event.field.description"),
      {
        type: "plain_text_input",
        action_id: INPUT.description,
        multiline: true,
        max_length: DESCRIPTION_MAX_LENGTH,
      },
      { optional: true },
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
    description: get(INPUT.description)?.value ?? null,
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

function rsvpButtons(t: Translator, eventId: number): KnownBlock {
  return actions(
    [
      button(t.plain("event.rsvp.going"), memberId(ids.rhythm.rsvp, "going"), {
        value: values.rhythm.rsvp.encode({ e: eventId, r: "going" }),
        style: "primary",
      }),
      button(t.plain("event.rsvp.not_going"), memberId(ids.rhythm.rsvp, "not_going"), {
        value: values.rhythm.rsvp.encode({ e: eventId, r: "not_going" }),
      }),
    ],
    `rsvp.${eventId}`,
  );
}

function eventBody(t: Translator, e: EventInfo, lead: string): KnownBlock[] {
  const blocks: KnownBlock[] = [
    header(kindLabel(t, e.kind)),
    section(lead),
    section(factLines(t, e).join("\n")),
  ];
  if (e.description) blocks.push(section(safeText(e.description, DESCRIPTION_MAX_LENGTH + 500)));
  if (e.kind === "world_cafe")
    blocks.push(context(t("event.announce.cafe", { rounds: e.rounds ?? ROUNDS.default })));
  return blocks;
}

/** Someone on the waiting list is invited as who they are: no partner waits for them there. */
function invitationLead(t: Translator, e: EventInfo, kind: string, waiting: boolean): string {
  return waiting
    ? t("event.announce.intro_waiting", { kind, program: e.program })
    : t("event.announce.intro", { kind, program: e.program });
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
  const kind = kindLabel(t, e.kind);
  const lead = invitationLead(t, e, kind, waiting);
  const blocks = eventBody(t, e, lead);
  blocks.push(divider());
  if (answer)
    blocks.push(section(t(answer === "going" ? "event.rsvp.answer_going" : "event.rsvp.answer_not_going")));
  else blocks.push(section(t("event.rsvp.question")));
  blocks.push(rsvpButtons(t, e.id));
  const when = formatWhen(t.lang, e.startsAt, e.timezone);
  return { text: t("event.announce.fallback", { kind, when }), blocks: capBlocks(blocks, 50) };
}

/** A reminder a week (7) or a day (1) before, for the scheduler; RSVP buttons included. */
export function buildEventReminder(t: Translator, e: EventInfo, daysBefore: number): BuiltMessage {
  const kind = kindLabel(t, e.kind);
  const lead =
    daysBefore === 1
      ? t("event.reminder.day", { kind })
      : daysBefore === 7
        ? t("event.reminder.week", { kind })
        : t("event.reminder.days", { kind, days: daysBefore });
  const blocks = eventBody(t, e, lead);
  blocks.push(divider(), section(t("event.reminder.rsvp")), rsvpButtons(t, e.id));
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

export interface SavedEventData {
  event: EventInfo;
  invited: number;
  /** World Café: null while the tables are being planned */
  plan?: readonly CafeRound[] | null;
  /** how many DMs with tables were sent (after confirmation) */
  sent?: { sent: number; already: number };
}

/** The view after saving an event; for a World Café the table proposal with a send button. */
export function buildEventSavedView(t: Translator, d: SavedEventData): ModalView {
  const e = d.event;
  const kind = kindLabel(t, e.kind);
  const blocks: KnownBlock[] = [
    section(t("event.saved.text", { kind, count: d.invited })),
    section(factLines(t, e).join("\n")),
  ];
  if (e.kind === "world_cafe") {
    blocks.push(divider(), ...cafeBlocks(t, e.id, d.plan, d.sent));
  }
  return modal(t, {
    callbackId: ids.rhythm.eventSavedView,
    metadata: values.rhythm.event.encode({ e: e.id }),
    title: t.plain("event.saved.title"),
    blocks: capBlocks(blocks, 100),
  });
}

/** The World Café proposal for a manager: tables per round and the buttons to send or plan again. */
export function cafeBlocks(
  t: Translator,
  eventId: number,
  plan: readonly CafeRound[] | null | undefined,
  sent?: { sent: number; already: number },
): KnownBlock[] {
  if (plan === null || plan === undefined) return [section(t("event.cafe.computing"))];
  const people = new Set(plan.flatMap((r) => r.tables.flat())).size;
  const blocks: KnownBlock[] = [header(t.plain("event.cafe.proposal_title"))];
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
  if (sent) blocks.push(context(t("event.cafe.sent", { count: sent.sent, already: sent.already })));
  const value = values.rhythm.event.encode({ e: eventId });
  const buttons = [button(t.plain("event.cafe.propose_again"), ids.rhythm.cafePropose, { value })];
  if (people > 0) {
    buttons.unshift(
      button(t.plain("event.cafe.confirm"), ids.rhythm.cafeConfirm, { value, style: "primary" }),
    );
  }
  blocks.push(actions(buttons, `cafe.${eventId}`));
  return blocks;
}

/** One person's tables, round by round, with whom they sit. */
export function buildTablesDm(
  t: Translator,
  e: EventInfo,
  userId: string,
  plan: readonly CafeRound[],
): BuiltMessage {
  const when = formatWhen(t.lang, e.startsAt, e.timezone);
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
  const blocks: KnownBlock[] = [
    header(t.plain("event.tables.title")),
    section(t("event.tables.intro", { when })),
    ...chunked(lines),
  ];
  if (e.place)
    blocks.push(context(t.plain("event.fact.place", { place: safeText(e.place, PLACE_MAX_LENGTH + 100) })));
  return { text: t("event.tables.fallback", { when }), blocks: capBlocks(blocks, 50) };
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
      `*${kindLabel(t, e.kind)}*${item.past ? ` ${t("event.list.past")}` : ""}`,
      ...factLines(t, e),
      t("event.list.counts", {
        going: item.going,
        notGoing: item.notGoing,
        open: Math.max(0, item.invited - item.going - item.notGoing),
      }),
    ];
    const accessory =
      e.kind === "world_cafe" && !item.past
        ? button(t.plain("event.cafe.propose"), ids.rhythm.cafePropose, {
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
