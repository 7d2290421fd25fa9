import type { KnownBlock, ModalView, Overflow } from "@slack/types";
import type { LocalText } from "../../domain/events";
import { ARCHIVE_CHOICES, SUCCESS_MAX_LENGTH, type SuccessState } from "../../domain/lifecycle";
import type { EventKind } from "../../domain/types";
import type { Translator } from "../../i18n";
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
  section,
} from "../blocks";
import { ids } from "../ids";
import { type StateValues, stateOf } from "../state";
import { escapeText, fitLength, mentionChannel, mentionUser, safeText } from "../text";
import { values } from "../values";
import { eventName, formatWhen, kindLabel } from "./rhythmEvents";
import { formatDate } from "./setup";

/** User text escaped for mrkdwn and cut (with an ellipsis) so the escaped form stays within max; linear. */
function escapedWithin(raw: string, max: number): string {
  const whole = escapeText(raw);
  if (whole.length <= max) return whole;
  let out = "";
  for (const char of raw) {
    const next = escapeText(char);
    if (out.length + next.length > max - 1) break;
    out += next;
  }
  return `${out}…`;
}

/** The patched copy of an input's element (the same element type, initial values set). */
function asElement<E>(patched: Record<string, unknown>, _original: E): E {
  return patched as unknown as E;
}

/** Pure builders for closing: the success prompt and modal, the showcase, the farewell, settings, event changes. */

export interface BuiltMessage {
  text: string;
  blocks: KnownBlock[];
}

export interface SuccessPromptData {
  tandemId: number;
  mentorUserId: string;
  menteeUserId: string;
  /** the closing event's start, formatted */
  when: string;
  success: SuccessState | undefined;
}

/** The message in a tandem's channel: the text so far, who agreed, and the buttons. */
export function buildSuccessPrompt(t: Translator, d: SuccessPromptData): BuiltMessage {
  const mentor = mentionUser(d.mentorUserId);
  const mentee = mentionUser(d.menteeUserId);
  const value = values.close.tandem.encode({ t: d.tandemId });
  const text = d.success?.text.trim() ? d.success.text : undefined;
  const consent = (person: string, at: string | null | undefined) =>
    t.plain(at ? "close.success.agreed" : "close.success.not_agreed", { person });
  const blocks: KnownBlock[] = [
    header(t.plain("close.success.title")),
    section(t.plain("close.success.intro", { mentor, mentee, when: d.when })),
    context(t("close.success.rule")),
    divider(),
    section(
      text
        ? t.plain("close.success.current", { text: escapedWithin(text, SUCCESS_MAX_LENGTH + 400) })
        : t("close.success.none_yet"),
    ),
  ];
  if (text) {
    const lines = [consent(mentor, d.success?.mentorConsentAt), consent(mentee, d.success?.menteeConsentAt)];
    if (d.success?.mentorConsentAt && d.success.menteeConsentAt) lines.push(t("close.success.shared"));
    blocks.push(context(...lines));
  }
  const buttons = [
    button(t.plain(text ? "close.success.edit" : "close.success.write"), ids.close.successEdit, {
      value,
      ...(text ? {} : { style: "primary" as const }),
    }),
  ];
  if (text) {
    buttons.push(
      button(t.plain("close.success.agree"), ids.close.successAgree, { value, style: "primary" }),
      button(t.plain("close.success.withdraw"), ids.close.successWithdraw, { value }),
    );
  }
  blocks.push(actions(buttons, `close.success.${d.tandemId}`));
  return { text: t.plain("close.success.fallback"), blocks };
}

export function buildSuccessModal(
  t: Translator,
  d: { tandemId: number; text: string | undefined },
): ModalView {
  return modal(t, {
    callbackId: ids.close.successModal,
    metadata: values.close.tandem.encode({ t: d.tandemId }),
    title: t.plain("close.success.modal_title"),
    submit: t.plain("common.save"),
    blocks: [
      input(
        ids.close.successInput,
        t.plain("close.success.modal_label"),
        {
          type: "plain_text_input",
          action_id: ids.close.successInput,
          multiline: true,
          max_length: SUCCESS_MAX_LENGTH,
          ...(d.text ? { initial_value: fitLength(d.text, SUCCESS_MAX_LENGTH) } : {}),
        },
        { hint: t.plain("close.success.modal_hint") },
      ),
    ],
  });
}

export function readSuccessText(state: StateValues): string {
  return stateOf(state, ids.close.successInput)?.value?.trim() ?? "";
}

export interface ShowcaseItem {
  mentorUserId: string;
  menteeUserId: string;
  text: string;
}

/**
 * The showcase at the closing event, as as many messages as it takes: each within Slack's 50 blocks,
 * every tandem's text escaped, several tandems to a section.
 */
