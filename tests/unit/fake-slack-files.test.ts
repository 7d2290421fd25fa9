import { WebClient } from "@slack/web-api";
import { afterEach, describe, expect, it } from "vitest";
import { FakeSlack } from "../../sim/fake-slack";
import { shareFile } from "../../src/slack/files";

describe("fake Slack: files.uploadV2", () => {
  let fake: FakeSlack;
  afterEach(async () => {
    await fake.stop();
  });

  it("keeps the uploaded bytes, shares them in the DM and lets an image block show them", async () => {
    fake = await new FakeSlack().start();
    fake.addUser({ id: "U1" });
    const client = new WebClient("xoxb-test", { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
    const dm = fake.dmChannel("U1");
    const id = await shareFile(client, {
      channelId: dm,
      filename: "report.csv",
      title: "Report",
      content: "a,b\n1,2\n",
      initialComment: "Your export",
    });
    const [file] = fake.filesIn("U1");
    expect(file?.id).toBe(id);
    expect(file?.content?.toString("utf8")).toBe("a,b\n1,2\n");
    expect(file?.title).toBe("Report");
    expect(fake.dmsTo("U1").at(-1)?.files).toEqual([id]);
    await client.views.publish({
      user_id: "U1",
      view: { type: "home", blocks: [{ type: "image", slack_file: { id }, alt_text: "chart" }] },
    });
    expect(fake.refused).toEqual([]);
  });

  it("refuses an image block whose slack_file was never shared, as Slack does", async () => {
    fake = await new FakeSlack().start();
    fake.allowRefusals = true;
    const client = new WebClient("xoxb-test", { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
    await expect(
      client.views.publish({
        user_id: "U1",
        view: { type: "home", blocks: [{ type: "image", slack_file: { id: "F404" }, alt_text: "chart" }] },
      }),
    ).rejects.toThrow(/invalid_blocks/);
    expect(fake.refused.map((r) => r.error)).toEqual(["invalid_blocks"]);
  });

  it("refuses to share into a private channel the bot is not in", async () => {
    fake = await new FakeSlack().start();
    fake.addChannel({ id: "G1", members: new Set(["U1"]) });
    const client = new WebClient("xoxb-test", { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
    await expect(
      shareFile(client, { channelId: "G1", filename: "a.txt", title: "A", content: "x" }),
    ).rejects.toThrow(/channel_not_found/);
  });
});
