/*
 * The maths of the steering reports: medians, quartiles and the k-anonymity guard. Pure and small,
 * so that every figure a program manager sees can be checked by hand.
 */

/** No figure is shown over fewer people than this (docs/decisions/steering.md). */
export const K_MIN = 3;

/** A figure over at least K_MIN people, or the number of people it would have been over. */
export type Guarded<T> =
  | { shown: true; value: T; n: number }
  /** withheld: over K_MIN or more, hidden so that hidden cells beside it cannot be worked out */
  | { shown: false; n: number; withheld?: true };

/** The value when it rests on at least K_MIN people, else only the (too small) count. */
export function guard<T>(n: number, value: () => T): Guarded<T> {
  return n >= K_MIN ? { shown: true, value: value(), n } : { shown: false, n };
}

/** The q-quantile (0..1) of the values, linearly interpolated between ranks (Excel's QUARTILE.INC). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error("quantile of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (pos - lo);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export interface Spread {
  median: number;
  q1: number;
  q3: number;
  n: number;
}

/** Median and interquartile range, guarded: over fewer than K_MIN values only the count. */
export function spread(values: readonly number[]): Guarded<Spread> {
  return guard(values.length, () => ({
    median: quantile(values, 0.5),
    q1: quantile(values, 0.25),
    q3: quantile(values, 0.75),
    n: values.length,
  }));
}

/** How many of `values` fall on each of the given points (e.g. a 1–5 scale). */
export function distribution<T>(values: readonly T[], points: readonly T[]): Map<T, number> {
  const out = new Map<T, number>(points.map((p) => [p, 0]));
  for (const v of values) if (out.has(v)) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}

/** A count standing on its own that may be hidden: null where one or two people are in it. */
export type SmallCount = number | null;

/**
 * One count on its own, with no total beside it that could give it away: null where one or two
 * people are in it. Nobody (0) stays 0. The sign-up dashboard's topic demand and supply use it.
 */
export function hideSmall(n: number): SmallCount {
  return n > 0 && n < K_MIN ? null : n;
}

/**
 * Why a cell of a distribution is not shown: "small" holds one or two people (shown "<3");
 * "complement" is hidden only so that the small ones cannot be worked out (shown "–"): it may hold
 * any number, also 0 or more than two, and says nothing about its size.
 */
export type HiddenKind = "small" | "complement";
export type Cell = number | { hidden: HiddenKind };

const SMALL: Cell = Object.freeze({ hidden: "small" as const });
const COMPLEMENT: Cell = Object.freeze({ hidden: "complement" as const });

export function isHidden(c: Cell | undefined): c is { hidden: HiddenKind } {
  return typeof c === "object" && c !== null;
}

/** Whether any cell of a distribution is hidden as a complement (the view adds the footnote). */
export function hasComplement(cells: Iterable<Cell>): boolean {
  for (const c of cells) if (isHidden(c) && c.hidden === "complement") return true;
  return false;
}

/**
 * What a reader who knows the rule can still hold possible for the hidden cells of a published
 * distribution: every assignment of the "<3" cells (1 or 2 each) and of the one complement cell
 * (the rest of the total, at least K_MIN, and no smaller than the shown cells: it is the largest)
 * that adds up to the total. Empty for a withheld distribution (its cells are all complements).
 */
export function possibleFills(cells: readonly Cell[], total: number): number[][] {
  const small = cells.flatMap((c, i) => (isHidden(c) && c.hidden === "small" ? [i] : []));
  const comp = cells.flatMap((c, i) => (isHidden(c) && c.hidden === "complement" ? [i] : []));
  const ci = comp[0];
  if (comp.length !== 1 || ci === undefined) return [];
  const shownSum = cells.reduce<number>((s, c) => s + (isHidden(c) ? 0 : c), 0);
  const rest = total - shownSum;
  const out: number[][] = [];
  for (let mask = 0; mask < 1 << small.length; mask++) {
    const fill = cells.map((c) => (isHidden(c) ? 0 : c));
    let sum = 0;
    small.forEach((i, b) => {
      fill[i] = mask & (1 << b) ? 2 : 1;
      sum += fill[i] ?? 0;
    });
    const c = rest - sum;
    // The complement is the largest cell, ties to the first: every shown cell before it is smaller,
    // every one after it no larger.
    const fits = cells.every((x, j) => isHidden(x) || (j < ci ? x < c : x <= c));
    if (c < K_MIN || !fits) continue;
    fill[ci] = c;
    out.push(fill);
  }
  return out;
}

