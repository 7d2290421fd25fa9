import { close } from "./catalogs/close";
import { common } from "./catalogs/common";
import { help } from "./catalogs/help";
import { home } from "./catalogs/home";
import { launch } from "./catalogs/launch";
import { matching } from "./catalogs/matching";
import { notices } from "./catalogs/notices";
import { rhythm } from "./catalogs/rhythm";
import { setup } from "./catalogs/setup";
import { signup } from "./catalogs/signup";
import { steering } from "./catalogs/steering";
import { topics } from "./catalogs/topics";
import { trust } from "./catalogs/trust";
import type { Lang } from "./define";
import { escapeText } from "./escape";

export type { Lang } from "./define";
export { LANGS } from "./define";

// Each feature keeps its own catalog file; add it here.
const catalogs = [
  common,
  help,
  topics,
  setup,
  signup,
  home,
  matching,
  launch,
  rhythm,
  steering,
  close,
  trust,
  notices,
] as const;

type Catalog = (typeof catalogs)[number];
export type MessageKey = Catalog extends infer C
  ? C extends { en: infer E }
    ? keyof E & string
    : never
  : never;
type Params = Record<string, string | number | null | undefined>;

const tables: Record<Lang, Map<string, string>> = { en: new Map(), de: new Map() };
for (const catalog of catalogs) {
  for (const lang of ["en", "de"] as const) {
    for (const [k, v] of Object.entries(catalog[lang] as Record<string, string>)) tables[lang].set(k, v);
  }
}

function interpolate(template: string, params: Params | undefined, escapeParams: boolean): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) return whole;
    return escapeParams && typeof value === "string" ? escapeText(value) : String(value);
  });
}

export interface Translator {
  lang: Lang;
  /** For mrkdwn and message text: string params are escaped, so user text can never ping or link. */
  (key: MessageKey, params?: Params): string;
  /** For plain_text objects, where Slack renders text literally. */
  plain(key: MessageKey, params?: Params): string;
}

export function translator(lang: Lang): Translator {
  const table = tables[lang];
  const lookup = (key: MessageKey) => table.get(key) ?? tables.en.get(key) ?? key;
  const t = ((key: MessageKey, params?: Params) => interpolate(lookup(key), params, true)) as Translator;
  t.plain = (key, params) => interpolate(lookup(key), params, false);
  t.lang = lang;
  return t;
}

/** Slack locales look like de-DE or en-US; anything else falls back to the program's language. */
export function langFromLocale(locale: string | null | undefined, fallback: Lang): Lang {
  if (!locale) return fallback;
  const base = locale.slice(0, 2).toLowerCase();
  return base === "de" || base === "en" ? base : fallback;
}

export function isMessageKey(key: string): key is MessageKey {
  return tables.en.has(key);
}

/** A topic's label: the catalog's for built-in topics, the program manager's words for custom ones. */
export function topicLabel(t: Translator, key: string, custom: Record<string, string> = {}): string {
  const catalogKey = `topic.${key}`;
  if (isMessageKey(catalogKey)) return t.plain(catalogKey);
  return custom[key] ?? key.replace(/^custom:/, "");
}
