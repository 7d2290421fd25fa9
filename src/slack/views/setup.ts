import type { InputBlock, KnownBlock, ModalView, PlainTextElement, PlainTextOption } from "@slack/types";
import type { Program } from "../../db/queries/programs";
import { formatDay } from "../../domain/dates";
import {
  DEFAULT_TIMEZONE,
  type Issue,
  LIMITS,
  MAX_CUSTOM_TOPIC_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PREFIX_LENGTH,
  MEETING_CADENCES,
  PROGRAM_DEFAULTS,
  type ProgramErrors,
  type ProgramField,
  type ProgramForm,
  TIMEZONES,
} from "../../domain/program";
import {
  countryNames,
  HOLIDAY_COUNTRIES,
  holidayAnywhere,
  NO_HOLIDAYS,
  programCalendar,
  REGION_COUNTRIES,
  regionNames,
} from "../../domain/rhythm/holidays";
import { DIGCOMP_AREAS, defaultTopics, MAX_TOPICS, TOPIC_CATALOG } from "../../domain/topics";
import { isMessageKey, type Translator, topicLabel } from "../../i18n";
import {
  actions,
  button,
  context,
  divider,
  fields,
  header,
  input,
  modal,
  option,
  plain,
  section,
} from "../blocks";
import { ids } from "../ids";
import { type StateValues, stateOf } from "../state";
import { fitLength, safeText } from "../text";
import { values } from "../values";

const INPUT = ids.setup.input;
const CUSTOM_TOPICS_MAX_LENGTH = MAX_TOPICS * (MAX_CUSTOM_TOPIC_LENGTH + 2);

/** Dates as people read them: "1. März 2025" / "1 March 2025". */
export { formatDay as formatDate };

export function cadenceLabel(t: Translator, days: number): string {
  const key = `setup.cadence.${days}`;
  return isMessageKey(key) ? t.plain(key) : t.plain("setup.cadence.days", { days });
}

/** A whole-number input of one of the program's numeric settings, prefilled with its value or the default. */
function numberField(
  field: Exclude<keyof typeof LIMITS, "meetingCadenceDays">,
  program: Program | undefined,
  label: string,
  hint?: string,
): InputBlock {
  const { min, max } = LIMITS[field];
  const element = {
    type: "number_input" as const,
    action_id: INPUT[field],
    is_decimal_allowed: false,
    min_value: String(min),
    max_value: String(max),
    initial_value: String(program?.[field] ?? PROGRAM_DEFAULTS[field]),
  };
  return input(INPUT[field], label, element, { hint });
}

export interface ProgramModalData {
  /** the current program when editing; a new one otherwise */
  program?: Program | undefined;
  /** a new program filled in from this one (the next cohort, /mentoring program new) */
  template?: Program | undefined;
}

/** The program's holiday calendar in words, as the select shows it. */
function holidayLabel(t: Translator, program: Program): string {
  const value = holidayChoiceOf(program);
  const calendar = programCalendar(program);
  const shown = holidayOptionGroups(t)
    .flatMap((g) => g.options)
    .find((o) => o.value === value)?.text.text;
  if (value !== "auto" || !calendar) return shown ?? value;
  const country = countryNames(t.lang)[calendar] ?? calendar;
  return t.plain("setup.holidays.nationwide", { country });
}

/** The holiday calendar as the modal's select stores it: "auto", "none", "DE" or "DE-BY". */
function holidayChoiceOf(p: Program | undefined): string {
  if (!p?.holidayCountry) return "auto";
  return p.holidayRegion ? `${p.holidayCountry}-${p.holidayRegion}` : p.holidayCountry;
}

/**
 * The calendars offered: from the time zone, none, each country with regions as a group of its own
 * (nationwide first), then the other countries; names from the holiday library in the reader's language.
 */
