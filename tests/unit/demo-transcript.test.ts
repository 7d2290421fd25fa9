import { describe, expect, it } from "vitest";
import type { Cohort } from "../../sim/demo/cohort";
import { escapeHtml, Transcript } from "../../sim/demo/transcript";
import { World } from "../../sim/demo/world";
import type { FakeFile } from "../../sim/fake-slack";

/** The transcript's renderer on its own: escaping, minimal mrkdwn, Block Kit, files as data: URLs. */

function transcript(files: FakeFile[] = []): Transcript {
  const world = new World({ start: "2027-02-01T08:00:00.000Z" });
  world.addPerson({
    id: "UMEN000001",
    firstName: "Dr. Anna",
    lastName: "Müller",
    fullName: "Dr. Anna Müller",
    locale: "de-DE",
    role: "mentor",
    department: "IT",
    via: "button",
  });
  world.fake.addChannel({ id: "G00000001", name: "tandem-anna-claudia" });
  for (const f of files) world.fake.files.set(f.id, f);
  const cohort = { world, tandems: new Map(), handledCheckins: new Set() } as unknown as Cohort;
  return new Transcript(cohort);
}

describe("demo transcript", () => {
  it("escapes what people typed: no markup, no pings, no links of their own", () => {
    const t = transcript();
    const html = t.mrkdwn(
      '&lt;script&gt;alert(1)&lt;/script&gt; "quoted" &amp;lt;!channel&amp;gt; <img src=x onerror=alert(1)>',
    );
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&quot;quoted&quot;");
    expect(escapeHtml(`<a href="x">'`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;");
    expect(t.text({ type: "plain_text", text: "<b>not bold</b>" })).toBe("&lt;b&gt;not bold&lt;/b&gt;");
  });

  it("renders mrkdwn minimally: bold, italics, mentions by name, channels by name, safe links", () => {
    const t = transcript();
    const html = t.mrkdwn(
      "*Hello <@UMEN000001>*, see <#G00000001> and _this_ <https://example.com/a?b=1&amp;c=2|page> :tada:",
    );
    expect(html).toContain('<b>Hello <a class="mention" href="#/p/UMEN000001">@Dr. Anna Müller</a></b>');
    expect(html).toContain('<a class="mention" href="#/c/tandem-anna-claudia">#tandem-anna-claudia</a>');
    expect(html).toContain("<i>this</i>");
    expect(html).toContain('href="https://example.com/a?b=1&amp;c=2"');
    expect(html).toContain("🎉");
    expect(t.mrkdwn("<javascript:alert(1)|click>")).not.toContain("href");
  });

  it("embeds uploaded images as data: URLs and shows a placeholder for anything else", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    const t = transcript([
      { id: "F1", filename: "chart.png", length: png.length, content: png, completed: true },
    ]);
    const html = t.blocks([
      { type: "image", slack_file: { id: "F1" }, alt_text: "Check-ins per month" },
      { type: "image", image_url: "https://example.com/x.png", alt_text: "outside" },
    ]);
    expect(html).toContain(`src="data:image/png;base64,${png.toString("base64")}"`);
    expect(html).not.toContain("https://example.com/x.png");
    expect(html).toContain("outside");
  });

  it("marks clicked buttons and renders inputs, context and fields", () => {
    const t = transcript();
    const html = t.blocks(
      [
        {
          type: "section",
          text: { type: "mrkdwn", text: "*Pick*" },
          fields: [{ type: "mrkdwn", text: "a" }],
        },
        {
          type: "actions",
          elements: [
            { type: "button", action_id: "go", value: "1", text: { type: "plain_text", text: "Go" } },
          ],
        },
        { type: "context", elements: [{ type: "mrkdwn", text: "small print" }] },
        {
          type: "input",
          label: { type: "plain_text", text: "Name" },
          element: { type: "plain_text_input", action_id: "n", initial_value: "Jürgen <3" },
        },
      ],
      [{ user: "UMEN000001", at: "2027-02-01T08:00:00.000Z", actionId: "go", value: "1", label: "Go" }],
    );
    expect(html).toContain("✓ Dr. Anna Müller");
    expect(html).toContain("Jürgen &lt;3");
    expect(html).toContain('class="bk-context"');
    expect(html).toContain('class="bk-fields"');
  });
});
