import type { KnownBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import { buildDashboard } from "../../src/domain/dashboard";
import { translator } from "../../src/i18n";
import { ids } from "../../src/slack/ids";
import {
  buildHomeView,
  buildParticipantHome,
  type ManagerHomeData,
  type ParticipantHomeData,
  type ParticipantState,
} from "../../src/slack/views/home";
import { buildManagerDashboard } from "../../src/slack/views/homeDashboard";
import { formatDate, joinLines } from "../../src/slack/views/homeParts";

const en = translator("en");
const de = translator("de");

const program = {
  name: "Digital 2026",
  signupOpen: true,
  signupDeadline: "2026-03-01",
  deadlinePassed: false,
};

function participant(state: ParticipantState, extra: Partial<ParticipantHomeData> = {}): ParticipantHomeData {
  return {
    program,
    role: state === "none" ? undefined : "mentee",
    state,
    upcoming: [
      { date: "2026-04-01", label: "Program starts" },
      { date: "2026-03-01", label: "Sign-up deadline" },
    ],
    ...extra,
  };
}

interface Btn {
  action_id: string;
  value?: string;
}
function buttons(blocks: KnownBlock[]): Btn[] {
  const out: Btn[] = [];
  for (const b of blocks) {
    if (b.type === "actions") for (const e of b.elements) out.push(e as Btn);
    if (b.type === "section" && b.accessory?.type === "button") out.push(b.accessory as Btn);
  }
  return out;
}
const text = (blocks: KnownBlock[]) => JSON.stringify(blocks);

describe("buildParticipantHome", () => {
  it("offers both roles to someone not signed up while sign-up is open", () => {
    const blocks = buildParticipantHome(en, participant("none"));
    expect(buttons(blocks)).toEqual([
      expect.objectContaining({ action_id: ids.signup.join, value: "mentor" }),
      expect.objectContaining({ action_id: ids.signup.join, value: "mentee" }),
    ]);
    expect(text(blocks)).toContain("1 March 2026");
  });

  it("says sign-up is closed, without buttons", () => {
    const blocks = buildParticipantHome(
      en,
      participant("none", { program: { ...program, signupOpen: false } }),
    );
    expect(buttons(blocks)).toEqual([]);
    expect(text(blocks)).toContain("closed");
  });

  it("says there is no program", () => {
    const blocks = buildParticipantHome(de, participant("none", { program: undefined }));
    expect(text(blocks)).toContain("kein Mentoring-Programm");
    expect(buttons(blocks)).toEqual([]);
  });

  it("asks a draft to finish the questionnaire for their role, and lets them leave", () => {
    const blocks = buildParticipantHome(en, participant("draft"));
    expect(buttons(blocks).map((b) => [b.action_id, b.value])).toEqual([
      [ids.signup.join, "mentee"],
      [ids.signup.leave, undefined],
    ]);
    expect(text(blocks)).toContain("not finished");
  });

  it("lets a complete participant edit and leave, before and after the deadline", () => {
    const open = buildParticipantHome(en, participant("complete"));
    expect(buttons(open).map((b) => [b.action_id, b.value])).toEqual([
      [ids.signup.join, "mentee"],
      [ids.signup.leave, undefined],
    ]);
    expect(text(open)).toContain("1 March 2026");
    const closed = buildParticipantHome(
      en,
      participant("complete", { program: { ...program, signupOpen: false, deadlinePassed: true } }),
    );
    expect(buttons(closed).map((b) => b.action_id)).toEqual([ids.signup.join, ids.signup.leave]);
    expect(text(closed)).toContain("being formed");
  });

  it("keeps join buttons but drops a past deadline while the switch is still on", () => {
    const blocks = buildParticipantHome(
      en,
      participant("none", { program: { ...program, deadlinePassed: true } }),
    );
    expect(buttons(blocks)).toHaveLength(2);
    expect(text(blocks)).toContain("still open");
    expect(text(blocks)).not.toContain("until");
  });

  it("explains the waiting list", () => {
    const blocks = buildParticipantHome(de, participant("waiting"));
    expect(text(blocks)).toContain("Warteliste");
    expect(buttons(blocks).map((b) => b.action_id)).toEqual([ids.signup.join, ids.signup.leave]);
  });

  it("shows the partner and tandem channel when matched", () => {
    const blocks = buildParticipantHome(
      en,
      participant("matched", { tandem: { channelId: "C0TANDEM01", partnerUserId: "UMENTOR001" } }),
    );
    expect(text(blocks)).toContain("<#C0TANDEM01>");
    expect(text(blocks)).toContain("<@UMENTOR001>");
    expect(buttons(blocks)).toEqual([]);
    const noChannel = buildParticipantHome(en, participant("matched", { tandem: undefined }));
    expect(text(noChannel)).toContain("being set up");
  });

  it("lets someone who left join again while sign-up is open", () => {
    expect(buttons(buildParticipantHome(en, participant("withdrawn"))).map((b) => b.value)).toEqual([
      "mentor",
      "mentee",
    ]);
  });

  it("lists upcoming dates sorted", () => {
    const t = text(buildParticipantHome(en, participant("complete")));
    expect(t.indexOf("Sign-up deadline")).toBeLessThan(t.indexOf("Program starts"));
    expect(text(buildParticipantHome(en, participant("complete", { upcoming: [] })))).toContain(
      "No upcoming dates",
    );
  });
});

function managerData(overrides: Partial<NonNullable<ManagerHomeData["program"]>> = {}): ManagerHomeData {
  const people = [
    {
      participantId: 1,
      userId: "UM00000001",
      role: "mentor" as const,
      status: "complete" as const,
      department: "IT",
    },
    {
      participantId: 2,
      userId: "UE00000001",
      role: "mentee" as const,
      status: "draft" as const,
      department: null,
    },
  ];
  return {
    program: {
      id: 7,
      name: "Pilot <!channel>",
      startDate: "2026-04-01",
      endDate: "2026-09-30",
      signupDeadline: "2026-03-15",
      status: "signup",
      signupSwitchedOn: true,
      signupOpen: true,
      topics: ["ai_tools", "custom:x"],
      customTopics: { "custom:x": "<@U999> & friends" },
      ...overrides,
    },
    dashboard: buildDashboard({
      topics: ["ai_tools", "custom:x"],
      people,
      ratings: [{ participantId: 2, topic: "ai_tools", level: 1 }],
    }),
  };
}

describe("buildManagerDashboard", () => {
  it("offers to create a program when there is none", () => {
    const blocks = buildManagerDashboard(en, { program: undefined, dashboard: undefined });
    expect(buttons(blocks)).toEqual([expect.objectContaining({ action_id: ids.setup.openModal })]);
  });

  it("shows the program with the sign-up switch that fits", () => {
    const open = buildManagerDashboard(en, managerData());
    expect(buttons(open).map((b) => [b.action_id, b.value])).toEqual([
      [ids.setup.openModal, "7"],
      [ids.setup.closeSignup, "7"],
    ]);
    const closed = buildManagerDashboard(de, managerData({ signupSwitchedOn: false, signupOpen: false }));
    expect(buttons(closed).map((b) => b.action_id)).toEqual([ids.setup.openModal, ids.setup.openSignup]);
    expect(text(closed)).toContain("Anmeldung öffnen");
  });

  it("escapes the program name and custom topic labels, and flags shortfalls", () => {
    const t = text(buildManagerDashboard(en, managerData()));
    expect(t).not.toContain("<!channel>");
    expect(t).toContain("&lt;!channel&gt;");
    expect(t).not.toContain("<@U999>");
    expect(t).toContain("&lt;@U999&gt; &amp; friends");
    // one executive rated it 1: hidden, and the flag (supply 0) tells no more than "<3" does
    expect(t).toContain("⚠️ *AI tools: demand &lt;3 · supply 0*");
    expect(t).toContain("<@UE00000001>");
    expect(t).not.toContain("<@UM00000001>");
  });

  it("shows departments and topic counts of one or two as <3, in both languages", () => {
    const person = (i: number, role: "mentor" | "mentee", department: string | null) => ({
      participantId: i,
      userId: `U${String(i).padStart(9, "0")}`,
      role,
      status: i % 4 === 0 ? ("draft" as const) : ("complete" as const),
      department,
    });
    const people = [
      ...[1, 2, 3, 4, 5].map((i) => person(i, "mentor", "IT")),
      ...[6, 7, 8, 9].map((i) => person(i, "mentee", "Sales")),
      person(10, "mentee", "Legal"),
      person(11, "mentee", "Finance"),
      person(12, "mentee", "Finance"),
    ];
    const rate = (participantId: number, topic: string, level: number) => ({ participantId, topic, level });
    const data = managerData({ topics: ["ai_tools", "social_media", "remote_work"] });
    data.dashboard = buildDashboard({
      topics: ["ai_tools", "social_media", "remote_work"],
      people,
      ratings: [
        // ai_tools: demand 2 against supply 1, both hidden, not flagged
        rate(6, "ai_tools", 1),
        rate(7, "ai_tools", 2),
        rate(1, "ai_tools", 5),
        // social_media: demand 3 against supply 2, flagged
        rate(6, "social_media", 1),
        rate(7, "social_media", 1),
        rate(8, "social_media", 2),
        rate(1, "social_media", 4),
        rate(2, "social_media", 4),
      ],
    });
    const english = text(buildManagerDashboard(en, data));
    expect(english).toContain("IT: 5 signed up");
    expect(english).toContain("Sales: 4 signed up");
    expect(english).toContain("Other departments (the smallest, together): 3 signed up");
    expect(english).not.toContain("Legal");
    expect(english).not.toContain("Finance");
    expect(english).toContain("*Total*\\n9 complete · 3 in progress");
    expect(english).toContain("AI tools: demand &lt;3 · supply &lt;3");
    expect(english).not.toContain("⚠️ *AI tools");
    expect(english).toContain("⚠️ *Social media: demand 3 · supply &lt;3*");
    expect(english).toContain("Remote and hybrid work: demand 0 · supply 0");
    expect(english).toContain("&lt;3 means 1 or 2");
    expect(english).toContain("Complete and in progress are counted per role only.");

    const german = text(buildManagerDashboard(de, data));
    expect(german).toContain("IT: 5 angemeldet");
    expect(german).toContain("Weitere Abteilungen (die kleinsten, zusammen): 3 angemeldet");
    expect(german).toContain("⚠️ *Social Media: Bedarf 3 · Angebot &lt;3*");
    expect(german).toContain("&lt;3 heißt 1 oder 2");

    // with Legal alone the others would be 1: Sales (the smallest shown) joins them
    data.dashboard = buildDashboard({ topics: [], people: people.slice(0, 10), ratings: [] });
    const padded = text(buildManagerDashboard(en, data));
    expect(padded).toContain("IT: 5 signed up");
    expect(padded).not.toContain("Sales");
    expect(padded).toContain("Other departments (the smallest, together): 5 signed up");

    // at most two people: the others are hidden, the totals stay exact (operational)
    data.dashboard = buildDashboard({ topics: [], people: people.slice(9, 11), ratings: [] });
    const two = text(buildManagerDashboard(en, data));
    expect(two).toContain("Other departments (the smallest, together): &lt;3 signed up");
    expect(two).toContain("*Total*\\n2 complete · 0 in progress");
  });

  it("stays within Slack's limits with many departments and drafts", () => {
    const people = Array.from({ length: 400 }, (_, i) => ({
      participantId: i,
      userId: `U${String(i).padStart(9, "0")}`,
      role: i % 2 === 0 ? ("mentor" as const) : ("mentee" as const),
      status: "draft" as const,
      department: `${"&".repeat(300)} ${i}`,
    }));
    const data = managerData();
    // 400 departments of one and 100 of three: the others' row is never cut off
    const big = Array.from({ length: 300 }, (_, i) => ({
      participantId: 1000 + i,
      userId: `U${String(1000 + i).padStart(9, "0")}`,
      role: "mentor" as const,
      status: "complete" as const,
      department: `${"&".repeat(300)} big ${Math.floor(i / 3)}`,
    }));
    data.dashboard = buildDashboard({ topics: [], people: [...people, ...big], ratings: [] });
    const blocks = buildManagerDashboard(en, data);
    for (const b of blocks) {
      if (b.type === "section" && b.text) {
        expect(b.text.text.length).toBeLessThanOrEqual(3000);
        expect(b.text.text).not.toMatch(/&(?!amp;|lt;|gt;)/);
      }
    }
    expect(text(blocks)).toContain("more");
    expect(text(blocks)).toContain("Other departments (the smallest, together): 400 signed up");
  });
});

describe("buildHomeView", () => {
  it("composes participant, dashboard and extra sections within 100 blocks", () => {
    const extra: KnownBlock[] = Array.from({ length: 120 }, () => ({ type: "divider" }));
    const view = buildHomeView(en, {
      participant: participant("complete"),
      manager: managerData(),
      extraSections: [extra],
    });
    expect(view.type).toBe("home");
    expect(view.blocks.length).toBe(100);
    const t = JSON.stringify(view.blocks);
    expect(t).toContain("Your participation");
    expect(t).toContain("Program management");
  });

  it("shows no dashboard without manager data", () => {
    const view = buildHomeView(en, { participant: participant("none") });
    expect(JSON.stringify(view.blocks)).not.toContain("Program management");
  });
});

describe("helpers", () => {
  it("formats dates per language", () => {
    expect(formatDate("en", "2026-03-01")).toBe("1 March 2026");
    expect(formatDate("de", "2026-03-01")).toBe("1. März 2026");
    expect(formatDate("en", "<soon>")).toBe("&lt;soon&gt;");
  });

  it("joins whole lines within the budget", () => {
    const more = (n: number) => `+${n}`;
    expect(joinLines(["aaaa", "bbbb", "cccc"], 100, more)).toBe("aaaa\nbbbb\ncccc");
    const cut = joinLines(["aaaa", "bbbb", "cccc"], 11, more);
    expect(cut).toBe("aaaa\n+2");
    expect(cut.length).toBeLessThanOrEqual(11);
  });
});
