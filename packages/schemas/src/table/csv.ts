// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The one set of rules for CSV written by the toolkit (RFC 4180): lines end in CRLF, a field is
 * quoted when it holds the delimiter, a quote, a line break or spaces at its edges, the delimiter
 * is `;` unless asked otherwise (what Excel in Dutch expects), and the text starts with a UTF-8
 * byte-order mark unless `bom: false` (Excel needs it to read UTF-8; Frictionless tools and most
 * programs prefer none). Browser-safe.
 */
import type { EntityInfo } from '../model.js';
import { type ColumnOptions, type TableColumn, tableColumns, tableRow } from './columns.js';

export type CsvDelimiter = ';' | ',' | '\t';

export interface CsvOptions {
  /** Default `;`. */
  delimiter?: CsvDelimiter;
  /** Start with a UTF-8 byte-order mark (default true). */
  bom?: boolean;
}

export type TableOptions = ColumnOptions & CsvOptions;

export const CSV_LINE_END = '\r\n';
const BOM = '\uFEFF';

/** One field, quoted when it has to be. */
export function csvField(text: string, delimiter: string): string {
  if (
    text.includes(delimiter) ||
    text.includes('"') ||
    text.includes('\n') ||
    text.includes('\r') ||
    text.trim() !== text
  )
    return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** One line of fields, with its line end. */
export function csvLine(cells: readonly string[], delimiter: string = ';'): string {
  return `${cells.map((c) => csvField(c, delimiter)).join(delimiter)}${CSV_LINE_END}`;
}

/** The first line of a table (with the byte-order mark unless `bom: false`). */
export function csvHeader(columns: readonly TableColumn[], options: CsvOptions = {}): string {
  const line = csvLine(
    columns.map((c) => c.header),
    options.delimiter ?? ';',
  );
  return options.bom === false ? line : `${BOM}${line}`;
}

/** A whole table as text: the header line and a line per record. */
export function csvTable(
  entity: Pick<EntityInfo, 'fields'>,
  records: Iterable<Readonly<Record<string, unknown>>>,
  options: TableOptions = {},
): string {
  const columns = tableColumns(entity, options);
  const delimiter = options.delimiter ?? ';';
  const parts = [csvHeader(columns, options)];
  for (const record of records) parts.push(csvLine(tableRow(record, columns), delimiter));
  return parts.join('');
}
