/**
 * The cast of the demo: a program manager and about 40 colleagues with realistic German and English
 * names, some with academic titles, some reading Slack in German. Everything random comes from one
 * seeded generator, so the same seed gives the same people, answers and outcomes.
 */

/** mulberry32: a small, fast, seedable PRNG; same seed, same sequence. */
export function prng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => {
      const item = list[Math.floor(next() * list.length)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
    chance: (p) => next() < p,
    shuffle: (list) => {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const a = out[i] as (typeof out)[number];
        out[i] = out[j] as (typeof out)[number];
        out[j] = a;
      }
      return out;
    },
  };
}

export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  shuffle<T>(list: readonly T[]): T[];
}

export type Role = "mentor" | "mentee";

export interface Person {
  id: string;
  /** as Slack's profile holds it, title included ("Dr. Claudia") */
  firstName: string;
  lastName: string;
  /** the full name shown in the transcript */
  fullName: string;
  locale: "de-DE" | "en-US" | "en-GB";
  role: Role | "manager";
  department: string;
  /** how they sign up: the announcement's Join button or `/mentoring join <role>` */
  via: "button" | "command";
}

const GERMAN_FIRST = (
  "Anna Jürgen Lea Mehmet Sophie Lukas Jana Felix Katrin Tobias Miriam Stefan Ayşe Jonas Leonie " +
  "Matthias Sabine Niklas Greta Dieter Ursula Wolfgang Heike Bernd Gül Karl-Heinz Anja Christoph " +
  "Frank Monika Björn Franziska Jörg Ines Hannes Elif"
).split(" ");
const GERMAN_LAST = (
  "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Koch Richter Klein Wolf " +
  "Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Werner Krause Lehmann Köhler " +
  "Yılmaz Öztürk Kowalski Vogel Jäger Bauer Engel"
).split(" ");
const ENGLISH_FIRST = (
  "Emily James Olivia Daniel Priya Michael Grace Thomas Hannah Oliver Sarah David Chloe Robert " +
  "Aisha William Rachel Samuel"
).split(" ");
const ENGLISH_LAST = (
  "Smith Johnson Brown Taylor Wilson Davies Evans Roberts Walker Patel Clarke Hughes Edwards Green " +
  "O'Neill Murphy"
).split(" ");
const JUNIOR_DEPARTMENTS = [
  "IT",
  "Marketing",
  "Data & Analytics",
  "Sales",
  "HR",
  "Product",
  "Communications",
];
const EXECUTIVE_DEPARTMENTS = [
  "Finance",
  "Legal",
  "Operations",
  "Purchasing",
  "Logistics",
  "Sales",
  "Production",
];

export interface Cast {
  manager: Person;
  mentors: Person[];
  executives: Person[];
  everyone: Person[];
}

/**
 * `size` people besides the manager: a few more mentors than executives, so someone waits and a
 * rematch has a partner to go to. About a third read Slack in German; some executives carry titles.
 */
export function makeCast(rng: Rng, size: number): Cast {
  const usedFirst = new Set<string>(["Petra"]);
  const usedLast = new Set<string>(["Hoffmann"]);
  const draw = (list: readonly string[], used: Set<string>): string => {
    const free = list.filter((n) => !used.has(n));
    const name = rng.pick(free.length > 0 ? free : list);
    used.add(name);
    return name;
  };
  const manager: Person = {
    id: "UPM0000001",
    firstName: "Petra",
    lastName: "Hoffmann",
    fullName: "Petra Hoffmann",
    locale: "en-GB",
    role: "manager",
    department: "People Development",
    via: "command",
  };
  const executives = Math.floor((size - 2) / 2);
  const mentors = size - executives;
  const make = (role: Role, n: number): Person[] =>
    Array.from({ length: n }, (_, i) => {
      const german = rng.chance(0.55);
      const first = draw(german ? GERMAN_FIRST : ENGLISH_FIRST, usedFirst);
      const last = draw(german ? GERMAN_LAST : ENGLISH_LAST, usedLast);
      const title = role === "mentee" && rng.chance(0.3) ? rng.pick(["Dr.", "Dr.", "Prof. Dr."]) : "";
      const locale: Person["locale"] = german
        ? rng.chance(0.7)
          ? "de-DE"
          : "en-US"
        : rng.pick(["en-US", "en-GB"]);
      const firstName = title ? `${title} ${first}` : first;
      return {
        id: `U${role === "mentor" ? "MEN" : "EXE"}${String(i + 1).padStart(6, "0")}`,
        firstName,
        lastName: last,
        fullName: `${firstName} ${last}`,
        locale,
        role,
        department: rng.pick(role === "mentor" ? JUNIOR_DEPARTMENTS : EXECUTIVE_DEPARTMENTS),
        via: rng.chance(0.7) ? "button" : "command",
      };
    });
  const m = make("mentor", mentors);
  const e = make("mentee", executives);
  return { manager, mentors: m, executives: e, everyone: [...m, ...e] };
}
