// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** "Did you mean" for unknown columns, codes (by code or nl/en label) and entity names. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../index.js';
import { formatReport, type ValidationReport, validatePaths } from './index.js';
import { closest } from './suggest.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zorghub-suggest-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const visit = () => structuredClone((getSchema('bezoek').examples as object[])[0]!);
const samples = (report: ValidationReport, code: string) =>
  report.issues.filter((i) => i.code === code).flatMap((i) => i.samples);

describe('did you mean', { timeout: 60_000 }, () => {
  it('finds the column of a header written with spaces, other case or a typo', async () => {
    const path = join(dir, 'clienten.csv');
    await writeFile(
      path,
      'id;zorgorganisatieId;abonnement id;gemeentecode;Leeftijds Klasse;Start Datum;volkomen onbekend\n' +
        'CL-0001;ORG-1;AB-0001;GM0503;75tot85;2021-06-25;x\n',
    );
    const report = await validatePaths([path], { lang: 'en' });
    const found = samples(report, 'csv.unknown-column').map((s) => [s.column, s.suggestion]);
    expect(found).toEqual([
      ['abonnement id', 'abonnementId'],
      ['Leeftijds Klasse', 'leeftijdsklasse'],
      ['Start Datum', 'startDatum'],
      ['volkomen onbekend', undefined],
    ]);
    expect(formatReport(report, { format: 'text', lang: 'en' })).toContain(
      'did you mean: abonnementId',
    );
  });

  it('finds the code of a closed codelist from its label (nl or en), case or spaces', async () => {
    const values = ['Uitgevoerd', 'uitgevoerd ', 'Performed', 'Geannuleerd door de Zorghub', 'xyz'];
    const path = join(dir, 'bezoeken.ndjson');
    await writeFile(
      path,
      values
        .map((status, i) => JSON.stringify({ ...visit(), id: `BZ-90000${i}`, status }))
        .join('\n'),
    );
    const report = await validatePaths([path]);
    const found = samples(report, 'codelist.unknown-code').map((s) => [s.found, s.suggestion]);
    expect(found).toEqual([
      ['"Uitgevoerd"', 'uitgevoerd'],
      ['"uitgevoerd "', 'uitgevoerd'],
      ['"Performed"', 'uitgevoerd'],
      ['"Geannuleerd door de Zorghub"', 'geannuleerdDoorAanbieder'],
      ['"xyz"', undefined],
    ]);
    const json = JSON.parse(formatReport(report, { format: 'json', lang: 'nl' }));
    expect(JSON.stringify(json)).toContain('"suggestion":"uitgevoerd"');
  });

  it('names the entity meant by --schema and by a sheet name', async () => {
    const path = join(dir, 'data.ndjson');
    await writeFile(path, `${JSON.stringify(visit())}\n`);
    await expect(validatePaths([path], { schema: 'bezoekn', lang: 'en' })).rejects.toThrow(
      /did you mean "visit"\?/,
    );
    await expect(validatePaths([path], { schema: 'bezoekn' })).rejects.toThrow(
      /bedoeld is misschien "bezoek"/,
    );
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Bezoekenn').addRow(['id']);
    const xlsx = join(dir, 'export.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    const report = await validatePaths([xlsx]);
    expect(samples(report, 'xlsx.unknown-sheet')).toEqual([
      { file: xlsx, sheet: 'Bezoekenn', suggestion: 'bezoeken' },
    ]);
  });

  it('suggests nothing for a short or distant value', () => {
    const candidates = [{ spelling: 'uur', suggest: 'uur' }];
    expect(closest('ab', candidates)).toBeUndefined();
    expect(closest('UUR', candidates)).toBe('uur');
    expect(closest('dienst', candidates)).toBeUndefined();
  });
});
