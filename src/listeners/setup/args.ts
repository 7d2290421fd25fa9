/** Slash-command arguments as Slack sends them with should_escape false. */

/** Parses what follows `/mentoring announce`: `<#C123|name>`, `<#C123>`, `#name`, `C123`, or nothing. */
export function parseChannelArg(raw: string): { id: string } | { name: string } | undefined {
  const text = raw.trim();
  if (text === "") return undefined;
  const link = /^<#([CG][A-Z0-9]+)(?:\|[^>]*)?>/.exec(text);
  if (link?.[1]) return { id: link[1] };
  const first = text.split(/\s+/)[0] ?? "";
  if (/^[CG][A-Z0-9]{2,}$/.test(first)) return { id: first };
  const name = first.replace(/^#/, "").toLowerCase();
  if (/^[a-z0-9][a-z0-9_-]{0,79}$/.test(name)) return { name };
  return undefined;
}

/** Parses user mentions as `<@U123|name>` or `<@U123>`, or bare user ids. */
export function parseUserArgs(raw: string): string[] {
  const ids = new Set<string>();
  for (const m of raw.matchAll(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g)) if (m[1]) ids.add(m[1]);
  for (const word of raw.replace(/<[^>]*>/g, " ").split(/\s+/)) {
    if (/^[UW][A-Z0-9]{2,}$/.test(word)) ids.add(word);
  }
  return [...ids];
}
