export type Lang = "de" | "en";
export const LANGS: readonly Lang[] = ["de", "en"];

/** A feature's messages in both languages; the type makes a missing German or English text a compile error. */
export function defineCatalog<const K extends string>(catalog: {
  en: Record<K, string>;
  de: Record<K, string>;
}) {
  return catalog;
}
