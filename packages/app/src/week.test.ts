// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { Abonnement, Bezoek } from '@zorghub/schemas';
import { describe, expect, it } from 'vitest';
import { conflicts, inLanguage, periodOf, remainder, weekDays } from './week';

const sub = {
  id: 'AB-1',
  aanbiederId: 'ORG-HUB',
  afnemersoort: 'organisatie',
  abonnementsvorm: 'urenbundel',
  aantalPerPeriode: 10,
  periodeEenheid: 'maand',
  tariefInCenten: 3250,
  tariefeenheid: 'uur',
  startDatum: '2026-03-01',
  eindDatum: '2026-03-31',
} as Abonnement;

const visit = (id: string, worker: string, start: string, end: string, status = 'gepland') =>
  ({
    id,
    clientId: 'CL-1',
    deelnemerId: worker,
    dienstId: 'DI-1',
    abonnementId: 'AB-1',
    geplandStartOp: start,
    geplandEindOp: end,
    status,
  }) as Bezoek;

describe('the planner week', () => {
  it('lists Monday to Sunday of the week of a day, across a month end', () => {
    expect(weekDays('2026-04-01')).toEqual([
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
    ]);
  });

  it('finds the period of a day as the API does', () => {
    expect(periodOf('maand', '2026-02-14')).toEqual(['2026-02-01', '2026-02-28']);
    expect(periodOf('week', '2026-04-01')).toEqual(['2026-03-30', '2026-04-05']);
    expect(periodOf('kwartaal', '2026-05-20')).toEqual(['2026-04-01', '2026-06-30']);
  });

  it('counts the hours left in the month, leaving out cancelled visits and other months (by hand: 10 − 1.5 − 2 = 6.5)', () => {
    const visits = [
      visit('BZ-1', 'DN-1', '2026-03-02T10:00:00+01:00', '2026-03-02T11:30:00+01:00'),
      visit('BZ-2', 'DN-1', '2026-03-03T10:00:00+01:00', '2026-03-03T12:00:00+01:00'),
      visit(
        'BZ-3',
        'DN-1',
        '2026-03-04T10:00:00+01:00',
        '2026-03-04T14:00:00+01:00',
        'geannuleerdDoorClient',
      ),
      visit('BZ-4', 'DN-1', '2026-04-01T10:00:00+02:00', '2026-04-01T14:00:00+02:00'),
    ];
    const r = remainder(sub, visits, '2026-03-20');
    expect(r.used).toBe(3.5);
    expect(r.limit - r.used).toBe(6.5);
    expect(remainder(sub, visits, '2026-03-20', 'BZ-2').used).toBe(1.5);
  });

  it('flags a worker booked twice and a visit outside the term, not touching visits', () => {
    const visits = [
      visit('BZ-1', 'DN-1', '2026-03-02T10:00:00+01:00', '2026-03-02T11:00:00+01:00'),
      visit('BZ-2', 'DN-1', '2026-03-02T10:30:00+01:00', '2026-03-02T11:30:00+01:00'),
      visit('BZ-3', 'DN-1', '2026-03-02T11:30:00+01:00', '2026-03-02T12:00:00+01:00'),
      visit('BZ-4', 'DN-2', '2026-03-02T10:00:00+01:00', '2026-03-02T11:00:00+01:00'),
      visit('BZ-5', 'DN-3', '2026-04-02T10:00:00+02:00', '2026-04-02T11:00:00+02:00'),
    ];
    const found = conflicts(visits, new Map([['AB-1', sub]]));
    expect(Object.fromEntries(found)).toEqual({
      'BZ-1': ['dubbelGeboekt'],
      'BZ-2': ['dubbelGeboekt'],
      'BZ-5': ['buitenLooptijd'],
    });
  });

  it('shows the API message in the user language', () => {
    const d = 'Het bezoek valt buiten de looptijd / outside the term';
    expect(inLanguage(d, 'nl')).toBe('Het bezoek valt buiten de looptijd');
    expect(inLanguage(d, 'en')).toBe('outside the term');
  });
});
