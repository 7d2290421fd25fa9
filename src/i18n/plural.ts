import type { Lang } from "./define";

type Params = Record<string, string | number | null | undefined>;

/**
 * Fills a catalog text: `{name}` takes a parameter, and `{count, plural, one {# Person} other {#
 * Personen}}` chooses a form by `Intl.PluralRules` of the reader's language (`=0 {…}` picks an exact
 * number first; `#` is the number), and `{event, select, kickoff {zur Auftaktveranstaltung} other
 * {…}}` chooses by a parameter's value (for articles and cases that differ by noun). Every count in a catalog is written this way, so that "1 days"
 * cannot happen; tests/unit/i18n-catalogs.test.ts checks it.
 */
export function renderMessage(
  template: string,
  opts: { lang: Lang; params?: Params | undefined; escape?: (text: string) => string },
): string {
  if (!template.includes("{")) return template;
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) break;
    const close = matchingBrace(template, open);
    if (close < 0) break;
    out += template.slice(i, open);
    out += placeholder(template.slice(open + 1, close), template.slice(open, close + 1), opts);
    i = close + 1;
  }
  return out + template.slice(i);
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

const plurals = new Map<Lang, Intl.PluralRules>();
function pluralRules(lang: Lang): Intl.PluralRules {
  let rules = plurals.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    plurals.set(lang, rules);
  }
  return rules;
}

const PLURAL_RE = /^\s*(\w+)\s*,\s*(plural|select)\s*,([\s\S]*)$/;
const SIMPLE_RE = /^\w+$/;

function placeholder(
  inner: string,
  whole: string,
  opts: { lang: Lang; params?: Params | undefined; escape?: (text: string) => string },
): string {
  if (SIMPLE_RE.test(inner)) {
    const value = opts.params?.[inner];
    if (value === undefined || value === null) return whole;
    return opts.escape && typeof value === "string" ? opts.escape(value) : String(value);
  }
  const plural = PLURAL_RE.exec(inner);
  if (!plural) return whole;
  const [, name = "", kind = "", body = ""] = plural;
  const raw = opts.params?.[name];
  if (raw === undefined || raw === null) return whole;
  const branches = pluralBranches(body);
  if (kind === "select") {
    const chosen = branches.get(String(raw)) ?? branches.get("other");
    return chosen === undefined ? whole : renderMessage(chosen, opts);
  }
  // a number already formatted for the reader ("3,5") takes the `other` form
  const n = typeof raw === "number" ? raw : Number(raw);
  const chosen = Number.isNaN(n)
    ? branches.get("other")
    : (branches.get(`=${n}`) ?? branches.get(pluralRules(opts.lang).select(n)) ?? branches.get("other"));
  if (chosen === undefined) return whole;
  return renderMessage(replaceHash(chosen, String(raw)), opts);
}

/** `one {…} other {…}` as a map from selector to text. */
export function pluralBranches(body: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf("{", i);
    if (open < 0) break;
    const selector = body.slice(i, open).trim();
    const close = matchingBrace(body, open);
    if (close < 0) break;
    out.set(selector, body.slice(open + 1, close));
    i = close + 1;
  }
  return out;
}

/** `#` stands for the number, except inside a nested placeholder. */
function replaceHash(text: string, n: string): string {
  let depth = 0;
  let out = "";
  for (const ch of text) {
    if (ch === "{") depth++;
    else if (ch === "}") depth--;
    out += ch === "#" && depth === 0 ? n : ch;
  }
  return out;
}
