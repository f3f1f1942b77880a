// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * `writeTable()`: records of one entity into a CSV file or an XLSX workbook, streaming, with the
 * rules of ./csv.ts (delimiter, byte-order mark and header language as options) and the columns
 * of ./columns.ts. Node only (files and streams; exceljs is loaded when a workbook is written).
 */
import type { Writable } from 'node:stream';
import { loadExcelJs } from '../excel.js';
import type { EntityInfo } from '../model.js';
import { type TableColumn, tableColumns, tableRow, unmappedPaths } from './columns.js';
import { csvHeader, csvLine, type TableOptions } from './csv.js';
import { TextOut } from './text-out.js';

export interface WriteTableOptions extends TableOptions {
  format: 'csv' | 'xlsx';
  /** Name of the worksheet (XLSX); default the entity's plural, e.g. `bezoeken`. */
  sheet?: string;
}

/** Writes records one at a time; `close()` finishes the file. */
export interface TableWriter {
  readonly columns: readonly TableColumn[];
  /** Records written so far. */
  readonly records: number;
  /**
   * Writes one record. Returns the paths of its properties that have no column (they are not in
   * the table: the caller reports them).
   */
  write(record: Readonly<Record<string, unknown>>): string[];
  close(): Promise<void>;
}

type Target = string | Writable;

function csvWriter(
  target: Target,
  columns: TableColumn[],
  options: WriteTableOptions,
): TableWriter {
  const delimiter = options.delimiter ?? ';';
  const out = new TextOut(target);
  out.push(csvHeader(columns, options));
  let records = 0;
  return {
    columns,
    get records() {
      return records;
    },
    write(record) {
      out.push(csvLine(tableRow(record, columns), delimiter));
      records++;
      return unmappedPaths(record, columns);
    },
    close: () => out.close(),
  };
}

const NUMERIC = /^-?\d+(?:\.\d+)?$/;

function xlsxWriter(
  target: Target,
  entity: Pick<EntityInfo, 'fields' | 'plural'> & Partial<EntityInfo>,
  columns: TableColumn[],
  options: WriteTableOptions,
): TableWriter {
  type Row = Array<string | number | boolean | null>;
  let addRow: ((row: Row) => void) | undefined;
  const queued: Row[] = [];
  // exceljs is loaded on first use; rows written before it is there wait in `queued`
  const opened = loadExcelJs().then((ExcelJS) => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      ...(typeof target === 'string' ? { filename: target } : { stream: target }),
      useSharedStrings: false,
      useStyles: true,
    });
    const sheet = workbook.addWorksheet(options.sheet ?? entity.plural, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    const header = sheet.addRow(columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    addRow = (row) => sheet.addRow(row).commit();
    for (const row of queued) addRow(row);
    queued.length = 0;
    return { workbook, sheet };
  });
  opened.catch(() => {}); // reported by close()
  const numeric = columns.map((c) => c.field.type === 'number' || c.field.type === 'integer');
  const boolean = columns.map((c) => c.field.type === 'boolean');
  let records = 0;
  return {
    columns,
    get records() {
      return records;
    },
    write(record) {
      const row: Row = tableRow(record, columns).map((text, i) => {
        if (text === '') return null;
        if (numeric[i] && NUMERIC.test(text)) return Number(text);
        if (boolean[i] && (text === 'true' || text === 'false')) return text === 'true';
        return text;
      });
      if (addRow) addRow(row);
      else queued.push(row);
      records++;
      return unmappedPaths(record, columns);
    },
    async close() {
      const { workbook, sheet } = await opened;
      sheet.commit();
      await workbook.commit();
    },
  };
}

/**
 * Opens a table for one entity in a file (path) or on a stream (a stream given is left open for
 * CSV; a workbook ends it). Errors while writing surface from `close()`.
 */
export function openTable(
  target: Target,
  entity: Pick<EntityInfo, 'fields' | 'plural'> & Partial<EntityInfo>,
  options: WriteTableOptions,
): TableWriter {
  const columns = tableColumns(entity, options);
  return options.format === 'csv'
    ? csvWriter(target, columns, options)
    : xlsxWriter(target, entity, columns, options);
}

