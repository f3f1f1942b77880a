// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Which cells of the monitoring summary are suppressed: the summary is a month (cohort) × measure
 * table whose hub total is published, and some measures add up within a cohort (intake = still in
 * training + dropped out + completed; placed = at work + the leavers per destination). So it is
 * protected as these tables (suppression.ts), not cell by cell:
 * - cohort × (in training, dropped out, completed), row totals the intake, column totals the hub's;
 * - cohort × (at work, leavers per destination), row totals the number placed;
 * - cohort × participants, and cohort × each sum (hours, contacts, person-years), with the hub total.
 * Primary cells: a count under {@link SUPPRESS_BELOW}; a sum of a cohort of fewer people. The
 * records of no known participant (cohort '?') are not shown but counted in the hub total: they
 * are taken as known to the reader, so they never hide anything.
 */
import type { CohortActuals } from '@zorghub/business-case';
import { suppressLine, suppressTable, type TableSpec } from '../suppression.js';
import { SUPPRESS_BELOW } from './aggregates.js';

export type Cohort = Omit<CohortActuals, 'cohort' | 'scenarioCohort'>;

export const PEOPLE = {
  aantalDeelnemers: (c: Cohort) => c.participants,
  instroom: (c: Cohort) => c.intake,
  inTraining: (c: Cohort) => c.stillInTraining,
  uitvalTraining: (c: Cohort) => c.trainingDropouts,
  trainingAfgerond: (c: Cohort) => c.completedTraining,
  geplaatst: (c: Cohort) => c.placed,
  aanHetWerk: (c: Cohort) => c.atWorkAtEnd,
} as const;
export type PeopleKey = keyof typeof PEOPLE;

/** The sums, with the digits they are shown with. */
export const SUMS = {
  persoonsjarenAanHetWerk: [(c: Cohort) => c.personYearsAtWork, 2],
  contracturen: [(c: Cohort) => c.contractHours, 1],
  gewerkteUren: [(c: Cohort) => c.workedHours, 1],
  declarabeleUren: [(c: Cohort) => c.declarableHours, 1],
  coachingcontacten: [(c: Cohort) => c.coachingContacts, 0],
  signalen: [(c: Cohort) => c.signals.signals, 0],
  signalenBevestigd: [(c: Cohort) => c.signals.acknowledged, 0],
  uitgevoerdeBezoeken: [(c: Cohort) => c.visits, 0],
} as const satisfies Record<string, readonly [(c: Cohort) => number, number]>;
export type SumKey = keyof typeof SUMS;

export interface Hidden {
  people: Record<PeopleKey, boolean>;
  sums: Record<SumKey, boolean>;
  uitstroom: Record<string, boolean>;
}

const small = (n: number) => n < SUPPRESS_BELOW;

/** The suppression pattern, or everything hidden when no pattern can protect the table. */
function safely<T>(run: () => T, all: () => T): T {
  try {
    return run();
  } catch {
    return all();
  }
}

/** The hidden cells of the hub total (`total`) and of every cohort, in the order given. */
export function suppressMonitoring(
  total: Cohort,
  cohorts: Array<Cohort & { cohort: string }>,
): { total: Hidden; cohorts: Hidden[] } {
  const known = cohorts.map((c) => c.cohort === '?');
  const blank = (): Hidden => ({
    people: {} as Hidden['people'],
    sums: {} as Hidden['sums'],
    uitstroom: {},
  });
  const out = { total: blank(), cohorts: cohorts.map(blank) };

  // Lines: participants, and every sum, over the cohorts with the hub total.
  const line = (values: number[], primary: boolean[], primaryTotal: boolean) =>
    safely(
      () => suppressLine(values, primary, { locked: known, primaryTotal }),
      () => ({ cells: known.map((k) => !k), total: true }),
    );
  const people = line(
    cohorts.map(PEOPLE.aantalDeelnemers),
    cohorts.map((c, i) => !known[i] && small(c.participants)),
    small(total.participants),
  );
  out.total.people.aantalDeelnemers = people.total;
  people.cells.forEach((h, i) => {
    out.cohorts[i]!.people.aantalDeelnemers = h;
  });
  for (const [key, [get]] of Object.entries(SUMS) as Array<[SumKey, (typeof SUMS)[SumKey]]>) {
    const s = line(
      cohorts.map(get),
      cohorts.map((c, i) => !known[i] && small(c.participants)),
      small(total.participants),
    );
    out.total.sums[key] = s.total;
    s.cells.forEach((h, i) => {
      out.cohorts[i]!.sums[key] = h;
    });
  }

  // Two-way tables: row totals and columns per cohort, with the hub's column totals.
  const table = (
    rowTotal: PeopleKey,
    columns: Array<{ key: string; get: (c: Cohort) => number | undefined }>,
    put: (h: Hidden, key: string, hidden: boolean) => void,
  ) => {
    const cells = cohorts.map((c) => columns.map((col) => col.get(c) ?? 0));
    // A column a cohort has no entry for shows nothing: the reader takes it as 0.
    const absent = cohorts.map((c, i) =>
      columns.map((col) => known[i] || col.get(c) === undefined),
    );
    const spec: TableSpec = {
      cells,
      primary: cells.map((r, i) => r.map((v, j) => !absent[i]![j] && small(v))),
      locked: absent,
      rowTotals: 'published',
      colTotals: 'published',
      grandTotal: 'published',
      lockedRowTotals: known,
      primaryRowTotals: cohorts.map((c, i) => !known[i] && small(PEOPLE[rowTotal](c))),
      primaryColTotals: columns.map((col) => small(col.get(total) ?? 0)),
      primaryGrandTotal: small(PEOPLE[rowTotal](total)),
    };
    const s = safely(
      () => suppressTable(spec),
      () => ({
        cells: absent.map((r) => r.map((a) => !a)),
        rowTotals: known.map((k) => !k),
        colTotals: columns.map(() => true),
        grandTotal: true,
      }),
    );
    cohorts.forEach((_, i) => {
      const h = out.cohorts[i]!;
      h.people[rowTotal] = s.rowTotals[i]!;
      for (const [j, col] of columns.entries()) put(h, col.key, s.cells[i]![j]!);
    });
    out.total.people[rowTotal] = s.grandTotal;
    for (const [j, col] of columns.entries()) put(out.total, col.key, s.colTotals[j]!);
  };
  const asPeople = (h: Hidden, key: string, hidden: boolean) => {
    h.people[key as PeopleKey] = hidden;
  };
  table(
    'instroom',
    (['inTraining', 'uitvalTraining', 'trainingAfgerond'] as const).map((key) => ({
      key,
      get: PEOPLE[key],
    })),
    asPeople,
  );
  const destinations = [
    ...new Set([total, ...cohorts].flatMap((c) => Object.keys(c.leaversByDataDestination))),
  ].sort();
  table(
    'geplaatst',
    [
      { key: 'aanHetWerk', get: PEOPLE.aanHetWerk },
      ...destinations.map((d) => ({
        key: `uitstroom:${d}`,
        get: (c: Cohort) => c.leaversByDataDestination[d],
      })),
    ],
    (h, key, hidden) => {
      if (key.startsWith('uitstroom:')) h.uitstroom[key.slice('uitstroom:'.length)] = hidden;
      else asPeople(h, key, hidden);
    },
  );
  return out;
}
