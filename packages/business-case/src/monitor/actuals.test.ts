// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { codelists } from '@zorghub/schemas';
import { describe, expect, it } from 'vitest';
import { collectActuals } from './actuals.js';
import { DESTINATION_CROSSWALK } from './crosswalk.js';
import type { MonitorRecord } from './types.js';

/** A small hand-made package of one cohort (2024-01), counted up to 31 March 2024. */
function* handMade(): Generator<MonitorRecord> {
  yield { entity: 'datapakket', record: { aangemaaktOp: '2024-03-31T12:00:00+02:00' } };
  yield {
    entity: 'abonnement',
    record: {
      id: 'AB-1',
      abonnementsvorm: 'urenbundel',
      aantalPerPeriode: 40,
      periodeEenheid: 'maand',
      tariefeenheid: 'uur',
      startDatum: '2024-02-15',
    },
  };
  const person = (id: string, extra: Record<string, unknown>): MonitorRecord => ({
    entity: 'deelnemer',
    record: {
      id,
      werkgeverId: 'ORG-1',
      cohort: '2024-01',
      gemeentecode: 'GM0503',
      aanmeldDatum: '2023-12-01',
      ...extra,
    },
  });
  yield person('DN-1', {
    status: 'inDienst',
    trainingStartDatum: '2024-01-08',
    indienstDatum: '2024-02-01',
    contracturenPerWeek: 20,
  });
  yield person('DN-2', {
    status: 'uitgestroomd',
    trainingStartDatum: '2024-01-08',
    indienstDatum: '2024-02-01',
    contracturenPerWeek: 10,
    uitstroomDatum: '2024-03-16',
    uitstroombestemming: 'regulierWerkElders',
  });
  yield person('DN-3', {
    status: 'uitgevallen',
    trainingStartDatum: '2024-01-08',
    uitstroomDatum: '2024-01-20',
    uitstroombestemming: 'geenWerk',
  });
  yield person('DN-4', { status: 'kandidaat' });
  const hours = (
    deelnemerId: string,
    werkDatum: string,
    uren: number,
    urensoort: string,
  ): MonitorRecord => ({
    entity: 'urenregistratie',
    record: { id: `UR-${werkDatum}-${urensoort}`, deelnemerId, werkDatum, uren, urensoort },
  });
  yield hours('DN-1', '2024-02-09', 8, 'dienstverlening');
  yield hours('DN-1', '2024-02-09', 2, 'reistijd');
  yield hours('DN-2', '2024-03-01', 4, 'dienstverlening');
  yield hours('DN-1', '2024-03-08', 5, 'verlof');
  yield {
    entity: 'coachingcontact',
    record: {
      id: 'CO-1',
      deelnemerId: 'DN-1',
      contactDatum: '2024-02-14',
      duurMinuten: 90,
      naUitstroom: false,
    },
  };
  yield {
    entity: 'coachingcontact',
    record: {
      id: 'CO-2',
      deelnemerId: 'DN-2',
      contactDatum: '2024-03-20',
      duurMinuten: 30,
      naUitstroom: true,
    },
  };
  yield {
    entity: 'bezoek',
    record: {
      id: 'BZ-1',
      deelnemerId: 'DN-1',
      status: 'uitgevoerd',
      werkelijkStartOp: '2024-02-12T10:00:00+01:00',
      werkelijkEindOp: '2024-02-12T11:30:00+01:00',
    },
  };
  yield {
    entity: 'bezoek',
    record: { id: 'BZ-2', deelnemerId: 'DN-1', status: 'geannuleerdDoorClient' },
  };
  yield {
    entity: 'bezoek',
    record: {
      id: 'BZ-3',
      deelnemerId: 'DN-2',
      status: 'uitgevoerd',
      werkelijkStartOp: '2024-03-04T09:00:00+01:00',
      werkelijkEindOp: '2024-03-04T10:15:00+01:00',
    },
  };
  yield {
    entity: 'signaal',
    record: {
      id: 'SG-1',
      deelnemerId: 'DN-1',
      gemeldOp: '2024-02-12T12:00:00+01:00',
      ontvangenOp: '2024-02-12T14:30:00+01:00',
    },
  };
  yield {
    entity: 'signaal',
    record: { id: 'SG-2', deelnemerId: 'DN-9', gemeldOp: '2024-03-05T12:00:00+01:00' },
  };
  yield {
    entity: 'factuur',
    record: {
      id: 'FA-1',
      status: 'betaald',
      periodeStartDatum: '2024-02-01',
      totaalExclBtwInCenten: 5000,
      regels: [{ aantal: 1.5, eenheid: 'uur', bedragExclBtwInCenten: 5000 }],
    },
  };
  yield {
    entity: 'factuur',
    record: {
      id: 'FA-2',
      status: 'gecrediteerd',
      periodeStartDatum: '2024-02-01',
      totaalExclBtwInCenten: 9999,
    },
  };
}

