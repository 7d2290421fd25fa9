import { describe, expect, it } from "vitest";
import type { Program } from "../../src/db/queries/programs";
import { ISSUE_CODES, validateProgram } from "../../src/domain/program";
import { customTopicKey } from "../../src/domain/topics";
import { isMessageKey, translator } from "../../src/i18n";
import { ids } from "../../src/slack/ids";
import {
  buildAnnouncement,
  buildProgramModal,
  buildProgramSavedView,
  errorsByBlock,
  issueText,
} from "../../src/slack/views/setup";

const custom = customTopicKey("Prompting <b> & co");
const program: Program = {
  id: 7,
  name: "Cohort <!channel> & friends",
  topics: ["ai_tools", custom],
  customTopics: { [custom]: "Prompting <b> & co" },
  startDate: "2025-04-01",
  endDate: "2025-09-01",
  meetingCadenceDays: 21,
  signupDeadline: "2025-03-25",
  language: "de",
  address: "du",
  timezone: "Asia/Kathmandu",
  signupOpen: false,
  status: "draft",
  announcementChannel: null,
  mentorCapacity: 2,
  channelPrefix: "rm",
  executiveCircle: true,
  checkinCadenceDays: 10,
  circleCadenceDays: 28,
  nudgeAfterDays: 20,
  alertAfterDays: 40,
  midtermEvalDate: null,
  finalEvalDate: null,
  evalWindowDays: 14,
  createdBy: "UPM0000001",
  createdAt: "2025-03-01T00:00:00.000Z",
  updatedAt: null,
  showcaseChannel: null,
  archiveAfterDays: 14,
  closedAt: null,
  channelsArchivedAt: null,
  previousProgramId: null,
  retentionMonths: 12,
  personalDataErasedAt: null,
  nextCohortChangesDe: null,
  nextCohortChangesEn: null,
  holidayCountry: null,
  holidayRegion: null,
};

type Block = { type: string; block_id?: string; element?: Record<string, unknown> };

describe("program modal", () => {
  for (const lang of ["de", "en"] as const) {
    it(`keeps Slack's limits (${lang})`, () => {
      for (const p of [undefined, program]) {
        const view = buildProgramModal(translator(lang), { program: p });
        const blocks = view.blocks as Block[];
        expect(blocks.length).toBeLessThan(100);
        expect(view.title.text.length).toBeLessThanOrEqual(24);
        const blockIds = blocks.map((b) => b.block_id).filter(Boolean);
        expect(new Set(blockIds).size).toBe(blockIds.length);
        for (const b of blocks.filter((x) => x.type === "input")) {
          expect(b.element?.action_id).toBe(b.block_id);
        }
        const json = JSON.stringify(view);
        for (const m of json.matchAll(/"text":\{"type":"plain_text","text":"((?:[^"\\]|\\.)*)"/g)) {
          expect(m[1]?.length ?? 0).toBeLessThanOrEqual(2000);
        }
        expect(Object.values(ids.setup.input).every((id) => blockIds.includes(id))).toBe(true);
      }
    });
  }

  it("prefills everything from the current program", () => {
    const view = buildProgramModal(translator("en"), { program });
    const elements = new Map(
      (view.blocks as Block[]).filter((b) => b.block_id).map((b) => [b.block_id, b.element ?? {}]),
    );
    const el = (id: string): Record<string, unknown> => elements.get(id) ?? {};
    const chosen = (id: string) => (el(id).initial_option as { value: string } | undefined)?.value;
    const I = ids.setup.input;
    expect(el(I.name).initial_value).toBe(program.name);
    expect((el(I.topics).initial_options as { value: string }[]).map((o) => o.value)).toEqual(["ai_tools"]);
    expect(el(I.customTopics).initial_value).toBe("Prompting <b> & co");
    expect(el(I.startDate).initial_date).toBe("2025-04-01");
    expect(chosen(I.meetingCadenceDays)).toBe("21");
    expect(chosen(I.timezone)).toBe("Asia/Kathmandu");
    expect(chosen(I.language)).toBe("de");
    expect(chosen(I.executiveCircle)).toBe("yes");
    expect(el(I.mentorCapacity).initial_value).toBe("2");
    expect(el(I.alertAfterDays).initial_value).toBe("40");
    expect(JSON.parse(view.private_metadata ?? "{}")).toEqual({ programId: 7 });
  });

  it("preselects the default topics, Berlin and the defaults for a new program", () => {
    const view = buildProgramModal(translator("de"), {});
    const json = JSON.stringify(view);
    expect(json).toContain("KI-Werkzeuge");
    expect(json).toContain('"initial_option":{"text":{"type":"plain_text","text":"Europe/Berlin"');
    expect(JSON.parse(view.private_metadata ?? "{}")).toEqual({ programId: null });
  });
});

