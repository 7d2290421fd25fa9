import type { SQLiteInsertValue, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "./client";

/** A database handle or the handle of an open transaction: queries, enqueue and hooks work with both. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

/** Inserts the rows if there are any: SQLite knows no empty VALUES list. */
export function insertRows<T extends SQLiteTable>(tx: DbOrTx, table: T, rows: SQLiteInsertValue<T>[]): void {
  if (rows.length > 0) tx.insert(table).values(rows).run();
}

/** The database handle itself rather than a transaction's: statements can be prepared once for it. */
export function isDb(db: DbOrTx): db is Db {
  return "$client" in db;
}

/**
 * Runs fn in a transaction, or in a savepoint of the one already open: a throw rolls back fn's writes
 * only and is rethrown. Queries inside go through `db` itself (one connection, so they are part of it),
 * which lets hot paths use prepared statements.
 */
export function atomically<T>(db: Db, fn: () => T): T {
  return db.$client.transaction(fn)();
}
