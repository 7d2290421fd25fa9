import { formatDay } from "../../domain/dates";
import type { PairReason } from "../../domain/types";
import { isMessageKey, type Translator, topicLabel } from "../../i18n";

/**
 * Matching reasons in words, for every view that shows them (the managers' review, the tandem's
 * welcome): topics by their label, formats and languages by their name in the reader's language,
 * so no stored key or code ("in_person", "en") ever reaches a person.
 */

/** Two or three letters: what an ISO 639 code looks like (the signup stores "de" and "en"). */
const ISO_CODE = /^[a-z]{2,3}$/;

/**
 * A shared language by its name: the catalog's for the signup's checkboxes, the platform's for
 * other codes someone typed ("fr"), and anything else as typed (names such as "français").
 */
export function languageName(t: Translator, code: string): string {
  const key = `matching.language.${code}`;
  if (isMessageKey(key)) return t.plain(key);
  if (ISO_CODE.test(code)) {
    try {
      const name = new Intl.DisplayNames([t.lang], { type: "language", fallback: "none" }).of(code);
      if (name && name.toLowerCase() !== code) return name;
    } catch {
      // not a code after all: shown as typed
    }
  }
  return code;
}

/** A meeting format by its name ("in-person meetings"); an unknown value as stored. */
export function formatName(t: Translator, format: string): string {
  const key = `matching.format.${format}`;
  return isMessageKey(key) ? t.plain(key) : format;
}

/**
 * A stored reason in the reader's language, as mrkdwn: names and typed text come through t's
 * escaping. undefined for a key the catalog does not know; each view decides what to show then.
 */
export function reasonText(
  t: Translator,
  reason: PairReason,
  customTopics: Record<string, string>,
): string | undefined {
  const p = reason.params;
  switch (reason.key) {
    case "matching.reason.strong_in":
    case "matching.reason.strong_in_goal":
      return t(reason.key, {
        topic: topicLabel(t, String(p.topic ?? ""), customTopics),
        mentorLevel: p.mentorLevel,
        menteeLevel: p.menteeLevel,
      });
    case "matching.reason.same_format":
      return t(reason.key, { format: formatName(t, String(p.format ?? "")) });
    case "matching.reason.shared_language":
      return t(reason.key, { language: languageName(t, String(p.language ?? "")) });
    case "matching.unmatched.consent_asked":
      // the day the consent request went out, as the reader writes dates
      return t(reason.key, { date: formatDay(t.lang, String(p.date ?? "")) });
    default:
      // same_frequency (a number), different_departments and the unmatched reasons: no codes inside
      return isMessageKey(reason.key) ? t(reason.key, p) : undefined;
  }
}
