import { close } from "./catalogs/close";
import { closeSie } from "./catalogs/close.sie";
import { common } from "./catalogs/common";
import { commonSie } from "./catalogs/common.sie";
import { help } from "./catalogs/help";
import { helpSie } from "./catalogs/help.sie";
import { home } from "./catalogs/home";
import { homeSie } from "./catalogs/home.sie";
import { launch } from "./catalogs/launch";
import { launchSie } from "./catalogs/launch.sie";
import { matching } from "./catalogs/matching";
import { matchingSie } from "./catalogs/matching.sie";
import { notices } from "./catalogs/notices";
import { noticesSie } from "./catalogs/notices.sie";
import { rhythm } from "./catalogs/rhythm";
import { rhythmSie } from "./catalogs/rhythm.sie";
import { setup } from "./catalogs/setup";
import { setupSie } from "./catalogs/setup.sie";
import { signup } from "./catalogs/signup";
import { signupSie } from "./catalogs/signup.sie";
import { steering } from "./catalogs/steering";
import { steeringSie } from "./catalogs/steering.sie";
import { topics } from "./catalogs/topics";
import { topicsSie } from "./catalogs/topics.sie";
import { trust } from "./catalogs/trust";
import { trustSie } from "./catalogs/trust.sie";
import type { Address, Lang } from "./define";
import { escapeText } from "./escape";
import { renderMessage } from "./plural";

export type { Address, Lang } from "./define";
export { ADDRESSES, LANGS } from "./define";

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

/** Each catalog's "Sie" texts (catalogs/<name>.sie.ts); add a new catalog's here too. */
const sieTables = [
  commonSie,
  helpSie,
  topicsSie,
  setupSie,
  signupSie,
  homeSie,
  matchingSie,
  launchSie,
  rhythmSie,
  steeringSie,
  closeSie,
  trustSie,
  noticesSie,
] as const;

/** The catalogs and their Sie tables as data, for the tests that read every text. */
export const CATALOGS: readonly { en: Record<string, string>; de: Record<string, string> }[] = catalogs;
export const SIE_TABLES: readonly Record<string, string | undefined>[] = sieTables;

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
const sieTable = new Map<string, string>();
for (const sie of sieTables) {
  for (const [k, v] of Object.entries(sie as Record<string, string | undefined>))
    if (v !== undefined) sieTable.set(k, v);
}

export interface Translator {
  lang: Lang;
  /** the form of address of German texts (the program's; English texts ignore it) */
  address: Address;
  /** For mrkdwn and message text: string params are escaped, so user text can never ping or link. */
  (key: MessageKey, params?: Params): string;
  /** For plain_text objects, where Slack renders text literally. */
  plain(key: MessageKey, params?: Params): string;
}

/**
 * The texts for one reader: their language and, for German, the form of address of the program
 * they read about (`program.address`); "du" where no program is known.
 */
export function translator(lang: Lang, address: Address = "du"): Translator {
  const table = tables[lang];
  const formal = lang === "de" && address === "sie";
  const lookup = (key: MessageKey) =>
    (formal ? sieTable.get(key) : undefined) ?? table.get(key) ?? tables.en.get(key) ?? key;
  const t = ((key: MessageKey, params?: Params) =>
    renderMessage(lookup(key), { lang, params, escape: escapeText })) as Translator;
  t.plain = (key, params) => renderMessage(lookup(key), { lang, params });
  t.lang = lang;
  t.address = address;
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