function holidayOptionGroups(t: Translator): { label: PlainTextElement; options: PlainTextOption[] }[] {
  const countries = countryNames(t.lang);
  const name = (code: string) => countries[code] ?? code;
  const groups = [
    {
      label: plain(t.plain("setup.holidays.group_general"), 75),
      options: [
        option(t.plain("setup.holidays.auto"), "auto"),
        option(t.plain("setup.holidays.none"), NO_HOLIDAYS),
      ],
    },
  ];
  for (const country of REGION_COUNTRIES) {
    const regions = Object.entries(regionNames(country, t.lang)).sort((a, b) =>
      a[1].localeCompare(b[1], t.lang),
    );
    groups.push({
      label: plain(name(country), 75),
      options: [
        option(t.plain("setup.holidays.nationwide", { country: name(country) }), country),
        ...regions.map(([code, region]) => option(`${name(country)} – ${region}`, `${country}-${code}`)),
      ],
    });
  }
  const others = HOLIDAY_COUNTRIES.filter((c) => !(REGION_COUNTRIES as readonly string[]).includes(c));
  groups.push({
    label: plain(t.plain("setup.holidays.group_other"), 75),
    options: others.map((c) => option(name(c), c)),
  });
  return groups;
}

/** The create/edit modal. Every input's block_id equals its action_id (ids.setup.input). */
export function buildProgramModal(t: Translator, data: ProgramModalData): ModalView {
  const p = data.program ?? data.template;
  const editing = data.program !== undefined;
  const topics = p ? p.topics : defaultTopics();
  const custom = p ? p.topics.filter((k) => k.startsWith("custom:")).map((k) => p.customTopics[k] ?? k) : [];

  const topicOption = (key: string) => option(topicLabel(t, key), key);
  const groups = DIGCOMP_AREAS.map((area) => ({
    label: plain(t.plain(`setup.area.${area}`), 75),
    options: TOPIC_CATALOG.filter((d) => d.area === area).map((d) => topicOption(d.key)),
  })).filter((g) => g.options.length > 0);
  const selected = TOPIC_CATALOG.filter((d) => topics.includes(d.key)).map((d) => topicOption(d.key));

  const cadence = p?.meetingCadenceDays ?? PROGRAM_DEFAULTS.meetingCadenceDays;
  const cadences: number[] = [...MEETING_CADENCES];
  if (!cadences.includes(cadence)) cadences.push(cadence);
  cadences.sort((a, b) => a - b);
  const cadenceOptions = cadences.map((d) => option(cadenceLabel(t, d), String(d)));

  const tz = p?.timezone ?? DEFAULT_TIMEZONE;
  const zones: string[] = [...TIMEZONES];
  if (!zones.includes(tz)) zones.unshift(tz);
  const zoneOptions = zones.map((z) => option(z.replace(/_/g, " "), z));

  const holidayGroups = holidayOptionGroups(t);
  const holidayValue = holidayChoiceOf(p);
  const holidayInitial = holidayGroups.flatMap((g) => g.options).find((o) => o.value === holidayValue);

  const language = p?.language ?? t.lang;
  const langOptions = (["de", "en"] as const).map((l) => option(t.plain(`setup.language.${l}`), l));
  const address = p?.address ?? "du";
  const addressOptions = (["du", "sie"] as const).map((a) => option(t.plain(`setup.address.${a}`), a));
  const circle = p?.executiveCircle ?? PROGRAM_DEFAULTS.executiveCircle;
  const yes = option(t.plain("setup.field.executive_circle_yes"), "yes");
  const no = option(t.plain("setup.field.executive_circle_no"), "no");

  /** A select or radio group with the option of `value` chosen, if there is one. */
  const choice = <K extends "static_select" | "radio_buttons">(
    type: K,
    actionId: string,
    options: PlainTextOption[],
    value: string,
  ) => {
    const initial = options.find((o) => o.value === value);
    return { type, action_id: actionId, options, ...(initial ? { initial_option: initial } : {}) };
  };
  const dateEl = (actionId: string, value: string | undefined) => ({
    type: "datepicker" as const,
    action_id: actionId,
    ...(value ? { initial_date: value } : {}),
  });

  const blocks: KnownBlock[] = [
    section(editing && p ? t("setup.modal.intro_edit", { name: p.name }) : t("setup.modal.intro_new")),
    divider(),
    section(t("setup.section.basics")),
    input(INPUT.name, t.plain("setup.field.name"), {
      type: "plain_text_input",
      action_id: INPUT.name,
      max_length: MAX_NAME_LENGTH,
      placeholder: plain(t.plain("setup.field.name_placeholder"), 150),
      ...(p ? { initial_value: fitLength(p.name, MAX_NAME_LENGTH) } : {}),
    }),
    input(
      INPUT.topics,
      t.plain("setup.field.topics"),
      {
        type: "multi_static_select",
        action_id: INPUT.topics,
        option_groups: groups,
        max_selected_items: MAX_TOPICS,
        ...(selected.length > 0 ? { initial_options: selected } : {}),
      },
      { hint: t.plain("setup.field.topics_hint", { max: MAX_TOPICS }), optional: true },
    ),
    input(
      INPUT.customTopics,
      t.plain("setup.field.custom_topics"),
      {
        type: "plain_text_input",
        action_id: INPUT.customTopics,
        multiline: true,
        max_length: CUSTOM_TOPICS_MAX_LENGTH,
        ...(custom.length > 0
          ? { initial_value: fitLength(custom.join("\n"), CUSTOM_TOPICS_MAX_LENGTH) }
          : {}),
      },
      { hint: t.plain("setup.field.custom_topics_hint"), optional: true },
    ),
    divider(),
    section(t("setup.section.dates")),
    context(t("setup.section.dates_hint")),
    input(INPUT.startDate, t.plain("setup.field.start_date"), dateEl(INPUT.startDate, p?.startDate)),
    input(INPUT.endDate, t.plain("setup.field.end_date"), dateEl(INPUT.endDate, p?.endDate), {
      hint: t.plain("setup.field.end_date_hint"),
    }),
    input(
      INPUT.signupDeadline,
      t.plain("setup.field.signup_deadline"),
      dateEl(INPUT.signupDeadline, p?.signupDeadline),
      { hint: t.plain("setup.field.signup_deadline_hint") },
    ),
    input(
      INPUT.meetingCadenceDays,
      t.plain("setup.field.meeting_cadence"),
      choice("static_select", INPUT.meetingCadenceDays, cadenceOptions, String(cadence)),
    ),
    divider(),
    section(t("setup.section.locale")),
    input(
      INPUT.language,
      t.plain("setup.field.language"),
      choice("radio_buttons", INPUT.language, langOptions, language),
      { hint: t.plain("setup.field.language_hint") },
    ),
    input(
      INPUT.address,
      t.plain("setup.field.address"),
      choice("radio_buttons", INPUT.address, addressOptions, address),
      { hint: t.plain("setup.field.address_hint") },
    ),
    input(
      INPUT.timezone,
      t.plain("setup.field.timezone"),
      choice("static_select", INPUT.timezone, zoneOptions, tz),
      { hint: t.plain("setup.field.timezone_hint") },
    ),
    input(
      INPUT.holidays,
      t.plain("setup.field.holidays"),
      {
        type: "static_select",
        action_id: INPUT.holidays,
        option_groups: holidayGroups,
        ...(holidayInitial ? { initial_option: holidayInitial } : {}),
      },
      { hint: t.plain("setup.field.holidays_hint") },
    ),
    divider(),
    section(t("setup.section.tandems")),
    numberField(
      "mentorCapacity",
      p,
      t.plain("setup.field.mentor_capacity"),
      t.plain("setup.field.mentor_capacity_hint"),
    ),
    input(
      INPUT.channelPrefix,
      t.plain("setup.field.channel_prefix"),
      {
        type: "plain_text_input",
        action_id: INPUT.channelPrefix,
        max_length: MAX_PREFIX_LENGTH,
        initial_value: fitLength(p?.channelPrefix ?? PROGRAM_DEFAULTS.channelPrefix, MAX_PREFIX_LENGTH),
      },
      { hint: t.plain("setup.field.channel_prefix_hint") },
    ),
    input(
      INPUT.executiveCircle,
      t.plain("setup.field.executive_circle"),
      choice("radio_buttons", INPUT.executiveCircle, [yes, no], circle ? "yes" : "no"),
    ),
    numberField(
      "checkinCadenceDays",
      p,
      t.plain("setup.field.checkin_cadence"),
      t.plain("setup.field.checkin_cadence_hint"),
    ),
    numberField(
      "circleCadenceDays",
      p,
      t.plain("setup.field.circle_cadence"),
      t.plain("setup.field.circle_cadence_hint"),
    ),
    numberField("nudgeAfterDays", p, t.plain("setup.field.nudge_after")),
    numberField("alertAfterDays", p, t.plain("setup.field.alert_after")),
  ];

  return modal(t, {
    callbackId: ids.setup.programView,
    metadata: values.setup.programView.encode(
      editing ? { programId: p?.id ?? null } : { programId: null, ...(p ? { from: p.id } : {}) },
    ),
    title: t.plain(editing ? "setup.modal.title_edit" : "setup.modal.title_new"),
    submit: t.plain("common.save"),
    blocks,
  });
}

