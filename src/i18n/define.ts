export type Lang = "de" | "en";
export const LANGS: readonly Lang[] = ["de", "en"];

/** How German texts address the reader: each program chooses (docs/german-style.md). */
export type Address = "du" | "sie";
export const ADDRESSES: readonly Address[] = ["du", "sie"];

/** A feature's messages in both languages; the type makes a missing German or English text a compile error. */
export function defineCatalog<const K extends string>(catalog: {
  en: Record<K, string>;
  de: Record<K, string>;
}) {
  return catalog;
}

/**
 * The German texts of a catalog for programs that say "Sie", where they differ from its `de` texts
 * (which say "du"). A key the catalog does not have is a compile error; a `de` text that addresses
 * the reader without a Sie text here fails tests/unit/i18n-catalogs.test.ts.
 */
export function defineSie<K extends string>(
  _catalog: { de: Record<K, string> },
  sie: { [P in K]?: string },
): { [P in K]?: string } {
  return sie;
}
