import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 20000,
    hookTimeout: 20000,
    pool: "forks",
    // Two test files at a time even on 2 cores (vitest's default there is one): much of an
    // integration test is waiting (each request's work after its acknowledgement waits for requests
    // to stop arriving, the fake Slack's scaled rate limits, child processes starting), and another
    // file's work fills those waits. On 2 cores the suite took 143 s with one file at a time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Test files share a worker's module cache instead of importing the app again per file: the
    // suite's import time fell from ~23 s to ~5 s. Tests keep no module state of their own; each
    // starts its own app, fake Slack and database.
    isolate: false,
    setupFiles: ["tests/setup.ts"],
    globalSetup: ["tests/global-setup.ts"],
  },
});