/**
 * Writes all `records` of one entity as a CSV file or workbook. Returns how many were written and
 * the paths of properties that had no column (each path once).
 */
export async function writeTable(
  target: Target,
  entity: Pick<EntityInfo, 'fields' | 'plural'> & Partial<EntityInfo>,
  records:
    | Iterable<Readonly<Record<string, unknown>>>
    | AsyncIterable<Readonly<Record<string, unknown>>>,
  options: WriteTableOptions,
): Promise<{ records: number; lost: string[] }> {
  const writer = openTable(target, entity, options);
  const lost = new Set<string>();
  try {
    for await (const record of records) for (const path of writer.write(record)) lost.add(path);
  } finally {
    await writer.close();
  }
  return { records: writer.records, lost: [...lost] };
}

/** A sheet of a workbook being written; `finish()` says no more rows come for it. */
export interface SheetWriter extends TableWriter {
  finish(): void;
}

/** A workbook with several sheets, written one after the other (see {@link openWorkbook}). */
export interface WorkbookOut {
  sheet(
    entity: Pick<EntityInfo, 'fields' | 'plural'> & Partial<EntityInfo>,
    options: TableOptions & { sheet?: string },
  ): SheetWriter;
  close(): Promise<void>;
}

interface SheetState {
  name: string;
  columns: TableColumn[];
  queued: Array<Array<string | number | boolean | null>>;
  finished: boolean;
  sheet?: { addRow(row: unknown[]): { commit(): void; font?: unknown }; commit(): void };
}

/**
 * A workbook of several sheets. A workbook is written sheet after sheet: the rows of the sheet
 * being written go out at once, those of sheets opened later wait in memory until the sheets
 * before them are finished (the lines of invoices wait for the invoices' sheet).
 */
export function openWorkbook(target: Target): WorkbookOut {
  const sheets: SheetState[] = [];
  let live = 0;
  type Writer = {
    addWorksheet(name: string, options: object): NonNullable<SheetState['sheet']>;
    commit(): Promise<void>;
  };
  let workbook: Writer | undefined;
  const pump = () => {
    if (!workbook) return;
    while (live < sheets.length) {
      const state = sheets[live]!;
      if (!state.sheet) {
        state.sheet = workbook.addWorksheet(state.name, {
          views: [{ state: 'frozen', ySplit: 1 }],
        });
        const header = state.sheet.addRow(state.columns.map((c) => c.header));
        header.font = { bold: true };
        header.commit();
      }
      for (const row of state.queued) state.sheet.addRow(row).commit();
      state.queued = [];
      if (!state.finished) return;
      state.sheet.commit();
      live++;
    }
  };
  const opened = loadExcelJs().then((ExcelJS) => {
    workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      ...(typeof target === 'string' ? { filename: target } : { stream: target }),
      useSharedStrings: false,
      useStyles: true,
    }) as unknown as Writer;
    pump();
  });
  opened.catch(() => {}); // reported by close()
  return {
    sheet(entity, options) {
      const columns = tableColumns(entity, options);
      const state: SheetState = {
        name: options.sheet ?? entity.plural,
        columns,
        queued: [],
        finished: false,
      };
      sheets.push(state);
      let records = 0;
      return {
        columns,
        get records() {
          return records;
        },
        write(record) {
          state.queued.push(xlsxRow(record, columns));
          records++;
          if (sheets[live] === state) pump();
          return unmappedPaths(record, columns);
        },
        finish() {
          state.finished = true;
          pump();
        },
        close: async () => {
          state.finished = true;
          pump();
        },
      };
    },
    async close() {
      await opened;
      for (const state of sheets) state.finished = true;
      pump();
      await workbook!.commit();
    },
  };
}

/** A record's cells for a sheet: numbers and booleans as such, text as text. */
function xlsxRow(
  record: Readonly<Record<string, unknown>>,
  columns: readonly TableColumn[],
): Array<string | number | boolean | null> {
  return tableRow(record, columns).map((text, i) => {
    if (text === '') return null;
    const type = columns[i]!.field.type;
    if ((type === 'number' || type === 'integer') && NUMERIC.test(text)) return Number(text);
    if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
    return text;
  });
}
