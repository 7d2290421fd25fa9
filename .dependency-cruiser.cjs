/**
 * The architecture's map, checked in CI (`npm run depcheck`).
 *
 * Layers from the top down. A file may import its own layer and any layer below it, never one
 * above, and no import may close a circle. Read it as: listeners and jobs parse Slack's payloads
 * and the clock's ticks and call one use case in services; services load, decide with the domain,
 * save through db (outbox operations in the same transaction), render with the pure slack builders
 * and send; the outbox performs operations through the effects it is given; db stores the domain's
 * words; the domain decides and knows nothing of Slack or SQLite.
 */
const LAYERS = [
  { name: "root", path: "^src/(main|app)\\.ts$", means: "composition root: config, db, app, jobs, start" },
  {
    name: "entry",
    path: "^src/(listeners|jobs)/",
    means: "Slack payloads and clock ticks in, one use case called",
  },
  { name: "services", path: "^src/(services|launch)/", means: "use cases: load, decide, save, render, send" },
  { name: "outbox", path: "^src/outbox/", means: "Slack side effects once, paced, through given effects" },
  {
    name: "slack",
    path: "^src/slack/",
    means: "pure Block Kit builders, ids, text escaping, Web API helpers",
  },
  {
    name: "db",
    path: "^src/(db/|deps\\.ts$)",
    means: "schema, migrations, queries per aggregate; the deps type",
  },
  { name: "domain", path: "^src/domain/", means: "the program's logic and words, free of Slack and SQLite" },
  { name: "base", path: "^src/(i18n/|config\\.ts$|logger\\.ts$)", means: "catalogs, configuration, logging" },
];

const upward = LAYERS.flatMap((layer, i) =>
  i === 0
    ? []
    : [
        {
          name: `no-upward-from-${layer.name}`,
          comment: `${layer.name} (${layer.means}) must not import a layer above it`,
          severity: "error",
          from: { path: layer.path },
          to: { path: LAYERS.slice(0, i).map((l) => l.path) },
        },
      ],
);

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "an import circle ties modules into one; break it by moving the shared piece down",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: "no-listeners-from-jobs-or-back",
      comment: "listeners and jobs are separate entry points; what they share lives in services",
      severity: "error",
      from: { path: "^src/jobs/" },
      to: { path: "^src/listeners/" },
    },
    {
      name: "no-queries-outside-db",
      comment: "drizzle queries are written only in db/",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/db/" },
      to: { path: "node_modules/drizzle-orm" },
    },
    {
      name: "no-slack-in-domain",
      comment: "the domain is free of Slack",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { path: "node_modules/@slack/" },
    },
    {
      name: "no-cron-outside-jobs",
      comment: "node-cron is imported only in jobs/",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/jobs/" },
      to: { path: "node_modules/node-cron" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "^(tests|bench|drizzle)/" },
  },
};
