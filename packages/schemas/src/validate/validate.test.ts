// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Longer than 400 lines: end-to-end cases of validate() for every reader over one fixture folder.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../index.js';
import {
  formatReport,
  InputError,
  type Issue,
  type ValidationReport,
  validatePaths,
} from './index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zorghub-validate-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

function example(entity: string, index = 0): Record<string, unknown> {
  return structuredClone((getSchema(entity).examples as Record<string, unknown>[])[index]!);
}

function issues(report: ValidationReport, code: string): Issue[] {
  return report.issues.filter((i) => i.code === code);
}

function one(report: ValidationReport, code: string): Issue {
  const found = issues(report, code);
  expect(found, `${code} in ${report.issues.map((i) => i.code).join(', ')}`).toHaveLength(1);
  return found[0]!;
}

const visit = () => example('bezoek', 0);
const ndjson = (...records: unknown[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;

describe('NDJSON', { timeout: 60_000 }, () => {
  it('accepts the examples of the standard', async () => {
    const path = await file('bezoeken.ndjson', ndjson(example('bezoek', 0), example('bezoek', 1)));
    const report = await validatePaths([path]);
    expect(report.issues).toEqual([]);
    expect(report).toMatchObject({ valid: true, stats: { records: 2, errors: 0, files: 1 } });
  });

  it('reports a malformed line with its number and goes on with the next line', async () => {
    const second = { ...visit(), id: 'BZ-900002' };
    const path = await file(
      'bezoeken-kapot.ndjson',
      `${JSON.stringify(visit())}\n{"id": "BZ-1",, }\n${JSON.stringify(second)}\n`,
    );
    const report = await validatePaths([path]);
    const issue = one(report, 'json.syntax');
    expect(issue.samples[0]).toMatchObject({ file: path, line: 2 });
    expect(report.stats.records).toBe(2);
    expect(report.valid).toBe(false);
  });

  it('reports invalid UTF-8 in a UTF-8 file on its line and still reads the record', async () => {
    const line = Buffer.from(
      JSON.stringify({ ...visit(), id: 'BZ-X' }).replace('"BZ-X"', '"BZ-\u0001"'),
    );
    const bad = Buffer.from(line.toString().replace('\u0001', '\u00ff'), 'latin1');
    const path = await file(
      'bezoeken-utf8.ndjson',
      // the first line's "é" is UTF-8, so the file is UTF-8 and the lone \xff on line 2 is broken
      // (a file whose first non-ASCII byte is not UTF-8 is decoded: encoding.test.ts)
      Buffer.concat([
        Buffer.from(`${JSON.stringify({ ...visit(), id: 'BZ-é' })}\n`),
        bad,
        Buffer.from('\n'),
      ]),
    );
    const report = await validatePaths([path]);
    expect(one(report, 'input.encoding').samples[0]).toMatchObject({ line: 2 });
    expect(issues(report, 'input.encoding-converted')).toEqual([]);
    expect(report.stats.records).toBe(2);
  });

  it('reports an empty file', async () => {
    const path = await file('bezoeken-leeg.ndjson', '');
    const report = await validatePaths([path]);
    expect(one(report, 'input.empty').samples[0]).toMatchObject({ file: path });
    expect(report.valid).toBe(false);
  });

  it('skips a 50 MB single line with a clear message and reads on', async () => {
    const huge = `{"id":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const path = await file('bezoeken-groot.ndjson', `${huge}\n${JSON.stringify(visit())}\n`);
    const report = await validatePaths([path]);
    const issue = one(report, 'input.line-too-long');
    expect(issue.samples[0]).toMatchObject({ line: 1 });
    expect(issue.samples[0]!.expected).toMatch(/8388608/);
    expect(report.stats.records).toBe(1);
  }, 30_000);

  it('keeps __proto__ and constructor as data, reports them, and pollutes nothing', async () => {
    const path = await file(
      'bezoeken-proto.ndjson',
      `${JSON.stringify(visit()).slice(0, -1)},"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}\n`,
    );
    const report = await validatePaths([path]);
    const fields = issues(report, 'schema.additional-property').map((i) => i.field);
    expect(fields.sort()).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('finds duplicate ids, closed codelist codes, and schema errors with their field', async () => {
    const path = await file(
      'bezoeken-fouten.ndjson',
      ndjson(
        visit(),
        visit(),
        { ...visit(), id: 'BZ-3', status: 'verzonnen' },
        { ...visit(), id: 'BZ-4', geplandStartOp: '2021-06-07' },
      ),
    );
    const report = await validatePaths([path], { lang: 'en' });
    expect(one(report, 'id.duplicate').samples[0]).toMatchObject({
      line: 2,
      field: 'id',
      found: '"BZ-000001"',
    });
    const code = one(report, 'codelist.unknown-code');
    expect(code).toMatchObject({ field: 'status', entity: 'bezoek' });
    expect(code.samples[0]).toMatchObject({ line: 3, id: 'BZ-3' });
    expect(code.samples[0]!.expected).toMatch(/bezoekstatus.*uitgevoerd/);
    expect(one(report, 'schema.format').samples[0]).toMatchObject({
      line: 4,
      field: 'geplandStartOp',
      found: '"2021-06-07"',
    });
  });
});

describe('JSON documents', { timeout: 60_000 }, () => {
  it('streams a pretty-printed array and locates errors on the line where the record starts', async () => {
    const records = [visit(), { ...visit(), id: 'BZ-2', status: 42 }];
    const path = await file('bezoeken.json', JSON.stringify(records, null, 2));
    const report = await validatePaths([path]);
    const issue = one(report, 'schema.type');
    // the second record starts on line 14 of the pretty-printed file
    const startLine = JSON.stringify(records, null, 2).split('\n').indexOf('  {', 2) + 1;
    expect(issue.samples[0]).toMatchObject({ line: startLine, field: 'status' });
    expect(report.stats.records).toBe(2);
  });

  it('reads a single object and reports elements that are not objects', async () => {
    expect((await validatePaths([await file('bezoek.json', JSON.stringify(visit()))])).valid).toBe(
      true,
    );
    const report = await validatePaths([
      await file('visits.json', `[${JSON.stringify(visit())}, 3]`),
    ]);
    expect(one(report, 'json.not-object').samples[0]).toMatchObject({ line: 1, found: 'number' });
  });
});

describe('CSV', { timeout: 60_000 }, () => {
  it('reads semicolons, a BOM, CRLF, English headers, and converts numbers written as text', async () => {
    const hours = example('urenregistratie');
    const headers = Object.keys(hours);
    const english: Record<string, string> = {
      deelnemerId: 'participantId',
      werkDatum: 'workDate',
      uren: 'hours',
    };
    const row = headers.map((h) => (h === 'uren' ? '7,5' : String(hours[h])));
    const text = `\uFEFF${headers.map((h) => english[h] ?? h).join(';')}\r\n${row.join(';')}\r\n`;
    const report = await validatePaths([await file('urenregistraties.csv', text)]);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.stats.records).toBe(1);
  });

  it('warns about a header-only file', async () => {
    const report = await validatePaths([await file('clienten.csv', 'id,startDatum\n')]);
    expect(one(report, 'input.no-records').severity).toBe('warning');
    expect(report.valid).toBe(true);
  });

  it('reports duplicate, unknown and missing columns once, at the header', async () => {
    const v = visit();
    const header =
      'id;clientId;deelnemerId;dienstId;geplandStartOp;geplandEindOp;status;id;__proto__;constructor';
    const row = [
      v.id,
      v.clientId,
      v.deelnemerId,
      v.dienstId,
      v.geplandStartOp,
      v.geplandEindOp,
      'gepland',
      'x',
      'y',
      'z',
    ];
    const report = await validatePaths([
      await file(
        'bezoeken-kolommen.csv',
        `${header}\n${row.join(';')}\n${row.join(';').replace(v.id as string, 'BZ-2')}\n`,
      ),
    ]);
    expect(one(report, 'csv.duplicate-header').samples[0]).toMatchObject({ line: 1, column: 'id' });
    expect(one(report, 'csv.unknown-column').count).toBe(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // werkelijk… are optional, so nothing is missing; drop a required one:
    const missing = await validatePaths([
      await file('bezoeken-zonder.csv', `id;clientId\nBZ-1;CL-1\nBZ-2;CL-1\n`),
    ]);
    const miss = issues(missing, 'csv.missing-column');
    expect(miss.map((i) => i.field).sort()).toEqual([
      'deelnemerId',
      'dienstId',
      'geplandEindOp',
      'geplandStartOp',
      'status',
    ]);
    expect(miss.every((i) => i.count === 1)).toBe(true);
    expect(issues(missing, 'schema.required')).toEqual([]);
  });

  it('converts Excel serial dates with a warning that shows what it read', async () => {
    const hours = example('urenregistratie');
    const headers = Object.keys(hours);
    const row = headers.map((h) => (h === 'werkDatum' ? '45292' : String(hours[h])));
    const report = await validatePaths(
      [await file('uren.csv', `${headers.join(',')}\n${row.join(',')}\n`)],
      { schema: 'timesheet' },
    );
    const issue = one(report, 'value.excel-serial-date');
    expect(issue.samples[0]).toMatchObject({
      line: 2,
      field: 'werkDatum',
      found: '45292 → 2024-01-01',
    });
    expect(report.valid).toBe(true);
  });

  it('reports a quote that is not closed', async () => {
    const report = await validatePaths([
      await file('clienten-quote.csv', 'id,startDatum\n"CL-1,2024-01-01\n'),
    ]);
    expect(one(report, 'csv.syntax').samples[0]!.line).toBeGreaterThanOrEqual(2);
  });
});

describe('XLSX', { timeout: 60_000 }, () => {
  it('validates one sheet per entity and locates problems by sheet and cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('bezoeken');
    const v = visit();
    const headers = Object.keys(v);
    sheet.addRow(headers);
    sheet.addRow(headers.map((h) => v[h]));
    sheet.addRow(headers.map((h) => (h === 'id' ? 'BZ-2' : h === 'status' ? 'kwijt' : v[h])));
    // a real date cell (Excel date) in a date-time column
    sheet.getCell(`${String.fromCharCode(65 + headers.indexOf('geplandStartOp'))}3`).value =
      new Date(Date.UTC(2021, 5, 7, 10, 0, 0));
    workbook.addWorksheet('toelichting').addRow(['kolom']);
    workbook.addWorksheet('Blad3').addRow(['x']);
    const path = join(dir, 'export.xlsx');
    await workbook.xlsx.writeFile(path);
    const report = await validatePaths([path]);
    const statusColumn = String.fromCharCode(65 + headers.indexOf('status'));
    expect(one(report, 'codelist.unknown-code').samples[0]).toMatchObject({
      file: path,
      sheet: 'bezoeken',
      cell: `${statusColumn}3`,
    });
    expect(one(report, 'xlsx.unknown-sheet').samples[0]).toMatchObject({ sheet: 'Blad3' });
    expect(issues(report, 'schema.format')).toEqual([]);
    expect(report.files).toEqual([
      { file: path, sheet: 'bezoeken', entity: 'bezoek', format: 'xlsx', records: 2 },
    ]);
  });
});

describe('privacy', { timeout: 60_000 }, () => {
  it('finds a BSN in free text and a phone number where x-privacy does not allow it, never showing them', async () => {
    const service = {
      ...example('dienst'),
      omschrijving: 'Vraag naar 111222333 of bel 06-12345678',
    };
    const report = await validatePaths([await file('diensten.ndjson', ndjson(service))]);
    for (const code of ['privacy.bsn', 'privacy.phone']) {
      const sample = one(report, code).samples[0]!;
      expect(sample).toMatchObject({ field: 'omschrijving', redacted: true });
      expect(sample.found).toBeUndefined();
    }
    expect(JSON.stringify(report)).not.toMatch(/111222333|12345678/);
  });

  it('redacts the values of special fields in samples', async () => {
    const signal = { ...example('signaal'), categorie: 'geheim-111' };
    const report = await validatePaths([await file('signalen.ndjson', ndjson(signal))]);
    const sample = one(report, 'codelist.unknown-code').samples[0]!;
    expect(sample).toMatchObject({ field: 'categorie', redacted: true });
    expect(JSON.stringify(report)).not.toContain('geheim-111');
  });
});

describe('packages and references', { timeout: 60_000 }, () => {
  it('validates a folder with datapakket.json as a whole and checks references on request', async () => {
    const pkg = join(dir, 'pakket');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(pkg);
    const client = example('client');
    const good = { ...visit(), clientId: client.id };
    const dangling = { ...visit(), id: 'BZ-77', clientId: 'CL-9999' };
    // visits come first in the manifest; the validator still resolves them against clients
    await writeFile(join(pkg, 'bezoeken.ndjson'), ndjson(good, dangling));
    await writeFile(join(pkg, 'clienten.ndjson'), ndjson(client));
    await writeFile(join(pkg, 'los.csv'), 'x\n');
    await writeFile(
      join(pkg, 'datapakket.json'),
      JSON.stringify({
        ...example('datapakket'),
        bestanden: [
          { pad: 'bezoeken.ndjson', entiteit: 'bezoek', formaat: 'ndjson' },
          { pad: 'clienten.ndjson', entiteit: 'client', formaat: 'ndjson' },
          { pad: 'ontbreekt.csv', entiteit: 'dienst', formaat: 'csv' },
        ],
      }),
    );
    const plain = await validatePaths([pkg]);
    expect(issues(plain, 'reference.unresolved')).toEqual([]);
    expect(one(plain, 'manifest.missing-file').samples[0]!.found).toContain('ontbreekt.csv');
    expect(one(plain, 'input.unlisted-file').samples[0]!.file).toContain('los.csv');
    const checked = await validatePaths([pkg], { checkReferences: true });
    const unresolved = issues(checked, 'reference.unresolved');
    expect(unresolved.map((i) => i.field)).toContain('clientId');
    const sample = unresolved.find((i) => i.field === 'clientId')!.samples[0]!;
    expect(sample).toMatchObject({ line: 2, id: 'BZ-77', found: '"CL-9999"' });
    // dienst, deelnemer, abonnement have no file in the package: one warning per field, not per row
    expect(issues(checked, 'reference.entity-absent').every((i) => i.count === 1)).toBe(true);
  });

  it('throws InputError for unusable input', async () => {
    await expect(validatePaths([join(dir, 'bestaat-niet.csv')])).rejects.toBeInstanceOf(InputError);
    await expect(validatePaths([await file('export.csv', 'a\n1\n')])).rejects.toThrow(/--schema/);
    await expect(validatePaths([await file('bezoeken.xls', 'x')])).rejects.toThrow(/xlsx/);
    await expect(
      validatePaths([await file('bezoeken.ndjson', '')], { schema: 'onzin' }),
    ).rejects.toThrow(/onbekende entiteit/);
  });
});

describe('regional profiles', { timeout: 60_000 }, () => {
  it('validate against the standard as the profile changes it', async () => {
    const profile = join(dirname(fileURLToPath(import.meta.url)), '../../profiles/voorbeeld-regio');
    const path = await file('bezoeken-wijk.ndjson', ndjson({ ...visit(), wijkcode: 'WK050301' }));
    const plain = await validatePaths([path]);
    expect(one(plain, 'schema.additional-property').field).toBe('wijkcode');
    const regional = await validatePaths([path], { profile });
    expect(regional.issues.filter((i) => i.severity === 'error')).toEqual([]);
    await expect(
      validatePaths([path], { profile: join(dir, 'geen-profiel') }),
    ).rejects.toBeInstanceOf(InputError);
  });
});

describe('formatReport', { timeout: 60_000 }, () => {
  it('writes Dutch and English text naming code, place and expectation', async () => {
    const path = await file('bezoeken-tekst.ndjson', ndjson({ ...visit(), status: 'x' }));
    const report = await validatePaths([path]);
    const nl = formatReport(report, { format: 'text', lang: 'nl' });
    expect(nl).toContain('ONGELDIG');
    expect(nl).toContain('codelist.unknown-code');
    expect(nl).toContain(`${path}:1`);
    expect(nl).toContain('verwacht:');
    const en = formatReport(report, { format: 'text', lang: 'en' });
    expect(en).toContain('INVALID');
    expect(en).toContain('Code is not in the (closed) codelist');
    const json = JSON.parse(formatReport(report, { format: 'json', lang: 'en' }));
    expect(json.issues[0].message).toBe('Code is not in the (closed) codelist');
  });

  it('cuts samples at maxSamples and says so', async () => {
    const lines = Array.from({ length: 8 }, (_, i) => ({ ...visit(), id: `BZ-${i}`, status: 'x' }));
    const report = await validatePaths([await file('bezoeken-veel.ndjson', ndjson(...lines))], {
      maxSamples: 3,
    });
    const issue = one(report, 'codelist.unknown-code');
    expect(issue).toMatchObject({ count: 8, truncated: true });
    expect(issue.samples).toHaveLength(3);
    expect(report.stats.truncated).toBe(true);
  });
});

describe('files larger than one read chunk (1 MiB)', { timeout: 120_000 }, () => {
  // 12,000 visits are about 3 MB: records are parsed a chunk at a time and then checked, so
  // a problem must keep its own line whichever chunk it falls in
  const count = 12_000;
  const visits: Record<string, unknown>[] = Array.from({ length: count }, (_, i) => ({
    ...visit(),
    id: `BZ-${String(i + 1).padStart(6, '0')}`,
  }));
  visits[9_000] = { ...visits[9_000], id: visits[10]!.id }; // duplicate of line 11, chunks apart
  visits[5_000] = { ...visits[5_000], status: 'onbekend' }; // closed codelist
  const duplicateLine = 9_001;
  const codeLine = 5_001;

  it('NDJSON: every record counted, each problem on its own line', async () => {
    const lines = visits.map((v) => JSON.stringify(v));
    lines.splice(7_000, 0, '{"id": "BZ-KAPOT",, }'); // a malformed line between records
    const report = await validatePaths([
      await file('bezoeken-groot.ndjson', `${lines.join('\n')}\n`),
    ]);
    expect(report.stats.records).toBe(count);
    expect(one(report, 'json.syntax').samples[0]).toMatchObject({ line: 7_001 });
    // records after the malformed line sit one line further down
    expect(one(report, 'id.duplicate').samples[0]).toMatchObject({ line: duplicateLine + 1 });
    expect(one(report, 'codelist.unknown-code').samples[0]).toMatchObject({ line: codeLine });
  });

  it('JSON array: every record counted, each problem on the line where its record starts', async () => {
    const text = `[\n${visits.map((v) => JSON.stringify(v)).join(',\n')}\n]\n`;
    const report = await validatePaths([await file('bezoeken-groot.json', text)]);
    expect(report.stats.records).toBe(count);
    expect(one(report, 'id.duplicate').samples[0]).toMatchObject({ line: duplicateLine + 1 });
    expect(one(report, 'codelist.unknown-code').samples[0]).toMatchObject({ line: codeLine + 1 });
  });

  it('CSV: every record counted, each problem on its own line', async () => {
    const columns = Object.keys(visits[0]!);
    const rows = visits.map((v) => columns.map((c) => String(v[c] ?? '')).join(';'));
    const text = `${columns.join(';')}\r\n${rows.join('\r\n')}\r\n`;
    const report = await validatePaths([await file('bezoeken-groot.csv', text)]);
    expect(report.stats.records).toBe(count);
    expect(one(report, 'id.duplicate').samples[0]).toMatchObject({ line: duplicateLine + 1 });
    expect(one(report, 'codelist.unknown-code').samples[0]).toMatchObject({ line: codeLine + 1 });
  });
});
