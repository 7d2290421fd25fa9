import { WebClient } from "@slack/web-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "../../sim/fake-slack";
import { SlackRequests } from "../../sim/slack-requests";

/** The fake answers channel membership and response_url limits the way Slack does. */
describe("fake Slack: channels and response_urls", () => {
  const fake = new FakeSlack();
  let client: WebClient;
  beforeAll(async () => {
    await fake.start();
    client = new WebClient("xoxb-test", { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
  });
  afterAll(async () => fake.stop());

  type Refusal = { data?: { error?: string } };
  const errorOf = (e: Refusal) => e.data?.error;
  const post = (channel: string) =>
    client.chat.postMessage({ channel, text: "hi" }).then((r) => r.ok, errorOf);

  it("posts to public channels unjoined (chat:write.public), not to private ones it is not in", async () => {
    expect(fake.scopes.has("chat:write.public")).toBe(true);
    fake.addChannel({ id: "C0PUBLIC01", members: new Set(["UALICE0001"]) });
    fake.addChannel({ id: "G0SECRET01", members: new Set(["UALICE0001"]) });
    fake.addChannel({ id: "G0INVITED1" });
    expect(await post("C0PUBLIC01")).toBe(true);
    expect(await post("C0NEVERSEEN")).toBe(true);
    expect(await post("G0SECRET01")).toBe("channel_not_found");
    expect(await post("#nosuchchannel")).toBe("channel_not_found");
    expect(await post("G0INVITED1")).toBe(true);
    expect(await post("UALICE0001")).toBe(true);

    const pin = await client.pins.add({ channel: "C0PUBLIC01", timestamp: "1.1" }).catch(errorOf);
    expect(pin).toBe("not_in_channel");
    const purpose = await client.conversations
      .setPurpose({ channel: "G0SECRET01", purpose: "x" })
      .catch(errorOf);
    expect(purpose).toBe("channel_not_found");

    fake.scopes.delete("chat:write.public");
    expect(await post("C0PUBLIC01")).toBe("not_in_channel");
    fake.scopes.add("chat:write.public");
  });

  it("accepts a response_url 5 times within 30 minutes, then answers 404", async () => {
    const slack = new SlackRequests("http://127.0.0.1:1", "secret", fake.url);
    const use = (url: string) => fetch(url, { method: "POST", body: "{}" }).then((r) => r.status);
    const url = slack.responseUrl();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(await use(url));
    expect(statuses).toEqual([200, 200, 200, 200, 200, 404]);
    expect(await use(slack.responseUrl(Date.now() - 31 * 60 * 1000))).toBe(404);
    expect(await use(slack.responseUrl(Date.now() - 29 * 60 * 1000))).toBe(200);
  });
});
