// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Where `convert` writes records: JSON or NDJSON files, CSV files, or sheets of a workbook. A
 * record with a list of objects that is a table of its own (`factuur.regels`) gets its rows in
 * that table too: `facturen.regels.csv` beside `facturen.csv`, or the sheet `facturen.regels`
 * after `facturen`, each row with the invoice's id in `factuurId`, in the list's order.
 */
import type { EntityInfo } from '../model.js';
import { type NestedTable, nestedTables } from '../table/nested.js';
import { TextOut } from '../table/text-out.js';
import { openTable, openWorkbook, type TableWriter, type WorkbookOut } from '../table/write.js';
import type { ConvertOptions } from './convert.js';
import type { Checker } from './engine/checker.js';
import type { Source } from './engine/source.js';
import { type Format, t } from './package.js';
import { isRecord } from './readers/sink.js';

export interface Writer {
  write(record: Record<string, unknown>, source: Source, line: number): void;
  /** The input that fed it is read: a sheet can be finished. */
  done(): void;
  close(): Promise<void>;
  records: number;
  file: string;
  entity: string;
}

export const EXT: Record<Format, string> = {
  json: '.json',
  ndjson: '.ndjson',
  csv: '.csv',
  xlsx: '.xlsx',
};

/** `out/facturen.csv` → `out/facturen.regels.csv`: the file of a nested table beside its parent's. */
export function nestedPath(path: string, table: NestedTable): string {
  const m = /(\.[^./\\]+)$/.exec(path);
  const ext = m ? m[1]! : '';
  return `${path.slice(0, path.length - ext.length)}.${table.field.path}${ext}`;
}

type Sheet = TableWriter & { finish?(): void };

/**
 * A CSV file (and one per nested table beside it) or sheets of a workbook: `workbook` when the
 * whole output is one workbook, else one is made for `path` when `format` is xlsx.
 */
export function tableWriter(
  path: string,
  format: 'csv' | 'xlsx',
  entity: EntityInfo,
  options: ConvertOptions,
  checker: Checker,
  workbook?: WorkbookOut,
): Writer {
  const lang = checker.lang;
  const tableOptions = {
    headers: options.headers ?? 'nl',
    delimiter: options.delimiter ?? ';',
    ...(options.bom === false ? { bom: false } : {}),
  } as const;
  const own = format === 'xlsx' && !workbook ? openWorkbook(path) : undefined;
  const book = workbook ?? own;
  const open = (e: EntityInfo, file: string): Sheet =>
    book
      ? book.sheet(e, { ...tableOptions, sheet: e.plural })
      : openTable(file, e, { format: 'csv', ...tableOptions });
  const table = open(entity, path);
  const nested = nestedTables(entity).map((n) => ({ n, out: open(n.entity, nestedPath(path, n)) }));
  const report = (lost: string, source: Source, line: number) =>
    checker.issue('schema.additional-property', source, line, lost, {
      expected: t(
        lang,
        'een veld met een kolom in de standaard',
        'a field with a column in the standard',
      ),
    });
  const writer: Writer = {
    records: 0,
    file: path,
    entity: entity.name,
    write(record, source, line) {
      for (const lost of table.write(record))
        if (!nested.some(({ n }) => n.field.path === lost)) report(lost, source, line);
      for (const { n, out } of nested) {
        const items = record[n.field.path];
        if (items === undefined) continue;
        if (!Array.isArray(items)) {
          report(n.field.path, source, line);
          continue;
        }
        items.forEach((item, i) => {
          if (!isRecord(item)) {
            report(`${n.field.path}[${i}]`, source, line);
            return;
          }
          const row = { [n.key.path]: record[entity.idField], ...item };
          for (const lost of out.write(row)) report(`${n.field.path}[${i}].${lost}`, source, line);
        });
      }
      writer.records++;
    },
    done() {
      table.finish?.();
      for (const { out } of nested) out.finish?.();
    },
    async close() {
      if (own) return own.close();
      if (book) return writer.done();
      await table.close();
      for (const { out } of nested) await out.close();
    },
  };
  return writer;
}

export function jsonWriter(path: string, format: 'json' | 'ndjson', entity: EntityInfo): Writer {
  const out = new TextOut(path);
  if (format === 'json') out.push('[');
  const writer: Writer = {
    records: 0,
    file: path,
    entity: entity.name,
    write(record) {
      const text = JSON.stringify(record);
      if (format === 'ndjson') out.push(`${text}\n`);
      else out.push(`${writer.records ? ',' : ''}\n  ${text}`);
      writer.records++;
    },
    done() {},
    async close() {
      if (format === 'json') out.push(writer.records ? '\n]\n' : ']\n');
      await out.close();
    },
  };
  return writer;
}
