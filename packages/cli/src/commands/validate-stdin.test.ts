// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** `zorghub validate -` as a data team pipes into it: the built command line, real pipes. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { extensionOf } from './stdin.js';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const repo = resolve(packageDir, '../..');
const bin = join(packageDir, 'bin', 'zorghub.js');
const services = readFileSync(join(repo, 'examples/delft/export/diensten.csv'));
const lines = services.toString('utf8').trimEnd().split('\n').length;

function zorghub(args: string[], input: Buffer | string) {
  const result = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const leftovers = () => readdirSync(tmpdir()).filter((name) => name.startsWith('zorghub-stdin-'));

describe('zorghub validate -', { timeout: 120_000 }, () => {
  it('validates a CSV that comes on standard input and names it "-" in the report', () => {
    const before = leftovers().length;
    const result = zorghub(['validate', '-', '--schema', 'dienst', '--format', 'json'], services);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      files: Array<{ file: string; format: string; records: number }>;
    };
    expect(report.files).toEqual([
      { file: '-', entity: 'dienst', format: 'csv', records: lines - 1 },
    ]);
    expect(leftovers().length).toBe(before);
  });

  it('locates a problem in piped input by line, under the name "-"', () => {
    const broken = `${services.toString('utf8').trimEnd()}\nDI-X,ORG-WERKSE,gezelschap,Zwemles,lang\n`;
    const result = zorghub(['validate', '-', '--schema', 'dienst', '--lang', 'en'], broken);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`-:${lines + 1}`);
    expect(result.stdout).not.toContain('zorghub-stdin-');
  });

  it('reads gzip and an Excel workbook from standard input', async () => {
    const gz = zorghub(
      ['validate', '-', '--schema', 'dienst', '--format', 'json'],
      gzipSync(services),
    );
    expect(gz.stderr).toBe('');
    expect(JSON.parse(gz.stdout).files[0]).toMatchObject({ file: '-', records: lines - 1 });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('diensten');
    for (const line of services.toString('utf8').trimEnd().split('\n'))
      sheet.addRow(line.split(','));
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const xlsx = zorghub(['validate', '-', '--schema', 'dienst', '--format', 'json'], bytes);
    expect(xlsx.stderr).toBe('');
    expect(JSON.parse(xlsx.stdout).files[0]).toMatchObject({
      file: '-',
      format: 'xlsx',
      records: lines - 1,
    });
  });

  it('asks for --schema, since standard input has no file name (exit 2)', () => {
    const result = zorghub(['validate', '-'], services);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^zorghub: -: standaardinvoer heeft geen bestandsnaam.*--schema bezoek\n$/,
    );
  });

  it('tells JSON, NDJSON, CSV and XLSX apart by their first bytes', () => {
    expect(extensionOf(Buffer.from('\ufeff [{"id":"DI-1"}]'))).toBe('.json');
    expect(extensionOf(Buffer.from('{"id":"DI-1"}\n{"id":"DI-2"}\n'))).toBe('.ndjson');
    expect(extensionOf(Buffer.from('id;naam\n'))).toBe('.csv');
    expect(extensionOf(Buffer.from('PK\u0003\u0004'))).toBe('.xlsx');
  });
});
