// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The sheets of an XLSX workbook, row by row, into a sink: one entity per sheet. Where the rows
 * come from is the caller's (exceljs's streaming parsers in Node, xlsx.ts; a workbook loaded in
 * a browser, browser-xlsx.ts), so both read cells the same way. No Node built-ins here.
 */

import type { FieldInfo } from '../../model.js';
import { columnLetter as columnLetterOf } from '../../table/columns.js';
import type { Source } from '../engine/source.js';
import {
  type ConversionNote,
  cellDateToText,
  convertCell,
  excelSerialToDate,
  excelSerialToDateTime,
  type HeaderPlan,
  planHeader,
  setPath,
} from '../tabular.js';
import { excelNote, type RowBuilder, reportHeader, rowBuilder } from './header.js';
import type { RecordSink } from './sink.js';

export interface ExcelRow {
  number: number;
  values: unknown[] | Record<string, unknown>;
}

export interface ExcelSheet extends AsyncIterable<ExcelRow> {
  name: string;
  /** its place in the workbook */
  index: number;
}

/** Text of a header cell. */
function cellToText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return (v.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('');
    if ('result' in v) return cellToText(v.result);
    if ('text' in v) return cellToText(v.text);
  }
  return String(value);
}

/** The value of a data cell, converted to what its field asks for. */
export function excelCellValue(
  value: unknown,
  field: FieldInfo,
  note: ConversionNote,
): { value?: unknown; error?: string } {
  if (value === null || value === undefined || value === '') return {};
  if (value instanceof Date) {
    if (field.type === 'string' && (field.format === 'date' || field.format === 'date-time'))
      return { value: cellDateToText(value, field) };
    return { value: convertCell(cellDateToText(value, field), field, note) };
  }
  if (typeof value === 'number') {
    if (field.type === 'number' || field.type === 'integer') return { value };
    if (field.format === 'date' || field.format === 'date-time') {
      const converted =
        field.format === 'date' ? excelSerialToDate(value) : excelSerialToDateTime(value);
      note(field, String(value), converted);
      return { value: converted };
    }
    return { value: convertCell(String(value), field, note) };
  }
  if (typeof value === 'boolean') {
    if (field.type === 'boolean') return { value };
    return { value: convertCell(String(value), field, note) };
  }
  if (typeof value === 'string') return { value: convertCell(value, field, note) };
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('error' in v) return { error: String(v.error) };
    if ('formula' in v || 'sharedFormula' in v) return excelCellValue(v.result, field, note);
  }
  return { value: convertCell(cellToText(value), field, note) };
}

const suggestionFor = (name: string | undefined) => (name ? { suggestion: name } : {});

/** Sheets a workbook made by `zorghub template` carries besides the data. */
const HELPER_SHEETS = new Set(['toelichting', 'codelijsten', 'explanation', 'codelists']);

/** What reading a workbook needs besides its sheets. */
export interface SheetOptions {
  /** The source for a sheet (its entity), or undefined when the sheet holds none. */
  openSheet: (name: string, index: number) => Source | undefined;
  file: string;
  /** the entity a sheet name that names none comes closest to */
  suggestEntity?: (name: string) => string | undefined;
  /** sheets to read before the others (nested tables, before their parents) */
  first?: (name: string) => boolean;
}

/** Reads `reader`'s sheets (in the order given) into `sink`. */
export async function readSheets(
  reader: AsyncIterable<ExcelSheet>,
  sink: RecordSink,
  options: SheetOptions,
): Promise<{ sheets: Source[] }> {
  const sheets: Source[] = [];
  for await (const sheet of reader) {
    const name = sheet.name;
    const source = options.openSheet(name, sheet.index);
    if (!source) {
      if (!HELPER_SHEETS.has(name.trim().toLowerCase()))
        sink.issue(
          'xlsx.unknown-sheet',
          undefined,
          0,
          undefined,
          { sheet: name, ...suggestionFor(options.suggestEntity?.(name)) },
          options.file,
        );
      for await (const _row of sheet) {
        // drain the sheet
      }
      continue;
    }
    const runtime = source.runtime;
    sheets.push(source);
    let plan: HeaderPlan | undefined;
    let builder: RowBuilder | undefined;
    const lineRef = { line: 0 };
    const note = excelNote(sink, source, lineRef);
    for await (const row of sheet) {
      const values = row.values as unknown[];
      if (!plan) {
        const headers: string[] = [];
        for (let i = 1; i < values.length; i++) headers.push(cellToText(values[i]));
        if (headers.every((h) => h.trim() === '')) continue;
        plan = planHeader(headers, runtime.info);
        source.plan = plan;
        builder = rowBuilder(plan, sink.keepUnknown);
        reportHeader(sink, source, plan, row.number);
        continue;
      }
      lineRef.line = row.number;
      const record: Record<string, unknown> = Object.create(null);
      let any = false;
      for (const col of builder!.mapped) {
        const raw = values[col.index + 1];
        const { value, error } = excelCellValue(raw, col.field!, note);
        if (error) {
          sink.issue('xlsx.cell-error', source, row.number, col.field!.path, { found: error });
          any = true;
          continue;
        }
        if (value === undefined) continue;
        any = true;
        setPath(record, col.segments!, value);
      }
      for (const col of builder!.kept) {
        const text = cellToText(values[col.index + 1]);
        if (text !== '') {
          record[col.header] = text;
          any = true;
        }
      }
      for (const col of builder!.columns) {
        if (col.empty && cellToText(values[col.index + 1]) !== '') {
          any = true;
          sink.issue('csv.empty-header', source, row.number, undefined, {
            cell: `${columnLetterOf(col.index)}${row.number}`,
          });
        }
      }
      if (!any) {
        let unknownValues = false;
        for (const col of builder!.columns)
          if (col.unknown && cellToText(values[col.index + 1]) !== '') unknownValues = true;
        if (!unknownValues) {
          sink.issue('record.blank', source, row.number, undefined, {});
          continue;
        }
      }
      sink.record(record, source, row.number);
    }
    if (!plan || source.records === 0) sink.issue('input.no-records', source, 0, undefined, {});
  }
  return { sheets };
}
