// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCaptured } from '../test-support/capture.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const delft = join(repo, 'examples/delft');
const fixtures = join(repo, 'packages/schemas/test-fixtures/invalid');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zorghub-cli-validate-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const cli = (...argv: string[]) => runCaptured(argv);

describe('zorghub validate', { timeout: 60_000 }, () => {
  it('--threads 2 gives the report of --threads 1 (worker threads of the built package)', async () => {
    const file = join(fixtures, 'bezoek/bezoeken.ndjson');
    const args = ['--format', 'json', '--check-references'];
    const one = await cli('validate', file, '--threads', '1', ...args);
    const two = await cli('validate', file, '--threads', '2', ...args);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
  });

  it('accepts the Delft example package, references included (exit 0)', async () => {
    const result = await cli('validate', join(delft, 'export'), '--check-references');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^GELDIG — 13 bestanden/);
    expect(result.code).toBe(0);
    const region = await cli('validate', delft, '--format', 'json');
    expect(region.code).toBe(0);
    expect(JSON.parse(region.stdout).stats.files).toBeGreaterThan(10);
  });

  const names = readdirSync(fixtures, { withFileTypes: true }).filter((d) => d.isDirectory());
  it.each(names.map((d) => d.name))(
    'exits 1 on the invalid %s fixture with its located, coded errors',
    async (name) => {
      const spec = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8')) as {
        file: string;
        errors: Array<{ code: string; line?: number; cell?: string }>;
      };
      const result = await cli(
        'validate',
        join(fixtures, name, spec.file),
        '--format',
        'json',
        '--lang',
        'en',
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^zorghub: invalid: \d+ errors?, \d+ warnings?\n$/);
      const report = JSON.parse(result.stdout) as {
        valid: boolean;
        issues: Array<{ code: string; samples: Array<{ line?: number; cell?: string }> }>;
      };
      expect(report.valid).toBe(false);
      for (const want of spec.errors) {
        const located = report.issues
          .filter((i) => i.code === want.code)
          .some((i) =>
            i.samples.some(
              (s) =>
                (want.line === undefined || s.line === want.line) &&
                (want.cell === undefined || s.cell === want.cell),
            ),
          );
        expect(located, JSON.stringify(want)).toBe(true);
      }
    },
  );

  it('exits 2 with a one-line reason for unusable input or arguments, never a stack trace', async () => {
    for (const argv of [
      ['validate', join(dir, 'bestaat-niet.ndjson')],
      ['validate', join(fixtures, 'bezoek', 'bezoeken.ndjson'), '--schema', 'onzin'],
      ['validate', join(delft, 'export'), '--format', 'xml'],
      ['validate', join(delft, 'README.md')],
    ]) {
      const result = await cli(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), result.stderr).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('fails on warnings only with --fail-on warning', async () => {
    const path = join(dir, 'clienten.csv');
    await writeFile(path, 'id;startDatum\n');
    expect((await cli('validate', path)).code).toBe(0);
    const strict = await cli('validate', path, '--fail-on', 'warning', '--lang', 'en');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('WARNING input.no-records');
  });
});

