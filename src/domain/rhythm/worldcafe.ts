import type { Role } from "../types";

export interface CafeParticipant {
  userId: string;
  role: Role;
  /** null for people without a tandem (e.g. waiting) */
  tandemId: number | null;
}

export interface CafeRound {
  round: number;
  /** tables in order; each is a sorted list of user ids */
  tables: string[][];
}

/*
 * What a plan is judged by, in order of importance: tandem partners at one table (they meet anyway;
 * the café is for meeting others), pairs who sit together more than once (growing with every repeat),
 * and tables whose mix of mentors and executives strays from the room's (more so when a table has
 * fewer than two of either though the room has enough).
 */
const PARTNER_COST = 1000;
const REPEAT_COST = 10;
const ROLE_COST = 1;
/** Per missing person when a table has fewer than two mentors or two executives though the room has enough. */
const LONELY_COST = 8;
/** Re-planning: moving someone who already has a table costs more than a repeat, less than partners together. */
const MOVE_COST = 30;
const STEPS_PER_PERSON_AND_ROUND = 1000;
/** Planning where a plan without a repeat exists: at least this many steps (some 0.3 s). */
const MIN_STEPS = 200_000;

/**
 * Rotating World Café tables: per round, tables of tableMin–tableMax people mixing mentors and
 * executives, tandem partners apart whenever there is more than one table, repeated encounters
 * across rounds as few as can be found. Deterministic: the same people give the same plan.
 * Seven people cannot be split into tables of 4–6; they get a table of 4 and one of 3.
 */
export function planWorldCafe(
  people: readonly CafeParticipant[],
  rounds: number,
  tableMin = 4,
  tableMax = 6,
): CafeRound[] {
  if (tableMin < 1 || tableMin > tableMax) throw new Error(`invalid table sizes ${tableMin}–${tableMax}`);
  const sorted = [...people].sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  const n = sorted.length;
  const sizes = n === 0 ? [] : cafeTableSizes(n, rounds, tableMin, tableMax);
  const plan = new Plan(sorted, sizes, rounds);
  // a plan without a repeat is tight at 20–30 people: the search gets a floor of steps there
  const tight = rounds > 1 && n > 0 && repeatFreeTables(n, tableMin, tableMax) !== undefined;
  plan.anneal(Math.max(tight ? MIN_STEPS : 0, STEPS_PER_PERSON_AND_ROUND * n * rounds));
  return plan.best.map((tables, r) => ({
    round: r + 1,
    tables: tables.map((table) => table.map((i) => sorted[i]?.userId ?? "").sort()),
  }));
}

/**
 * The tables again after the people changed (someone declined, someone said yes late): the earlier
 * plan kept where it can be, so few people are told of a new table. Who left frees a seat, who came
 * takes a free one, tables are added or dissolved (the last ones) when the count calls for it, and
 * the same search as planWorldCafe then weighs each move of a seated person against partners at one
 * table and repeated encounters. Deterministic as well.
 */
export function replanWorldCafe(
  people: readonly CafeParticipant[],
  rounds: number,
  previous: readonly CafeRound[],
  tableMin = 4,
  tableMax = 6,
): CafeRound[] {
  const sorted = [...people].sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  const n = sorted.length;
  if (n === 0) return [];
  const index = new Map(sorted.map((p, i) => [p.userId, i]));
  const sizes = cafeTableSizes(n, rounds, tableMin, tableMax);
  const home: (number | undefined)[][] = [];
  const initial: number[][][] = [];
  for (let r = 0; r < rounds; r++) {
    const before = previous.find((x) => x.round === r + 1)?.tables ?? [];
    const seatsOf: (number | undefined)[] = new Array(n).fill(undefined);
    const tables: number[][] = sizes.map(() => []);
    const overflow: number[] = [];
    before.forEach((table, t) => {
      for (const userId of table) {
        const i = index.get(userId);
        if (i === undefined) continue;
        seatsOf[i] = t;
        const target = tables[t];
        if (target) target.push(i);
        else overflow.push(i);
      }
    });
    home.push(seatsOf);
    for (let i = 0; i < n; i++) if (seatsOf[i] === undefined) overflow.push(i);
    // the biggest tables keep the bigger target sizes, so the fewest people have to move
    const order = tables
      .map((_, t) => t)
      .sort((a, b) => (tables[b]?.length ?? 0) - (tables[a]?.length ?? 0) || a - b);
    const capacity: number[] = new Array(sizes.length).fill(0);
    order.forEach((t, k) => {
      capacity[t] = sizes[k] ?? 0;
    });
    tables.forEach((table, t) => {
      while (table.length > (capacity[t] ?? 0)) {
        const moved = table.pop();
        if (moved !== undefined) overflow.push(moved);
      }
    });
    for (const person of overflow) {
      const t = tables.findIndex((table, i) => table.length < (capacity[i] ?? 0));
      tables[t]?.push(person);
    }
    initial.push(tables);
  }
  const plan = new Plan(sorted, sizes, rounds, { initial, home });
  plan.anneal(STEPS_PER_PERSON_AND_ROUND * n * rounds);
  return plan.best.map((tables, r) => ({
    round: r + 1,
    tables: tables.map((table) => table.map((i) => sorted[i]?.userId ?? "").sort()),
  }));
}

