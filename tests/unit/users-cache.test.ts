import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WebClient } from "@slack/web-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "../../sim/fake-slack";
import { openDb } from "../../src/db/client";
import { createLogger } from "../../src/logger";
import { cachedUser, getUser } from "../../src/slack/users";
import { testConfig } from "../helpers/test-app";

describe("getUser", () => {
  const fake = new FakeSlack();
  beforeAll(async () => {
    await fake.start();
  });
  afterAll(async () => fake.stop());

  it("caches users.info for 12 hours, then refreshes the stored profile", async () => {
    const config = testConfig(fake, {}, mkdtempSync(join(tmpdir(), "tandem-users-")));
    const db = openDb(config.databasePath);
    let now = new Date("2027-01-04T09:00:00Z");
    const deps = { config, db, clock: () => now, logger: createLogger("error"), wakeOutbox: () => {} };
    const client = new WebClient("xoxb-test", { slackApiUrl: fake.apiUrl });
    fake.addUser({ id: "UCACHE0001", firstName: "Jürgen", locale: "de-DE", tz: "Europe/Berlin" });

    expect(await getUser(deps, client, "UCACHE0001")).toMatchObject({ locale: "de-DE", firstName: "Jürgen" });
    fake.addUser({
      id: "UCACHE0001",
      firstName: "Jürgen",
      locale: "en-US",
      tz: "America/New_York",
      deleted: true,
    });
    await getUser(deps, client, "UCACHE0001");
    expect(fake.callsTo("users.info")).toHaveLength(1);

    now = new Date("2027-01-04T21:00:01Z");
    await getUser(deps, client, "UCACHE0001");
    expect(fake.callsTo("users.info")).toHaveLength(2);
    expect(cachedUser(db, "UCACHE0001")).toMatchObject({
      locale: "en-US",
      tz: "America/New_York",
      deleted: true,
      fetchedAt: "2027-01-04T21:00:01.000Z",
    });
    db.$client.close();
  });
});
