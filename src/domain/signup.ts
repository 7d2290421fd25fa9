import { languageCode } from "./languages";
import { LEVELS, type Level } from "./topics";
import type { MeetingFormat, ParticipantStatus, Role } from "./types";

/**
 * Sign-up rules, free of Slack: who may open the questionnaire, and what a valid set of answers is.
 * The Slack layer turns a modal's state into a RawSignup and the errors back into inline messages.
 */

export const ROLES: readonly Role[] = ["mentor", "mentee"];
export const MEETING_FORMATS: readonly MeetingFormat[] = ["in_person", "remote", "mixed"];
export const MEETINGS_PER_MONTH = [1, 2] as const;
/** The languages offered as checkboxes; others are typed in freely. */
export const LANGUAGE_CODES = ["de", "en"] as const;
export const MAX_EXCLUDED = 10;

/** Maximum lengths, enforced by the inputs' max_length and again here (Slack allows up to 3000). */
export const LIMITS = {
  department: 100,
  background: 1000,
  hopeToLearn: 1000,
  learningGoals: 1500,
  expectations: 1000,
  concerns: 1000,
  otherLanguages: 150,
  availability: 300,
  /** one free-text language */
  language: 40,
} as const;

export function isRole(value: unknown): value is Role {
  return value === "mentor" || value === "mentee";
}

export function isLevel(value: number): value is Level {
  return (LEVELS as readonly number[]).includes(value);
}

/** The answers as they arrive from the form: anything may be missing or wrong. */
export interface RawSignup {
  department?: string | null;
  background?: string | null;
  hopeToLearn?: string | null;
  learningGoals?: string | null;
  expectations?: string | null;
  concerns?: string | null;
  meetingFormat?: string | null;
  meetingsPerMonth?: string | null;
  languages?: string[];
  otherLanguages?: string | null;
  availability?: string | null;
  excludedUserIds?: string[];
  consent?: boolean;
  /** topic key → level as the form sent it */
  ratings?: Record<string, string | null | undefined>;
}

/** Valid answers, ready to store. Fields of the other role are null. */
export interface SignupAnswers {
  role: Role;
  department: string;
  background: string | null;
  hopeToLearn: string | null;
  learningGoals: string | null;
  expectations: string | null;
  concerns: string | null;
  meetingFormat: MeetingFormat;
  meetingsPerMonth: number;
  /** "de", "en" and any other languages as the person typed them */
  languages: string[];
  availability: string;
  excludedUserIds: string[];
  consent: true;
  ratings: { topic: string; level: Level }[];
}

export type SignupField =
  | "department"
  | "background"
  | "hopeToLearn"
  | "learningGoals"
  | "expectations"
  | "concerns"
  | "meetingFormat"
  | "meetingsPerMonth"
  | "languages"
  | "otherLanguages"
  | "availability"
  | "excluded"
  | "consent";

export type SignupErrorCode =
  | "required"
  | "too_long"
  | "invalid_choice"
  | "no_language"
  | "language_too_long"
  | "exclude_self"
  | "too_many_excluded"
  | "consent_required"
  | "rating_required";

export interface SignupErrors {
  fields: Partial<Record<SignupField, { code: SignupErrorCode; max?: number }>>;
  /** topic key → problem */
  ratings: Record<string, SignupErrorCode>;
}

export type SignupResult = { ok: true; answers: SignupAnswers } | { ok: false; errors: SignupErrors };

/** Trims; empty becomes null. Windows line ends count once, as Slack counts them. */
function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const v = value.replace(/\r\n/g, "\n").trim();
  return v.length === 0 ? null : v;
}

function length(text: string): number {
  return Array.from(text).length;
}