/**
 * The tables of a café: over two or more rounds, as few tables as let nobody meet anyone twice when
 * that is possible at all (repeatFreeTables), else as many as fit, since smaller tables repeat fewer
 * encounters; a single round gets as few as fit (tableSizes).
 */
export function cafeTableSizes(n: number, rounds: number, tableMin: number, tableMax: number): number[] {
  const fewest = tableSizes(n, tableMax);
  if (rounds < 2) return fewest;
  const count = repeatFreeTables(n, tableMin, tableMax) ?? Math.floor(n / tableMin);
  return count > fewest.length ? evenSizes(n, count) : fewest;
}

/**
 * The fewest tables (sizes tableMin–tableMax, differing by at most one) at which rounds without a
 * repeated encounter can exist, or undefined when none can. A table of a later round takes at most
 * one person from each table of the first, so no table may be larger than the number of tables; with
 * that, rows, columns and diagonals of a square of k × k seats give three rounds without a repeat.
 */
export function repeatFreeTables(n: number, tableMin: number, tableMax: number): number | undefined {
  for (let count = Math.max(1, Math.ceil(n / tableMax)); Math.floor(n / count) >= tableMin; count++) {
    if (Math.ceil(n / count) <= count) return count;
  }
  return undefined;
}

function evenSizes(n: number, count: number): number[] {
  const base = Math.floor(n / count);
  const extra = n % count;
  return Array.from({ length: count }, (_, i) => base + (i < extra ? 1 : 0));
}

/**
 * As few tables as keep everyone at or under tableMax, with sizes differing by at most one. That also
 * gives the largest smallest table, so when it is under tableMin no split fits (only 7 with 4–6).
 */
export function tableSizes(n: number, tableMax: number): number[] {
  return evenSizes(n, Math.max(1, Math.ceil(n / tableMax)));
}

class Plan {
  /** seating[round][table] = indexes into people */
  readonly seating: number[][][];
  best: number[][][];
  private readonly met: number[][];
  private readonly mentorShare: number;
  /** enough mentors and executives for two of each at every table */
  private readonly mixable: boolean;
  private total = 0;
  private bestTotal = Number.POSITIVE_INFINITY;

  /** re-planning: each person's table per round in the earlier plan (undefined: newly seated) */
  private readonly home: (number | undefined)[][];

  constructor(
    private readonly people: readonly CafeParticipant[],
    sizes: number[],
    rounds: number,
    from?: { initial: number[][][]; home: (number | undefined)[][] },
  ) {
    const n = people.length;
    this.met = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    const mentors = people.filter((p) => p.role === "mentor").length;
    this.mentorShare = n ? mentors / n : 0;
    this.mixable = sizes.length > 1 && Math.min(mentors, n - mentors) >= 2 * sizes.length;
    this.home = from?.home ?? [];
    this.seating = [];
    for (let r = 0; r < rounds; r++) {
      const tables = from?.initial[r] ?? this.greedyRound(sizes, r);
      this.seating.push(tables);
      for (const table of tables) this.sit(table, 1);
    }
    this.total = this.fullCost();
    this.best = this.copy();
    this.bestTotal = this.total;
  }

  private partners(a: number, b: number): boolean {
    const x = this.people[a]?.tandemId;
    return x !== null && x !== undefined && x === this.people[b]?.tandemId;
  }

  private pairCost(a: number, b: number, count: number): number {
    return this.partners(a, b) ? PARTNER_COST * count : (REPEAT_COST * count * (count - 1)) / 2;
  }

  private count(a: number, b: number): number {
    return this.met[a]?.[b] ?? 0;
  }

  private bump(a: number, b: number, by: number): void {
    const rowA = this.met[a];
    const rowB = this.met[b];
    if (rowA) rowA[b] = (rowA[b] ?? 0) + by;
    if (rowB) rowB[a] = (rowB[a] ?? 0) + by;
  }

  private sit(table: number[], by: number): void {
    for (let i = 0; i < table.length; i++) {
      for (let j = i + 1; j < table.length; j++) this.bump(table[i] ?? 0, table[j] ?? 0, by);
    }
  }

  private roleCost(table: number[]): number {
    const mentors = table.filter((i) => this.people[i]?.role === "mentor").length;
    const off = mentors - this.mentorShare * table.length;
    if (!this.mixable) return ROLE_COST * off * off;
    const lonely = Math.max(0, 2 - mentors) + Math.max(0, 2 - (table.length - mentors));
    return ROLE_COST * off * off + LONELY_COST * lonely;
  }