describe('actuals of a hand-made package', () => {
  it('match the hand computation', async () => {
    const a = await collectActuals(handMade());
    expect(a.asOf).toBe('2024-03-31'); // the manifest's aangemaaktOp
    expect(a.firstPeriod).toBe('2024-01'); // training start 8 January
    expect(a.lastPeriod).toBe('2024-03');
    const c = a.cohorts.find((x) => x.cohort === '2024-01')!;
    // 4 participants; DN-4 never started training: intake 3; DN-3 dropped out; DN-1, DN-2 placed.
    expect([c.participants, c.intake, c.trainingDropouts, c.completedTraining, c.placed]).toEqual([
      4, 3, 1, 2, 2,
    ]);
    expect(c.atWorkAtEnd).toBe(1); // DN-2 left on 16 March
    // person-months: DN-1 February + March = 2; DN-2 February 1 + 15 of 31 March days
    // = 3 + 15/31 = 3.48387 → person-years 0.290323
    expect(c.personYearsAtWork).toBeCloseTo((3 + 15 / 31) / 12, 9);
    // contract hours: 2 × 52/12 × 20 = 173.333 plus (1 + 15/31) × 52/12 × 10 = 64.301 → 237.634
    expect(c.contractHours).toBeCloseTo(2 * (52 / 12) * 20 + (1 + 15 / 31) * (52 / 12) * 10, 9);
    expect(c.meanContractHoursPerWeek).toBe(15); // (20 + 10) / 2
    // worked 8 + 2 + 4 = 14 (leave left out), declarable 8 + 4 = 12
    expect([c.workedHours, c.declarableHours]).toEqual([14, 12]);
    // coaching 90 + 30 minutes = 2 h; in the first year, outflow left out: 1.5 h
    expect([c.coachingContacts, c.coachingHours, c.coachingHoursYear1]).toEqual([2, 2, 1.5]);
    // DN-2 to a regular job elsewhere after 44 days (under three months)
    expect(c.leavers).toEqual({
      'regulier-werk': 1,
      'ander-werk': 0,
      'terug-naar-uitkering': 0,
      uitval: 0,
    });
    expect(c.leaversByDataDestination).toEqual({ regulierWerkElders: 1 });
    expect(c.outflowTiming.under3Months).toBe(1);
    // visits executed: 1.5 h + 1.25 h; the cancelled one does not count
    expect([c.visits, c.visitHours]).toEqual([2, 2.75]);
    // one signal acknowledged after 2.5 hours; the other belongs to an unknown participant
    expect(c.signals).toMatchObject({ signals: 1, acknowledged: 1, meanHours: 2.5 });
    expect(c.signals.within.h4).toBe(1);
    const unknown = a.cohorts.find((x) => x.cohort === '?')!;
    expect(unknown.signals).toMatchObject({ signals: 1, acknowledged: 0, meanHours: null });
    // per month: January intake 3 and dropout 1; February 2 placements; March 1 leaver
    const month = (p: string) => c.periods.find((x) => x.period === p)!;
    expect([month('2024-01').intake, month('2024-01').trainingDropouts]).toEqual([3, 1]);
    expect(month('2024-02').placements).toBe(2);
    expect(month('2024-02').personMonthsAtWork).toBeCloseTo(2, 9);
    expect(month('2024-03').personMonthsAtWork).toBeCloseTo(1 + 15 / 31, 9);
    expect(month('2024-03').leavers['regulier-werk']).toBe(1);
    // subscription: 40 h a month from 15 February: 15/29 × 40 = 20.69 in February, 40 in March
    expect(a.subscriptions.hoursSold).toBeCloseTo((15 / 29) * 40 + 40, 9);
    expect(a.subscriptions.hoursPerSubscriptionYear).toBeCloseTo(480, 9);
    expect(a.subscriptions.hoursUsed).toBe(2.75);
    // invoices: the credited one is left out; € 50 for 1.5 h = € 33.33 an hour
    expect(a.invoices).toMatchObject({
      count: 1,
      revenue: 50,
      invoicedHours: 1.5,
      creditedOrDraftLeftOut: 1,
    });
    expect(a.invoices.pricePerHour).toBeCloseTo(50 / 1.5, 9);
    expect(a.total.periods.find((p) => p.period === '2024-02')!.revenueInvoiced).toBe(50);
    expect(a.municipalities).toEqual({ GM0503: 4 });
  });

  it('counts up to another date when asked', async () => {
    const a = await collectActuals(handMade(), { asOf: '2024-02-29' });
    // only February: DN-1 and DN-2 one person-month each
    expect(a.total.personYearsAtWork).toBeCloseTo(2 / 12, 9);
  });
});

describe('destination crosswalk', () => {
  it('names only codes of the standard codelist uitstroombestemming', () => {
    const list = codelists.uitstroombestemming;
    expect(list).toBeDefined();
    const codes = new Set(list!.codes.map((c) => c.code));
    for (const key of Object.keys(DESTINATION_CROSSWALK)) expect(codes.has(key), key).toBe(true);
  });
});
