// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** XLSX workbooks, streamed sheet by sheet with exceljs's parsers: one entity per sheet. */

import { loadExcelJs } from '../../excel.js';
import type { Source } from '../engine/source.js';
import type { RecordSink } from './sink.js';
import { workbookSheets } from './xlsx-directory.js';
import { type ExcelSheet, readSheets, type SheetOptions } from './xlsx-sheets.js';

export { excelCellValue } from './xlsx-sheets.js';

export async function readXlsx(
  path: string,
  sink: RecordSink,
  options: SheetOptions,
): Promise<{ sheets: Source[] }> {
  const ExcelJS = await loadExcelJs();
  const reader = workbookSheets<ExcelSheet>(
    path,
    ExcelJS.stream.xlsx.WorkbookReader,
    {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    },
    options.first,
  );
  return readSheets(reader, sink, options);
}