export function buildShowcase(
  t: Translator,
  d: { program: string; items: readonly ShowcaseItem[] },
): BuiltMessage[] {
  const entries = d.items.map((i) =>
    t.plain("close.showcase.item", {
      mentor: mentionUser(i.mentorUserId),
      mentee: mentionUser(i.menteeUserId),
      text: escapedWithin(i.text, 2800),
    }),
  );
  const sections: string[] = [];
  let current = "";
  for (const entry of entries) {
    const next = current ? `${current}\n\n${entry}` : entry;
    if (next.length > 2900 && current) {
      sections.push(current);
      current = entry;
    } else current = next;
  }
  if (current) sections.push(current);
  const messages: BuiltMessage[] = [];
  const fallback = t.plain("close.showcase.fallback", { program: d.program });
  for (let i = 0; i < sections.length; i += 45) {
    const blocks: KnownBlock[] =
      i === 0
        ? [
            header(t.plain("close.showcase.title")),
            section(t("close.showcase.intro", { program: d.program, count: d.items.length })),
          ]
        : [];
    for (const s of sections.slice(i, i + 45)) blocks.push(section(s));
    messages.push({ text: fallback, blocks: capBlocks(blocks, 50) });
  }
  return messages;
}

/** The thank-you in a tandem's channel on the program's end date. */
export function buildFarewell(
  t: Translator,
  d: { mentorUserId: string; menteeUserId: string; program: string; archiveOn: string | null },
): BuiltMessage {
  const text = t.plain("close.farewell.text", {
    mentor: mentionUser(d.mentorUserId),
    mentee: mentionUser(d.menteeUserId),
    program: safeText(d.program, 200),
  });
  const after = d.archiveOn
    ? t("close.farewell.archive", { date: formatDate(t.lang, d.archiveOn) })
    : t("close.farewell.keep");
  return { text, blocks: [section(text), context(after)] };
}

export interface ClosingSettingsData {
  programId: number;
  program: string;
  endDate: string;
  showcaseChannel: string | null;
  archiveAfterDays: number | null;
  closing: { when: string } | undefined;
  counts: { written: number; shared: number };
}

const KEEP = "keep";

export function buildClosingSettingsModal(t: Translator, d: ClosingSettingsData): ModalView {
  const choices = ARCHIVE_CHOICES.map((days) =>
    option(t.plain("close.settings.archive_days", { days }), String(days)),
  );
  if (d.archiveAfterDays !== null && !ARCHIVE_CHOICES.some((c) => c === d.archiveAfterDays)) {
    choices.push(
      option(
        t.plain("close.settings.archive_days", { days: d.archiveAfterDays }),
        String(d.archiveAfterDays),
      ),
    );
  }
  choices.push(option(t.plain("close.settings.archive_keep"), KEEP));
  const chosen = d.archiveAfterDays === null ? KEEP : String(d.archiveAfterDays);
  const initial = choices.find((c) => c.value === chosen);
  const intro = [t("close.settings.intro", { program: d.program, end: formatDate(t.lang, d.endDate) })];
  intro.push(
    d.closing
      ? t("close.settings.closing_at", { when: d.closing.when, ...d.counts })
      : t("close.settings.no_closing"),
  );
  return modal(t, {
    callbackId: ids.close.settingsModal,
    metadata: values.close.program.encode({ p: d.programId }),
    title: t.plain("close.settings.title"),
    submit: t.plain("common.save"),
    blocks: [
      section(intro.join("\n\n")),
      input(
        ids.close.settingsInput.showcase,
        t.plain("close.settings.showcase_label"),
        {
          type: "conversations_select",
          action_id: ids.close.settingsInput.showcase,
          filter: { include: ["public", "private"], exclude_bot_users: true },
          ...(d.showcaseChannel ? { initial_conversation: d.showcaseChannel } : {}),
        },
        { hint: t.plain("close.settings.showcase_hint"), optional: true },
      ),
      input(ids.close.settingsInput.archive, t.plain("close.settings.archive_label"), {
        type: "static_select",
        action_id: ids.close.settingsInput.archive,
        options: choices,
        ...(initial ? { initial_option: initial } : {}),
      }),
    ],
  });
}

/** The settings as submitted: a channel or none; days, or null to keep; undefined when unreadable. */
export function readClosingSettings(state: StateValues): {
  showcaseChannel: string | null;
  archiveAfterDays: number | null | undefined;
} {
  const channel = stateOf(state, ids.close.settingsInput.showcase)?.selected_conversation ?? null;
  const raw = stateOf(state, ids.close.settingsInput.archive)?.selected_option?.value;
  const days = raw === KEEP ? null : raw && /^\d{1,3}$/.test(raw) ? Number(raw) : undefined;
  return { showcaseChannel: channel, archiveAfterDays: days };
}

export function settingsSavedText(
  t: Translator,
  d: { program: string; showcaseChannel: string | null; archiveAfterDays: number | null },
): string {
  return t.plain("close.settings.saved", {
    program: safeText(d.program, 200),
    channel: d.showcaseChannel ? mentionChannel(d.showcaseChannel) : t("close.settings.no_showcase"),
    archive:
      d.archiveAfterDays === null
        ? t("close.settings.archive_keep")
        : t("close.settings.archive_days", { days: d.archiveAfterDays }),
  });
}

export interface PickableEvent {
  id: number;
  kind: EventKind;
  name?: LocalText;
  startsAt: string;
  place: string | null;
  timezone: string;
}

