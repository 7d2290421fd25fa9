import { formatDay } from "../../domain/dates";
import type { Lang } from "../../i18n";
import { escapeText } from "../text";

/** A date (YYYY-MM-DD) written out for the reader's language, e.g. "1 March 2026" / "1. März 2026". */
export function formatDate(lang: Lang, date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    return escapeText(date);
  }
  return formatDay(lang, date);
}

/**
 * Joins whole lines (or mentions) into at most max characters, so a mention or an escaped entity is never cut in
 * half; what does not fit, plus `hidden` lines the caller left out beforehand, is summed up by more(count).
 */
export function joinLines(
  lines: readonly string[],
  max: number,
  more: (count: number) => string,
  separator = "\n",
  hidden = 0,
): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const rest = lines.length - i - 1 + hidden;
    const tail = rest > 0 ? more(rest).length + 1 : 0;
    if (length + line.length + 1 + tail > max) {
      out.push(more(lines.length - i + hidden));
      return out.join(separator);
    }
    out.push(line);
    length += line.length + 1;
  }
  if (hidden > 0) out.push(more(hidden));
  return out.join(separator);
}
