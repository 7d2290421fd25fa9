/*
 * A person's given name from the free-text name fields of a Slack profile. People put their titles
 * into those fields ("Dr. Jürgen", "Prof. Dr. Anna-Lena von Berg", "Müller, Jürgen, MBA"), so the
 * titles of the German-speaking countries and the English honorifics are skipped. Pure: no Slack.
 */

/** Titles and honorifics, in any case, with or without dots. */
const TITLES = new Set([
  // German, Austrian, Swiss academic and professional titles
  "dr",
  "drin",
  "dres",
  "ddr",
  "prof",
  "profin",
  "univ",
  "priv",
  "doz",
  "pd",
  "apl",
  "hon",
  "em",
  "emer",
  "dipl",
  "dkfm",
  "mmag",
  "mmaga",
  "diin",
  "bakk",
  "lic",
  "eidg",
  "hofrat",
  "kr",
  // German and English forms of address
  "herr",
  "hr",
  "frau",
  "fr",
  "frl",
  "fräulein",
  "mr",
  "mrs",
  "ms",
  "mx",
  "miss",
  "sir",
  "dame",
  "madame",
  "mme",
  "mlle",
  "monsieur",
  "rev",
  "revd",
  // degrees and suffixes written after the name
  "mba",
  "emba",
  "phd",
  "dphil",
  "mphil",
  "msc",
  "bsc",
  "meng",
  "beng",
  "llm",
  "llb",
  "dba",
  "cfa",
  "cpa",
  "esq",
  "jr",
  "sr",
  "ii",
  "iii",
]);

/** Titles that are also given names (Di, Ing, Mag, Cas …): a title only when dotted or in capitals. */
const TITLES_IF_MARKED = new Set(["di", "ing", "mag", "maga", "ra", "ma", "ba", "mas", "cas", "das"]);

/** What follows Dr., Dipl., Mag., lic. …: "Dr. rer. nat.", "Dipl.-Ing. (FH)", "Dr. h.c. mult.". */
const QUALIFIERS = new Set([
  "med",
  "dent",
  "vet",
  "univ",
  "rer",
  "oec",
  "soc",
  "publ",
  "jur",
  "iur",
  "theol",
  "techn",
  "mont",
  "sc",
  "hc",
  "eh",
  "mult",
  "habil",
  "ing",
  "kfm",
  "kff",
  "kffr",
  "inf",
  "psych",
  "paed",
  "päd",
  "biol",
  "chem",
  "phys",
  "math",
  "agr",
  "troph",
  "pharm",
  "wirt",
  "volksw",
  "eth",
  "fh",
  "htl",
  "hsg",
  "tu",
]);

/** Qualifiers that are also given names ("Dr. Phil Jones"): only when dotted, lower case or in capitals. */
const QUALIFIERS_IF_MARKED = new Set(["phil", "nat", "pol", "des"]);

/** Particles begin a surname: "von Berg", "van der Laan", "de la Cruz", "zu Guttenberg". */
const PARTICLES = new Set([
  "von",
  "vom",
  "van",
  "zu",
  "zum",
  "zur",
  "de",
  "der",
  "den",
  "del",
  "della",
  "di",
  "da",
  "dos",
  "du",
  "la",
  "le",
  "ten",
  "ter",
]);

function keyOf(word: string): string {
  return word.toLowerCase().replace(/ª/g, "a").replace(/ⁱⁿ/g, "in").replace(/\./g, "");
}

