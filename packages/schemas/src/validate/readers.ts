import type { FieldInfo } from '../index.js';
import type { Checker, EntityRuntime, Source } from './engine.js';
import { JsonScanner } from './jsonscan.js';
import { showValue } from './report.js';
import {
  type ColumnPlan,
  type ConversionNote,
  cellDateToText,
  columnLetter as columnLetterOf,
  convertCell,
  excelSerialToDate,
  excelSerialToDateTime,
  type HeaderPlan,
  planHeader,
  setPath,
} from './tabular.js';
import { readText } from './text.js';

export interface ReadOptions {
  maxLineBytes: number;
}

/**
 * Everything a reader hands its records to. For `validate` this is the {@link Checker}; for
 * `convert` a writer that collects conversion problems the same way.
 */
export interface RecordSink {
  checker: Checker;
  record(record: Record<string, unknown>, source: Source, line: number): void;
  /** keep the text of unknown columns under their header (convert: nothing is lost) */
  keepUnknown?: boolean;
}

/** Turns a JSON.parse error into a description without echoing the data, and a line offset. */
export function describeJsonError(
  error: unknown,
  lang: 'nl' | 'en',
): { found: string; lineOffset: number } {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const lineCol = /\(line (\d+) column (\d+)\)/.exec(message);
  let kind = message
    .replace(/,? ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');
  if (kind.length > 80) kind = `${kind.slice(0, 79)}…`;
  const column = lineCol ? Number(lineCol[2]) : position ? Number(position[1]) + 1 : undefined;
  const where = column ? (lang === 'nl' ? ` (kolom ${column})` : ` (column ${column})`) : '';
  return { found: `${kind}${where}`, lineOffset: lineCol ? Number(lineCol[1]) - 1 : 0 };
}

/**
 * Records parsed from one piece of input, handed to the sink together afterwards. Parsing a whole
 * chunk first and then checking its records costs about half the CPU of alternating the parser
 * and the checks record by record (bench/validate: the checks' code and data stay in the caches).
 * Holds at most one chunk's records.
 */
class RecordBatch {
  readonly #records: Array<Record<string, unknown> | undefined> = [];
  readonly #lines: number[] = [];
  #length = 0;

  add(record: Record<string, unknown>, line: number): void {
    this.#records[this.#length] = record;
    this.#lines[this.#length++] = line;
  }

  flush(sink: RecordSink, source: Source): void {
    const n = this.#length;
    this.#length = 0;
    for (let i = 0; i < n; i++) {
      const record = this.#records[i]!;
      this.#records[i] = undefined;
      sink.record(record, source, this.#lines[i]!);
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function commonEvents(sink: RecordSink, source: Source) {
  const checker = sink.checker;
  return {
    encoding(line: number) {
      checker.issue('input.encoding', source, line, undefined, {
        expected: 'UTF-8',
      });
    },
    tooLong(line: number, max: number) {
      checker.issue('input.line-too-long', source, line, undefined, {
        expected: checker.lang === 'nl' ? `hooguit ${max} bytes` : `at most ${max} bytes`,
      });
    },
  };
}

function notObject(sink: RecordSink, source: Source, line: number, value: unknown) {
  sink.checker.issue('json.not-object', source, line, undefined, {
    expected: sink.checker.lang === 'nl' ? 'een object {…}' : 'an object {…}',
    found: Array.isArray(value) ? '[…]' : value === null ? 'null' : typeof value,
  });
}

export async function readNdjson(
  path: string,
  sink: RecordSink,
  source: Source,
  options: ReadOptions,
) {
  const events = commonEvents(sink, source);
  const lang = sink.checker.lang;
  const batch = new RecordBatch();
  const result = await readText(
    path,
    { mode: 'lines', maxLineBytes: options.maxLineBytes },
    {
      text(text, firstLine) {
        const lines = text.split('\n');
        const n = text.endsWith('\n') ? lines.length - 1 : lines.length;
        for (let i = 0; i < n; i++) {
          const line = lines[i]!;
          if (line.length === 0 || (line.length < 3 && line.trim() === '')) continue;
          let value: unknown;
          try {
            value = JSON.parse(line);
          } catch (error) {
            if (line.trim() === '') continue;
            const { found } = describeJsonError(error, lang);
            sink.checker.issue('json.syntax', source, firstLine + i, undefined, {
              expected: lang === 'nl' ? 'één JSON-object per regel' : 'one JSON object per line',
              found,
            });
            continue;
          }
          if (isRecord(value)) batch.add(value, firstLine + i);
          else notObject(sink, source, firstLine + i, value);
        }
        batch.flush(sink, source);
      },
      encoding: events.encoding,
      tooLong: (line) => events.tooLong(line, options.maxLineBytes),
    },
  );
  return result;
}

export async function readJson(
  path: string,
  sink: RecordSink,
  source: Source,
  options: ReadOptions,
) {
  const events = commonEvents(sink, source);
  const lang = sink.checker.lang;
  const batch = new RecordBatch();
  const scanner = new JsonScanner(
    {
      value(text, line) {
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (error) {
          const { found, lineOffset } = describeJsonError(error, lang);
          sink.checker.issue('json.syntax', source, line + lineOffset, undefined, {
            expected: lang === 'nl' ? 'een geldig JSON-object' : 'a valid JSON object',
            found,
          });
          return;
        }
        if (isRecord(value)) batch.add(value, line);
        else notObject(sink, source, line, value);
      },
      syntax(line, found) {
        sink.checker.issue('json.syntax', source, line, undefined, {
          expected:
            lang === 'nl'
              ? 'een object {…} of een lijst [ {…}, … ]'
              : 'an object {…} or a list [ {…}, … ]',
          found,
        });
      },
      tooLong(line) {
        events.tooLong(line, options.maxLineBytes);
      },
    },
    options.maxLineBytes,
  );
  const result = await readText(
    path,
    { mode: 'chunks', maxLineBytes: options.maxLineBytes },
    {
      text: (text) => {
        scanner.push(text);
        batch.flush(sink, source);
      },
      encoding: events.encoding,
      tooLong: (line) => events.tooLong(line, options.maxLineBytes),
    },
  );
  scanner.end();
  batch.flush(sink, source);
  return result;
}

/** Reports what the header says: unknown, duplicate and missing columns. */
function reportHeader(sink: RecordSink, source: Source, plan: HeaderPlan, headerLine: number) {
  const checker = sink.checker;
  const lang = checker.lang;
  const loc = (col: ColumnPlan) =>
    source.format === 'xlsx'
      ? { cell: `${columnLetterOf(col.index)}${headerLine}` }
      : { column: col.header };
  for (const col of plan.columns) {
    if (col.unknown)
      checker.issue('csv.unknown-column', source, headerLine, undefined, {
        ...loc(col),
        expected:
          lang === 'nl'
            ? 'een kolom uit de standaard (Nederlandse of Engelse naam)'
            : 'a column of the standard (Dutch or English name)',
        found: showValue(col.header),
      });
    if (col.duplicate)
      checker.issue('csv.duplicate-header', source, headerLine, undefined, {
        ...loc(col),
        found: showValue(col.header),
      });
  }
  for (const field of plan.missingRequired)
    checker.issue('csv.missing-column', source, headerLine, field.path, {
      expected: `${field.columnNl} (${field.columnEn})`,
    });
  source.suppressRequired = new Set(plan.missingRequired.map((f) => f.path));
}

interface RowBuilder {
  columns: ColumnPlan[];
  mapped: ColumnPlan[];
  /** unknown columns whose text is kept (convert) */
  kept: ColumnPlan[];
}

function rowBuilder(plan: HeaderPlan, keepUnknown: boolean | undefined): RowBuilder {
  return {
    columns: plan.columns,
    mapped: plan.columns.filter((c) => c.field),
    kept: keepUnknown ? plan.columns.filter((c) => c.unknown) : [],
  };
}

function excelNote(sink: RecordSink, source: Source, lineRef: { line: number }): ConversionNote {
  return (field: FieldInfo, original: string, converted: string) => {
    sink.checker.issue('value.excel-serial-date', source, lineRef.line, field.path, {
      expected: field.format ?? 'date',
      found: `${original} → ${converted}`,
    });
  };
}

/** Detects the delimiter from the header line: the most frequent of ; , and tab outside quotes. */
export function detectDelimiter(firstLine: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [ch, n] of counts) if (n > counts.get(best)!) best = ch;
  return best;
}

export async function readCsv(
  path: string,
  sink: RecordSink,
  source: Source,
  options: ReadOptions,
): Promise<{ bytes: number; lines: number; delimiter: string }> {
  const { parse } = await import('csv-parse');
  const checker = sink.checker;
  const lang = checker.lang;
  const events = commonEvents(sink, source);
  let parser: ReturnType<typeof parse> | undefined;
  let plan: HeaderPlan | undefined;
  let builder: RowBuilder | undefined;
  let prevEnd = 0;
  let delimiter = ',';
  const lineRef = { line: 0 };
  const note = excelNote(sink, source, lineRef);
  const batch = new RecordBatch();
  const onRecord = (cells: string[], ctx: { lines: number }) => {
    const end = ctx.lines;
    let start = end;
    if (end - prevEnd > 1) {
      let inner = 0;
      for (const cell of cells) if (cell.includes('\n')) inner += cell.split('\n').length - 1;
      start = end - inner;
    }
    prevEnd = end;
    if (!plan) {
      plan = planHeader(cells, source.runtime.info);
      source.plan = plan;
      builder = rowBuilder(plan, sink.keepUnknown);
      reportHeader(sink, source, plan, start);
      return null;
    }
    lineRef.line = start;
    const record = buildRow(cells, builder!, note, (index) => {
      checker.issue('csv.empty-header', source, start, undefined, {
        column: `#${index + 1}`,
      });
    });
    if (
      cells.length > plan.columns.length &&
      cells.slice(plan.columns.length).some((c) => c !== '')
    )
      checker.issue('csv.row-length', source, start, undefined, {
        expected: `${plan.columns.length}`,
        found: `${cells.length}`,
      });
    batch.add(record, start);
    return null;
  };
  let settle: { resolve: () => void; reject: (error: unknown) => void } | undefined;
  const done = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // attach a no-op catch so an early rejection is not unhandled before it is awaited
  done.catch(() => {});
  const startParser = (first: string) => {
    const nl = first.indexOf('\n');
    delimiter = detectDelimiter(nl === -1 ? first : first.slice(0, nl));
    parser = parse({
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n'],
      skip_records_with_error: true,
      on_record: onRecord as never,
      on_skip: (error: { code?: string; lines?: number } | undefined) => {
        // an unclosed quote is noticed at the end of the file; it began on the record's first line
        const at =
          error?.code === 'CSV_QUOTE_NOT_CLOSED' || error?.lines === undefined
            ? prevEnd + 1
            : error.lines;
        if (error?.lines !== undefined) prevEnd = error.lines;
        checker.issue('csv.syntax', source, at, undefined, {
          expected:
            lang === 'nl'
              ? 'waarden gescheiden door het scheidingsteken, tekst met dat teken tussen "…"'
              : 'values split by the delimiter, text holding it between "…"',
          found: csvErrorText(error?.code, lang),
        });
        return undefined;
      },
    });
    parser.on('error', (error) => settle!.reject(error));
    parser.on('end', () => settle!.resolve());
    parser.resume();
  };
  const result = await readText(
    path,
    { mode: 'lines', maxLineBytes: options.maxLineBytes },
    {
      text(text) {
        if (!parser) startParser(text);
        parser!.write(text);
        batch.flush(sink, source);
      },
      encoding: events.encoding,
      tooLong(line) {
        events.tooLong(line, options.maxLineBytes);
        // keep csv-parse's line count in step with the file
        if (!parser) startParser('');
        parser!.write('\n');
      },
    },
  );
  if (!parser) return { ...result, delimiter };
  parser.end();
  await done;
  batch.flush(sink, source);
  return { ...result, delimiter };
}

function csvErrorText(code: string | undefined, lang: 'nl' | 'en'): string {
  const nl: Record<string, string> = {
    CSV_QUOTE_NOT_CLOSED: 'aanhalingsteken niet gesloten voor het einde van het bestand',
    CSV_INVALID_CLOSING_QUOTE: 'tekst direct na een sluitend aanhalingsteken',
    INVALID_OPENING_QUOTE: 'aanhalingsteken midden in een waarde',
  };
  const en: Record<string, string> = {
    CSV_QUOTE_NOT_CLOSED: 'quote not closed before the end of the file',
    CSV_INVALID_CLOSING_QUOTE: 'text right after a closing quote',
    INVALID_OPENING_QUOTE: 'quote in the middle of a value',
  };
  return (lang === 'nl' ? nl : en)[code ?? ''] ?? code ?? 'CSV';
}

function buildRow(
  cells: string[],
  builder: RowBuilder,
  note: ConversionNote,
  emptyHeader: (index: number) => void,
): Record<string, unknown> {
  const record: Record<string, unknown> = Object.create(null);
  for (const col of builder.mapped) {
    const text = cells[col.index];
    if (text === undefined || text === '') continue;
    const value = convertCell(text, col.field!, note);
    if (value === undefined) continue;
    if (col.segments!.length === 1) record[col.segments![0]!] = value;
    else setPath(record, col.segments!, value);
  }
  for (const col of builder.kept) {
    const text = cells[col.index];
    if (text) record[col.header] = text;
  }
  if (builder.columns.length !== builder.mapped.length) {
    for (const col of builder.columns) {
      if (col.empty && cells[col.index]) emptyHeader(col.index);
    }
  }
  return record;
}

// ---------------------------------------------------------------------------------------------
// XLSX

interface ExcelRow {
  number: number;
  values: unknown[] | Record<string, unknown>;
}

interface ExcelSheet extends AsyncIterable<ExcelRow> {
  name: string;
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

/** Sheets a workbook made by `zorghub template` carries besides the data. */
const HELPER_SHEETS = new Set(['toelichting', 'codelijsten', 'explanation', 'codelists']);

export async function readXlsx(
  path: string,
  sink: RecordSink,
  options: {
    entityForSheet: (name: string, index: number) => EntityRuntime | undefined;
    file: string;
  },
): Promise<{ sheets: Source[] }> {
  const ExcelJS = (await import('exceljs')).default;
  const checker = sink.checker;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const sheets: Source[] = [];
  let index = 0;
  for await (const sheet of reader as unknown as AsyncIterable<ExcelSheet>) {
    const name = sheet.name;
    const runtime = options.entityForSheet(name, index++);
    if (!runtime) {
      if (!HELPER_SHEETS.has(name.trim().toLowerCase()))
        checker.issue('xlsx.unknown-sheet', undefined, 0, undefined, { sheet: name }, options.file);
      for await (const _row of sheet) {
        // drain the sheet
      }
      continue;
    }
    const source = checker.addSource({ file: options.file, format: 'xlsx', runtime, sheet: name });
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
          checker.issue('xlsx.cell-error', source, row.number, col.field!.path, { found: error });
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
          checker.issue('csv.empty-header', source, row.number, undefined, {
            cell: `${columnLetterOf(col.index)}${row.number}`,
          });
        }
      }
      if (!any) {
        let unknownValues = false;
        for (const col of builder!.columns)
          if (col.unknown && cellToText(values[col.index + 1]) !== '') unknownValues = true;
        if (!unknownValues) continue; // an empty row
      }
      sink.record(record, source, row.number);
    }
    if (!plan || source.records === 0) checker.issue('input.no-records', source, 0, undefined, {});
  }
  return { sheets };
}
