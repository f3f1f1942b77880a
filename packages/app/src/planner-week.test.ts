// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { Bezoek } from '@zorghub/schemas';
import { describe, expect, it } from 'vitest';
import { groupWeek, type RowProps, sameRow } from './pages/PlannerWeek';

const v = (id: string, worker: string, start: string) =>
  ({ id, deelnemerId: worker, clientId: 'CL-1', geplandStartOp: start }) as Bezoek;
const days = ['2026-03-02', '2026-03-03', '2026-03-04'];

describe('the week table', () => {
  it('groups the visits per row and day, in the order given, leaving out other weeks', () => {
    const week = [
      v('a', 'DN-1', '2026-03-02T09:00:00+01:00'),
      v('b', 'DN-2', '2026-03-03T09:00:00+01:00'),
      v('c', 'DN-1', '2026-03-02T11:00:00+01:00'),
      v('d', 'DN-1', '2026-03-09T11:00:00+01:00'),
    ];
    const g = groupWeek(week, days, (x) => x.deelnemerId);
    expect(g.get('DN-1')?.map((d) => d.map((x) => x.id))).toEqual([['a', 'c'], [], []]);
    expect(g.get('DN-2')?.map((d) => d.map((x) => x.id))).toEqual([[], ['b'], []]);
  });

  it('treats a row as unchanged only when it shows the same visit objects and conflicts', () => {
    const a = v('a', 'DN-1', '2026-03-02T09:00:00+01:00');
    const base: RowProps = {
      row: 'DN-1',
      days,
      byDay: [[a], [], []],
      flags: '',
      found: new Map(),
      view: 'worker',
      onMove: () => {},
      onCancel: () => {},
      onDrop: () => {},
    };
    expect(sameRow(base, { ...base, byDay: [[a], [], []], found: new Map() })).toBe(true);
    expect(sameRow(base, { ...base, byDay: [[{ ...a }], [], []] })).toBe(false);
    expect(sameRow(base, { ...base, flags: 'a:dubbelGeboekt' })).toBe(false);
    expect(sameRow(base, { ...base, view: 'client' })).toBe(false);
    expect(sameRow(base, { ...base, onDrop: () => {} })).toBe(false);
  });
});
