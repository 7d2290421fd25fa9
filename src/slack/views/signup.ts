import type {
  Checkboxes,
  KnownBlock,
  ModalView,
  MultiUsersSelect,
  PlainTextInput,
  RadioButtons,
  StaticSelect,
} from "@slack/types";
import type { Participant } from "../../db/queries/participants";
import {
  LANGUAGE_CODES,
  LIMITS,
  MAX_EXCLUDED,
  MEETING_FORMATS,
  MEETINGS_PER_MONTH,
  type RawSignup,
  type SignupErrorCode,
  type SignupErrors,
  type SignupField,
  splitLanguages,
} from "../../domain/signup";
import { LEVELS } from "../../domain/topics";
import type { MeetingFormat, Role } from "../../domain/types";
import { type Translator, topicLabel } from "../../i18n";
import { capBlocks, context, divider, input, modal, option, plain, section } from "../blocks";
import { ids } from "../ids";
import { fitLength } from "../text";
import { values } from "../values";
import { consentText } from "./consent";
import { languageName } from "./reasons";

/** Modals of the sign-up: role choice, the role's questionnaire, and small confirmations. */

export interface SignupProgram {
  id: number;
  name: string;
  topics: string[];
  customTopics: Record<string, string>;
}

export interface QuestionnaireMeta {
  programId: number;
  role: Role;
}

const q = ids.signup.q;

function textInput(
  actionId: string,
  maxLength: number,
  opts: { multiline?: boolean; initial?: string | null; placeholder?: string } = {},
): PlainTextInput {
  const el: PlainTextInput = { type: "plain_text_input", action_id: actionId, max_length: maxLength };
  if (opts.multiline) el.multiline = true;
  if (opts.initial) el.initial_value = fitLength(opts.initial, maxLength);
  if (opts.placeholder) el.placeholder = plain(opts.placeholder, 150);
  return el;
}

/** The first step: which role? `initial` preselects a role chosen before. */
export function buildRoleModal(t: Translator, program: SignupProgram, initial?: Role): ModalView {
  const options = (["mentor", "mentee"] as const).map((role) =>
    option(t.plain(`signup.role.${role}`), role, t.plain(`signup.role.${role}_desc`)),
  );
  const radios: RadioButtons = { type: "radio_buttons", action_id: ids.signup.roleInput, options };
  const preselected = options.find((o) => o.value === initial);
  if (preselected) radios.initial_option = preselected;
  return modal(t, {
    callbackId: ids.signup.roleModal,
    metadata: values.signup.roleModal.encode({ programId: program.id }),
    title: t.plain("signup.role_modal.title"),
    submit: t.plain("signup.role_modal.submit"),
    blocks: [
      section(t("signup.role_modal.intro", { program: program.name })),
      input(ids.signup.roleInput, t.plain("signup.role.label"), radios),
    ],
  });
}

type RoleTextField = "background" | "hopeToLearn" | "learningGoals" | "expectations" | "concerns";
type RoleTextKey = "background" | "hope_to_learn" | "learning_goals" | "expectations" | "concerns";

export interface QuestionnaireOptions {
  /** earlier answers to prefill (shared answers always; role answers and ratings only for the same role) */
  existing?: Participant;
  /** the existing intake ratings, topic → level */
  ratings?: Map<string, number>;
  /** true when a finished sign-up is edited */
  editing?: boolean;
}

