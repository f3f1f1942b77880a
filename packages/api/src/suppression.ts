// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Secondary suppression of a two-way table with margins (statistical disclosure control). A cell
 * under the threshold is suppressed (primary); then more cells are suppressed (secondary) until no
 * suppressed value can be worked out from what is published: not from a row or column total, not
 * by differences between lines, not by combining them.
 *
 * The method is the classical one for two-way tables: write the table with its margins as an
 * (R+1)×(C+1) grid in which every row and every column is an equation (cells sum to the total).
 * Take the rows and the columns as the nodes of a bipartite graph and each suppressed cell as an
 * edge between its row and its column. The published values fix every suppressed cell that is a
 * bridge of that graph (on no cycle) and none that lies on a cycle: the cycle is a direction in
 * which the suppressed values can move (+d, −d alternately) while every equation still holds. So
 * the rule is "every suppressed cell on a cycle of suppressed cells", which implies at least two
 * suppressed cells in every line that has one. A bridge is closed into a cycle along the cheapest
 * path (Dijkstra; a cell costs its value, so the smallest cells are taken and totals come last).
 * A line whose known total leaves its suppressed cells nothing (all of them 0) also gives them
 * away, since counts are not negative: such a line gets one more, non-zero, cell.
 *
 * Margins that are not published (say, a count per cohort of which only the breakdown is shown)
 * are unknowns to the reader: they take part in the equations as suppressed cells that need no
 * protection of their own. Values the reader knows without seeing them (or that must stay
 * visible) are `locked`: never chosen as a partner.
 */

/** How a margin (the row totals, the column totals or the grand total) is shown. */
export type MarginUse = 'published' | 'unpublished' | 'known';

export interface TableSpec {
  /** R rows × C columns of non-negative values. */
  cells: number[][];
  /** The cells that must be suppressed (under the threshold); by default none. */
  primary?: boolean[][];
  /** Cells that must stay visible (or that the reader knows anyway): never a secondary choice. */
  locked?: boolean[][];
  /** The row totals (one per row, the sum of the row's cells). */
  rowTotals: MarginUse;
  /** The column totals (one per column). */
  colTotals: MarginUse;
  /** The grand total. */
  grandTotal: MarginUse;
  /** Row or column totals the reader knows without seeing them: never a secondary choice. */
  lockedRowTotals?: boolean[];
  lockedColTotals?: boolean[];
  /** Margin totals that must be suppressed too (e.g. the total of a small cohort). */
  primaryRowTotals?: boolean[];
  primaryColTotals?: boolean[];
  primaryGrandTotal?: boolean;
}

export interface Suppressed {
  cells: boolean[][];
  rowTotals: boolean[];
  colTotals: boolean[];
  grandTotal: boolean;
}

type State = 'open' | 'suppressed' | 'free' | 'locked';

interface Grid {
  rows: number; // R+1 (last: the column totals)
  cols: number; // C+1 (last: the row totals)
  value: number[][];
  state: State[][];
}

function grid(spec: TableSpec): Grid {
  const R = spec.cells.length;
  const C = spec.cells[0]?.length ?? 0;
  const value: number[][] = [];
  const state: State[][] = [];
  const use = (u: MarginUse, primary: boolean | undefined, locked?: boolean): State =>
    u === 'unpublished'
      ? 'free'
      : u === 'known' || (locked && !primary)
        ? 'locked'
        : primary
          ? 'suppressed'
          : 'open';
  for (let i = 0; i <= R; i++) {
    value.push([]);
    state.push([]);
    for (let j = 0; j <= C; j++) {
      if (i < R && j < C) {
        const v = spec.cells[i]![j]!;
        if (!(Number.isFinite(v) && v >= 0))
          throw new Error(`suppression: cell [${i}][${j}] is ${v}, expected a number ≥ 0`);
        value[i]!.push(v);
        state[i]!.push(
          spec.primary?.[i]?.[j] ? 'suppressed' : spec.locked?.[i]?.[j] ? 'locked' : 'open',
        );
      } else if (i < R) {
        value[i]!.push(spec.cells[i]!.reduce((a, b) => a + b, 0));
        state[i]!.push(use(spec.rowTotals, spec.primaryRowTotals?.[i], spec.lockedRowTotals?.[i]));
      } else if (j < C) {
        value[i]!.push(spec.cells.reduce((a, row) => a + row[j]!, 0));
        state[i]!.push(use(spec.colTotals, spec.primaryColTotals?.[j], spec.lockedColTotals?.[j]));
      } else {
        value[i]!.push(spec.cells.flat().reduce((a, b) => a + b, 0));
        state[i]!.push(use(spec.grandTotal, spec.primaryGrandTotal));
      }
    }
  }
  return { rows: R + 1, cols: C + 1, value, state };
}

const hidden = (s: State) => s === 'suppressed' || s === 'free';

/**
 * The sign with which a cell's value moves along a cycle: a total enters its line with −1, so a
 * row or column total moves opposite to the cells (the grand total is in two total lines: +1).
 */
const flip = (g: Grid, i: number, j: number) =>
  (i === g.rows - 1) !== (j === g.cols - 1) ? -1 : 1;

