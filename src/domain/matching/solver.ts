/**
 * Rectangular linear assignment (maximization) by the Jonker–Volgenant shortest augmenting path
 * method, in the form Crouse describes ("On implementing 2D rectangular assignment algorithms",
 * 2016) and SciPy uses: O(n²·m), typed arrays, no allocation inside the loops.
 *
 * Forbidden pairs are never assigned. The solver maximizes first the number of assigned pairs and
 * then their total score; a row or column with no allowed partner stays unassigned. It does this by
 * giving forbidden cells a penalty larger than any possible difference in total score, solving the
 * complete problem, and dropping the penalized cells afterwards (see docs/decisions/matching.md).
 * The result depends only on the matrix, so the same input always gives the same assignment.
 */

export interface AssignmentProblem {
  rows: number;
  cols: number;
  /** row-major scores, rows × cols; larger is better */
  score: Float64Array;
  /** row-major, 1 = the pair may be assigned; omitted means every pair is allowed */
  allowed?: Uint8Array;
}

export interface Assignment {
  /** column of each row, or -1 */
  rowToCol: Int32Array;
  /** row of each column, or -1 */
  colToRow: Int32Array;
  /** number of assigned pairs */
  count: number;
  /** sum of the scores of the assigned pairs */
  total: number;
}

/**
 * Solves min Σ cost over a complete assignment of every row (rows ≤ cols) to a distinct column.
 * cost must be finite and non-negative. Returns the column of each row.
 */
export function solveMinCostComplete(rows: number, cols: number, cost: Float64Array): Int32Array {
  if (rows > cols) throw new Error("solveMinCostComplete needs rows <= cols");
  const u = new Float64Array(rows);
  const v = new Float64Array(cols);
  const shortest = new Float64Array(cols);
  const path = new Int32Array(cols).fill(-1);
  const col4row = new Int32Array(rows).fill(-1);
  const row4col = new Int32Array(cols).fill(-1);
  const visitedRow = new Uint8Array(rows);
  const visitedCol = new Uint8Array(cols);
  const remaining = new Int32Array(cols);

  for (let curRow = 0; curRow < rows; curRow++) {
    let minVal = 0;
    let numRemaining = cols;
    for (let it = 0; it < cols; it++) remaining[it] = cols - it - 1;
    visitedRow.fill(0);
    visitedCol.fill(0);
    shortest.fill(Number.POSITIVE_INFINITY);

    let i = curRow;
    let sink = -1;
    while (sink === -1) {
      let index = -1;
      let lowest = Number.POSITIVE_INFINITY;
      visitedRow[i] = 1;
      const base = i * cols;
      const ui = u[i] as number;
      for (let it = 0; it < numRemaining; it++) {
        const j = remaining[it] as number;
        const r = minVal + (cost[base + j] as number) - ui - (v[j] as number);
        let s = shortest[j] as number;
        if (r < s) {
          path[j] = i;
          shortest[j] = r;
          s = r;
        }
        if (s < lowest || (s === lowest && row4col[j] === -1)) {
          lowest = s;
          index = it;
        }
      }
      minVal = lowest;
      if (index === -1 || minVal === Number.POSITIVE_INFINITY) throw new Error("assignment is infeasible");
      const j = remaining[index] as number;
      if (row4col[j] === -1) sink = j;
      else i = row4col[j] as number;
      visitedCol[j] = 1;
      numRemaining -= 1;
      remaining[index] = remaining[numRemaining] as number;
    }

    u[curRow] = (u[curRow] as number) + minVal;
    for (let r = 0; r < rows; r++) {
      if (visitedRow[r] === 1 && r !== curRow) {
        u[r] = (u[r] as number) + minVal - (shortest[col4row[r] as number] as number);
      }
    }
    for (let c = 0; c < cols; c++) {
      if (visitedCol[c] === 1) v[c] = (v[c] as number) - (minVal - (shortest[c] as number));
    }

    let j = sink;
    for (;;) {
      const r = path[j] as number;
      row4col[j] = r;
      const previous = col4row[r] as number;
      col4row[r] = j;
      j = previous;
      if (r === curRow) break;
    }
  }
  return col4row;
}

/** Maximizes (pairs, total score) lexicographically; forbidden pairs are never assigned. */
export function solveAssignment(problem: AssignmentProblem): Assignment {
  const { rows, cols, score, allowed } = problem;
  const rowToCol = new Int32Array(rows).fill(-1);
  const colToRow = new Int32Array(cols).fill(-1);
  if (rows === 0 || cols === 0) return { rowToCol, colToRow, count: 0, total: 0 };
  if (score.length !== rows * cols) throw new Error("score has the wrong size");
  if (allowed && allowed.length !== rows * cols) throw new Error("allowed has the wrong size");

  let max = Number.NEGATIVE_INFINITY;
  let min = Number.POSITIVE_INFINITY;
  for (let k = 0; k < score.length; k++) {
    if (allowed && allowed[k] === 0) continue;
    const s = score[k] as number;
    if (!Number.isFinite(s)) throw new Error("scores must be finite");
    if (s > max) max = s;
    if (s < min) min = s;
  }
  if (max === Number.NEGATIVE_INFINITY) return { rowToCol, colToRow, count: 0, total: 0 };

  // Solve with the smaller side as rows; cost = max − score ≥ 0. A forbidden cell costs more than
  // every allowed assignment together could differ by, so one more allowed pair always wins.
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  const penalty = (max - min + 1) * (n + 1);
  const cost = new Float64Array(n * m);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < m; b++) {
      const k = transpose ? b * cols + a : a * cols + b;
      cost[a * m + b] = allowed && allowed[k] === 0 ? max - min + penalty : max - (score[k] as number);
    }
  }
  const assigned = solveMinCostComplete(n, m, cost);

  let count = 0;
  let total = 0;
  for (let a = 0; a < n; a++) {
    const b = assigned[a] as number;
    const r = transpose ? b : a;
    const c = transpose ? a : b;
    const k = r * cols + c;
    if (allowed && allowed[k] === 0) continue;
    rowToCol[r] = c;
    colToRow[c] = r;
    count += 1;
    total += score[k] as number;
  }
  return { rowToCol, colToRow, count, total };
}
