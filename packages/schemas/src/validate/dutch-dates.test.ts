// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Dates as Excel shows them in Dutch are errors that name the ISO form they would be. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../index.js';
import { amsterdamOffset, isoForm } from './dutch-dates.js';
import { convertFile, validatePaths } from './index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zorghub-dates-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('Dutch dates', { timeout: 60_000 }, () => {
  it('give their ISO form (hand-computed, with the summer and winter offsets of Amsterdam)', () => {
    expect(isoForm('31-5-2022', 'date')).toBe('2022-05-31');
    expect(isoForm('01-06-2022', 'date')).toBe('2022-06-01');
    expect(isoForm('1-6-2022 09:00', 'date-time')).toBe('2022-06-01T09:00:00+02:00');
    expect(isoForm('15-01-2022 09:00:15', 'date-time')).toBe('2022-01-15T09:00:15+01:00');
    expect(isoForm('2022-06-01T09:00', 'date-time')).toBe('2022-06-01T09:00:00+02:00');
    expect(isoForm('2022-12-24 18:30:00', 'date-time')).toBe('2022-12-24T18:30:00+01:00');
    // the last Sunday of October 2022, 02:30 happens twice: the earlier (summer) one is meant
    expect(amsterdamOffset(2022, 10, 30, 2, 30)).toBe('+02:00');
    expect(amsterdamOffset(2022, 10, 30, 3, 30)).toBe('+01:00');
    expect(isoForm('31-2-2022', 'date')).toBeUndefined();
    expect(isoForm('5/31/2022', 'date')).toBeUndefined();
    expect(isoForm('31-5-2022', 'date-time')).toBeUndefined(); // no time: no guess
    expect(isoForm('gisteren', 'date')).toBeUndefined();
  });

  it('are errors whose message and suggestion state the ISO form', async () => {
    const base = (getSchema('bezoek').examples as Record<string, unknown>[])[0]!;
    const records = [
      { ...base, id: 'BZ-800001', geplandStartOp: '1-6-2022 09:00' },
      { ...base, id: 'BZ-800002', geplandStartOp: '2022-06-01T09:00:00' },
    ];
    const path = join(dir, 'bezoeken.ndjson');
    await writeFile(path, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const report = await validatePaths([path], { lang: 'en' });
    const format = report.issues.find(
      (i) => i.code === 'schema.format' && i.field === 'geplandStartOp',
    );
    expect(format?.samples.map((s) => [s.found, s.expected, s.suggestion])).toEqual([
      [
        '"1-6-2022 09:00"',
        'a date-time with its zone, like 2022-06-01T09:00:00+02:00 (Dutch time, Europe/Amsterdam)',
        '2022-06-01T09:00:00+02:00',
      ],
      [
        '"2022-06-01T09:00:00"',
        'a date-time with its zone, like 2022-06-01T09:00:00+02:00 (Dutch time, Europe/Amsterdam)',
        '2022-06-01T09:00:00+02:00',
      ],
    ]);
    const csv = join(dir, 'abonnementen.csv');
    await writeFile(
      csv,
      'id;aanbiederId;afnemersoort;afnemerOrganisatieId;abonnementsvorm;aantalPerPeriode;periodeEenheid;tariefInCenten;tariefeenheid;startDatum\n' +
        'AB-0001;ORG-WERKSE;organisatie;ORG-1;urenbundel;450;maand;3250;uur;31-5-2022\n',
    );
    const dates = await validatePaths([csv], { lang: 'en' });
    expect(dates.issues.map((i) => [i.code, i.samples[0]!.found, i.samples[0]!.expected])).toEqual([
      ['schema.format', '"31-5-2022"', 'a date like 2022-05-31'],
    ]);
  });

  it('convert --normalise writes the ISO forms and reports every value it changed', async () => {
    const csv = join(dir, 'abonnementen-nl.csv');
    await writeFile(
      csv,
      'id;aanbiederId;afnemersoort;afnemerOrganisatieId;abonnementsvorm;aantalPerPeriode;periodeEenheid;tariefInCenten;tariefeenheid;startDatum\n' +
        'AB-0001;ORG-WERKSE;organisatie;ORG-1;urenbundel;450;maand;3250;uur;31-5-2022\n' +
        'AB-0002;ORG-WERKSE;organisatie;ORG-1;urenbundel;450;maand;3250;uur;2021-09-01\n',
    );
    const kept = join(dir, 'abonnementen-zo.ndjson');
    await convertFile(csv, { out: kept, schema: 'abonnement' });
    expect(await readFile(kept, 'utf8')).toContain('"31-5-2022"'); // nothing changes unasked
    const out = join(dir, 'abonnementen-iso.ndjson');
    const result = await convertFile(csv, {
      out,
      schema: 'abonnement',
      normalise: true,
      lang: 'en',
    });
    const changed = result.report.issues.filter((i) => i.code === 'value.normalised');
    expect(changed.flatMap((i) => i.samples.map((s) => [s.line, s.found]))).toEqual([
      [2, '"31-5-2022" → 2022-05-31'],
    ]);
    const lines = (await readFile(out, 'utf8')).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).startDatum)).toEqual(['2022-05-31', '2021-09-01']);
    const check = await validatePaths([out], { schema: 'abonnement' });
    expect(check.issues.map((i) => i.code)).not.toContain('schema.format');
  });
});
