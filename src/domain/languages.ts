import ISO6391 from "iso-639-1";

/**
 * Languages people type in freely ("Französisch", "french", "Français", "FR") are stored as their
 * ISO 639-1 code ("fr") when the name is recognized, so that two people who typed the same language
 * in different words share it for matching, and every reader sees its name in their own language.
 * Recognized: the code itself, and each language's English, German and native name, in any case.
 * Anything else is kept as typed.
 */
let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  const map = new Map<string, string>();
  const display = ["en", "de"].map((locale) => new Intl.DisplayNames([locale], { type: "language" }));
  for (const code of ISO6391.getAllCodes()) {
    const all = [code, ISO6391.getName(code), ISO6391.getNativeName(code), ...display.map((d) => d.of(code))];
    for (const name of all) {
      const key = name?.trim().toLocaleLowerCase();
      // a name two languages share (rare) stays unrecognized rather than guessed
      if (key && !map.has(key)) map.set(key, code);
    }
  }
  byName = map;
  return map;
}

/** The ISO 639-1 code of a typed language name or code, or undefined when it is not recognized. */
export function languageCode(typed: string): string | undefined {
  return names().get(typed.trim().replace(/\s+/g, " ").toLocaleLowerCase());
}
