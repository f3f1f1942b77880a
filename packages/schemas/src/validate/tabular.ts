// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { EntityInfo, FieldInfo } from '../model.js';
import { columnFields } from '../table/columns.js';
import { nestedFieldPaths } from '../table/nested.js';

/**
 * The tabular mapping at work: CSV/XLSX headers to fields (Dutch or English names), cell text to
 * typed values, flat rows to nested records, and back.
 */

export interface ColumnPlan {
  index: number;
  header: string;
  field?: FieldInfo;
  segments?: string[];
  /** the header names no field of the entity */
  unknown?: boolean;
  /** a second column for a field that already has one; ignored */
  duplicate?: boolean;
  empty?: boolean;
}

export interface HeaderPlan {
  columns: ColumnPlan[];
  /** top-level required fields without a column */
  missingRequired: FieldInfo[];
  byPath: Map<string, ColumnPlan>;
}

function norm(text: string): string {
  return text.trim().toLowerCase();
}

export function planHeader(headers: string[], entity: EntityInfo): HeaderPlan {
  const exact = new Map<string, FieldInfo>();
  const loose = new Map<string, FieldInfo>();
  const fields = columnFields(entity, { nestedAsColumn: true });
  for (const field of fields) {
    exact.set(field.columnNl, field);
    exact.set(field.columnEn, field);
    exact.set(field.path, field);
  }
  for (const field of fields) {
    for (const name of [field.columnNl, field.columnEn, field.path])
      if (!loose.has(norm(name))) loose.set(norm(name), field);
  }
  const columns: ColumnPlan[] = [];
  const byPath = new Map<string, ColumnPlan>();
  const seenHeaders = new Set<string>();
  headers.forEach((raw, index) => {
    const header = raw ?? '';
    const plan: ColumnPlan = { index, header };
    if (header.trim() === '') plan.empty = true;
    else {
      const field = exact.get(header) ?? loose.get(norm(header));
      if (seenHeaders.has(norm(header)) || (field && byPath.has(field.path))) plan.duplicate = true;
      else if (!field) plan.unknown = true;
      else {
        plan.field = field;
        plan.segments = field.path.split('.');
        byPath.set(field.path, plan);
      }
      seenHeaders.add(norm(header));
    }
    columns.push(plan);
  });
  // a list in a table of its own (factuur.regels) has no column to miss
  const nested = nestedFieldPaths(entity);
  const missingRequired = fields.filter(
    (f) => f.required && !f.path.includes('.') && !byPath.has(f.path) && !nested.has(f.path),
  );
  return { columns, missingRequired, byPath };
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA_DECIMAL = /^[+-]?\d+,\d+$/;
const TRUE = new Set(['true', 'waar', 'ja', 'yes', '1', 'j', 'y']);
const FALSE = new Set(['false', 'onwaar', 'nee', 'no', '0', 'n']);
const SERIAL = /^\d{1,7}(?:[.,]\d+)?$/;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Called when a value was changed in form on reading (an Excel serial date). */
export type ConversionNote = (field: FieldInfo, original: string, converted: string) => void;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Offset of Europe/Amsterdam at a given instant, e.g. '+01:00'. */
function amsterdamOffset(utcMs: number): string {
  const part = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    timeZoneName: 'longOffset',
  })
    .formatToParts(new Date(utcMs))
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-]\d{2}:\d{2})/.exec(part ?? '');
  return m ? m[1]! : 'Z';
}

/** A wall-clock time as read in a spreadsheet, written as date-time with the Dutch offset. */
export function wallClockToDateTime(wallUtcMs: number): string {
  const d = new Date(wallUtcMs);
  const local = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  // the offset that holds at that wall-clock time in Amsterdam
  const guess = amsterdamOffset(wallUtcMs - 3600_000);
  const sign = guess.startsWith('-') ? -1 : 1;
  const [hh, mm] = guess.slice(1).split(':').map(Number);
  const offsetMs = sign * ((hh ?? 0) * 60 + (mm ?? 0)) * 60_000;
  const offset = guess === 'Z' ? 'Z' : amsterdamOffset(wallUtcMs - offsetMs);
  return `${local}${offset === '+00:00' ? 'Z' : offset}`;
}

export function excelSerialToDate(serial: number): string {
  const d = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function excelSerialToDateTime(serial: number): string {
  return wallClockToDateTime(EXCEL_EPOCH_MS + Math.round(serial * 86400) * 1000);
}

/** A Date from a spreadsheet cell (exceljs reads date cells as UTC wall-clock). */
export function cellDateToText(date: Date, field: FieldInfo): string {
  if (field.format === 'date-time') return wallClockToDateTime(date.getTime());
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * Converts the text of one cell to the value the field's type asks for. Text that cannot be
 * converted is kept as it is, so the schema check reports it with what was found.
 */
export function convertCell(
  text: string,
  field: FieldInfo,
  note?: ConversionNote,
): unknown | undefined {
  if (text === '') return undefined;
  switch (field.type) {
    case 'integer':
    case 'number': {
      const t = text.trim();
      if (NUMBER.test(t)) return Number(t);
      if (COMMA_DECIMAL.test(t)) return Number(t.replace(',', '.'));
      return text;
    }
    case 'boolean': {
      const t = norm(text);
      if (TRUE.has(t)) return true;
      if (FALSE.has(t)) return false;
      return text;
    }
    case 'array':
    case 'object': {
      const t = text.trim();
      if (
        (field.type === 'array' && t.startsWith('[')) ||
        (field.type === 'object' && t.startsWith('{'))
      ) {
        try {
          return JSON.parse(t);
        } catch {
          return text;
        }
      }
      if (field.type === 'array') return t.split('|').map((item) => item.trim());
      return text;
    }
    default: {
      if ((field.format === 'date' || field.format === 'date-time') && SERIAL.test(text.trim())) {
        const serial = Number(text.trim().replace(',', '.'));
        if (serial >= 1 && serial < 2958466) {
          const converted =
            field.format === 'date' ? excelSerialToDate(serial) : excelSerialToDateTime(serial);
          note?.(field, text, converted);
          return converted;
        }
      }
      return text;
    }
  }
}

/** Sets `value` at a dotted path, creating null-prototype objects on the way. */
export function setPath(target: Record<string, unknown>, segments: string[], value: unknown): void {
  let node = target;
  for (let i = 0; i < segments.length - 1; i++) {
    const key = segments[i]!;
    let next = node[key];
    if (typeof next !== 'object' || next === null) {
      next = Object.create(null);
      node[key] = next;
    }
    node = next as Record<string, unknown>;
  }
  node[segments[segments.length - 1]!] = value;
}

/** Reads a dotted path (no arrays) from a record; own properties only. */
export function getPath(record: unknown, segments: string[]): unknown {
  let node: unknown = record;
  for (const key of segments) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
