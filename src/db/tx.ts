import type { Db } from "./client";

/** A database handle or the handle of an open transaction: queries, enqueue and hooks work with both. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;