/**
 * The cost of using cell (i, j) on a cycle, traversed from its row to its column (`rowToCol`):
 * along the cycle the cells' values go up and down in turn, and one that goes down must be above 0
 * (counts are not negative). 0 for a cell already hidden, its value + 1 for an open one.
 */
function stepCost(g: Grid, i: number, j: number, rowToCol: boolean, onlyHidden: boolean): number {
  const st = g.state[i]![j]!;
  if (st === 'locked' || (onlyHidden && !hidden(st))) return Number.POSITIVE_INFINITY;
  const down = (rowToCol ? 1 : -1) * flip(g, i, j) < 0;
  if (down && !(g.value[i]![j]! > 0)) return Number.POSITIVE_INFINITY;
  return hidden(st) ? 0 : g.value[i]![j]! + 1;
}

/**
 * The cheapest cycle through hidden cell (r, c) along which its value can move (up, or down),
 * every other value staying ≥ 0 and every line's total holding: the cells on it, or undefined.
 * Nodes: rows 0..rows-1, columns rows..rows+cols-1; a cycle goes row → column → row ….
 */
function cheapestCycle(
  g: Grid,
  r: number,
  c: number,
  onlyHidden: boolean,
): { cost: number; cells: Array<[number, number]> } | undefined {
  let best: { cost: number; cells: Array<[number, number]> } | undefined;
  for (const up of [true, false]) {
    // Cell (r, c) traversed row → column (its y-direction +) or column → row.
    const own = stepCost(g, r, c, up, onlyHidden);
    if (own === Number.POSITIVE_INFINITY) continue;
    const from = up ? g.rows + c : r;
    const to = up ? r : g.rows + c;
    const N = g.rows + g.cols;
    const dist = new Array<number>(N).fill(Number.POSITIVE_INFINITY);
    const prev = new Array<number>(N).fill(-1);
    const done = new Array<boolean>(N).fill(false);
    dist[from] = 0;
    for (;;) {
      let n = -1;
      for (let k = 0; k < N; k++) if (!done[k] && (n < 0 || dist[k]! < dist[n]!)) n = k;
      if (n < 0 || dist[n] === Number.POSITIVE_INFINITY || n === to) break;
      done[n] = true;
      const isRow = n < g.rows;
      for (let k = 0; k < (isRow ? g.cols : g.rows); k++) {
        const [i, j] = isRow ? [n, k] : [k, n - g.rows];
        if (i === r && j === c) continue;
        const m = isRow ? g.rows + k : k;
        const d = dist[n]! + stepCost(g, i, j, isRow, onlyHidden);
        if (d < dist[m]!) {
          dist[m] = d;
          prev[m] = n;
        }
      }
    }
    if (dist[to] === Number.POSITIVE_INFINITY) continue;
    if (!best || dist[to]! < best.cost) {
      const cells: Array<[number, number]> = [];
      for (let m = to; m !== from; m = prev[m]!) {
        const n = prev[m]!;
        cells.push(n < g.rows ? [n, m - g.rows] : [m, n - g.rows]);
      }
      best = { cost: dist[to]!, cells };
    }
  }
  return best;
}

/** Which cells and totals of the table to suppress (primary and secondary). */
export function suppressTable(spec: TableSpec): Suppressed {
  const g = grid(spec);
  // Each hidden cell that cannot move yet gets the cheapest cycle that lets it; adding cells never
  // takes a cycle away, so every pass protects one more cell and the loop ends.
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < g.rows; i++)
      for (let j = 0; j < g.cols; j++) {
        if (g.state[i]![j] !== 'suppressed' || cheapestCycle(g, i, j, true)) continue;
        const cycle = cheapestCycle(g, i, j, false);
        if (!cycle)
          throw new Error(
            `suppression: cell [${i}][${j}] cannot be protected (only locked or zero cells left)`,
          );
        for (const [a, b] of cycle.cells)
          if (g.state[a]![b] === 'open') g.state[a]![b] = 'suppressed';
        changed = true;
      }
  }
  const R = g.rows - 1;
  const C = g.cols - 1;
  const sup = (i: number, j: number) => g.state[i]![j] === 'suppressed';
  return {
    cells: Array.from({ length: R }, (_, i) => Array.from({ length: C }, (_, j) => sup(i, j))),
    rowTotals: Array.from({ length: R }, (_, i) => sup(i, C)),
    colTotals: Array.from({ length: C }, (_, j) => sup(R, j)),
    grandTotal: sup(R, C),
  };
}

/**
 * A breakdown with its total (one line: cells summing to the total), the common case: which cells
 * and whether the total must be suppressed. `locked` cells are known to the reader.
 */
export function suppressLine(
  values: number[],
  primary: boolean[],
  opts: { totalPublished?: boolean; locked?: boolean[]; primaryTotal?: boolean } = {},
): { cells: boolean[]; total: boolean } {
  const s = suppressTable({
    cells: [values],
    primary: [primary],
    locked: [opts.locked ?? values.map(() => false)],
    rowTotals: opts.totalPublished === false ? 'unpublished' : 'published',
    colTotals: 'unpublished',
    grandTotal: 'unpublished',
    primaryRowTotals: [!!opts.primaryTotal],
  });
  return { cells: s.cells[0]!, total: s.rowTotals[0]! };
}
