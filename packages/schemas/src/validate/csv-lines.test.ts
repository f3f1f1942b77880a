// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** CSV records keep their physical line (counted in LF, as an editor shows it); blank rows warn once each. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ValidationReport, validatePaths } from './index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zorghub-csv-lines-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const header = 'id;aanbiederId;dienstsoort;naam;standaardDuurMinuten';
const row = (id: string, naam: string, duur = '60') =>
  `${id};ORG-WERKSE;begeleidingHuisarts;${naam};${duur}`;

async function validate(name: string, text: string): Promise<ValidationReport> {
  const path = join(dir, name);
  await writeFile(path, text);
  return validatePaths([path]);
}

/** Lines of the samples of `code`. */
const lines = (report: ValidationReport, code: string) =>
  report.issues.filter((i) => i.code === code).flatMap((i) => i.samples.map((s) => s.line));

describe('CSV line numbers', { timeout: 60_000 }, () => {
  for (const [name, eol, inner] of [
    ['LF', '\n', '\n'],
    ['CRLF', '\r\n', '\r\n'],
    ['CR inside, LF outside', '\n', '\r'],
    ['CRLF inside, LF outside', '\n', '\r\n'],
  ] as const) {
    it(`stay physical after ${name} inside a quoted field`, async () => {
      const text = [
        header,
        row('DI-1', `"Begeleiding${inner}naar de huisarts"`),
        row('DI-2', 'Boodschappen', 'lang'),
        row('DI-3', `"Twee${inner}regels${inner}hier"`),
        row('DI-4', 'Familie', 'kort'),
        '',
      ].join(eol);
      const report = await validate(`diensten-${name.replace(/\W+/g, '-')}.csv`, text);
      const extra = inner === '\r' ? 0 : 1; // a lone CR does not end a line
      expect(lines(report, 'schema.type')).toEqual([3 + extra, 5 + 3 * extra]);
      expect(report.stats.records).toBe(4);
    });
  }

  it('give the physical line of a row after a CSV syntax error with line breaks in it', async () => {
    const text = [
      header,
      row('DI-1', '"Begeleiding\r\nnaar"'),
      row('DI-2', 'Familie', 'kort'),
      row('DI-3', '"niet gesloten'),
      '',
    ].join('\r\n');
    const report = await validate('diensten-syntax.csv', text);
    expect(lines(report, 'schema.type')).toEqual([4]);
    expect(lines(report, 'csv.syntax')).toEqual([5]);
  });
});

describe('blank rows', { timeout: 60_000 }, () => {
  it('are one record.blank warning each, not an error per required column', async () => {
    const text = [
      header,
      row('DI-1', 'Huisarts'),
      ';;;;',
      ' ; ;;;',
      row('DI-2', 'Familie'),
      '',
    ].join('\r\n');
    const report = await validate('diensten-leeg.csv', text);
    expect(report.issues.map((i) => i.code)).toEqual(['record.blank']);
    expect(lines(report, 'record.blank')).toEqual([3, 4]);
    expect(report.issues[0]!.severity).toBe('warning');
    expect(report.valid).toBe(true);
    expect(report.stats.records).toBe(2);
  });

  it('in a workbook are one record.blank warning each too', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('diensten');
    sheet.addRow(header.split(';'));
    sheet.addRow(
      row('DI-1', 'Huisarts')
        .split(';')
        .map((v, i) => (i === 4 ? Number(v) : v)),
    );
    // a row Excel keeps although it is empty: cells with a style and no value
    const blank = sheet.getRow(3);
    for (let c = 1; c <= 5; c++)
      blank.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    blank.commit();
    sheet.addRow(
      row('DI-2', 'Familie')
        .split(';')
        .map((v, i) => (i === 4 ? Number(v) : v)),
    );
    const path = join(dir, 'diensten-leeg.xlsx');
    await workbook.xlsx.writeFile(path);
    const report = await validatePaths([path]);
    expect(report.issues.map((i) => i.code)).toEqual(['record.blank']);
    expect(report.issues[0]!.samples[0]).toMatchObject({ sheet: 'diensten', cell: 'A3' });
    expect(report.stats.records).toBe(2);
  });
});
