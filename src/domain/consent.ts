import { localDate } from "./dates";

/**
 * The consent text has a version. Each sign-up records the version it accepted; when the text
 * changes (raise CONSENT_VERSION with VISIBILITY below or the consent.* texts in
 * i18n/catalogs/trust.ts), everyone who accepted an older one is asked again and is left out of
 * matching until they agree.
 *
 * Version 1 is the text of the first release. Sign-ups stored before versions were recorded
 * (consent_version empty) accepted that text. Version 2 lists what each role sees (VISIBILITY),
 * including the self-assessment the partner sees in the welcome and the matching review's details.
 */
export const CONSENT_VERSION = 2;

/** Who else sees something of a person (docs/privacy.md, "Who sees what"). */
export type Audience = "partner" | "circle" | "managers" | "reports";
export const AUDIENCES: readonly Audience[] = ["partner", "circle", "managers", "reports"];

/** A person's data that a builder may show to someone else. */
export type PersonalField =
  | "name"
  | "role"
  | "department"
  | "background"
  | "learningGoals"
  | "hopeToLearn"
  | "expectations"
  | "topicRatings"
  | "meetingFormat"
  | "meetingFrequency"
  | "languages"
  | "status"
  | "checkinAnswers"
  | "rematchReason"
  | "evaluationFigures"
  | "evaluationFreeText";

/**
 * What each role sees of a person: the one list the consent text, docs/privacy.md and the views
 * follow (tests/unit/consent-registry.test.ts ties the views to it). Changing it changes the consent
 * text: raise CONSENT_VERSION with it.
 * - partner: in the tandem's welcome message, once matched (goals and expectations only while the
 *   person shares them with the partner, `sharesWithPartner`); topic ratings as "why you two".
 * - circle: the mentor circle (and the executives' circle) sees who takes part and in which role.
 * - managers: what the matching review, the dashboard, check-ins and rematch requests show.
 * - reports: evaluation answers as figures over at least three people; free text only with the
 *   evaluation's own checkbox, pooled and without names.
 */
export const VISIBILITY: Readonly<Record<Audience, readonly PersonalField[]>> = {
  partner: [
    "name",
    "role",
    "department",
    "background",
    "learningGoals",
    "hopeToLearn",
    "expectations",
    "topicRatings",
    "meetingFormat",
    "meetingFrequency",
    "languages",
  ],
  circle: ["name", "role"],
  managers: [
    "name",
    "role",
    "status",
    "department",
    "topicRatings",
    "meetingFormat",
    "meetingFrequency",
    "languages",
    "checkinAnswers",
    "rematchReason",
  ],
  reports: ["evaluationFigures", "evaluationFreeText"],
};

/** Stored, and seen by nobody but the person: the people not to be paired with, concerns, availability. */
export const SEEN_BY_NOBODY = ["excluded", "concerns", "availability"] as const;

export function visibleTo(audience: Audience, field: PersonalField): boolean {
  return VISIBILITY[audience].includes(field);
}

export function acceptedVersion(p: { consent: boolean; consentVersion: number | null }): number | undefined {
  if (!p.consent) return undefined;
  return p.consentVersion ?? 1;
}

/** Whether the person's data may be used further: consent given to the current text. */
export function consentIsCurrent(
  p: { consent: boolean; consentVersion: number | null },
  current: number = CONSENT_VERSION,
): boolean {
  const accepted = acceptedVersion(p);
  return accepted !== undefined && accepted >= current;
}

/** A cohort split by consent: who may be matched, and who still owes consent to the current text. */
export function splitByConsent<T extends { consent: boolean; consentVersion: number | null }>(
  people: readonly T[],
  current: number = CONSENT_VERSION,
): { current: T[]; outdated: T[] } {
  const out = { current: [] as T[], outdated: [] as T[] };
  for (const p of people) (consentIsCurrent(p, current) ? out.current : out.outdated).push(p);
  return out;
}

/**
 * How far the DM asking for consent to the current text has got (services/retention.ts
 * askForConsentAgain): sent on a day (YYYY-MM-DD in the program's time zone), about to be sent (not
 * written yet, or waiting in the outbox), not deliverable, or never to be sent because the person
 * did not consent at all (only those who agreed to an older text are asked).
 */
export type ConsentAsk =
  | { state: "sent"; on: string }
  | { state: "sending" }
  | { state: "failed" }
  | { state: "never" };

/** The request's state from its outbox op (undefined: not written yet). */
export function consentAskOf(
  p: { consent: boolean },
  op: { status: string; doneAt: string | null; createdAt: string } | undefined,
  timeZone: string,
): ConsentAsk {
  if (!p.consent) return { state: "never" };
  if (!op) return { state: "sending" };
  if (op.status === "failed") return { state: "failed" };
  if (op.status !== "done") return { state: "sending" };
  // The outbox writes ISO times; an unreadable one gives no day rather than a failing review.
  const at = new Date(op.doneAt ?? op.createdAt);
  return Number.isNaN(at.getTime()) ? { state: "sending" } : { state: "sent", on: localDate(at, timeZone) };
}

/** Goals and expectations go to the partner only with consent, and unless the person turned sharing off. */
export function sharesWithPartner(p: { consent: boolean; shareWithPartner: boolean | null }): boolean {
  return p.consent && p.shareWithPartner !== false;
}

/** Months after the program's end date, as an ISO date (YYYY-MM-DD), clamped to the month's last day. */
export function addMonths(ymd: string, months: number): string {
  const [y = 0, m = 1, d = 1] = ymd.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** Days before the deletion that program managers are told. */
export const RETENTION_NOTICE_DAYS = 14;

export type RetentionStep = "none" | "notice" | "erase";

/**
 * The days (YYYY-MM-DD, as runRetention counts them: UTC) a program's managers are told of the
 * deletion and its personal data is deleted, once it is closed.
 */
export function retentionDates(program: { endDate: string; retentionMonths: number }): {
  noticeOn: string;
  eraseOn: string;
} {
  const eraseOn = addMonths(program.endDate, program.retentionMonths);
  const noticeOn = new Date(Date.parse(`${eraseOn}T00:00:00Z`) - RETENTION_NOTICE_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return { noticeOn, eraseOn };
}

/** What is due for a closed program on a day (YYYY-MM-DD): nothing, the notice, or the deletion. */
export function retentionStep(
  program: { status: string; endDate: string; retentionMonths: number; personalDataErasedAt: string | null },
  today: string,
): { step: RetentionStep; eraseOn: string } {
  const { eraseOn, noticeOn } = retentionDates(program);
  if (program.status !== "closed" || program.personalDataErasedAt) return { step: "none", eraseOn };
  if (today >= eraseOn) return { step: "erase", eraseOn };
  return { step: today >= noticeOn ? "notice" : "none", eraseOn };
}