/** `/mentoring event edit`: the upcoming events, each with a menu to edit or cancel it. */
export function buildEventPicker(t: Translator, events: readonly PickableEvent[]): BuiltMessage {
  if (events.length === 0) return { text: t("close.event.none"), blocks: [section(t("close.event.none"))] };
  const blocks: KnownBlock[] = [header(t.plain("close.event.pick_title"))];
  for (const e of events.slice(0, 40)) {
    const menu: Overflow = {
      type: "overflow",
      action_id: ids.close.eventMenu,
      options: [
        option(t.plain("close.event.menu_edit"), values.close.eventMenu.encode({ e: e.id, a: "edit" })),
        option(t.plain("close.event.menu_cancel"), values.close.eventMenu.encode({ e: e.id, a: "cancel" })),
      ],
    };
    const lines = [`*${safeText(eventName(t, e), 200)}*`, formatWhen(t.lang, e.startsAt, e.timezone)];
    if (e.place) lines.push(safeText(e.place, 400));
    blocks.push(section(lines.join("\n"), menu));
  }
  return { text: t.plain("close.event.pick_title"), blocks: capBlocks(blocks, 50) };
}

/**
 * The event modal turned into an edit form: the same inputs (so readEventForm reads it), without
 * the kind, filled in with the event as it stands.
 */
export function buildEventEditModal(
  t: Translator,
  base: ModalView,
  d: {
    eventId: number;
    kind: EventKind;
    program: string;
    date: string;
    time: string;
    place: string | null;
    nameDe: string | null;
    nameEn: string | null;
    descriptionDe: string | null;
    descriptionEn: string | null;
    rounds: number | null;
  },
): ModalView {
  const IN = ids.rhythm.eventInput;
  const blocks: KnownBlock[] = [
    section(
      t.plain("close.event.edit_intro", { kind: kindLabel(t, d.kind), program: safeText(d.program, 200) }),
    ),
  ];
  for (const block of base.blocks as KnownBlock[]) {
    if (block.type !== "input") continue;
    if (block.block_id === IN.kind) continue;
    if (block.block_id === IN.rounds && d.kind !== "world_cafe") continue;
    const el = { ...block.element } as Record<string, unknown>;
    if (block.block_id === IN.date) el.initial_date = d.date;
    if (block.block_id === IN.time) el.initial_time = d.time;
    if (block.block_id === IN.place && d.place) el.initial_value = fitLength(d.place, 300);
    const text: Record<string, string | null> = {
      [IN.nameDe]: d.nameDe,
      [IN.nameEn]: d.nameEn,
      [IN.descriptionDe]: d.descriptionDe,
      [IN.descriptionEn]: d.descriptionEn,
    };
    const initial = text[block.block_id ?? ""];
    if (initial) el.initial_value = fitLength(initial, block.block_id?.includes("name") ? 80 : 1500);
    if (block.block_id === IN.rounds && d.rounds) el.initial_value = String(d.rounds);
    blocks.push({ ...block, element: asElement(el, block.element) });
  }
  return modal(t, {
    callbackId: ids.close.eventEditModal,
    metadata: values.close.event.encode({ e: d.eventId }),
    title: t.plain("close.event.edit_title"),
    submit: t.plain("common.save"),
    blocks,
  });
}

export function buildEventCancelModal(
  t: Translator,
  d: { eventId: number; kind: EventKind; when: string },
): ModalView {
  return modal(t, {
    callbackId: ids.close.eventCancelModal,
    metadata: values.close.event.encode({ e: d.eventId }),
    title: t.plain("close.event.cancel_title"),
    submit: t.plain("close.event.cancel_submit"),
    close: t.plain("close.event.keep"),
    blocks: [
      section(t.plain("close.event.cancel_confirm", { kind: kindLabel(t, d.kind), when: d.when })),
      input(
        ids.close.eventCancelNote,
        t.plain("close.event.cancel_note"),
        { type: "plain_text_input", action_id: ids.close.eventCancelNote, multiline: true, max_length: 500 },
        { optional: true },
      ),
    ],
  });
}

export function readCancelNote(state: StateValues): string | null {
  return stateOf(state, ids.close.eventCancelNote)?.value?.trim() || null;
}

/** The DM to attendees when an event changed or was cancelled. */
export function buildEventChangeDm(
  t: Translator,
  d: {
    kind: EventKind;
    /** the manager's name for the event per language */
    name?: LocalText;
    program: string;
    when: string;
    place: string | null;
    cancelled: boolean;
    note: string | null;
  },
): BuiltMessage {
  const kind = safeText(eventName(t, d), 200);
  const program = safeText(d.program, 200);
  const text = d.cancelled
    ? t.plain("close.event.cancelled_dm", { kind, when: d.when, program })
    : t.plain("close.event.changed_dm", {
        kind,
        program,
        when: d.when,
        place: safeText(d.place ?? "–", 400),
      });
  const blocks: KnownBlock[] = [section(text)];
  if (d.note) blocks.push(section(t.plain("close.event.note", { note: escapedWithin(d.note, 600) })));
  return { text, blocks };
}
