// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The entity → columns mapping of the standard, in one place: which fields have a column in a
 * CSV file or spreadsheet, what the column is called (Dutch, or the English alias), and how a
 * value is written into one cell. Readers, `convert`, `template`, the API's export and the
 * example data all use it. Browser-safe.
 */
import type { EntityInfo, FieldInfo } from '../model.js';
import { nestedFieldPaths } from './nested.js';

export type HeaderLanguage = 'nl' | 'en';

/** A column of a table: its field, its header and the field's path split at the dots. */
export interface TableColumn {
  field: FieldInfo;
  header: string;
  segments: string[];
}

/**
 * A field that has a column of its own: a leaf, or an array/object written as one cell. A list of
 * objects of a record (`factuur.regels`) is a table of its own (./nested.ts), not a column, unless
 * `nestedAsColumn` (a reader still takes it as JSON text in one cell).
 */
export function columnFields(
  entity: Pick<EntityInfo, 'fields'> & Partial<EntityInfo>,
  options: { nestedAsColumn?: boolean } = {},
): FieldInfo[] {
  const paths = new Set(entity.fields.map((f) => f.path));
  const nested =
    !options.nestedAsColumn && entity.kind !== undefined && entity.name !== undefined
      ? nestedFieldPaths(entity as EntityInfo)
      : undefined;
  return entity.fields.filter((field) => {
    if (field.path.includes('[]')) return false; // items of an array live in their array's cell
    if (nested?.has(field.path)) return false;
    if (field.type === 'object') {
      // an object whose properties have columns of their own has no column itself
      const prefix = `${field.path}.`;
      for (const p of paths) if (p.startsWith(prefix)) return false;
    }
    return true;
  });
}

export interface ColumnOptions {
  /** Header names: the standard's Dutch column names (default) or their English aliases. */
  headers?: HeaderLanguage;
  /** Only these fields (paths), in the standard's order; default every column. */
  columns?: readonly string[];
}

/** The columns of an entity's table, in the standard's order. */
export function tableColumns(
  entity: Pick<EntityInfo, 'fields'> & Partial<EntityInfo>,
  options: ColumnOptions = {},
): TableColumn[] {
  const wanted = options.columns ? new Set(options.columns) : undefined;
  return columnFields(entity)
    .filter((field) => !wanted || wanted.has(field.path))
    .map((field) => ({
      field,
      header: options.headers === 'en' ? field.columnEn : field.columnNl,
      segments: field.path.split('.'),
    }));
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Writes a value into one cell of text (the inverse of the readers' cell conversion). */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (
    Array.isArray(value) &&
    value.every((v) => typeof v === 'string' && !v.includes('|') && v.trim() === v && v !== '')
  )
    return value.join('|');
  return JSON.stringify(value);
}

/** The value at a field's path in a record (own properties only), or undefined. */
export function valueAtSegments(record: unknown, segments: readonly string[]): unknown {
  let node: unknown = record;
  for (const key of segments) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The cells of one record, as text, in column order. */
export function tableRow(record: unknown, columns: readonly TableColumn[]): string[] {
  return columns.map((c) => cellText(valueAtSegments(record, c.segments)));
}

/** Paths of a record's properties that have no column: they would be lost in a table. */
export function unmappedPaths(
  record: Readonly<Record<string, unknown>>,
  columns: readonly TableColumn[],
): string[] {
  const known = new Set<string>();
  for (const c of columns) known.add(c.segments[0]!);
  const lost: string[] = [];
  for (const key of Object.keys(record)) {
    if (!known.has(key)) lost.push(key);
    else {
      const value = record[key];
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        for (const inner of Object.keys(value))
          if (
            !columns.some(
              (c) =>
                c.field.path === key ||
                c.field.path === `${key}.${inner}` ||
                c.field.path.startsWith(`${key}.${inner}.`),
            )
          )
            lost.push(`${key}.${inner}`);
      }
    }
  }
  return lost;
}