/** "Français, Türkçe; Polski" → ["Français", "Türkçe", "Polski"], without duplicates (case-insensitive). */
export function parseOtherLanguages(raw: string | null | undefined): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const part of (raw ?? "").split(/[,;\n/]+/)) {
    const name = part.trim().replace(/\s+/g, " ");
    if (!name) continue;
    const key = name.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** The languages list as stored, split back into checkbox codes and the free-text rest. */
export function splitLanguages(languages: readonly string[]): { codes: string[]; other: string[] } {
  const codes = languages.filter((l) => (LANGUAGE_CODES as readonly string[]).includes(l));
  const other = languages.filter((l) => !(LANGUAGE_CODES as readonly string[]).includes(l));
  return { codes, other };
}

const ROLE_TEXTS: Record<Role, { required: SignupField[]; optional: SignupField[] }> = {
  mentor: { required: ["background", "hopeToLearn"], optional: [] },
  mentee: { required: ["learningGoals", "expectations"], optional: ["concerns"] },
};

type TextField = keyof typeof LIMITS & SignupField;

/**
 * Checks one questionnaire. `topics` are the program's topics, each of which must be rated;
 * `userId` is the person signing up (who cannot exclude themselves).
 */
export function validateSignup(
  role: Role,
  raw: RawSignup,
  ctx: { userId: string; topics: readonly string[] },
): SignupResult {
  const errors: SignupErrors = { fields: {}, ratings: {} };
  const texts: Partial<Record<TextField, string | null>> = {};

  const text = (field: TextField, required: boolean) => {
    const value = clean(raw[field]);
    const max = LIMITS[field];
    if (value === null) {
      if (required) errors.fields[field] = { code: "required" };
    } else if (length(value) > max) {
      errors.fields[field] = { code: "too_long", max };
    }
    texts[field] = value;
  };

  text("department", true);
  for (const field of ROLE_TEXTS[role].required) text(field as TextField, true);
  for (const field of ROLE_TEXTS[role].optional) text(field as TextField, false);
  text("availability", true);
  text("otherLanguages", false);

  const format = raw.meetingFormat ?? null;
  if (format === null || format === "") errors.fields.meetingFormat = { code: "required" };
  else if (!(MEETING_FORMATS as readonly string[]).includes(format))
    errors.fields.meetingFormat = { code: "invalid_choice" };

  const perMonth = Number(raw.meetingsPerMonth ?? Number.NaN);
  if (raw.meetingsPerMonth === null || raw.meetingsPerMonth === undefined || raw.meetingsPerMonth === "")
    errors.fields.meetingsPerMonth = { code: "required" };
  else if (!(MEETINGS_PER_MONTH as readonly number[]).includes(perMonth))
    errors.fields.meetingsPerMonth = { code: "invalid_choice" };

  const codes = (raw.languages ?? []).filter((l) => (LANGUAGE_CODES as readonly string[]).includes(l));
  const others = parseOtherLanguages(texts.otherLanguages);
  if (others.some((l) => length(l) > LIMITS.language) && !errors.fields.otherLanguages)
    errors.fields.otherLanguages = { code: "language_too_long", max: LIMITS.language };
  // typed names of languages are stored as codes ("Englisch" → "en", "Französisch" → "fr")
  const typed = others.map((l) => languageCode(l) ?? l);
  const languages = [...new Set([...codes, ...typed.filter((l) => !codes.includes(l.toLowerCase()))])];
  if (languages.length === 0) errors.fields.languages = { code: "no_language" };

  const excluded = [...new Set(raw.excludedUserIds ?? [])];
  if (excluded.includes(ctx.userId)) errors.fields.excluded = { code: "exclude_self" };
  else if (excluded.length > MAX_EXCLUDED)
    errors.fields.excluded = { code: "too_many_excluded", max: MAX_EXCLUDED };

  if (raw.consent !== true) errors.fields.consent = { code: "consent_required" };

  const ratings: { topic: string; level: Level }[] = [];
  for (const topic of ctx.topics) {
    const given = raw.ratings?.[topic];
    const level = given === null || given === undefined || given === "" ? Number.NaN : Number(given);
    if (Number.isNaN(level)) errors.ratings[topic] = "rating_required";
    else if (!isLevel(level)) errors.ratings[topic] = "invalid_choice";
    else ratings.push({ topic, level });
  }

  if (Object.keys(errors.fields).length > 0 || Object.keys(errors.ratings).length > 0) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    answers: {
      role,
      department: texts.department ?? "",
      background: role === "mentor" ? (texts.background ?? null) : null,
      hopeToLearn: role === "mentor" ? (texts.hopeToLearn ?? null) : null,
      learningGoals: role === "mentee" ? (texts.learningGoals ?? null) : null,
      expectations: role === "mentee" ? (texts.expectations ?? null) : null,
      concerns: role === "mentee" ? (texts.concerns ?? null) : null,
      meetingFormat: format as MeetingFormat,
      meetingsPerMonth: perMonth,
      languages,
      availability: texts.availability ?? "",
      excludedUserIds: excluded,
      consent: true,
      ratings,
    },
  };
}

