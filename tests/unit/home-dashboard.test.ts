import { describe, expect, it } from "vitest";
import {
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
  it("counts sign-ups per role and department, complete vs draft, without the withdrawn", () => {
    const people = [
      person({ role: "mentor", status: "complete", department: "IT" }),
      person({ role: "mentor", status: "matched", department: " it " }),
      person({ role: "mentor", status: "draft", department: "Sales" }),
      person({ role: "mentee", status: "waiting", department: "Sales" }),
      person({ role: "mentee", status: "withdrawn", department: "Legal" }),
      person({ role: "mentee", status: "draft", department: "  " }),
    ];
    const d = buildDashboard({ topics: [], people, ratings: [] });
    expect(d.total).toEqual({ complete: 3, draft: 2 });
    expect(d.byRole.mentor).toEqual({ complete: 2, draft: 1 });
    expect(d.byRole.mentee).toEqual({ complete: 1, draft: 1 });
    expect(d.byDepartment).toEqual([
      { department: "IT", complete: 2, draft: 0 },
      { department: "Sales", complete: 1, draft: 1 },
      { department: null, complete: 0, draft: 1 },
    ]);
    expect(d.byDepartment.map((x) => x.department)).not.toContain("Legal");
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

  it("sets executives' weak topics (1–2) against mentors' strong ones (4–5)", () => {
    const m1 = person({ role: "mentor", status: "complete" });
    const m2 = person({ role: "mentor", status: "complete" });
    const e1 = person({ role: "mentee", status: "complete" });
    const e2 = person({ role: "mentee", status: "draft" });
    const gone = person({ role: "mentee", status: "withdrawn" });
    const r = (p: DashboardPerson, topic: string, level: number): DashboardRating => ({
      participantId: p.participantId,
      topic,
      level,
    });
    const ratings = [
      r(m1, "ai_tools", 5),
      r(m2, "ai_tools", 3),
      r(e1, "ai_tools", 1),
      r(e2, "ai_tools", 2),
      r(gone, "ai_tools", 1),
      r(m1, "social_media", 4),
      r(m2, "social_media", 4),
      r(e1, "social_media", 2),
      r(e2, "social_media", 3),
      // mentees rating high and mentors rating low count for neither side
      r(e1, "remote_work", 5),
      r(m1, "remote_work", 1),
      // topics outside the program are ignored
      r(e1, "unknown", 1),
    ];
    const d = buildDashboard({
      topics: ["ai_tools", "social_media", "remote_work"],
      people: [m1, m2, e1, e2, gone],
      ratings,
    });
    expect(d.topics).toEqual([
      { topic: "ai_tools", demand: 2, supply: 1, shortfall: true },
      { topic: "social_media", demand: 1, supply: 2, shortfall: false },
      { topic: "remote_work", demand: 0, supply: 0, shortfall: false },
    ]);
  });

  it("handles an empty program", () => {
    const d = buildDashboard({ topics: ["ai_tools"], people: [], ratings: [] });
    expect(d.total).toEqual({ complete: 0, draft: 0 });
    expect(d.byDepartment).toEqual([]);
    expect(d.topics).toEqual([{ topic: "ai_tools", demand: 0, supply: 0, shortfall: false }]);
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
