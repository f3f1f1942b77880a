// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * What a reader can work out from a published two-way table with margins, written independently
 * of the suppression module: every row and column of the (R+1)×(C+1) grid is an equation (cells
 * sum to the total). First the way one would by hand — a line with one unknown gives it, a line
 * whose known total leaves its unknown cells 0 gives them all (counts are not negative), repeated
 * until nothing new — then by linear algebra: an unknown is fixed when the equations' reduced row
 * echelon form has a row with that unknown alone, and the unknowns of a row whose coefficients all
 * have one sign and whose right-hand side is 0 are all 0. Both again until nothing new.
 */

/** The grid as the reader has it: a number where published or known, null where not. */
export type Published = Array<Array<number | null>>;

const EPS = 1e-7;

function lines(rows: number, cols: number): Array<Array<[number, number, number]>> {
  // [i, j, sign]: the cells of the line (+1) and its total (−1).
  const out: Array<Array<[number, number, number]>> = [];
  for (let i = 0; i < rows; i++)
    out.push(Array.from({ length: cols }, (_, j) => [i, j, j === cols - 1 ? -1 : 1]));
  for (let j = 0; j < cols; j++)
    out.push(Array.from({ length: rows }, (_, i) => [i, j, i === rows - 1 ? -1 : 1]));
  return out;
}

/** The unknowns the reader recovers, as "i,j" → value. */
export function recover(published: Published): Map<string, number> {
  const g = published.map((r) => [...r]);
  const found = new Map<string, number>();
  while (byHand(g, found) + byAlgebra(g, found) > 0);
  return found;
}

function byHand(g: Published, found: Map<string, number>): number {
  const rows = g.length;
  const cols = g[0]!.length;
  const ls = lines(rows, cols);
  let total = 0;
  for (let progress = true; progress; ) {
    progress = false;
    for (const line of ls) {
      const unknown = line.filter(([i, j]) => g[i]![j] === null);
      if (!unknown.length) continue;
      const rest = line.reduce((a, [i, j, s]) => a + (g[i]![j] ?? 0) * s, 0);
      if (unknown.length === 1) {
        const [i, j, s] = unknown[0]!;
        g[i]![j] = -rest / s;
      } else if (unknown.every(([, , s]) => s === 1) && Math.abs(rest) < EPS) {
        for (const [i, j] of unknown) g[i]![j] = 0;
      } else continue;
      for (const [i, j] of unknown) found.set(`${i},${j}`, g[i]![j]!);
      progress = true;
      total++;
    }
  }
  return total;
}

function byAlgebra(g: Published, found: Map<string, number>): number {
  const rows = g.length;
  const cols = g[0]!.length;
  const ls = lines(rows, cols);
  const vars: Array<[number, number]> = [];
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) if (g[i]![j] === null) vars.push([i, j]);
  const index = new Map(vars.map(([i, j], k) => [`${i},${j}`, k]));
  const m: number[][] = [];
  for (const line of ls) {
    const row = new Array<number>(vars.length + 1).fill(0);
    let any = false;
    for (const [i, j, s] of line) {
      const k = index.get(`${i},${j}`);
      if (k === undefined) row[vars.length]! -= g[i]![j]! * s;
      else {
        row[k] = s;
        any = true;
      }
    }
    if (any) m.push(row);
  }
  let r = 0;
  const pivots: number[] = [];
  for (let c = 0; c < vars.length && r < m.length; c++) {
    let p = r;
    for (let k = r; k < m.length; k++) if (Math.abs(m[k]![c]!) > Math.abs(m[p]![c]!)) p = k;
    if (Math.abs(m[p]![c]!) < EPS) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    const pv = m[r]![c]!;
    for (let k = 0; k <= vars.length; k++) m[r]![k]! /= pv;
    for (let k = 0; k < m.length; k++) {
      if (k === r || Math.abs(m[k]![c]!) < EPS) continue;
      const f = m[k]![c]!;
      for (let l = 0; l <= vars.length; l++) m[k]![l]! -= f * m[r]![l]!;
    }
    pivots.push(c);
    r++;
  }
  let total = 0;
  for (let k = 0; k < pivots.length; k++) {
    const row = m[k]!;
    const rhs = row[vars.length]!;
    const terms = row.slice(0, vars.length).flatMap((v, l) => (Math.abs(v) < EPS ? [] : [l]));
    const oneSign = terms.every((l) => row[l]! > 0) || terms.every((l) => row[l]! < 0);
    const fixed: Array<[number, number]> =
      terms.length === 1
        ? [[terms[0]!, rhs / row[terms[0]!]!]]
        : oneSign && Math.abs(rhs) < EPS
          ? terms.map((l) => [l, 0])
          : [];
    for (const [l, v] of fixed) {
      const [i, j] = vars[l]!;
      if (g[i]![j] !== null) continue;
      g[i]![j] = v;
      found.set(`${i},${j}`, v);
      total++;
    }
  }
  return total;
}
