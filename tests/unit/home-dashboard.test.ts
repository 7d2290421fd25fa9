import { describe, expect, it } from "vitest";
import {
  balance,
  buildDashboard,
  type DashboardPerson,
  type DashboardRating,
  departmentKey,
  localDate,
  signupIsOpen,
} from "../../src/domain/dashboard";

let nextId = 1;
function person(p: Partial<DashboardPerson> & Pick<DashboardPerson, "role" | "status">): DashboardPerson {
  const id = nextId++;
  return { participantId: id, userId: `U${String(id).padStart(9, "0")}`, department: null, ...p };
}

describe("buildDashboard", () => {
  it("counts sign-ups per role exactly and people per department of three or more, without the withdrawn", () => {
    const people = [
      person({ role: "mentor", status: "complete", department: "IT" }),
      person({ role: "mentor", status: "matched", department: " it " }),
      person({ role: "mentee", status: "draft", department: "IT" }),
      person({ role: "mentor", status: "draft", department: "Sales" }),
      person({ role: "mentee", status: "waiting", department: "Sales" }),
      person({ role: "mentee", status: "complete", department: "SALES" }),
      person({ role: "mentee", status: "complete", department: "Sales" }),
      person({ role: "mentee", status: "withdrawn", department: "Legal" }),
      person({ role: "mentee", status: "withdrawn", department: "Legal" }),
      person({ role: "mentee", status: "draft", department: "Legal" }),
      person({ role: "mentor", status: "complete", department: "Finance" }),
      person({ role: "mentee", status: "draft", department: "Finance" }),
      person({ role: "mentor", status: "complete", department: "  " }),
      person({ role: "mentor", status: "complete", department: null }),
      person({ role: "mentee", status: "complete", department: null }),
    ];
    const d = buildDashboard({ topics: [], people, ratings: [] });
    // operational: exact, also where a role has one or two people
    expect(d.total).toEqual({ complete: 9, draft: 4 });
    expect(d.byRole.mentor).toEqual({ complete: 5, draft: 1 });
    expect(d.byRole.mentee).toEqual({ complete: 4, draft: 3 });
    // no complete / draft split per department; the people without one last
    expect(d.byDepartment).toEqual([
      { department: "Sales", people: 4 },
      { department: "IT", people: 3 },
      { department: null, people: 3 },
    ]);
    // Legal (1 left after two withdrew) and Finance (2) together: 3, shown exactly
    expect(d.otherDepartments).toEqual({ people: 3 });
  });

  it("counts a small group without a department with the other small ones", () => {
    const people = [
      ...Array.from({ length: 3 }, () => person({ role: "mentor", status: "complete", department: "IT" })),
      person({ role: "mentee", status: "complete", department: null }),
      person({ role: "mentee", status: "complete", department: "Legal" }),
      person({ role: "mentee", status: "draft", department: "Legal" }),
    ];
    const d = buildDashboard({ topics: [], people, ratings: [] });
    expect(d.byDepartment).toEqual([{ department: "IT", people: 3 }]);
    expect(d.otherDepartments).toEqual({ people: 3 });
  });

  it("adds the smallest department to the others when they come to one or two, so the total gives nothing away", () => {
    const people = [
      ...Array.from({ length: 5 }, () => person({ role: "mentor", status: "complete", department: "IT" })),
      ...Array.from({ length: 4 }, () => person({ role: "mentee", status: "complete", department: "Sales" })),
      ...Array.from({ length: 4 }, () => person({ role: "mentee", status: "draft", department: "Finance" })),
      person({ role: "mentee", status: "complete", department: "Legal" }),
    ];
    const d = buildDashboard({ topics: [], people, ratings: [] });
    // Legal's one person would be 14 - 5 - 4 - 4; Finance and Sales tie at 4, Sales is shown last
    expect(d.byDepartment).toEqual([
      { department: "IT", people: 5 },
      { department: "Finance", people: 4 },
    ]);
    expect(d.otherDepartments).toEqual({ people: 5 });
    expect(d.byDepartment.map((x) => x.department)).not.toContain("Legal");
  });

  it("can add the people without a department when they are the smallest group shown", () => {
    const people = [
      ...Array.from({ length: 4 }, () => person({ role: "mentor", status: "complete", department: "IT" })),
      ...Array.from({ length: 3 }, () => person({ role: "mentee", status: "complete", department: null })),
      person({ role: "mentee", status: "complete", department: "Legal" }),
      person({ role: "mentee", status: "complete", department: "Finance" }),
    ];
    const d = buildDashboard({ topics: [], people, ratings: [] });
    expect(d.byDepartment).toEqual([{ department: "IT", people: 4 }]);
    expect(d.otherDepartments).toEqual({ people: 5 });
  });

  it("hides the others as <3 only when nobody else is shown (at most two sign-ups, which the totals show)", () => {
    const one = buildDashboard({
      topics: [],
      people: [person({ role: "mentee", status: "draft", department: "Legal" })],
      ratings: [],
    });
    expect(one.byDepartment).toEqual([]);
    expect(one.otherDepartments).toEqual({ people: null });
    const two = buildDashboard({
      topics: [],
      people: [
        person({ role: "mentee", status: "complete", department: "Legal" }),
        person({ role: "mentor", status: "complete", department: null }),
      ],
      ratings: [],
    });
    expect(two.otherDepartments).toEqual({ people: null });
    expect(two.total).toEqual({ complete: 2, draft: 0 });
  });

  it("never names a group of fewer than three and never shows one or two others, for any sign-ups", () => {
    const names = ["IT", "Sales", "Finance", "Legal", "HR", null];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let run = 0; run < 300; run++) {
      const people = Array.from({ length: random(20) }, () =>
        person({
          role: random(2) === 0 ? "mentor" : "mentee",
          status: (["draft", "complete", "withdrawn"] as const)[random(3)] ?? "draft",
          department: names[random(names.length)] ?? null,
        }),
      );
      const d = buildDashboard({ topics: [], people, ratings: [] });
      const signedUp = d.total.complete + d.total.draft;
      for (const row of d.byDepartment) expect(row.people).toBeGreaterThanOrEqual(3);
      const shown = d.byDepartment.reduce((sum, row) => sum + row.people, 0);
      if (d.otherDepartments === null) expect(shown).toBe(signedUp);
      else if (d.otherDepartments.people === null) {
        expect(d.byDepartment).toEqual([]);
        expect(signedUp).toBeLessThan(3);
      } else {
        expect(d.otherDepartments.people).toBeGreaterThanOrEqual(3);
        expect(shown + d.otherDepartments.people).toBe(signedUp);
      }
    }
  });

  it("lists people with a draft questionnaire in sign-up order", () => {
    const a = person({ role: "mentor", status: "draft" });
    const b = person({ role: "mentee", status: "complete" });
    const c = person({ role: "mentee", status: "draft" });
    const gone = person({ role: "mentee", status: "withdrawn" });
    expect(buildDashboard({ topics: [], people: [a, b, c, gone], ratings: [] }).unfinished).toEqual([
      a.userId,
      c.userId,
    ]);
  });

  it("sets executives' weak topics (1–2) against mentors' strong ones (4–5), one or two hidden", () => {
    const mentors = Array.from({ length: 4 }, () => person({ role: "mentor", status: "complete" }));
    const execs = Array.from({ length: 4 }, (_, i) =>
      person({ role: "mentee", status: i === 3 ? "draft" : "complete" }),
    );
    const gone = person({ role: "mentee", status: "withdrawn" });
    const r = (p: DashboardPerson, topic: string, level: number): DashboardRating => ({
      participantId: p.participantId,
      topic,
      level,
    });
    const [m1, m2, m3, m4] = mentors as [DashboardPerson, DashboardPerson, DashboardPerson, DashboardPerson];
    const [e1, e2, e3, e4] = execs as [DashboardPerson, DashboardPerson, DashboardPerson, DashboardPerson];
    const ratings = [
      // demand 3 (a draft counts, the withdrawn do not) against supply 1
      r(e1, "ai_tools", 1),
      r(e2, "ai_tools", 2),
      r(e4, "ai_tools", 2),
      r(e3, "ai_tools", 3),
      r(gone, "ai_tools", 1),
      r(m1, "ai_tools", 5),
      r(m2, "ai_tools", 3),
      // demand 1 against supply 4
      r(e1, "social_media", 2),
      r(m1, "social_media", 4),
      r(m2, "social_media", 4),
      r(m3, "social_media", 5),
      r(m4, "social_media", 4),
      // mentees rating high and mentors rating low count for neither side
      r(e1, "remote_work", 5),
      r(m1, "remote_work", 1),
      // demand 2 against supply 0
      r(e1, "data", 1),
      r(e2, "data", 1),
      // topics outside the program are ignored
      r(e1, "unknown", 1),
    ];
    const d = buildDashboard({
      topics: ["ai_tools", "social_media", "remote_work", "data"],
      people: [...mentors, ...execs, gone],
      ratings,
    });
    expect(d.topics).toEqual([
      { topic: "ai_tools", demand: 3, supply: null, shortfall: true },
      { topic: "social_media", demand: null, supply: 4, shortfall: false },
      { topic: "remote_work", demand: 0, supply: 0, shortfall: false },
      { topic: "data", demand: null, supply: 0, shortfall: true },
    ]);
  });

  it("handles an empty program", () => {
    const d = buildDashboard({ topics: ["ai_tools"], people: [], ratings: [] });
    expect(d.total).toEqual({ complete: 0, draft: 0 });
    expect(d.byDepartment).toEqual([]);
    expect(d.otherDepartments).toBeNull();
    expect(d.topics).toEqual([{ topic: "ai_tools", demand: 0, supply: 0, shortfall: false }]);
  });
});