/** Reads the submitted modal back into the domain's form shape. */
export function readProgramForm(state: StateValues): ProgramForm {
  const get = (id: string) => stateOf(state, id);
  const text = (id: string): string | null => {
    const v = get(id);
    return v?.value ?? v?.selected_date ?? v?.selected_option?.value ?? null;
  };
  return {
    name: text(INPUT.name),
    topics: (get(INPUT.topics)?.selected_options ?? []).map((o) => o.value),
    customTopics: text(INPUT.customTopics),
    startDate: text(INPUT.startDate),
    endDate: text(INPUT.endDate),
    signupDeadline: text(INPUT.signupDeadline),
    meetingCadenceDays: text(INPUT.meetingCadenceDays),
    language: text(INPUT.language),
    address: text(INPUT.address),
    timezone: text(INPUT.timezone),
    holidays: text(INPUT.holidays),
    mentorCapacity: text(INPUT.mentorCapacity),
    channelPrefix: text(INPUT.channelPrefix),
    executiveCircle: text(INPUT.executiveCircle),
    checkinCadenceDays: text(INPUT.checkinCadenceDays),
    circleCadenceDays: text(INPUT.circleCadenceDays),
    nudgeAfterDays: text(INPUT.nudgeAfterDays),
    alertAfterDays: text(INPUT.alertAfterDays),
  };
}