describe('zorghub convert', { timeout: 60_000 }, () => {
  it('turns CSV into NDJSON that validates, and back into the same records', async () => {
    const ndjson = join(dir, 'clienten.ndjson');
    const to = await cli('convert', join(delft, 'export/clienten.csv'), '--out', ndjson);
    expect(to.code).toBe(0);
    expect(to.stderr).toMatch(/geschreven: .*clienten\.ndjson \(client, 96 records\)/);
    expect((await cli('validate', ndjson)).code).toBe(0);
    const csv = join(dir, 'clienten-terug.csv');
    expect((await cli('convert', ndjson, '--out', csv, '--schema', 'client')).code).toBe(0);
    const again = join(dir, 'clienten-terug.ndjson');
    expect((await cli('convert', csv, '--out', again, '--schema', 'client')).code).toBe(0);
    expect(await readFile(again, 'utf8')).toBe(await readFile(ndjson, 'utf8'));
  });

  it('writes NDJSON to XLSX and reads it back to the same records', async () => {
    // 400 visits of the Delft export keep the test quick
    const original = (await readFile(join(delft, 'export/bezoeken.ndjson'), 'utf8'))
      .trim()
      .split('\n')
      .slice(0, 400);
    const input = join(dir, 'bezoeken-deel.ndjson');
    await writeFile(input, `${original.join('\n')}\n`);
    const xlsx = join(dir, 'bezoeken-export.xlsx');
    const to = await cli('convert', input, '--out', xlsx);
    expect(to.code).toBe(0);
    expect(to.stderr).not.toContain('input.no-records');
    expect((await cli('validate', xlsx)).code).toBe(0);
    const back = join(dir, 'bezoeken-terug.ndjson');
    expect((await cli('convert', xlsx, '--out', back)).code).toBe(0);
    const again = (await readFile(back, 'utf8')).trim().split('\n');
    expect(again.length).toBe(original.length);
    expect(again.map((l) => JSON.parse(l))).toEqual(original.map((l) => JSON.parse(l)));
  });

  it('refuses a file that is not really a workbook with exit 2', async () => {
    const fake = join(dir, 'kapot.xlsx');
    await writeFile(fake, 'dit is geen zip');
    const result = await cli('validate', fake);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /kapot\.xlsx: dit is tekst, geen XLSX; sla het op als Excel-werkmap/,
    );
  });

  it('reports conversion problems with their line and keeps unknown columns as text', async () => {
    const input = join(dir, 'diensten.csv');
    await writeFile(input, 'id;dienstsoort;naam;notitie\nDI-1;gezelschap;Gezelschap;hallo\n');
    const out = join(dir, 'diensten.json');
    const result = await cli('convert', input, '--out', out, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('csv.unknown-column');
    expect(result.stderr).toContain(`${input}:1`);
    const records = JSON.parse(await readFile(out, 'utf8'));
    expect(records).toEqual([
      { id: 'DI-1', dienstsoort: 'gezelschap', naam: 'Gezelschap', notitie: 'hallo' },
    ]);
  });

  it('reads XLSX sheets and converts Excel serial dates, naming the cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('urenregistraties');
    sheet.addRow(['id', 'deelnemerId', 'werkDatum', 'uren', 'urensoort']);
    sheet.addRow(['UR-1', 'DN-0001', 45292, 7.5, 'gewerkt']);
    const input = join(dir, 'uren.xlsx');
    await workbook.xlsx.writeFile(input);
    const out = join(dir, 'uren.ndjson');
    const result = await cli('convert', input, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('value.excel-serial-date');
    expect(result.stderr).toContain('urenregistraties!C2');
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({
      werkDatum: '2024-01-01',
      uren: 7.5,
    });
  });
});

describe('zorghub template', { timeout: 60_000 }, () => {
  it('prints a CSV header row with the Dutch column names', async () => {
    const result = await cli('template', 'visits', '--format', 'csv');
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .replace(/^\uFEFF/, '')
        .trim()
        .split(';'),
    ).toEqual(expect.arrayContaining(['id', 'clientId', 'geplandStartOp', 'status']));
  });

  it('writes a workbook with codelist dropdowns that validates as an empty export', async () => {
    const out = join(dir, 'bezoeken.xlsx');
    const result = await cli('template', 'bezoek', '--format', 'xlsx', '--out', out);
    expect(result.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('bezoeken')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const status = String.fromCharCode(65 + header.indexOf('status'));
    const validations = (
      sheet as unknown as {
        dataValidations: { model: Record<string, { type: string; formulae: string[] }> };
      }
    ).dataValidations.model;
    const rule = Object.entries(validations).find(([range]) => range.startsWith(`${status}2`))?.[1];
    expect(rule?.type).toBe('list');
    expect(rule?.formulae[0]).toMatch(/^codelijsten!/);
    expect(workbook.getWorksheet('codelijsten')!.getColumn(1).values).toContain('uitgevoerd');
    const check = await cli('validate', out);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('input.no-records');
  });

  it('gives invoices a sheet for their lines, with the invoice id as its first column', async () => {
    const out = join(dir, 'facturen.xlsx');
    expect((await cli('template', 'factuur', '--format', 'xlsx', '--out', out)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const invoices = (workbook.getWorksheet('facturen')!.getRow(1).values as unknown[]).slice(1);
    expect(invoices).not.toContain('regels');
    const lines = (workbook.getWorksheet('facturen.regels')!.getRow(1).values as unknown[]).slice(
      1,
    );
    expect(lines).toEqual([
      'factuurId',
      'omschrijving',
      'dienstId',
      'aantal',
      'eenheid',
      'prijsPerEenheidInCenten',
      'bedragExclBtwInCenten',
      'btwPercentage',
    ]);
    const csv = await cli('template', 'invoices.lines', '--headers', 'en');
    expect(
      csv.stdout
        .replace(/^\uFEFF/, '')
        .trim()
        .split(';')
        .slice(0, 3),
    ).toEqual(['invoiceId', 'description', 'serviceId']);
  });

  it('exits 2 for an unknown entity', async () => {
    const result = await cli('template', 'onzin');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/onbekende entiteit "onzin"/);
  });
});