describe("confirmation, errors and announcement", () => {
  it("shows the duration warning with a readable number of months", () => {
    const view = buildProgramSavedView(translator("de"), {
      program,
      created: true,
      warnings: [{ code: "duration_short", params: { days: 92 } }],
    });
    const json = JSON.stringify(view);
    expect(json).toContain("etwa 3 Monate");
    expect(json).toContain("&lt;!channel&gt;");
    expect(json).not.toContain("<!channel>");
    expect(json).toContain("Prompting &lt;b&gt; &amp; co");
  });

  it("maps field errors to input block ids", () => {
    const errors = errorsByBlock(translator("en"), {
      endDate: { code: "end_before_start" },
      topics: { code: "too_many_topics", params: { max: 10, count: 12 } },
    });
    expect(errors).toEqual({
      [ids.setup.input.endDate]: "The end date must be after the start date.",
      [ids.setup.input.topics]: "At most 10 topics in total, including your own; you have 12.",
    });
  });

  it("announces with a Join button, never letting the name ping anyone", () => {
    const msg = buildAnnouncement(translator("en"), program);
    const json = JSON.stringify(msg);
    expect(json).toContain(ids.signup.join);
    expect(msg.text).not.toContain("<!channel>");
    // plain_text (the header) renders literally; mrkdwn must carry the name escaped
    const mrkdwn = [...json.matchAll(/"type":"mrkdwn","text":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).join();
    expect(mrkdwn).not.toContain("<!channel>");
    expect(msg.blocks.length).toBeLessThanOrEqual(50);
  });
});

describe("setup catalog", () => {
  it("has a text for every validation problem", () => {
    for (const code of ISSUE_CODES) {
      const kind = code.startsWith("duration_") || code.startsWith("holiday_") ? "warning" : "error";
      expect(isMessageKey(`setup.${kind}.${code}`), code).toBe(true);
    }
  });
});

describe("the program's holiday calendar", () => {
  const t = translator("de");

  it("offers the time zone's country, none, each German state and other countries, within Slack's limits", () => {
    const modal = buildProgramModal(t, {});
    const select = modal.blocks.flatMap((b) =>
      "element" in b && b.block_id === ids.setup.input.holidays ? [b.element] : [],
    )[0] as { option_groups: { options: { value: string; text: { text: string } }[] }[] } | undefined;
    const options = select?.option_groups.flatMap((g) => g.options) ?? [];
    expect(options.length).toBeLessThanOrEqual(100);
    expect(options.map((o) => o.value)).toEqual(
      expect.arrayContaining(["auto", "none", "DE", "DE-BY", "AT"]),
    );
    expect(options.find((o) => o.value === "DE-BY")?.text.text).toBe("Deutschland – Bayern");
    for (const o of options) expect(o.text.text.length).toBeLessThanOrEqual(75);
  });

  it("warns when the program starts or ends on a holiday, with a working day to choose instead", () => {
    const form = {
      name: "Kohorte",
      topics: ["ai_tools"],
      customTopics: null,
      startDate: "2027-04-05",
      endDate: "2027-11-01",
      signupDeadline: "2027-03-20",
      meetingCadenceDays: "30",
      language: "de",
      timezone: "Europe/Berlin",
      holidays: "DE",
      mentorCapacity: "1",
      channelPrefix: "tandem",
      executiveCircle: "no",
      checkinCadenceDays: "14",
      circleCadenceDays: "21",
      nudgeAfterDays: "21",
      alertAfterDays: "35",
    };
    const result = validateProgram(form, { now: new Date("2027-01-10T10:00:00Z"), isNew: true });
    if (!result.ok) throw new Error("expected a valid program");
    expect(result.settings).toMatchObject({ holidayCountry: "DE", holidayRegion: null });
    const texts = result.warnings.map((w) => issueText(t, "warning", w));
    // Easter Monday 2027 is 29 March: 5 April is an ordinary Monday. All Saints' Day is a holiday in some states.
    expect(texts).toEqual([
      "⚠️ Das Programm läuft etwa 6,9 Monate. Nach mehr als 6 Monaten verlieren Tandems oft an Schwung; erwäge einen kürzeren Durchgang.",
      "⚠️ Das Programm endet am 1. November 2027, einem Feiertag (Allerheiligen, in einigen Regionen). Dank und Abschluss kämen erst am nächsten Arbeitstag; erwäge als Ende den 29. Oktober 2027.",
    ]);
    const easter = validateProgram(
      {
        ...form,
        startDate: "2027-03-29",
        signupDeadline: "2027-03-20",
        endDate: "2027-08-27",
        holidays: "DE-BY",
      },
      { now: new Date("2027-01-10T10:00:00Z"), isNew: true },
    );
    if (!easter.ok) throw new Error("expected a valid program");
    expect(easter.warnings.map((w) => issueText(t, "warning", w))).toEqual([
      "⚠️ Das Programm beginnt am 29. März 2027, einem Feiertag (Ostermontag). An diesem Tag wird nichts verschickt; erwäge den Start am 30. März 2027.",
    ]);
    expect(
      validateProgram({ ...form, holidays: "XX" }, { now: new Date("2027-01-10T10:00:00Z"), isNew: true }).ok,
    ).toBe(false);
  });
});
