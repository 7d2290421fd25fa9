import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDb } from "../src/db/client";

declare module "vitest" {
  export interface ProvidedContext {
    /** a database with every committed migration applied, for tests to copy instead of migrating */
    templateDb: string;
  }
}

/** Migrates one template database for the whole run; each test app starts from a copy of it. */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "tandem-template-"));
  const path = join(dir, "template.db");
  const db = openDb(path);
  db.$client.pragma("journal_mode = DELETE");
  db.$client.close();
  project.provide("templateDb", path);
  return () => rmSync(dir, { recursive: true, force: true });
}
