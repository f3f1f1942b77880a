// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * CSV and XLSX written by writeTable(), read back by LibreOffice (a program nobody here wrote) and
 * by csv-parse: the same cells come out that went in.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { getEntity } from '../standard.js';
import { columnLetter, tableColumns, tableRow } from './columns.js';
import { csvTable } from './csv.js';
import { openTable, writeTable } from './write.js';

const work = mkdtempSync(join(tmpdir(), 'zorghub-table-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const organisation = getEntity('organisatie')!;
const service = getEntity('dienst')!;
const organisations = [
  {
    id: 'ORG-1',
    naam: 'Zorg "De Linde"; Delft, Oost',
    organisatiesoort: 'zorgorganisatie',
    rollen: ['afnemer'],
    adres: { postcode: '2611AA', huisnummer: 12, woonplaats: 'Delft' },
    actiefVanafDatum: '2021-05-01',
  },
  {
    id: 'ORG-2',
    naam: '  spaties rondom  ',
    organisatiesoort: 'gemeente',
    rollen: ['financier', 'opdrachtgever'],
  },
  { id: 'ORG-3', naam: 'Regel één\r\nregel twee — ëï', organisatiesoort: 'anders', rollen: [] },
];
const services = [
  {
    id: 'DI-1',
    aanbiederId: 'ORG-1',
    dienstsoort: 'gezelschap',
    naam: 'Wandelen',
    standaardDuurMinuten: 60,
  },
  { id: 'DI-2', aanbiederId: 'ORG-1', dienstsoort: 'boodschappen', naam: 'Boodschappen' },
];

function soffice(args: string[], profile: string) {
  mkdirSync(profile, { recursive: true });
  execFileSync(
    '/usr/bin/soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args],
    { stdio: 'pipe', timeout: 180_000 },
  );
}

describe('tableColumns', () => {
  it('gives nested fields a dotted column and the English aliases on request', () => {
    const nl = tableColumns(organisation).map((c) => c.header);
    const en = tableColumns(organisation, { headers: 'en' }).map((c) => c.header);
    expect(nl).toContain('adres.postcode');
    expect(nl).not.toContain('adres');
    expect(en).toContain('address.postcode');
    expect(tableColumns(organisation, { columns: ['naam', 'id'] }).map((c) => c.header)).toEqual([
      'id',
      'naam',
    ]);
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(27)).toBe('AB');
  });
});

describe('csvTable', () => {
  it('writes RFC 4180 with CRLF, a BOM and ; by default, and reads back cell for cell', () => {
    const text = csvTable(organisation, organisations);
    expect(text.startsWith('\uFEFFid;naam;')).toBe(true);
    expect(text).toContain('"Zorg ""De Linde""; Delft, Oost"');
    const rows = parse(text, { bom: true, delimiter: ';', relax_quotes: false }) as string[][];
    const columns = tableColumns(organisation);
    expect(rows[0]).toEqual(columns.map((c) => c.header));
    expect(rows.slice(1)).toEqual(organisations.map((r) => tableRow(r, columns)));
    expect(rows[2]![columns.findIndex((c) => c.header === 'rollen')]).toBe(
      'financier|opdrachtgever',
    );
  });

  it('takes the delimiter, BOM and header language as options', () => {
    const text = csvTable(service, services, { delimiter: ',', bom: false, headers: 'en' });
    expect(text.split('\r\n')[0]).toBe(
      'id,providerId,serviceKind,name,description,standardDurationMinutes',
    );
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const rows = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(rows[0]?.[service.fields.find((f) => f.path === 'standaardDuurMinuten')!.columnEn]).toBe(
      '60',
    );
  });
});

describe('writeTable', () => {
  it('writes a CSV file that LibreOffice opens with the same cells', async () => {
    const file = join(work, 'organisaties.csv');
    const result = await writeTable(file, organisation, organisations, { format: 'csv' });
    expect(result).toEqual({ records: 3, lost: [] });
    soffice(
      ['--infilter=CSV:59,34,76,1', '--convert-to', 'xlsx', '--outdir', join(work, 'lo-csv'), file],
      join(work, 'profile-csv'),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(work, 'lo-csv', 'organisaties.xlsx'));
    const sheet = workbook.worksheets[0]!;
    const columns = tableColumns(organisation);
    const naam = columns.findIndex((c) => c.header === 'naam') + 1;
    expect(sheet.getRow(1).getCell(1).text).toBe('id');
    for (const [i, record] of organisations.entries())
      expect(sheet.getRow(i + 2).getCell(naam).text).toBe(record.naam.replace(/\r\n/g, '\n'));
  }, 240_000);

  it('writes a workbook that LibreOffice reads, numbers as numbers', async () => {
    const file = join(work, 'diensten.xlsx');
    await writeTable(file, service, services, { format: 'xlsx' });
    soffice(
      [
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76',
        '--outdir',
        join(work, 'lo-xlsx'),
        file,
      ],
      join(work, 'profile-xlsx'),
    );
    const rows = parse(readFileSync(join(work, 'lo-xlsx', 'diensten.csv'), 'utf8'), {
      bom: true,
    }) as string[][];
    const columns = tableColumns(service);
    expect(rows[0]).toEqual(columns.map((c) => c.header));
    expect(rows.slice(1)).toEqual(services.map((r) => tableRow(r, columns)));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const minutes = columns.findIndex((c) => c.field.path === 'standaardDuurMinuten') + 1;
    expect(workbook.getWorksheet('diensten')!.getRow(2).getCell(minutes).value).toBe(60);
  }, 240_000);

  it('says which properties have no column, and writes to a stream it leaves open', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const writer = openTable(out, service, { format: 'csv', bom: false, delimiter: ',' });
    expect(writer.write({ id: 'DI-9', onbekend: 'x', naam: 'A' })).toEqual(['onbekend']);
    await writer.close();
    expect(out.writableEnded).toBe(false);
    expect(Buffer.concat(chunks).toString('utf8').split('\r\n')[1]).toBe('DI-9,,,A,,');
    writeFileSync(join(work, 'x'), ''); // the folder is still writable after the stream test
  });
});
