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
    // 12 people: three tables of four (not two of six), three rounds. A table of four in a later
    // round holds two people of one earlier table, so some repeats are unavoidable (at least six):
    // nobody meets anyone more than twice, and few pairs meet twice.
    const small = [...encounters(planWorldCafe(cohort(6), 3)).values()];
    expect(Math.max(...small)).toBeLessThanOrEqual(2);
    expect(small.filter((v) => v > 1).length).toBeLessThanOrEqual(10);
    // 24 people at five tables (not four of six), 40 at seven: nobody meets anyone twice.
    for (const tandems of [12, 20]) {
      const plan = planWorldCafe(cohort(tandems), 3);
      expect(Math.max(...encounters(plan).values())).toBe(1);
    }
  });

  it("seats nobody with anyone twice whenever the group size allows it (property)", () => {
    // A table of a later round holds at most one person from each table of the first, so a plan
    // without a repeat needs k tables of 4–6 people with none larger than k; rows, columns and
    // diagonals of a k × k square show that such a plan then exists for three rounds.
    const repeatFreePossible = (n: number) => {
      for (let k = 1; k <= n; k++)
        if (Math.floor(n / k) >= 4 && Math.ceil(n / k) <= Math.min(6, k)) return true;
      return false;
    };
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 60 }), fc.integer({ min: 0, max: 5 }), (size, extra) => {
        const n = Math.max(size, extra);
        const people = cohort(
          Math.floor((n - Math.min(extra, n)) / 2),
          Math.min(extra, n) + ((n - extra) % 2),
        );
        expect(people).toHaveLength(n);
        const plan = planWorldCafe(people, 3);
        for (const { tables } of plan) {
          for (const table of tables) {
            expect(table.length).toBeGreaterThanOrEqual(4);
            expect(table.length).toBeLessThanOrEqual(6);
            const tandemIds = table
              .map((u) => people.find((p) => p.userId === u)?.tandemId)
              .filter((x) => x != null);
            expect(new Set(tandemIds).size).toBe(tandemIds.length);
          }
        }
        const repeats = [...encounters(plan).values()].filter((v) => v > 1).length;
        if (repeatFreePossible(n)) expect([n, repeats]).toEqual([n, 0]);
      }),
      {
        numRuns: 8,
        examples: [
          [17, 1],
          [60, 0],
        ],
      },
    );
    // where a repeat cannot be avoided, smaller tables keep them few: 17 people at four tables
    const seventeen = [...encounters(planWorldCafe(cohort(8, 1), 3)).values()];
    expect(seventeen.filter((v) => v > 1).length).toBeLessThanOrEqual(4);
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
      // 24 people at five tables of 5,5,5,5,4 → 22 at 5,5,4,4,4: few moves, not a reshuffle
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
