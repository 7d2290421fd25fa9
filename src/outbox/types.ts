/** The outbox's words, defined with the table that stores them (db/ops.ts, db/tx.ts). */
export * from "../db/ops";
export type { DbOrTx, Tx } from "../db/tx";
