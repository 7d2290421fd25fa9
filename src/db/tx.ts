import type { SQLiteInsertValue, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "./client";

/** A database handle or the handle of an open transaction: queries, enqueue and hooks work with both. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

/** Inserts the rows if there are any: SQLite knows no empty VALUES list. */
export function insertRows<T extends SQLiteTable>(tx: DbOrTx, table: T, rows: SQLiteInsertValue<T>[]): void {
  if (rows.length > 0) tx.insert(table).values(rows).run();
}
