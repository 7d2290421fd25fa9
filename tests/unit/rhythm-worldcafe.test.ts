import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CafeParticipant,
  type CafeRound,
  planWorldCafe,
  replanWorldCafe,
  tableSizes,
} from "../../src/domain/rhythm/worldcafe";

/** n tandems of a mentor and an executive, plus `extra` people without a tandem. */
function cohort(tandems: number, extra = 0): CafeParticipant[] {
  const people: CafeParticipant[] = [];
  for (let t = 1; t <= tandems; t++) {
    people.push({ userId: `UM${t}`, role: "mentor", tandemId: t });
    people.push({ userId: `UE${t}`, role: "mentee", tandemId: t });
  }
  for (let x = 1; x <= extra; x++)
    people.push({ userId: `UW${x}`, role: x % 2 ? "mentor" : "mentee", tandemId: null });
  return people;
}

function encounters(plan: ReturnType<typeof planWorldCafe>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { tables } of plan) {
    for (const table of tables) {
      for (const a of table)
        for (const b of table) if (a < b) counts.set(`${a}|${b}`, (counts.get(`${a}|${b}`) ?? 0) + 1);
    }
  }
  return counts;
}

describe("World Café tables", () => {
  it("seat everyone once per round, 4–6 to a table, partners apart (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 20 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        (t, extra, rounds) => {
          const people = cohort(t, extra);
          const plan = planWorldCafe(people, rounds);
          expect(plan).toHaveLength(rounds);
          for (const { tables } of plan) {
            const seated = tables.flat().sort();
            expect(seated).toEqual(people.map((p) => p.userId).sort());
            if (people.length !== 7) {
              for (const table of tables) {
                expect(table.length).toBeGreaterThanOrEqual(Math.min(4, people.length));
                expect(table.length).toBeLessThanOrEqual(6);
              }
            }
            if (tables.length > 1) {
              for (const table of tables) {
                const tandemIds = table
                  .map((u) => people.find((p) => p.userId === u)?.tandemId)
                  .filter((x) => x != null);
                expect(new Set(tandemIds).size).toBe(tandemIds.length);
              }
            }
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it("is deterministic and ignores the order people are given in", () => {
    const people = cohort(9);
    expect(planWorldCafe([...people].reverse(), 3)).toEqual(planWorldCafe(people, 3));
  });

  it("mixes mentors and executives at every table", () => {
    const plan = planWorldCafe(cohort(12), 3);
    for (const { tables } of plan) {
      for (const table of tables) {
        const mentors = table.filter((u) => u.startsWith("UM")).length;
        expect(mentors).toBeGreaterThanOrEqual(2);
        expect(table.length - mentors).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("keeps repeated encounters rare across rounds", () => {
    // 24 people at four tables of six, three rounds: nobody meets anyone more than twice,
    // and most pairs who meet do so only once.
    const small = [...encounters(planWorldCafe(cohort(12), 3)).values()];
    expect(Math.max(...small)).toBeLessThanOrEqual(2);
    expect(small.filter((v) => v > 1).length).toBeLessThanOrEqual(small.length / 5);
    // 40 people at seven tables, three rounds: nobody meets anyone twice.
    const large = [...encounters(planWorldCafe(cohort(20), 3)).values()];
    expect(Math.max(...large)).toBe(1);
  });

  it("splits the room into as few tables as fit", () => {
    expect(tableSizes(4, 6)).toEqual([4]);
    expect(tableSizes(6, 6)).toEqual([6]);
    expect(tableSizes(7, 6)).toEqual([4, 3]);
    expect(tableSizes(8, 6)).toEqual([4, 4]);
    expect(tableSizes(13, 6)).toEqual([5, 4, 4]);
    expect(tableSizes(25, 6)).toEqual([5, 5, 5, 5, 5]);
  });

  describe("planned again after answers change", () => {
    const seat = (plan: readonly CafeRound[]) => {
      const out = new Map<string, string>();
      for (const r of plan) {
        r.tables.forEach((table, i) => {
          for (const u of table) out.set(`${u}@${r.round}`, String(i));
        });
      }
      return out;
    };
    const moved = (a: readonly CafeRound[], b: readonly CafeRound[]) => {
      const before = seat(a);
      let n = 0;
      for (const [k, v] of seat(b)) if (before.has(k) && before.get(k) !== v) n++;
      return n;
    };

    it("drops who declined, keeps the others where they were, and no table of two", () => {
      const people = cohort(12);
      const first = planWorldCafe(people, 3);
      const left = people.filter((p) => p.userId !== "UM3" && p.userId !== "UE7");
      const again = replanWorldCafe(left, 3, first);
      const seated = again.flatMap((r) => r.tables.flat());
      expect(seated).not.toContain("UM3");
      expect(seated).not.toContain("UE7");
      for (const r of again) {
        expect(r.tables.flat().sort()).toEqual(left.map((p) => p.userId).sort());
        for (const table of r.tables) expect(table.length).toBeGreaterThanOrEqual(4);
      }
      // 22 people in 4 tables of 6,6,5,5 → 6,6,5,5 minus two: few moves, not a reshuffle
      expect(moved(first, again)).toBeLessThanOrEqual(6);
      expect(replanWorldCafe(left, 3, first)).toEqual(again);
    });

    it("seats a late yes and dissolves a table that became too small", () => {
      const people = cohort(6);
      const first = planWorldCafe(people, 3);
      // 10 people at two tables of 5: the late yes takes a free seat, nobody moves
      const ten = planWorldCafe(cohort(5), 3);
      const late = [...cohort(5), { userId: "UM9", role: "mentor" as const, tandemId: 9 }];
      const grown = replanWorldCafe(late, 3, ten);
      for (const r of grown) expect(r.tables.flat()).toContain("UM9");
      expect(moved(ten, grown)).toBe(0);
      const few = people.slice(0, 6);
      const shrunk = replanWorldCafe(few, 3, first);
      for (const r of shrunk) expect(r.tables).toHaveLength(1);
      for (const r of replanWorldCafe(cohort(4), 3, planWorldCafe(cohort(6), 3)))
        for (const table of r.tables) expect(table.length).toBeGreaterThanOrEqual(4);
    });

    it("keeps partners apart when it plans again (property)", () => {
      fc.assert(
        fc.property(fc.integer({ min: 4, max: 14 }), fc.integer({ min: 0, max: 6 }), (t, drop) => {
          const people = cohort(t);
          const first = planWorldCafe(people, 3);
          const left = people.filter((_, i) => i % 7 !== drop);
          const again = replanWorldCafe(left, 3, first);
          for (const r of again) {
            expect(r.tables.flat().sort()).toEqual(left.map((p) => p.userId).sort());
            if (r.tables.length < 2) continue;
            for (const table of r.tables) {
              const tandems = table.map((u) => u.slice(2));
              expect(new Set(tandems).size).toBe(tandems.length);
            }
          }
        }),
        { numRuns: 25 },
      );
    });
  });
});