export function buildQuestionnaire(
  t: Translator,
  program: SignupProgram,
  role: Role,
  opts: QuestionnaireOptions = {},
): ModalView {
  const prev = opts.existing;
  const sameRole = prev?.role === role;
  const roleText = (value: string | null | undefined) => (sameRole ? value : undefined);
  /** A long answer of the role's own questions, prefilled only when the role stays the same. */
  const roleAnswer = (field: RoleTextField, key: RoleTextKey, optional = false) =>
    input(
      q[field],
      t.plain(`signup.q.${key}.label`),
      textInput(q[field], LIMITS[field], { multiline: true, initial: roleText(prev?.[field]) }),
      { hint: t.plain(`signup.q.${key}.hint`), optional },
    );
  const blocks: KnownBlock[] = [section(t(`signup.q.intro.${role}`, { program: program.name }))];
  const other: Role = role === "mentor" ? "mentee" : "mentor";
  if (opts.editing && prev && !sameRole) {
    blocks.push(
      context(
        t("signup.q.switching", {
          from: t.plain(`common.role.${prev.role}`),
          to: t.plain(`common.role.${role}`),
        }),
      ),
    );
  } else if (opts.editing) {
    blocks.push(context(t("signup.q.editing"), t("signup.q.switch_hint", { other })));
  } else {
    blocks.push(context(t("signup.q.switch_hint", { other })));
  }

  blocks.push(
    input(
      q.department,
      t.plain("signup.q.department.label"),
      textInput(q.department, LIMITS.department, {
        initial: prev?.department,
        placeholder: t.plain("signup.q.department.placeholder"),
      }),
    ),
  );
  if (role === "mentor") {
    blocks.push(roleAnswer("background", "background"), roleAnswer("hopeToLearn", "hope_to_learn"));
  } else {
    blocks.push(
      roleAnswer("learningGoals", "learning_goals"),
      roleAnswer("expectations", "expectations"),
      roleAnswer("concerns", "concerns", true),
    );
  }

  blocks.push(divider(), section(t(`signup.q.ratings.${role}`)));
  const levelOptions = LEVELS.map((level) => option(t.plain(`level.${level}`), String(level)));
  for (const topic of program.topics) {
    const select: StaticSelect = {
      type: "static_select",
      action_id: ratingId(topic),
      placeholder: plain(t.plain("signup.q.rating.placeholder"), 150),
      options: levelOptions,
    };
    const given = sameRole ? opts.ratings?.get(topic) : undefined;
    const initial = levelOptions.find((o) => o.value === String(given));
    if (initial) select.initial_option = initial;
    blocks.push(input(ratingId(topic), topicLabel(t, topic, program.customTopics), select));
  }

  blocks.push(divider());
  const formatOptions = MEETING_FORMATS.map((f) => option(t.plain(`signup.q.format.${f}`), f));
  const format: RadioButtons = { type: "radio_buttons", action_id: q.meetingFormat, options: formatOptions };
  const initialFormat = formatOptions.find((o) => o.value === prev?.meetingFormat);
  if (initialFormat) format.initial_option = initialFormat;
  blocks.push(input(q.meetingFormat, t.plain("signup.q.meeting_format.label"), format));

  const perMonthOptions = MEETINGS_PER_MONTH.map((n) =>
    option(t.plain(`signup.q.per_month.${n}`), String(n)),
  );
  const perMonth: StaticSelect = {
    type: "static_select",
    action_id: q.meetingsPerMonth,
    options: perMonthOptions,
    initial_option: perMonthOptions.find((o) => o.value === String(prev?.meetingsPerMonth ?? 1)),
  };
  blocks.push(input(q.meetingsPerMonth, t.plain("signup.q.meetings_per_month.label"), perMonth));

  const langs = splitLanguages(prev?.languages ?? []);
  const langOptions = LANGUAGE_CODES.map((code) => option(t.plain(`signup.q.lang.${code}`), code));
  const languages: Checkboxes = { type: "checkboxes", action_id: q.languages, options: langOptions };
  const initialLangs = langOptions.filter((o) => langs.codes.includes(o.value ?? ""));
  if (initialLangs.length > 0) languages.initial_options = initialLangs;
  // Optional for Slack, so that a language typed below is enough; the server checks at least one.
  blocks.push(
    input(q.languages, t.plain("signup.q.languages.label"), languages, { optional: true }),
    input(
      q.otherLanguages,
      t.plain("signup.q.other_languages.label"),
      textInput(q.otherLanguages, LIMITS.otherLanguages, {
        initial: langs.other.map((l) => languageName(t, l)).join(", "),
      }),
      { hint: t.plain("signup.q.other_languages.hint"), optional: true },
    ),
    input(
      q.availability,
      t.plain("signup.q.availability.label"),
      textInput(q.availability, LIMITS.availability, {
        initial: prev?.availability,
        placeholder: t.plain("signup.q.availability.placeholder"),
      }),
    ),
  );

  const excluded: MultiUsersSelect = {
    type: "multi_users_select",
    action_id: q.excluded,
    max_selected_items: MAX_EXCLUDED,
  };
  if (prev && prev.excludedUserIds.length > 0)
    excluded.initial_users = prev.excludedUserIds.slice(0, MAX_EXCLUDED);
  blocks.push(
    input(q.excluded, t.plain("signup.q.excluded.label"), excluded, {
      hint: t.plain("signup.q.excluded.hint"),
      optional: true,
    }),
  );

  blocks.push(divider(), section(consentText(t)));
  const consentOption = option(t.plain("signup.q.consent.option"), "yes");
  const consent: Checkboxes = { type: "checkboxes", action_id: q.consent, options: [consentOption] };
  if (prev?.consent && sameRole) consent.initial_options = [consentOption];
  blocks.push(input(q.consent, t.plain("signup.q.consent.label"), consent));

  return modal(t, {
    callbackId: ids.signup.questionnaire,
    metadata: values.signup.questionnaire.encode({ programId: program.id, role }),
    title: t.plain(`signup.q.title.${role}`),
    submit: t.plain(opts.editing ? "signup.q.submit_edit" : "signup.q.submit"),
    blocks: capBlocks(blocks, 100),
  });
}

