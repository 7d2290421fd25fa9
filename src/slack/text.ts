import { type Cell, K_MIN } from "../domain/steering/stats";
import { escapeText } from "../i18n/escape";

export { escapeText };

/**
 * The longest start of text within max UTF-16 code units, never splitting a character. Slack may count
 * an emoji as two, so limits are kept in code units, the strict reading. No ellipsis: for input values.
 */
export function fitLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = "";
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/** Cuts text to at most max UTF-16 code units (see fitLength), marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${fitLength(text, Math.max(0, max - 1))}…`;
}

/** User text for mrkdwn: escaped, then cut so the escaped form stays within max. */
export function safeText(text: string, max: number): string {
  const escaped = escapeText(text);
  if (escaped.length <= max) return escaped;
  // Cut the raw text so that no entity (&amp;) is split.
  let raw = truncate(text, max);
  while (escapeText(raw).length > max) raw = truncate(raw, raw.length - 1);
  return escapeText(raw);
}

export function mentionUser(userId: string): string {
  return /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : escapeText(userId);
}

export function mentionChannel(channelId: string): string {
  return /^[CG][A-Z0-9]+$/.test(channelId) ? `<#${channelId}>` : escapeText(channelId);
}

/**
 * A count of one or two people, hidden (domain/steering/stats: hideSmall, suppressSmallCells): the
 * steering reports and the sign-up dashboard show it the same way. Pass it as a t() parameter, which
 * escapes it.
 */
export const SMALL_CELL = `<${K_MIN}`;

/**
 * A cell of a steering distribution hidden only so that the small ones cannot be worked out
 * (domain/steering/stats: suppressSmallCells): it may hold any number, so it is not "<3".
 */
export const COMPLEMENT_CELL = "–";

/** A cell of a steering distribution as shown: the count, "<3" or "–". */
export function distCellText(c: Cell): string {
  if (typeof c === "number") return String(c);
  return c.hidden === "small" ? SMALL_CELL : COMPLEMENT_CELL;
}

/** A count that may be hidden (null), as shown. */
export function cellText(n: number | null): string {
  return n === null ? SMALL_CELL : String(n);
}
