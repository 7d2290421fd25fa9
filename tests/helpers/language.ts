/**
 * Markers of how a German text addresses its reader, and of a text in the wrong language. Used by
 * the catalog test (every key, every variant), the rendered-surface test and the demo's transcript
 * test. Heuristics, tuned on the catalogs: a false alarm is fixed by rewording, not by a new exception.
 */

const DU_WORDS =
  /\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|euren|eurem|eurer|eures)\b/i;
/** "ihr" as the plural "you" (not "her"): next to a verb in the second person plural */
const IHR_VERBS =
  "beide|habt|seid|könnt|wollt|würdet|möchtet|trefft|solltet|dürft|müsst|werdet|findet|seht|bekommt|macht|plant|sprecht|lernt|teilt|tragt|arbeitet|wählt|schreibt|braucht|redet|vereinbart";
const IHR_PLURAL = new RegExp(`\\b([Ii]hr (${IHR_VERBS})|(${IHR_VERBS}) ihr)\\b`);
/** imperatives that say "du" without the pronoun */
const DU_IMPERATIVES =
  /(^|[^\p{L}])(?<![Ii]ch )(wähle|versuche|sprich|tippe|wende|fülle|führe|schreibe|schreib|lies|nutze|klicke|gib|nimm|sieh|schau|frag|sag|melde|trage|öffne|antworte|starte|stimme|prüfe|ändere|bestätige|entscheide|schicke|erzähle|lege|lade|plane|fordere|fixiere|schließe|entferne|kündige|rufe|erwäge|Wähle|Versuche|Sprich|Tippe|Wende|Fülle|Führe|Schreibe|Lies|Nutze|Klicke|Gib|Nimm|Sieh|Schau|Frag|Sag|Melde|Öffne|Antworte|Starte|Prüfe|Ändere|Bestätige|Entscheide|Schicke|Erzähle|Lege|Lade|Plane|Fordere|Fixiere|Schließe|Entferne|Kündige|Rufe|Teilt|Schreibt)(?![\p{L}-])/u;

/** "Sie", "Ihnen", "Ihr…" inside a sentence (at a sentence's start "Sie" may be "they"). */
const FORMAL_MID =
  /(?<![.!?:]\s*|^\s*|\n\s*|[•–*_„"(]\s*)\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b(?! (habt|seid|könnt|wollt|möchtet|trefft)\b)/u;
/** Formal imperatives and questions at a sentence's start ("Bitte wählen Sie", "Möchten Sie") */
const FORMAL_VERB_SIE = /\b\p{L}+en Sie\b/u;

/** Quoted words („du“, “Sie”) are named, not said to the reader. */
const unquoted = (text: string) => text.replace(/[„“"][^„“”"]*[“”"]/g, " ");

export function informalMarker(text: string): string | undefined {
  const t = unquoted(text);
  return (DU_WORDS.exec(t) ?? IHR_PLURAL.exec(t) ?? DU_IMPERATIVES.exec(t))?.[0]?.trim();
}

export function formalMarker(text: string): string | undefined {
  const t = unquoted(text);
  return (FORMAL_MID.exec(t) ?? FORMAL_VERB_SIE.exec(t))?.[0];
}

/** `:tada:`-style shortcodes (times such as 16:30 are not). */
export function shortcode(text: string): string | undefined {
  return /(?<![\w:/]):[a-z][a-z0-9_+-]*:(?![\w/])/.exec(text)?.[0];
}

const GERMAN_WORDS =
  /\b(und|nicht|bitte|oder|für|mit|ist|sind|wird|werden|noch|auch|zum|zur|vom|beim|eine|einen|dein|deine|Sie|ihr|Tage|Wochen|Personen)\b|[äöüßÄÖÜ]/;
const ENGLISH_WORDS =
  /\b(the|and|your|you|please|with|of|for|this|that|not|been|have|were|which|when|days|weeks|people)\b/;

/** Text that is not user content or a name, with `{placeholders}`, `code` and links removed. */
function prose(text: string): string {
  let out = text.replace(/`[^`]*`/g, " ").replace(/<[^>]*>/g, " ");
  // plural and select forms: keep their words, drop the parameter names and selectors
  out = out
    .replace(/\{\w+,\s*(plural|select),/g, "{")
    .replace(/(?:^|\s)(=\d+|zero|one|two|few|many|other|\w+) \{/g, " {");
  while (/\{[^{}]*\}/.test(out)) out = out.replace(/\{(\w+)\}/g, " ").replace(/\{([^{}]*)\}/g, " $1 ");
  return out.replace(/[“„"][^“”"]*[”“"]/g, " ");
}

export function germanInEnglish(text: string): string | undefined {
  return GERMAN_WORDS.exec(prose(text))?.[0];
}

export function englishInGerman(text: string): string | undefined {
  return ENGLISH_WORDS.exec(prose(text))?.[0];
}

/** Count parameters followed by a noun that takes a plural, outside a `{n, plural, …}` form. */
const COUNT_PARAM =
  /^(n|count|total|days|weeks|months|people|tandems|pairs|waiting|answers|rounds|changes|tables|minutes|hours|\w*Count|\w*Days)$/;
const NOT_A_NOUN =
  /^(of|to|in|and|or|at|per|out|from|for|by|with|is|are|was|on|more|left|done|failed|signed|·|–)$/;

export function countWithoutPlural(text: string, lang: "de" | "en"): string | undefined {
  const outside = text.replace(/\{\w+,\s*plural,(?:[^{}]|\{[^{}]*\})*\}/g, " ");
  for (const m of outside.matchAll(/\{(\w+)\} +([\p{L}-]+)/gu)) {
    const [whole, name = "", word = ""] = m;
    if (!COUNT_PARAM.test(name)) continue;
    if (lang === "de" ? /^\p{Lu}/u.test(word) : !NOT_A_NOUN.test(word)) return whole;
  }
  return undefined;
}
