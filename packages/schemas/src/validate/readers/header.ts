// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The header of a CSV file or sheet, and building records from its rows (CSV and XLSX). */
import type { FieldInfo } from '../../model.js';
import { columnLetter as columnLetterOf } from '../../table/columns.js';
import type { Source } from '../engine/source.js';
import { showValue } from '../report.js';
import { closest, columnCandidates } from '../suggest.js';
import type { ColumnPlan, ConversionNote, HeaderPlan } from '../tabular.js';
import type { RecordSink } from './sink.js';

function suggestion(header: string, source: Source): { suggestion?: string } {
  const found = closest(header, columnCandidates(source.runtime.info.fields));
  return found ? { suggestion: found } : {};
}

/** Reports what the header says: unknown, duplicate and missing columns. */
export function reportHeader(
  sink: RecordSink,
  source: Source,
  plan: HeaderPlan,
  headerLine: number,
) {
  const lang = sink.lang;
  const loc = (col: ColumnPlan) =>
    source.format === 'xlsx'
      ? { cell: `${columnLetterOf(col.index)}${headerLine}` }
      : { column: col.header };
  for (const col of plan.columns) {
    if (col.unknown)
      sink.issue('csv.unknown-column', source, headerLine, undefined, {
        ...loc(col),
        expected:
          lang === 'nl'
            ? 'een kolom uit de standaard (Nederlandse of Engelse naam)'
            : 'a column of the standard (Dutch or English name)',
        found: showValue(col.header),
        ...suggestion(col.header, source),
      });
    if (col.duplicate)
      sink.issue('csv.duplicate-header', source, headerLine, undefined, {
        ...loc(col),
        found: showValue(col.header),
      });
  }
  for (const field of plan.missingRequired)
    sink.issue('csv.missing-column', source, headerLine, field.path, {
      expected: `${field.columnNl} (${field.columnEn})`,
    });
  source.suppressRequired = new Set(plan.missingRequired.map((f) => f.path));
}

export interface RowBuilder {
  columns: ColumnPlan[];
  mapped: ColumnPlan[];
  /** unknown columns whose text is kept (convert) */
  kept: ColumnPlan[];
}

export function rowBuilder(plan: HeaderPlan, keepUnknown: boolean | undefined): RowBuilder {
  return {
    columns: plan.columns,
    mapped: plan.columns.filter((c) => c.field),
    kept: keepUnknown ? plan.columns.filter((c) => c.unknown) : [],
  };
}

export function excelNote(
  sink: RecordSink,
  source: Source,
  lineRef: { line: number },
): ConversionNote {
  return (field: FieldInfo, original: string, converted: string) => {
    sink.issue('value.excel-serial-date', source, lineRef.line, field.path, {
      expected: field.format ?? 'date',
      found: `${original} → ${converted}`,
    });
  };
}
