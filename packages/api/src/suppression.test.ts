// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Secondary suppression against an independent reader (test-support/disclosure-attack.ts): many
 * random tables with small cells, published the way the module says; the reader recovers none of
 * the suppressed values — while, on the same tables, suppressing only the small cells (what the
 * aggregates did before) gives many of them away.
 */
import { describe, expect, it } from 'vitest';
import {
  type MarginUse,
  type Suppressed,
  suppressLine,
  suppressTable,
  type TableSpec,
} from './suppression.js';
import { type Published, recover } from './test-support/disclosure-attack.js';

const BELOW = 5;

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomTable(rnd: () => number): TableSpec {
  const R = 1 + Math.floor(rnd() * 6);
  const C = 1 + Math.floor(rnd() * 7);
  const cells = Array.from({ length: R }, () =>
    Array.from({ length: C }, () =>
      rnd() < 0.4 ? Math.floor(rnd() * BELOW) : BELOW + Math.floor(rnd() * 80),
    ),
  );
  const use = (): MarginUse => (rnd() < 0.7 ? 'published' : 'unpublished');
  const rowTotals = use();
  const colTotals = use();
  const grandTotal = rowTotals === 'published' || colTotals === 'published' ? use() : 'unpublished';
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    cells,
    primary: cells.map((r) => r.map((v) => v < BELOW)),
    rowTotals,
    colTotals,
    grandTotal,
    primaryRowTotals: cells.map((r) => sum(r) < BELOW),
    primaryColTotals: cells[0]!.map((_, j) => sum(cells.map((r) => r[j]!)) < BELOW),
    primaryGrandTotal: sum(cells.flat()) < BELOW,
  };
}

/** The grid with margins the reader sees, and the positions that were suppressed (not merely unpublished). */
function publish(spec: TableSpec, s: Suppressed): { grid: Published; hidden: string[] } {
  const R = spec.cells.length;
  const C = spec.cells[0]!.length;
  const hidden: string[] = [];
  const show = (v: number, use: MarginUse | 'cell', sup: boolean, i: number, j: number) => {
    if (use === 'unpublished') return null;
    if (use === 'known') return v;
    if (sup) {
      hidden.push(`${i},${j}`);
      return null;
    }
    return v;
  };
  const rowSum = spec.cells.map((r) => r.reduce((a, b) => a + b, 0));
  const colSum = spec.cells[0]!.map((_, j) => spec.cells.reduce((a, r) => a + r[j]!, 0));
  const grand = rowSum.reduce((a, b) => a + b, 0);
  const grid: Published = [];
  for (let i = 0; i <= R; i++) {
    grid.push([]);
    for (let j = 0; j <= C; j++) {
      if (i < R && j < C) grid[i]!.push(show(spec.cells[i]![j]!, 'cell', s.cells[i]![j]!, i, j));
      else if (i < R) grid[i]!.push(show(rowSum[i]!, spec.rowTotals, s.rowTotals[i]!, i, j));
      else if (j < C) grid[i]!.push(show(colSum[j]!, spec.colTotals, s.colTotals[j]!, i, j));
      else grid[i]!.push(show(grand, spec.grandTotal, s.grandTotal, i, j));
    }
  }
  return { grid, hidden };
}

/** Only the primary cells: the old single-cell suppression. */
function primaryOnly(spec: TableSpec): Suppressed {
  return {
    cells: spec.primary!,
    rowTotals: spec.primaryRowTotals!,
    colTotals: spec.primaryColTotals!,
    grandTotal: !!spec.primaryGrandTotal,
  };
}

const leaked = (spec: TableSpec, s: Suppressed) => {
  const { grid, hidden } = publish(spec, s);
  const found = recover(grid);
  return hidden.filter((k) => found.has(k));
};

describe('secondary suppression', () => {
  it('leaves no suppressed value of 2,000 random tables recoverable', () => {
    const rnd = random(Number(process.env.SUPPRESSION_SEED ?? 20261203));
    const failures: string[] = [];
    let withSmall = 0;
    let leakyBefore = 0;
    for (let n = 0; n < 2000; n++) {
      const spec = randomTable(rnd);
      const s = suppressTable(spec);
      // Every small cell and every small published total is suppressed.
      for (const [i, row] of spec.cells.entries())
        for (const j of row.keys())
          if (spec.primary![i]![j] && !s.cells[i]![j])
            failures.push(`table ${n}: [${i}][${j}] shown`);
      if (spec.primary!.flat().some(Boolean)) withSmall++;
      const gone = leaked(spec, s);
      if (gone.length)
        failures.push(`table ${n} ${JSON.stringify(spec)}: recovered ${gone.join(' ')}`);
      if (leaked(spec, primaryOnly(spec)).length) leakyBefore++;
    }
    expect(failures.slice(0, 5)).toEqual([]);
    expect(withSmall).toBeGreaterThan(1500);
    // The reader is not toothless: single-cell suppression loses values in most of these tables.
    expect(leakyBefore).toBeGreaterThan(1000);
  });

  it('takes the next smallest cell of the line as the partner, and a total only when it must', () => {
    const s = suppressLine([40, 3, 12, 9, 60], [false, true, false, false, false]);
    expect(s.cells).toEqual([false, true, false, true, false]);
    expect(s.total).toBe(false);
    // One category: the only partner left is the total.
    const one = suppressLine([3, 20], [true, false], { locked: [false, true] });
    expect(one.total).toBe(true);
  });

  it('gives a line whose hidden cells would sum to 0 a non-zero partner', () => {
    const s = suppressLine([0, 0, 30, 7], [true, true, false, false]);
    expect(s.cells).toEqual([true, true, false, true]);
    const { grid } = publish(
      {
        cells: [[0, 0, 30, 7]],
        rowTotals: 'published',
        colTotals: 'unpublished',
        grandTotal: 'unpublished',
      },
      {
        cells: [[true, true, false, false]],
        rowTotals: [false],
        colTotals: [false, false, false, false],
        grandTotal: false,
      },
    );
    // Without the partner the reader knows both are 0.
    expect([...recover(grid).keys()]).toEqual(expect.arrayContaining(['0,0', '0,1']));
  });

  it('recovers a lone suppressed cell, so a pass is not for want of trying', () => {
    const grid: Published = [
      [10, null, 7, 20],
      [5, 6, null, 13],
      [15, 9, 9, 33],
    ];
    const found = recover(grid);
    expect(found.get('0,1')).toBeCloseTo(3);
    expect(found.get('1,2')).toBeCloseTo(2);
  });

  it('names a cell that is not a count', () => {
    expect(() =>
      suppressTable({
        cells: [[1, -2]],
        rowTotals: 'published',
        colTotals: 'published',
        grandTotal: 'published',
      }),
    ).toThrow(/cell \[0\]\[1\] is -2, expected a number ≥ 0/);
  });
});