function isCapitals(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function isTitleWord(word: string, afterTitle: boolean): boolean {
  const key = keyOf(word);
  const marked = word.includes(".") || isCapitals(word);
  if (TITLES.has(key) || (TITLES_IF_MARKED.has(key) && marked)) return true;
  if (!afterTitle) return false;
  return QUALIFIERS.has(key) || (QUALIFIERS_IF_MARKED.has(key) && (marked || word === word.toLowerCase()));
}

/** "Dr.", "Dipl.-Ing.", "Dr.med.", "Univ.-Prof.": one title, or several joined by dots and hyphens. */
function isTitle(token: string, afterTitle: boolean): boolean {
  if (isTitleWord(token, afterTitle)) return true;
  const parts = token.split(/(?<=\.)-?|-/).filter((p) => p !== "");
  return parts.length > 1 && parts.every((part, i) => isTitleWord(part, afterTitle || i > 0));
}

/** How many tokens from `start` on form a chain of titles. */
function titleRun(tokens: readonly string[], start: number): number {
  let i = start;
  while (i < tokens.length && isTitle(tokens[i] ?? "", i > start)) i += 1;
  return i - start;
}

function stripTitles(tokens: readonly string[]): string[] {
  const rest = tokens.slice(titleRun(tokens, 0));
  for (let i = 1; i < rest.length; i += 1) {
    if (titleRun(rest, i) === rest.length - i) return rest.slice(0, i);
  }
  return rest;
}

function isTitleKey(key: string): boolean {
  return TITLES.has(key) || TITLES_IF_MARKED.has(key) || QUALIFIERS.has(key) || QUALIFIERS_IF_MARKED.has(key);
}

/** The words of a name field without nicknames, pronouns, emoji and other words without letters. */
function words(text: string): string[] {
  return text
    .replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, " ")
    .replace(/["“„«»][^"“”„«»]*["“”«»]/g, " ")
    .replace(/(^|\s)['‘‚][^'‘’]*['’‘](?=\s|,|$)/g, " ")
    .replace(/:[a-z0-9_+-]+:/g, " ")
    .replace(/(?<!\p{L})h\.\s+c\./giu, "h.c.")
    .replace(/(?<!\p{L})e\.\s+h\./giu, "e.h.")
    .replace(/(\p{L}+)\.(?=\p{Lu})/gu, (m, w: string) => (isTitleKey(keyOf(w)) ? `${w}. ` : m))
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
}

/** The name field split at commas, without the parts that are only titles ("Müller, Jürgen, MBA"). */
function segments(text: string): string[][] {
  return text
    .split(",")
    .map(words)
    .filter((ws) => ws.length > 0 && titleRun(ws, 0) < ws.length);
}

/** "von", or "Van" inside a name; a capitalised particle in front is a given name ("Van", "Di"). */
function isParticle(word: string, index: number): boolean {
  return PARTICLES.has(word.toLowerCase()) && (index > 0 || word === word.toLowerCase());
}

/** The given names in a name field; `whole` keeps every given name, otherwise only the first. */
function givenIn(text: string, whole: boolean): string[] {
  const raw = segments(text);
  const [first = [], second = []] = raw.map(stripTitles);
  // "Müller, Jürgen", "von Berg, Anna-Lena": the surname first, then a comma.
  const surnameFirst = second.length > 0 && (first.length === 1 || first.some(isParticle));
  if (surnameFirst) return second.slice(0, indexOrEnd(second.findIndex(isParticle), second.length));
  // A full name that starts with a particle ("Dr. von Berg") holds no given name, nor does a title
  // with one word ("Herr Meier", "Dr. Müller"); a first name field holds only given names.
  const names = first.slice(0, indexOrEnd(first.findIndex(isParticle), first.length));
  if (whole) return names;
  const titled = titleRun(raw[0] ?? [], 0) > 0;
  return titled && first.length === 1 ? [] : names.slice(0, 1);
}

function indexOrEnd(index: number, end: number): number {
  return index === -1 ? end : index;
}

export interface ProfileNames {
  /** Slack's profile.first_name */
  firstName?: string | null;
  /** Slack's profile.real_name */
  realName?: string | null;
  /** Slack's profile.display_name, a last resort: often initials or a nickname */
  displayName?: string | null;
}

/**
 * The name to greet someone with: the given name without titles ("Dr. Jürgen" → "Jürgen", "Müller,
 * Hans Peter" → "Hans Peter"); from the first name field, else the real name, else the display name.
 * Undefined when none holds more than titles.
 */
export function givenName(profile: ProfileNames): string | undefined {
  const first = givenIn(profile.firstName ?? "", true);
  const real = givenIn(profile.realName ?? "", false);
  // Some directories put the full name into first_name as well.
  const full = first.length > 1 && first.join(" ") === givenIn(profile.realName ?? "", true).join(" ");
  const names = full
    ? real
    : [first, real, givenIn(profile.displayName ?? "", false)].find((n) => n.length > 0);
  return names && names.length > 0 ? names.join(" ") : undefined;
}

/** The first given name, as channel names use it: "Hans Peter" → "Hans"; "Anna-Lena" stays whole. */
export function firstGivenName(name: string): string | undefined {
  return givenName({ firstName: name })?.split(" ")[0];
}
