/**
 * The bare side of the acknowledgement benchmark for plain `node`: a Bolt app that only
 * acknowledges /mentoring, and nothing of Tandem in its bundle. Prints "PORT <n>" when listening.
 *   node <bundle of this file> <slackApiUrl>
 */
import type { Server } from "node:http";
import { App } from "@slack/bolt";

export async function startBareBolt(apiUrl: string, signingSecret: string): Promise<number | undefined> {
  const app = new App({
    token: "xoxb-bench",
    signingSecret,
    clientOptions: { slackApiUrl: apiUrl },
    logLevel: undefined,
  });
  app.command("/mentoring", async ({ ack }) => {
    await ack();
  });
  const server = (await app.start(0)) as unknown as Server;
  const address = server.address();
  return typeof address === "object" && address ? address.port : undefined;
}

if (process.argv[1]?.endsWith("bare-server.js")) {
  const port = await startBareBolt(process.argv[2] ?? "", "bench-signing-secret");
  process.on("SIGTERM", () => process.exit(0));
  process.stdout.write(`PORT ${port}\n`);
}