/** Slack shows these next to the inputs; it renders them as plain text. */
export function issueText(t: Translator, kind: "error" | "warning", issue: Issue): string {
  const params: Record<string, string | number> = { ...(issue.params ?? {}) };
  if (typeof issue.params?.days === "number") {
    params.months = new Intl.NumberFormat(t.lang === "de" ? "de-DE" : "en-GB", {
      maximumFractionDigits: 1,
    }).format(issue.params.days / 30.44);
  }
  if (typeof issue.params?.today === "string") params.today = formatDay(t.lang, issue.params.today);
  if (typeof issue.params?.date === "string" && typeof issue.params.calendar === "string") {
    const holiday = holidayAnywhere(issue.params.date, issue.params.calendar, t.lang);
    params.holiday = holiday?.regional
      ? t.plain("setup.holidays.regional", { holiday: holiday.name })
      : (holiday?.name ?? "");
    params.date = formatDay(t.lang, issue.params.date);
  }
  if (typeof issue.params?.suggestion === "string")
    params.suggestion = formatDay(t.lang, issue.params.suggestion);
  const key = `setup.${kind}.${issue.code}`;
  return isMessageKey(key) ? t.plain(key, params) : issue.code;
}

/** `response_action: "errors"` wants messages keyed by input block_id. */
export function errorsByBlock(t: Translator, errors: ProgramErrors): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, issue] of Object.entries(errors) as [ProgramField, Issue][]) {
    out[INPUT[field]] = issueText(t, "error", issue);
  }
  return out;
}