  /** What seating a person at table t of round r costs against the earlier plan. */
  private moveCost(r: number, t: number, person: number): number {
    const home = this.home[r]?.[person];
    return home === undefined || home === t ? 0 : MOVE_COST;
  }

  private fullCost(): number {
    let cost = 0;
    this.seating.forEach((tables, r) => {
      tables.forEach((table, t) => {
        cost += this.roleCost(table);
        for (const person of table) cost += this.moveCost(r, t, person);
      });
    });
    const n = this.people.length;
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) cost += this.pairCost(a, b, this.count(a, b));
    return cost;
  }

  /** Seats a round one person at a time where it costs least, given the rounds before it. */
  private greedyRound(sizes: number[], round: number): number[][] {
    const n = this.people.length;
    const tables: number[][] = sizes.map(() => []);
    const position = (i: number) => (i * (2 * round + 1) + round) % n;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => position(a) - position(b) || a - b);
    for (const person of order) {
      let best = -1;
      let bestCost = Number.POSITIVE_INFINITY;
      tables.forEach((table, t) => {
        if (table.length >= (sizes[t] ?? 0)) return;
        let cost = this.roleCost([...table, person]) - this.roleCost(table);
        for (const other of table) {
          const c = this.count(person, other);
          cost += this.pairCost(person, other, c + 1) - this.pairCost(person, other, c);
        }
        if (cost < bestCost) {
          bestCost = cost;
          best = t;
        }
      });
      tables[best]?.push(person);
    }
    return tables;
  }

  /** The change in cost if x (at table a, number ta) and y (at table b, number tb) swapped seats in round r. */
  private swapDelta(
    at: { r: number; ta: number; tb: number },
    a: number[],
    b: number[],
    x: number,
    y: number,
  ): number {
    const { r, ta, tb } = at;
    let delta =
      this.moveCost(r, tb, x) - this.moveCost(r, ta, x) + this.moveCost(r, ta, y) - this.moveCost(r, tb, y);
    const moveCost = (person: number, leaving: number[], joining: number[], skipJoin: number) => {
      for (const other of leaving) {
        if (other === person) continue;
        const c = this.count(person, other);
        delta += this.pairCost(person, other, c - 1) - this.pairCost(person, other, c);
      }
      for (const other of joining) {
        if (other === skipJoin) continue;
        const c = this.count(person, other);
        delta += this.pairCost(person, other, c + 1) - this.pairCost(person, other, c);
      }
    };
    moveCost(x, a, b, y);
    moveCost(y, b, a, x);
    const swapped = (table: number[], from: number, to: number) => table.map((p) => (p === from ? to : p));
    delta += this.roleCost(swapped(a, x, y)) - this.roleCost(a);
    delta += this.roleCost(swapped(b, y, x)) - this.roleCost(b);
    return delta;
  }

  /**
   * Simulated annealing over swaps of two people at different tables of one round, with a seeded
   * generator so that the plan stays deterministic. Keeps the best plan seen.
   */
  anneal(steps: number): void {
    const rounds = this.seating.flatMap((tables, r) => (tables.length > 1 ? [r] : []));
    if (rounds.length === 0) return;
    const random = mulberry32(0x7a3d);
    const pick = (max: number) => Math.floor(random() * max);
    for (let step = 0; step < steps && this.bestTotal > 1e-9; step++) {
      const temperature = 20 * 0.005 ** (step / steps);
      const r = rounds[pick(rounds.length)] ?? 0;
      const tables = this.seating[r] ?? [];
      const t = pick(tables.length);
      const u = (t + 1 + pick(tables.length - 1)) % tables.length;
      const a = tables[t] ?? [];
      const b = tables[u] ?? [];
      const i = pick(a.length);
      const j = pick(b.length);
      const x = a[i];
      const y = b[j];
      if (x === undefined || y === undefined) continue;
      const delta = this.swapDelta({ r, ta: t, tb: u }, a, b, x, y);
      if (delta > 0 && random() >= Math.exp(-delta / temperature)) continue;
      for (const other of a) if (other !== x) this.bump(x, other, -1);
      for (const other of b) if (other !== y) this.bump(y, other, -1);
      a[i] = y;
      b[j] = x;
      for (const other of b) if (other !== x) this.bump(x, other, 1);
      for (const other of a) if (other !== y) this.bump(y, other, 1);
      this.total += delta;
      if (this.total < this.bestTotal - 1e-9) {
        this.bestTotal = this.total;
        this.best = this.copy();
      }
    }
  }

  private copy(): number[][][] {
    return this.seating.map((tables) => tables.map((table) => [...table]));
  }
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}
