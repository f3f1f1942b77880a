// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * XLSX workbooks in a browser: exceljs's browser build loads the dropped workbook (in the page's
 * Web Worker, so the page does not freeze), and its sheets go row by row through the same cell
 * reading as `zorghub validate` (readers/xlsx-sheets.ts). exceljs's streaming reader needs Node's
 * file system; the browser build reads the whole workbook into memory instead, so a workbook is
 * limited by the browser's memory (CSV and NDJSON still stream).
 */
import type { XlsxReader } from './io.js';
import type { ExcelRow, ExcelSheet } from './readers/xlsx-sheets.js';
import { readSheets } from './readers/xlsx-sheets.js';

/** The parts of exceljs's browser build used here. */
interface BrowserCell {
  type: number;
  value: unknown;
}
interface BrowserRow {
  number: number;
  eachCell(callback: (cell: BrowserCell, column: number) => void): void;
}
interface BrowserWorksheet {
  name: string;
  orderNo: number;
  /** the rows the sheet's XML has, by number - 1 (also rows without values, as Node's reader) */
  _rows: Array<BrowserRow | undefined>;
}
interface BrowserExcelJs {
  Workbook: new () => {
    xlsx: { load(data: ArrayBuffer): Promise<unknown> };
    worksheets: BrowserWorksheet[];
  };
  ValueType: { Merge: number };
}

let loaded: Promise<BrowserExcelJs> | undefined;

/** exceljs's browser build, loaded the first time a workbook is read. */
function excelJs(): Promise<BrowserExcelJs> {
  loaded ??= import('exceljs/dist/exceljs.bare.min.js').then(
    (m: { default?: unknown }) => (m.default ?? m) as BrowserExcelJs,
  );
  return loaded;
}

/**
 * A row's values by column (1-based) as Node's streaming reader gives them: the covered cells of
 * a merged range are empty there (it does not apply merges), so they are left out here too.
 */
function values(row: BrowserRow, merge: number): unknown[] {
  const out: unknown[] = [];
  row.eachCell((cell, column) => {
    if (cell.type !== merge) out[column] = cell.value;
  });
  return out;
}

async function* sheetsOf(
  data: ArrayBuffer,
  first?: (name: string) => boolean,
): AsyncGenerator<ExcelSheet> {
  const ExcelJS = await excelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const listed = [...workbook.worksheets]
    .sort((a, b) => a.orderNo - b.orderNo)
    .map((sheet, index) => ({ sheet, index }));
  const early = first ? listed.filter((s) => first(s.sheet.name)) : [];
  const ordered = [...early, ...listed.filter((s) => !early.includes(s))];
  const merge = ExcelJS.ValueType.Merge;
  for (const { sheet, index } of ordered) {
    const rows = sheet._rows.filter((r): r is BrowserRow => r !== undefined);
    yield {
      name: sheet.name,
      index,
      async *[Symbol.asyncIterator](): AsyncGenerator<ExcelRow> {
        for (const row of rows) yield { number: row.number, values: values(row, merge) };
      },
    };
  }
}

/** Reads the workbook `blobAt(path)` gives; `onBytes` is told of its bytes once they are read. */
export function browserXlsxReader(
  blobAt: (path: string) => Blob,
  onBytes?: (bytes: number) => void,
): XlsxReader {
  return async (path, sink, options) => {
    const blob = blobAt(path);
    const data = await blob.arrayBuffer();
    onBytes?.(blob.size);
    return readSheets(sheetsOf(data, options.first), sink, options);
  };
}