function topicList(t: Translator, program: Program): string {
  return program.topics.map((k) => `• ${safeText(topicLabel(t, k, program.customTopics), 80)}`).join("\n");
}

export function summaryFields(t: Translator, program: Program): KnownBlock[] {
  const first = [
    t("setup.summary.dates", {
      start: formatDay(t.lang, program.startDate),
      end: formatDay(t.lang, program.endDate),
    }),
    t("setup.summary.deadline", { date: formatDay(t.lang, program.signupDeadline) }),
    t("setup.summary.cadence", { cadence: cadenceLabel(t, program.meetingCadenceDays) }),
    t("setup.summary.locale", {
      language:
        program.language === "de"
          ? `${t.plain(`setup.language.${program.language}`)} (${t.plain(`setup.address.${program.address}`)})`
          : t.plain(`setup.language.${program.language}`),
      timezone: program.timezone,
    }),
    t("setup.summary.holidays", { calendar: holidayLabel(t, program) }),
    t("setup.summary.capacity", { count: program.mentorCapacity }),
    t("setup.summary.channels", { prefix: program.channelPrefix }),
    t("setup.summary.circle", { answer: t.plain(program.executiveCircle ? "common.yes" : "common.no") }),
    t("setup.summary.rhythm", {
      checkin: program.checkinCadenceDays,
      circle: program.circleCadenceDays,
    }),
    t("setup.summary.reminders", { nudge: program.nudgeAfterDays, alert: program.alertAfterDays }),
  ];
  return [section(`${t("setup.summary.topics")}\n${topicList(t, program)}`), fields(first)];
}

/** What the modal turns into after saving: the settings at a glance, any warning, next steps. */
export function buildProgramSavedView(
  t: Translator,
  data: { program: Program; created: boolean; warnings: Issue[] },
): ModalView {
  const { program } = data;
  const blocks: KnownBlock[] = [
    section(t(data.created ? "setup.saved.created" : "setup.saved.updated", { name: program.name })),
    ...data.warnings.map((w) => section(issueText(t, "warning", w))),
    divider(),
    ...summaryFields(t, program),
    divider(),
    section(t("setup.saved.next")),
  ];
  return modal(t, {
    callbackId: ids.setup.savedView,
    title: t.plain("setup.saved.title"),
    blocks,
  });
}

/** The public sign-up announcement, in the program's language, with the Join button. */
export function buildAnnouncement(t: Translator, program: Program): { text: string; blocks: KnownBlock[] } {
  const date = formatDay(t.lang, program.signupDeadline);
  return {
    text: t("setup.announce.text", { name: program.name, date }),
    blocks: [
      header(t.plain("setup.announce.header", { name: program.name })),
      section(
        t("setup.announce.intro", {
          start: formatDay(t.lang, program.startDate),
          end: formatDay(t.lang, program.endDate),
        }),
      ),
      section(t("setup.announce.mentors")),
      section(t("setup.announce.executives")),
      section(`${t("setup.announce.topics")}\n${topicList(t, program)}`),
      section(t("setup.announce.facts", { cadence: cadenceLabel(t, program.meetingCadenceDays), date })),
      actions([button(t.plain("setup.announce.join"), ids.signup.join, { style: "primary" })]),
      context(t("setup.announce.footer")),
    ],
  };
}
