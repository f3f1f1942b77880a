// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A zip does not fix the order of its parts. These workbooks put the parts in orders that
 * exceljs's one-pass streaming reader cannot follow (exceljs issue #3064), and the validator must
 * still read every sheet and every row.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatePaths } from '../index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zorghub-xlsx-order-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const headers = ['id', 'naam', 'type', 'kvkNummer'];

/** A workbook of organisations (no personal data), written by exceljs. */
async function workbookBytes(rows: number): Promise<Record<string, Uint8Array>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('organisaties');
  sheet.addRow(headers);
  for (let i = 1; i <= rows; i++)
    sheet.addRow([`ORG-${i}`, `Zorgaanbieder ${i}`, 'zorgorganisatie', String(10000000 + i)]);
  workbook.addWorksheet('toelichting').addRow(['kolom']);
  return unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** The same parts, zipped again in the given order (names not listed follow, in their order). */
async function rezip(
  name: string,
  parts: Record<string, Uint8Array>,
  first: string[],
): Promise<string> {
  const order = [...first, ...Object.keys(parts).filter((p) => !first.includes(p))];
  const path = join(dir, name);
  await writeFile(path, zipSync(Object.fromEntries(order.map((p) => [p, parts[p]!]))));
  return path;
}

describe('workbooks whose parts come in an unusual order', { timeout: 60_000 }, () => {
  it('reads a workbook whose shared strings and relationships come before the sheets and whose workbook part comes last', async () => {
    // exceljs's reader parses a sheet as soon as it has shared strings and relationships, and
    // then reads the sheet names from a workbook part it has not seen yet: a TypeError.
    const parts = await workbookBytes(3);
    const path = await rezip('strings-first.xlsx', parts, [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    const names = Object.keys(unzipSync(await readFile(path)));
    expect(names.indexOf('xl/workbook.xml')).toBe(names.length - 1);
    const report = await validatePaths([path], { schema: 'organisatie' });
    expect(report.files).toEqual([
      { file: path, sheet: 'organisaties', entity: 'organisatie', format: 'xlsx', records: 3 },
    ]);
  });

  it('keeps the workbook order of the sheets and reads every row, whatever the order of the sheet parts', async () => {
    const parts = await workbookBytes(2500);
    const path = await rezip('sheets-reversed.xlsx', parts, [
      'xl/workbook.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const report = await validatePaths([path], { schema: 'organisatie' });
    expect(report.files).toEqual([
      { file: path, sheet: 'organisaties', entity: 'organisatie', format: 'xlsx', records: 2500 },
    ]);
  });

  it('finds a sheet whose relationship gives an absolute part name', async () => {
    const parts = await workbookBytes(2);
    const rels = 'xl/_rels/workbook.xml.rels';
    parts[rels] = strToU8(
      strFromU8(parts[rels]!).replace(
        'Target="worksheets/sheet1.xml"',
        'Target="/xl/worksheets/sheet1.xml"',
      ),
    );
    expect(strFromU8(parts[rels]!)).toContain('/xl/worksheets/sheet1.xml');
    const path = await rezip('absolute-target.xlsx', parts, []);
    const report = await validatePaths([path], { schema: 'organisatie' });
    expect(report.files[0]).toMatchObject({ sheet: 'organisaties', records: 2 });
  });

  it('names a workbook without its workbook part as unreadable instead of failing with a TypeError', async () => {
    const parts = await workbookBytes(1);
    delete parts['xl/workbook.xml'];
    const path = await rezip('no-workbook.xlsx', parts, []);
    await expect(validatePaths([path], { schema: 'organisatie' })).rejects.toThrow(
      /no-workbook\.xlsx: het Excel-bestand kan niet gelezen worden \(xl\/workbook\.xml ontbreekt/,
    );
  });
});
