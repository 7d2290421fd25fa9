import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/** Tests that hold the app to real time (Slack's 3-second trigger under a rush): they run alone, first. */
const REAL_TIME = ["tests/integration/join-rush.test.ts", "tests/integration/join-rush-retry.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 20000,
    hookTimeout: 20000,
    pool: "forks",
    // Test files share a worker's module cache instead of importing the app again per file: the
    // suite's import time fell from ~23 s to ~5 s. Tests keep no module state of their own; each
    // starts its own app, fake Slack and database.
    isolate: false,
    setupFiles: ["tests/setup.ts"],
    globalSetup: ["tests/global-setup.ts"],
    projects: [
      {
        extends: true,
        test: { name: "real-time", include: REAL_TIME, maxWorkers: 1, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: "tests",
          include: ["tests/**/*.test.ts"],
          exclude: REAL_TIME,
          // Two files at a time even on 2 cores (vitest's default there is one): much of a test is
          // waiting (each request's work after its acknowledgement waits for requests to stop
          // arriving, the fake Slack's scaled rate limits, processes starting), and another file's
          // work fills those waits. With one file at a time the suite took 143 s on 2 cores.
          maxWorkers: Math.max(2, availableParallelism() - 1),
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
