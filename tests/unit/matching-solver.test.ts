import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveAssignment } from "../../src/domain/matching/solver";

/** Every assignment of rows to distinct allowed columns (or none), best by (pairs, total). */
function bruteForce(rows: number, cols: number, score: number[], allowed: number[]) {
  let best = { count: -1, total: Number.NEGATIVE_INFINITY };
  const usedCols = new Array<boolean>(cols).fill(false);
  const walk = (r: number, count: number, total: number) => {
    if (r === rows) {
      if (count > best.count || (count === best.count && total > best.total + 1e-9)) best = { count, total };
      return;
    }
    walk(r + 1, count, total);
    for (let c = 0; c < cols; c++) {
      if (usedCols[c] || allowed[r * cols + c] === 0) continue;
      usedCols[c] = true;
      walk(r + 1, count + 1, total + (score[r * cols + c] ?? 0));
      usedCols[c] = false;
    }
  };
  walk(0, 0, 0);
  return best;
}

const problem = fc
  .record({ rows: fc.integer({ min: 0, max: 6 }), cols: fc.integer({ min: 0, max: 6 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      score: fc.array(
        fc.oneof(fc.integer({ min: -5, max: 20 }), fc.double({ min: 0, max: 1, noNaN: true })),
        {
          minLength: rows * cols,
          maxLength: rows * cols,
        },
      ),
      allowed: fc.array(fc.constantFrom(0, 1, 1, 1), { minLength: rows * cols, maxLength: rows * cols }),
    }),
  );

describe("solveAssignment", () => {
  it("equals the brute-force optimum (pairs first, then total) on small random matrices", () => {
    fc.assert(
      fc.property(problem, ({ rows, cols, score, allowed }) => {
        const result = solveAssignment({
          rows,
          cols,
          score: Float64Array.from(score),
          allowed: Uint8Array.from(allowed),
        });
        const best = bruteForce(rows, cols, score, allowed);
        expect(result.count).toBe(best.count);
        // totals within 1e-9 are ties, as in the brute force above
        expect(result.total).toBeCloseTo(best.total, 8);
      }),
      { numRuns: 400 },
    );
  });

  it("never assigns a forbidden pair and never uses a row or column twice", () => {
    fc.assert(
      fc.property(problem, ({ rows, cols, score, allowed }) => {
        const result = solveAssignment({
          rows,
          cols,
          score: Float64Array.from(score),
          allowed: Uint8Array.from(allowed),
        });
        const seen = new Set<number>();
        result.rowToCol.forEach((c, r) => {
          if (c === -1) return;
          expect(allowed[r * cols + c]).toBe(1);
          expect(seen.has(c)).toBe(false);
          seen.add(c);
          expect(result.colToRow[c]).toBe(r);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("prefers pairing more people over a higher score for fewer", () => {
    // A–X 10 alone would beat A–Y + B–X (1 + 1) on score, but leaves two people out.
    const result = solveAssignment({
      rows: 2,
      cols: 2,
      score: Float64Array.from([10, 1, 1, 0]),
      allowed: Uint8Array.from([1, 1, 1, 0]),
    });
    expect(Array.from(result.rowToCol)).toEqual([1, 0]);
    expect(result.count).toBe(2);
  });

  it("leaves a row without allowed partners unassigned, on tall and wide matrices", () => {
    const wide = solveAssignment({
      rows: 2,
      cols: 3,
      score: Float64Array.from([1, 2, 3, 4, 5, 6]),
      allowed: Uint8Array.from([0, 0, 0, 1, 1, 1]),
    });
    expect(Array.from(wide.rowToCol)).toEqual([-1, 2]);
    const tall = solveAssignment({
      rows: 3,
      cols: 1,
      score: Float64Array.from([5, 9, 7]),
      allowed: Uint8Array.from([1, 0, 1]),
    });
    expect(Array.from(tall.colToRow)).toEqual([2]);
  });

  it("gives the same answer for the same input, including ties", () => {
    const input = () => ({ rows: 4, cols: 4, score: new Float64Array(16).fill(1) });
    const a = solveAssignment(input());
    const b = solveAssignment(input());
    expect(Array.from(a.rowToCol)).toEqual(Array.from(b.rowToCol));
    expect(a.count).toBe(4);
  });
});
