import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Tests whose outcome depends on having the CPU to themselves run one at a time, first: the rushes
 * hold the app to Slack's 3-second trigger, and the scheduler's ticks defer to whatever else runs
 * (deferToTraffic in src/jobs/scheduler.ts), so beside another test file they slow down several times.
 */
const ALONE = [
  "tests/integration/join-rush.test.ts",
  "tests/integration/join-rush-retry.test.ts",
  "tests/unit/rhythm-scheduler.test.ts",
  "tests/unit/rhythm-six-months.test.ts",
  "tests/unit/rhythm-slices.test.ts",
];

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
        test: { name: "alone", include: ALONE, maxWorkers: 1, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: "tests",
          include: ["tests/**/*.test.ts"],
          exclude: ALONE,
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
