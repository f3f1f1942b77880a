// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { Abonnement, Bezoek } from '@zorghub/schemas';
import { describe, expect, it } from 'vitest';
import { localIso, MAX_SERIES, occurrences, previewSeries } from './recurrence';

const sub = {
  id: 'AB-1',
  aanbiederId: 'ORG-HUB',
  afnemersoort: 'organisatie',
  abonnementsvorm: 'urenbundel',
  aantalPerPeriode: 5,
  periodeEenheid: 'maand',
  tariefInCenten: 3250,
  tariefeenheid: 'uur',
  startDatum: '2026-03-01',
  eindDatum: '2026-04-30',
} as Abonnement;

const visit = (id: string, worker: string, day: string, from: string, to: string) =>
  ({
    id,
    clientId: 'CL-1',
    deelnemerId: worker,
    dienstId: 'DI-1',
    abonnementId: 'AB-1',
    geplandStartOp: localIso(day, from),
    geplandEindOp: localIso(day, to),
    status: 'gepland',
  }) as Bezoek;

describe('recurring visits', () => {
  it('gives every Tuesday from a date until an end date, the end date included', () => {
    // 2026-03-03 is a Tuesday
    const { days } = occurrences({
      weekdays: [2],
      time: '10:00',
      minutes: 60,
      from: '2026-03-01',
      until: '2026-03-31',
    });
    expect(days).toEqual(['2026-03-03', '2026-03-10', '2026-03-17', '2026-03-24', '2026-03-31']);
  });

  it('gives a count of visits over several weekdays, in date order', () => {
    const { days } = occurrences({
      weekdays: [4, 1],
      time: '10:00',
      minutes: 60,
      from: '2026-03-03',
      count: 4,
    });
    expect(days).toEqual(['2026-03-05', '2026-03-09', '2026-03-12', '2026-03-16']);
  });

  it('stops at the series limit and says so, and gives nothing without a weekday', () => {
    const long = occurrences({
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      time: '10:00',
      minutes: 60,
      from: '2026-01-01',
      until: '2026-12-31',
    });
    expect(long.days).toHaveLength(MAX_SERIES);
    expect(long.truncated).toBe(true);
    expect(
      occurrences({ weekdays: [], time: '10:00', minutes: 60, from: '2026-01-01' }).days,
    ).toEqual([]);
  });

  it('counts the hours left per period in order: the first fit, the rest overbook, the term is kept', () => {
    const existing = [visit('BZ-1', 'DN-1', '2026-03-02', '09:00', '11:00')]; // 2 of 5 h in March
    const { planned, periods } = previewSeries(
      { weekdays: [2], time: '10:00', minutes: 90, from: '2026-03-01', until: '2026-05-12' },
      sub,
      existing,
      'DN-1',
    );
    const fate = Object.fromEntries(planned.map((p) => [p.day, p.fate ?? 'ok']));
    // March: 3 h left, 1.5 h each: two fit; April: 5 h, three fit; May: outside the term
    expect(fate).toEqual({
      '2026-03-03': 'ok',
      '2026-03-10': 'ok',
      '2026-03-17': 'overboekt',
      '2026-03-24': 'overboekt',
      '2026-03-31': 'overboekt',
      '2026-04-07': 'ok',
      '2026-04-14': 'ok',
      '2026-04-21': 'ok',
      '2026-04-28': 'overboekt',
      '2026-05-05': 'buitenLooptijd',
      '2026-05-12': 'buitenLooptijd',
    });
    expect(periods.map((p) => [p.period[0], p.usedBefore, p.fits, p.over])).toEqual([
      ['2026-03-01', 2, 2, 3],
      ['2026-04-01', 0, 3, 1],
    ]);
  });

  it("marks the dates the worker is already booked, and only that worker's", () => {
    const existing = [
      visit('BZ-1', 'DN-1', '2026-03-10', '10:30', '11:00'),
      visit('BZ-2', 'DN-2', '2026-03-17', '10:00', '11:00'),
      visit('BZ-3', 'DN-1', '2026-03-24', '11:00', '12:00'), // touches, does not overlap
    ];
    const { planned } = previewSeries(
      { weekdays: [2], time: '10:00', minutes: 60, from: '2026-03-10', count: 3 },
      { ...sub, aantalPerPeriode: 100 },
      existing,
      'DN-1',
    );
    expect(planned.map((p) => p.doubleBooked)).toEqual([true, false, false]);
  });
});
