// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Nested tables (factuur.regels as a sheet or CSV file of its own, with factuurId), on files that
 * LibreOffice wrote: a flat ODS written here is turned into XLSX and CSV by `soffice`, so the
 * files the validator reads were not made by this toolkit.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertFile, validatePaths } from './index.js';
import type { ValidationReport } from './report.js';

type Cell = string | number;
let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'zorghub-nested-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A flat OpenDocument spreadsheet with one table per entry. */
function fods(tables: Array<{ name: string; rows: Cell[][] }>): string {
  const body = tables
    .map(
      (t) =>
        `<table:table table:name="${xml(t.name)}">${t.rows
          .map(
            (row) =>
              `<table:table-row>${row
                .map((c) =>
                  typeof c === 'number'
                    ? `<table:table-cell office:value-type="float" office:value="${c}"><text:p>${c}</text:p></table:table-cell>`
                    : c === ''
                      ? '<table:table-cell/>'
                      : `<table:table-cell office:value-type="string"><text:p>${xml(c)}</text:p></table:table-cell>`,
                )
                .join('')}</table:table-row>`,
          )
          .join('')}</table:table>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>${body}</office:spreadsheet></office:body></office:document>`;
}

function soffice(args: string[]) {
  const profile = join(work, 'lo-profile');
  mkdirSync(profile, { recursive: true });
  execFileSync(
    '/usr/bin/soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args],
    { stdio: 'pipe', timeout: 180_000 },
  );
}

const invoiceHeader = [
  'id',
  'factuurnummer',
  'aanbiederId',
  'afnemerOrganisatieId',
  'factuurDatum',
  'periodeStartDatum',
  'periodeEindDatum',
  'status',
  'totaalExclBtwInCenten',
  'btwBedragInCenten',
  'totaalInclBtwInCenten',
];
const invoice = (id: string, total: number): Cell[] => [
  id,
  `2021-${id.slice(3)}`,
  'ORG-A',
  'ORG-B',
  '2021-07-01',
  '2021-06-01',
  '2021-06-30',
  'verzonden',
  total,
  0,
  total,
];
const lineHeader = [
  'factuurId',
  'omschrijving',
  'dienstId',
  'aantal',
  'eenheid',
  'prijsPerEenheidInCenten',
  'bedragExclBtwInCenten',
  'btwPercentage',
];
const line = (invoiceId: string, text: string, amount: Cell, price = 3250): Cell[] => [
  invoiceId,
  text,
  'DI-1',
  amount,
  'uur',
  price,
  typeof amount === 'number' ? amount * price : 0,
  0,
];

const invoices: Cell[][] = [
  invoiceHeader,
  invoice('FA-0001', 390000),
  invoice('FA-0002', 6500),
  invoice('FA-0003', 0),
];
/** FA-0001 has two lines (kept in this order), FA-0002 one, FA-0003 none; one row names FA-0099. */
const lines: Cell[][] = [
  lineHeader,
  line('FA-0001', 'Urenbundel juni, week 1-2', 60),
  line('FA-0002', 'Losse uren', 2),
  line('FA-0001', 'Urenbundel juni, week 3-4', 60),
  line('FA-0099', 'Zonder factuur', 1),
];

/** The workbook and the two CSV files, as LibreOffice writes them. */
async function libreOfficeFiles(name: string, lineRows: Cell[][]) {
  const dir = join(work, name);
  const csvDir = join(dir, 'csv');
  mkdirSync(csvDir, { recursive: true });
  await writeFile(
    join(dir, 'export.fods'),
    fods([
      { name: 'facturen', rows: invoices },
      { name: 'facturen.regels', rows: lineRows },
    ]),
  );
  soffice(['--convert-to', 'xlsx', '--outdir', dir, join(dir, 'export.fods')]);
  await writeFile(join(dir, 'facturen.fods'), fods([{ name: 'facturen', rows: invoices }]));
  await writeFile(join(dir, 'facturen.regels.fods'), fods([{ name: 'regels', rows: lineRows }]));
  soffice([
    '--convert-to',
    'csv:Text - txt - csv (StarCalc):59,34,76,1',
    '--outdir',
    csvDir,
    join(dir, 'facturen.fods'),
    join(dir, 'facturen.regels.fods'),
  ]);
  return { xlsx: join(dir, 'export.xlsx'), csvDir };
}

const issue = (report: ValidationReport, code: string) =>
  report.issues.filter((i) => i.code === code);

describe('nested tables (factuur.regels)', { timeout: 300_000 }, () => {
  let files: Awaited<ReturnType<typeof libreOfficeFiles>>;
  beforeAll(async () => {
    files = await libreOfficeFiles('plain', lines);
  });

  it('joins the lines of a workbook to their invoices; a line of an unknown invoice is named', async () => {
    const report = await validatePaths([files.xlsx]);
    const unknown = issue(report, 'nested.unknown-parent');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.samples).toEqual([
      expect.objectContaining({
        file: files.xlsx,
        sheet: 'facturen.regels',
        cell: 'A5',
        field: 'factuurId',
        found: '"FA-0099"',
      }),
    ]);
    // the invoice without lines: the standard asks for at least one, at the invoice's row
    const required = issue(report, 'schema.required');
    expect(required.map((i) => i.field)).toEqual(['regels']);
    expect(required[0]!.samples).toEqual([
      expect.objectContaining({ sheet: 'facturen', cell: 'A4', id: 'FA-0003' }),
    ]);
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(
      expect.arrayContaining(['nested.unknown-parent', 'schema.required']),
    );
    expect(report.stats.errors).toBe(2);
    expect(report.files.map((f) => [f.sheet, f.records])).toEqual([
      ['facturen.regels', 4],
      ['facturen', 3],
    ]);
  });

  it('joins CSV files the same way, naming file, line and column', async () => {
    const report = await validatePaths([files.csvDir]);
    const unknown = issue(report, 'nested.unknown-parent');
    expect(unknown[0]!.samples).toEqual([
      expect.objectContaining({
        file: join(files.csvDir, 'facturen.regels.csv'),
        line: 5,
        column: 'factuurId',
        field: 'factuurId',
      }),
    ]);
    expect(issue(report, 'schema.required').map((i) => i.field)).toEqual(['regels']);
    expect(report.stats.errors).toBe(2);
  });

  it('reports a wrong value in a line at that line, under the invoice field', async () => {
    const bad = await libreOfficeFiles('bad', [
      lineHeader,
      line('FA-0001', 'Urenbundel', 60),
      line('FA-0001', 'Urenbundel', 'zestig'),
      line('FA-0002', 'Losse uren', 2),
      line('FA-0003', 'Nog een', 1),
    ]);
    for (const [target, where] of [
      [bad.xlsx, { sheet: 'facturen.regels', cell: 'D3' }],
      [
        join(bad.csvDir),
        { file: join(bad.csvDir, 'facturen.regels.csv'), line: 3, column: 'aantal' },
      ],
    ] as const) {
      const report = await validatePaths([target]);
      const type = issue(report, 'schema.type');
      expect(type).toHaveLength(1);
      expect(type[0]!.entity).toBe('factuur');
      expect(type[0]!.field).toBe('regels[].aantal');
      expect(type[0]!.samples[0]).toEqual(
        expect.objectContaining({ ...where, field: 'aantal', id: 'FA-0001', found: '"zestig"' }),
      );
      expect(report.stats.errors).toBe(1);
    }
  });

  it('converts the workbook to NDJSON with the lines in their rows’ order', async () => {
    const out = join(work, 'ndjson');
    const { report } = await convertFile(files.xlsx, { out, to: 'ndjson' });
    expect(issue(report, 'nested.unknown-parent')).toHaveLength(1);
    const records = (await readFile(join(out, 'facturen.ndjson'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((r) => r.id)).toEqual(['FA-0001', 'FA-0002', 'FA-0003']);
    expect(records[0].regels.map((r: { omschrijving: string }) => r.omschrijving)).toEqual([
      'Urenbundel juni, week 1-2',
      'Urenbundel juni, week 3-4',
    ]);
    expect(records[0].regels[0]).toEqual({
      omschrijving: 'Urenbundel juni, week 1-2',
      dienstId: 'DI-1',
      aantal: 60,
      eenheid: 'uur',
      prijsPerEenheidInCenten: 3250,
      bedragExclBtwInCenten: 195000,
      btwPercentage: 0,
    });
    expect(records[2].regels).toBeUndefined();
  });
});

const delft = join(dirname(fileURLToPath(import.meta.url)), '../../../../examples/delft/export');

describe('a whole folder into one workbook and back', { timeout: 300_000 }, () => {
  it('gives the same records, the invoice lines in a sheet of their own', async () => {
    // the records as read from the package (CSV, JSON and NDJSON files) …
    const before = join(work, 'delft-ndjson');
    expect((await convertFile(delft, { out: before, to: 'ndjson' })).report.stats.errors).toBe(0);
    // … into one workbook and back
    const book = join(work, 'delft.xlsx');
    const first = await convertFile(delft, { out: book });
    expect(first.report.stats.errors).toBe(0);
    const after = join(work, 'delft-back');
    const second = await convertFile(book, { out: after, to: 'ndjson' });
    expect(second.report.stats.errors).toBe(0);
    const names = readdirSync(before).sort();
    expect(names.length).toBeGreaterThan(10);
    expect(readdirSync(after).sort()).toEqual(names);
    // the same records in the same order (a sheet gives its fields in the standard's order)
    const records = async (path: string) =>
      (await readFile(path, 'utf8'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
    for (const name of names)
      expect(await records(join(after, name)), name).toEqual(await records(join(before, name)));
    const invoices = (await readFile(join(after, 'facturen.ndjson'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { regels: unknown[] });
    const lines = invoices.reduce((n, f) => n + f.regels.length, 0);
    expect(lines).toBeGreaterThanOrEqual(invoices.length);
    const sheets = (await validatePaths([book])).files.map((f) => [f.sheet, f.records]);
    expect(sheets).toContainEqual(['facturen.regels', lines]);
    expect(sheets).toContainEqual(['facturen', invoices.length]);
    expect(second.written.find((w) => w.entity === 'factuur')?.records).toBe(invoices.length);
  });

  it('CSV files → workbook → CSV files are the same bytes', async () => {
    const csv = join(work, 'delft-csv');
    await convertFile(delft, { out: csv, to: 'csv' });
    expect(readdirSync(csv)).toContain('facturen.regels.csv');
    const book = join(work, 'delft-csv.xlsx');
    expect((await convertFile(csv, { out: book })).report.stats.errors).toBe(0);
    const again = join(work, 'delft-csv-again');
    expect((await convertFile(book, { out: again, to: 'csv' })).report.stats.errors).toBe(0);
    expect(readdirSync(again).sort()).toEqual(readdirSync(csv).sort());
    for (const name of readdirSync(csv))
      expect(
        (await readFile(join(again, name))).equals(await readFile(join(csv, name))),
        name,
      ).toBe(true);
    // and the CSV files validate as a package, lines joined to their invoices
    const report = await validatePaths([csv], { checkReferences: true });
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
