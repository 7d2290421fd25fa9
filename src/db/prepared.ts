import type { Db } from "./client";

const caches = new WeakMap<Db, Map<string, unknown>>();

/**
 * A statement prepared once per database handle. Preparing SQL (and building it through drizzle)
 * is most of the cost of the small queries on the hot path of every request, so those are kept.
 */
export function prepared<T>(db: Db, name: string, build: (db: Db) => T): T {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  if (!cache.has(name)) cache.set(name, build(db));
  return cache.get(name) as T;
}
