/*
 * The maths of the steering reports: medians, quartiles and the k-anonymity guard. Pure and small,
 * so that every figure a program manager sees can be checked by hand.
 */

/** No figure is shown over fewer people than this (docs/decisions/steering.md). */
export const K_MIN = 3;

/** A figure over at least K_MIN people, or the number of people it would have been over. */
export type Guarded<T> = { shown: true; value: T; n: number } | { shown: false; n: number };

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

/** A count in a distribution, or null where one or two people are in it. */
export type Cell = number | null;

/**
 * One count on its own, with no total beside it that could give it away: null where one or two
 * people are in it. Nobody (0) stays 0. The sign-up dashboard's topic demand and supply use it.
 */
export function hideSmall(n: number): Cell {
  return n > 0 && n < K_MIN ? null : n;
}

/**
 * Small-cell suppression: a cell of one or two people (say "would not take part again: 1") could
 * single them out even in a group of three or more, so it is hidden; when only one cell is hidden,
 * the smallest other non-empty cell is hidden too, so the total cannot give the hidden one away.
 */
export function suppressSmallCells<T>(counts: Map<T, number>): Map<T, Cell> {
  const out = new Map<T, Cell>(counts);
  const small = [...counts].filter(([, n]) => hideSmall(n) === null);
  for (const [k] of small) out.set(k, null);
  if (small.length === 1) {
    const next = [...counts].filter(([k, n]) => n > 0 && out.get(k) !== null).sort((a, b) => a[1] - b[1])[0];
    if (next) out.set(next[0], null);
  }
  return out;
}

/** A share in whole percent, rounded half up; 0 of 0 is 0. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

/** Rounded to one decimal, for display (2.25 → 2.3). */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