/** Every hidden cell takes at least two values among the fills: none can be worked out. */
function ambiguous(cells: readonly Cell[], fills: readonly number[][]): boolean {
  return cells.every((c, i) => !isHidden(c) || new Set(fills.map((f) => f[i])).size >= 2);
}

/**
 * Small-cell suppression (docs/decisions/steering.md, "Small cells"). A cell of one or two people
 * (say "would not take part again: 1") could single them out even in a group of three or more, so it
 * is hidden as "small". The total is shown beside the distribution, so one more cell, the largest
 * (ties: the first), is hidden as "complement". That is all, unless a reader who knows
 * this rule could still work out a hidden cell from the total and the cells shown (for instance a "1"
 * and a complement of exactly 3, which add up to the least the two could be); then, and whenever the
 * distribution has small cells and no more than two people per cell in all, every cell is hidden as a
 * complement (the distribution is withheld). Withholding depends on the counts, but the distributions
 * withheld at a total are many and in every arrangement, so it tells no cell's value.
 */
export function suppressSmallCells<T>(counts: Map<T, number>): Map<T, Cell> {
  const entries = [...counts];
  const values = entries.map(([, n]) => n);
  const total = values.reduce((s, n) => s + n, 0);
  const isSmall = (n: number) => n > 0 && n < K_MIN;
  if (!values.some(isSmall)) return new Map(entries);
  const withheld = () => new Map<T, Cell>(entries.map(([k]) => [k, COMPLEMENT]));
  if (total <= (K_MIN - 1) * values.length) return withheld();
  // The largest cell hides the small ones best: it can absorb what they could be (issue 19: "3: 1,
  // 4: 12, 5: 3" shows "3: <3 · 4: – · 5: 3", where the smallest cell of three would pin the 1).
  let ci = -1;
  values.forEach((n, i) => {
    if (n >= K_MIN && (ci < 0 || n > (values[ci] ?? 0))) ci = i;
  });
  if (ci < 0) return withheld();
  const cells: Cell[] = values.map((n, i) => (isSmall(n) ? SMALL : i === ci ? COMPLEMENT : n));
  if (!ambiguous(cells, possibleFills(cells, total))) return withheld();
  return new Map(entries.map(([k], i) => [k, cells[i] ?? COMPLEMENT]));
}

/** Median and quartiles beside a distribution, each guarded on its own (spreadBeside). */
export interface SpreadParts {
  median: Guarded<number>;
  q1: Guarded<number>;
  q3: Guarded<number>;
}

/**
 * The median and quartiles of a distribution's values, each shown only where it tells nothing about
 * the hidden cells: the same for every fill a reader could hold possible (possibleFills), withheld
 * with a withheld distribution. Whether one is shown so depends only on what is shown, so its absence
 * tells nothing either. `points` are the values of the cells, in order.
 */
export function spreadBeside(
  values: readonly number[],
  cells: readonly Cell[],
  points: readonly number[],
): SpreadParts {
  const s = spread(values);
  if (!s.shown) return { median: s, q1: s, q3: s };
  const n = s.n;
  const fills = cells.some(isHidden) ? possibleFills(cells, values.length) : [];
  const spreads = fills.map((f) => spread(f.flatMap((c, i) => Array<number>(c).fill(points[i] ?? 0))));
  const part = (key: keyof Spread): Guarded<number> => {
    const v = s.value[key];
    if (!cells.some(isHidden)) return { shown: true, value: v, n };
    const same = fills.length > 0 && spreads.every((o) => o.shown && o.value[key] === v);
    return same ? { shown: true, value: v, n } : { shown: false, n, withheld: true };
  };
  return { median: part("median"), q1: part("q1"), q3: part("q3") };
}

/** A share in whole percent, rounded half up; 0 of 0 is 0. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

/** Rounded to one decimal, for display (2.25 → 2.3). */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