/** What `join` may do for this person now. */
export type JoinGate =
  /** new (or withdrawn, or unfinished) sign-up while sign-up is open */
  | { kind: "new" }
  /** editing a finished sign-up (allowed while not matched, also after sign-up closed) */
  | { kind: "edit"; role: Role }
  | { kind: "closed" }
  | { kind: "matched" };

export function joinGate(
  program: { signupOpen: boolean; signupDeadline: string },
  participant: { status: ParticipantStatus; role: Role } | undefined,
  today: string,
): JoinGate {
  if (participant?.status === "matched") return { kind: "matched" };
  if (participant && (participant.status === "complete" || participant.status === "waiting")) {
    return { kind: "edit", role: participant.role };
  }
  return isSignupOpen(program, today) ? { kind: "new" } : { kind: "closed" };
}

/** What `join` (or the role just chosen) leads to. */
export type JoinStep =
  | { kind: "refused"; why: "matched" | "closed" }
  /** the role choice, preselecting the role chosen before */
  | { kind: "chooseRole"; initial: Role | undefined }
  /** the role's questionnaire; `draft`: choosing the role leaves a draft sign-up (program managers see who started) */
  | { kind: "questionnaire"; role: Role; editing: boolean; draft: boolean };

/** Decides the step from the gate: a role given (or the one signed up as, when editing) skips the choice. */
export function joinStep(gate: JoinGate, previousRole: Role | undefined, chosen: Role | undefined): JoinStep {
  if (gate.kind === "matched" || gate.kind === "closed") return { kind: "refused", why: gate.kind };
  const role = chosen ?? (gate.kind === "edit" ? gate.role : undefined);
  if (!role) return { kind: "chooseRole", initial: previousRole };
  return { kind: "questionnaire", role, editing: gate.kind === "edit", draft: gate.kind === "new" };
}

/** What a submitted questionnaire did: a first sign-up, new answers, or a switch to the other role. */
export function signupChange(
  gate: JoinGate & { kind: "new" | "edit" },
  role: Role,
): "new" | "updated" | "switched" {
  if (gate.kind === "new") return "new";
  return gate.role === role ? "updated" : "switched";
}

/** Open means opened by the program managers and the deadline (inclusive, program time) not passed. */
export function isSignupOpen(
  program: { signupOpen: boolean; signupDeadline: string },
  today: string,
): boolean {
  return program.signupOpen && today <= program.signupDeadline;
}

/** The status a submitted questionnaire leaves: a waiting person stays on the waiting list. */
export function statusAfterSubmit(previous: ParticipantStatus | undefined): ParticipantStatus {
  return previous === "waiting" ? "waiting" : "complete";
}

/** Whether `leave` applies: nobody can leave twice, and a matched person goes through the managers. */
export function leaveGate(
  participant: { status: ParticipantStatus } | undefined,
): "ok" | "not_signed_up" | "matched" {
  if (!participant || participant.status === "withdrawn") return "not_signed_up";
  if (participant.status === "matched") return "matched";
  return "ok";
}

export { localDate } from "./dates";
