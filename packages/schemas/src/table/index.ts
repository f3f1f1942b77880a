// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * `@zorghub/schemas/table` (Node): the entity → columns mapping and CSV/XLSX writing with one set
 * of rules. The browser-safe parts (columns, CSV text) are also in the root entry.
 */
export {
  type ColumnOptions,
  cellText,
  columnFields,
  columnLetter,
  type HeaderLanguage,
  type TableColumn,
  tableColumns,
  tableRow,
  unmappedPaths,
  valueAtSegments,
} from './columns.js';
export {
  CSV_LINE_END,
  type CsvDelimiter,
  type CsvOptions,
  csvField,
  csvHeader,
  csvLine,
  csvTable,
  type TableOptions,
} from './csv.js';
export {
  type NestedTable,
  nestedTableNamed,
  nestedTableOf,
  nestedTables,
  withNestedTables,
} from './nested.js';
export {
  openTable,
  openWorkbook,
  type SheetWriter,
  type TableWriter,
  type WorkbookOut,
  type WriteTableOptions,
  writeTable,
} from './write.js';