describe("balance", () => {
  it("hides one or two, keeps 0 and three or more", () => {
    expect(balance("x", 0, 3)).toEqual({ topic: "x", demand: 0, supply: 3, shortfall: false });
    expect(balance("x", 1, 2)).toEqual({ topic: "x", demand: null, supply: null, shortfall: false });
    expect(balance("x", 5, 4)).toEqual({ topic: "x", demand: 5, supply: 4, shortfall: true });
  });

  it("does not flag 2 against 1, which would tell it from 1–1, 1–2 and 2–2", () => {
    expect(balance("x", 2, 1).shortfall).toBe(false);
    // one hidden figure against a shown one: the figures decide it already
    expect(balance("x", 2, 0).shortfall).toBe(true);
    expect(balance("x", 1, 0).shortfall).toBe(true);
    expect(balance("x", 3, 2).shortfall).toBe(true);
    expect(balance("x", 2, 3).shortfall).toBe(false);
  });

  it("raises the flag from the figures shown alone: never telling apart what they do not", () => {
    const flagBy = new Map<string, boolean>();
    for (let demand = 0; demand <= 8; demand++) {
      for (let supply = 0; supply <= 8; supply++) {
        const b = balance("x", demand, supply);
        const shown = `${b.demand}/${b.supply}`;
        const seen = flagBy.get(shown);
        if (seen !== undefined) expect(b.shortfall, `${demand} against ${supply}`).toBe(seen);
        flagBy.set(shown, b.shortfall);
        // and it never claims a shortfall that is not there
        if (b.shortfall) expect(demand).toBeGreaterThan(supply);
      }
    }
  });
});

describe("helpers", () => {
  it("treats departments case- and space-insensitively", () => {
    expect(departmentKey("  Human   Resources ")).toBe("human resources");
    expect(departmentKey("")).toBeNull();
    expect(departmentKey(null)).toBeNull();
  });

  it("knows whether sign-up is open (deadline inclusive)", () => {
    const p = { signupOpen: true, signupDeadline: "2026-03-01" };
    expect(signupIsOpen(p, "2026-03-01")).toBe(true);
    expect(signupIsOpen(p, "2026-03-02")).toBe(false);
    expect(signupIsOpen({ ...p, signupOpen: false }, "2026-02-01")).toBe(false);
  });

  it("computes today in the program's time zone", () => {
    const late = new Date("2026-02-28T23:30:00Z");
    expect(localDate(late, "Europe/Berlin")).toBe("2026-03-01");
    expect(localDate(late, "UTC")).toBe("2026-02-28");
    expect(localDate(late, "Not/AZone")).toBe("2026-02-28");
  });
});
