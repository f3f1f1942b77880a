// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** A file or sheet being read, and how a place in it is shown in a report. */
import { columnLetter } from '../../table/columns.js';
import type { Sample } from '../report.js';
import type { HeaderPlan } from '../tabular.js';
import type { EntityRuntime } from './runtime.js';

/** One file (or one sheet of a workbook) being read. */
export interface Source {
  index: number;
  file: string;
  format: 'json' | 'ndjson' | 'csv' | 'xlsx';
  runtime: EntityRuntime;
  sheet?: string;
  plan?: HeaderPlan;
  /** required fields whose column is missing (reported once at the header, not per row) */
  suppressRequired?: Set<string>;
  records: number;
}

export function sourceLocation(source: Source, line: number, field?: string): Sample {
  if (line <= 0)
    return source.sheet !== undefined
      ? { file: source.file, sheet: source.sheet }
      : { file: source.file };
  if (source.format === 'xlsx') {
    const col = field ? source.plan?.byPath.get(field) : undefined;
    return {
      file: source.file,
      sheet: source.sheet ?? '',
      cell: `${col ? columnLetter(col.index) : 'A'}${line}`,
    };
  }
  const sample: Sample = { file: source.file, line };
  if (field && source.plan) {
    const col = source.plan.byPath.get(field);
    if (col) sample.column = col.header;
  }
  return sample;
}
