import { firstGivenName, givenName } from "../domain/names";

/** Slack channel names: lowercase letters, digits, "-" and "_", at most 80 characters. */
export const MAX_CHANNEL_NAME = 80;

/** name, name-2, name-3 …: the base is cut so that the suffix always fits in 80 characters. */
export function withSuffix(base: string, n: number): string {
  if (n <= 1) return base.slice(0, MAX_CHANNEL_NAME);
  const suffix = `-${n}`;
  const cut = base.slice(0, MAX_CHANNEL_NAME - suffix.length).replace(/[-_]+$/, "");
  return `${cut}${suffix}`;
}

const SPECIAL: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ß: "ss",
  æ: "ae",
  ø: "oe",
  œ: "oe",
  å: "aa",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/** German umlauts the German way, other Latin letters without their marks; anything else dropped. */
export function slug(text: string): string {
  const lowered = text.toLowerCase();
  const replaced = Array.from(lowered, (ch) => SPECIAL[ch] ?? ch).join("");
  return replaced
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "");
}

/** The given name we greet with, without titles (see domain/names); the user id when there is none. */
export function firstNameOf(user: {
  userId: string;
  firstName?: string | null;
  realName?: string | null;
  displayName?: string | null;
}): string {
  return givenName(user) ?? user.userId;
}

/** The first given name, slugged: names without Latin letters fall back to the user id. */
function namePart(name: string, userId: string): string {
  return slug(firstGivenName(name) ?? "") || slug(userId) || "x";
}

/** The prefix a program manager chose, made valid; "tandem" if nothing valid is left. */
export function channelPrefix(prefix: string): string {
  return (
    slug(prefix)
      .slice(0, 30)
      .replace(/[-_]+$/, "") || "tandem"
  );
}

/**
 * prefix-firstname-firstname within 80 characters, leaving room for a "-NN" suffix: when too long,
 * the longer first name gives way first. Only the first given name counts, without titles: "Dr. Hans
 * Peter" gives "hans".
 */
export function tandemChannelName(
  prefix: string,
  mentor: { name: string; userId: string },
  mentee: { name: string; userId: string },
): string {
  const p = channelPrefix(prefix);
  let a = namePart(mentor.name, mentor.userId);
  let b = namePart(mentee.name, mentee.userId);
  const budget = MAX_CHANNEL_NAME - 3 - p.length - 2;
  while (a.length + b.length > budget) {
    if (a.length >= b.length) a = a.slice(0, -1);
    else b = b.slice(0, -1);
  }
  return [p, a.replace(/[-_]+$/, ""), b.replace(/[-_]+$/, "")].filter(Boolean).join("-");
}

export function circleChannelName(prefix: string, label: string): string {
  return `${channelPrefix(prefix)}-${slug(label) || "circle"}`.slice(0, MAX_CHANNEL_NAME - 3);
}

/** The first of name, name-2, name-3 … that is not taken; the chosen name is added to taken. */
export function uniqueName(base: string, taken: Set<string>): string {
  for (let n = 1; ; n += 1) {
    const name = withSuffix(base, n);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}
