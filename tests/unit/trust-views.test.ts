import { describe, expect, it } from "vitest";
import { checkSlackPayload } from "../../sim/block-kit";
import { LANGS, translator } from "../../src/i18n";
import {
  buildAuditPage,
  buildChannelEventDm,
  buildConsentRequest,
  buildForgetDoneView,
  buildForgetModal,
  buildManagerDepartDm,
  buildRetentionNotice,
} from "../../src/slack/views/trust";
import { myDataSummaryText } from "../../src/slack/views/trustExport";

const message = (m: { text: string; blocks: unknown[] }) => checkSlackPayload("chat.postMessage", m);

describe("trust surfaces at their largest, in both languages", () => {
  for (const lang of LANGS) {
    const t = translator(lang);
    it(`are accepted by Slack (${lang})`, () => {
      const entries = Array.from({ length: 20 }, (_, i) => ({
        id: i + 1,
        at: "2026-05-04T09:00:00.000Z",
        actor: "UPM0000001",
        action: `click:${"rhythm.alert_follow_up".repeat(10)}`,
        subjectUserId: i % 2 ? "UEXE0000001" : "erased-0123456789ab",
        programId: 1,
        details: { value: "x".repeat(300) },
      }));
      const page = buildAuditPage(t, { entries, total: 500, offset: 20, pageSize: 20 });
      expect(message(page)).toEqual({ ok: true });
      expect(JSON.stringify(page.blocks)).toContain("trust.audit_page.first");
      for (const view of [buildForgetModal(t, { inTandem: true, signedUp: true }), buildForgetDoneView(t)])
        expect(checkSlackPayload("views.open", { view })).toEqual({ ok: true });
      expect(message(buildConsentRequest(t, { program: "P".repeat(200), version: 2 }))).toEqual({ ok: true });
      expect(
        message(
          buildManagerDepartDm(t, {
            reason: "deactivated",
            userId: "UEXE0000001",
            partners: ["UMEN0000001"],
          }),
        ),
      ).toEqual({ ok: true });
      expect(message(buildChannelEventDm(t, { kind: "left", channelId: "G0000001", userId: "U1" }))).toEqual({
        ok: true,
      });
      expect(
        message(buildRetentionNotice(t, { program: "<!channel>", eraseOn: "2027-09-30", months: 12 })),
      ).toEqual({
        ok: true,
      });
    });
  }

  it("escapes what people wrote where Slack would render it", () => {
    const t = translator("en");
    const notice = buildRetentionNotice(t, {
      program: "<!channel> <@U1>",
      eraseOn: "2027-09-30",
      months: 12,
    });
    expect(notice.text).not.toContain("<!channel>");
    expect(notice.text).toContain("&lt;!channel&gt;");
  });

  it("lists every table in the summary, with a heading in the person's language or the table's name", () => {
    const text = myDataSummaryText(translator("de"), {
      userId: "U1",
      generatedAt: "2026-05-04T09:00:00Z",
      tables: { participants: [{ learning_goals: "Ziele\nzwei Zeilen" }], successes: [] },
    });
    expect(text).toContain("## Anmeldungen (Profil, Antworten, Einwilligung)");
    expect(text).toContain("- learning_goals: Ziele / zwei Zeilen");
    expect(text).toContain("## successes\n\nNichts.");
  });
});