export function ratingId(topic: string): string {
  return `${ids.signup.ratingPrefix}${topic}`;
}

export function parseQuestionnaireMeta(raw: string | undefined): QuestionnaireMeta | undefined {
  return values.signup.questionnaire.parse(raw);
}

/** The slice of Slack's view state this feature reads. */
export interface StateValue {
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
  selected_users?: string[];
}
export type StateValues = Record<string, Record<string, StateValue>>;

function stateOf(values: StateValues, id: string): StateValue | undefined {
  return values[id]?.[id];
}

export function readRole(values: StateValues): Role | undefined {
  const v = stateOf(values, ids.signup.roleInput)?.selected_option?.value;
  return v === "mentor" || v === "mentee" ? v : undefined;
}

/** Turns a submitted questionnaire's state into raw answers for validateSignup. */
export function readQuestionnaire(values: StateValues, topics: readonly string[]): RawSignup {
  const text = (id: string) => stateOf(values, id)?.value ?? null;
  const choice = (id: string) => stateOf(values, id)?.selected_option?.value ?? null;
  const ratings: Record<string, string | null> = {};
  for (const topic of topics) ratings[topic] = choice(ratingId(topic));
  return {
    department: text(q.department),
    background: text(q.background),
    hopeToLearn: text(q.hopeToLearn),
    learningGoals: text(q.learningGoals),
    expectations: text(q.expectations),
    concerns: text(q.concerns),
    meetingFormat: choice(q.meetingFormat),
    meetingsPerMonth: choice(q.meetingsPerMonth),
    languages: (stateOf(values, q.languages)?.selected_options ?? []).map((o) => o.value),
    otherLanguages: text(q.otherLanguages),
    availability: text(q.availability),
    excludedUserIds: stateOf(values, q.excluded)?.selected_users ?? [],
    consent: (stateOf(values, q.consent)?.selected_options ?? []).some((o) => o.value === "yes"),
    ratings,
  };
}

const FIELD_BLOCKS: Record<SignupField, string> = {
  department: q.department,
  background: q.background,
  hopeToLearn: q.hopeToLearn,
  learningGoals: q.learningGoals,
  expectations: q.expectations,
  concerns: q.concerns,
  meetingFormat: q.meetingFormat,
  meetingsPerMonth: q.meetingsPerMonth,
  languages: q.languages,
  otherLanguages: q.otherLanguages,
  availability: q.availability,
  excluded: q.excluded,
  consent: q.consent,
};

function errorText(t: Translator, code: SignupErrorCode, max?: number): string {
  return t.plain(`signup.error.${code}`, max !== undefined ? { max } : undefined);
}

/** Validation errors as Slack's `response_action: "errors"` map, keyed by input block id. */
export function slackErrors(t: Translator, errors: SignupErrors): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, problem] of Object.entries(errors.fields) as [
    SignupField,
    { code: SignupErrorCode; max?: number },
  ][]) {
    out[FIELD_BLOCKS[field]] = errorText(t, problem.code, problem.max);
  }
  for (const [topic, code] of Object.entries(errors.ratings)) out[ratingId(topic)] = errorText(t, code);
  return out;
}

/** A modal that only says something (e.g. sign-up closed), for buttons where no message can be answered. */
export function buildInfoModal(t: Translator, mrkdwn: string): ModalView {
  return modal(t, {
    callbackId: ids.signup.infoModal,
    title: t.plain("signup.info.title"),
    blocks: [section(mrkdwn)],
  });
}

/** Confirmation of withdrawal as a modal (from the App Home, where no ephemeral message can be shown). */
export function buildLeaveModal(t: Translator, program: { id: number; name: string }): ModalView {
  return modal(t, {
    callbackId: ids.signup.leaveModal,
    metadata: values.signup.leaveModal.encode({ programId: program.id }),
    title: t.plain("signup.leave_modal.title"),
    submit: t.plain("signup.leave_modal.submit"),
    close: t.plain("signup.leave.cancel_button"),
    blocks: [section(t("signup.leave.confirm", { program: program.name }))],
  });
}

/** Labels of stored answers, shared by the profile. */
export function formatLabel(t: Translator, format: MeetingFormat): string {
  return t.plain(`signup.q.format.${format}`);
}

export function perMonthLabel(t: Translator, n: number): string {
  return n === 1 || n === 2 ? t.plain(`signup.q.per_month.${n}`) : String(n);
}

/** A language as the signup shows it: the checkboxes' labels, other codes by name, the rest as typed. */
export function languageLabel(t: Translator, code: string): string {
  return code === "de" || code === "en" ? t.plain(`signup.q.lang.${code}`) : languageName(t, code);
}
