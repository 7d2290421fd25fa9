import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { App } from "@slack/bolt";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { FakeSlack } from "../../sim/fake-slack";
import { openDb } from "../../src/db/client";
import { registerListeners } from "../../src/listeners";
import { AFTER_ACK, AfterAckQueue } from "../../src/listeners/afterAck";
import { createLogger } from "../../src/logger";
import { EXTRA_SCOPES, FORBIDDEN_SCOPES, METHOD_SCOPES } from "../../src/slack/scopes";
import { testConfig } from "../helpers/test-app";

const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
const schema = JSON.parse(readFileSync("tests/fixtures/manifest.schema.1.0.0.json", "utf8"));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Web API methods the source calls, as client.ns.method( or apiCall("ns.method"). */
function calledMethods(): Set<string> {
  const found = new Set<string>(["auth.test"]);
  for (const file of sourceFiles("src")) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(
      /client\.(users|chat|views|conversations|pins|bookmarks|files)\.(\w+)\(/g,
    )) {
      found.add(`${m[1]}.${m[2]}`);
    }
    for (const m of text.matchAll(/apiCall\(\s*"([a-z]+\.\w+)"/g)) if (m[1]) found.add(m[1]);
    for (const m of text.matchAll(/method:\s*"([a-z]+\.[a-zA-Z]+)"/g)) if (m[1]) found.add(m[1]);
  }
  return found;
}

describe("manifest.json", () => {
  it("is valid against Slack's official manifest schema", () => {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("declares exactly the commands and events the app registers", async () => {
    const fake = await new FakeSlack().start();
    const config = testConfig(fake);
    const db = openDb(config.databasePath);
    const app = new App({ token: "xoxb-x", signingSecret: "s", tokenVerificationEnabled: false });
    const r = registerListeners(
      app,
      {
        config,
        db,
        clock: () => new Date(),
        logger: createLogger("error"),
        wakeOutbox: () => {},
      },
      new AfterAckQueue(AFTER_ACK, () => {}),
    );
    await fake.stop();
    const commands = manifest.features.slash_commands.map((c: { command: string }) => c.command).sort();
    expect([...new Set(r.commands)].sort()).toEqual(commands);
    expect([...new Set(r.events)].sort()).toEqual(
      [...manifest.settings.event_subscriptions.bot_events].sort(),
    );
  });

  it("asks for exactly the scopes the code needs, and none that reads history", () => {
    const methods = calledMethods();
    const unknown = [...methods].filter((m) => !(m in METHOD_SCOPES));
    expect(unknown, "add these methods to src/slack/scopes.ts").toEqual([]);
    const needed = new Set([...EXTRA_SCOPES, ...[...methods].flatMap((m) => METHOD_SCOPES[m] ?? [])]);
    const declared: string[] = manifest.oauth_config.scopes.bot;
    expect([...declared].sort()).toEqual([...needed].sort());
    for (const scope of FORBIDDEN_SCOPES) expect(declared).not.toContain(scope);
  });
});
