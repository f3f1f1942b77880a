// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** CSV: delimiter detected from the header, quoted fields, records with their physical line. */
import type { Source } from '../engine/source.js';
import {
  type ConversionNote,
  convertCell,
  type HeaderPlan,
  planHeader,
  setPath,
} from '../tabular.js';
import { RecordBatch } from './batch.js';
import { excelNote, type RowBuilder, reportHeader, rowBuilder } from './header.js';
import { commonEvents, type ReadOptions, type RecordSink, textOptions } from './sink.js';
import { type ByteSource, readText } from './text.js';

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
  input: ByteSource,
  sink: RecordSink,
  source: Source,
  options: ReadOptions,
): Promise<{ bytes: number; lines: number; delimiter: string }> {
  const { parse } = await import('csv-parse');
  const lang = sink.lang;
  const events = commonEvents(sink, source);
  let parser: ReturnType<typeof parse> | undefined;
  let plan: HeaderPlan | undefined;
  let builder: RowBuilder | undefined;
  let prevEnd = 0;
  let delimiter = ',';
  const lineRef = { line: 0 };
  const note = excelNote(sink, source, lineRef);
  const batch = new RecordBatch();
  // csv-parse counts every CR as a line of its own, also inside a quoted field and in CRLF there;
  // a line here is what ends in LF, as in an editor and in the other readers. `crs` is how many
  // CRs csv-parse has counted so far that were not a line end.
  let crs = 0;
  const onRecord = (cells: string[], ctx: { lines: number }) => {
    let end = ctx.lines - crs;
    let start = end;
    if (end - prevEnd > 1) {
      let inner = 0;
      let cr = 0;
      for (const cell of cells) {
        if (cell.includes('\n')) inner += cell.split('\n').length - 1;
        if (cell.includes('\r')) cr += cell.split('\r').length - 1;
      }
      crs += cr;
      end -= cr;
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
    if (isBlank(cells)) {
      sink.issue('record.blank', source, start, undefined, {});
      return null;
    }
    const record = buildRow(cells, builder!, note, (index) => {
      sink.issue('csv.empty-header', source, start, undefined, {
        column: `#${index + 1}`,
      });
    });
    if (
      cells.length > plan.columns.length &&
      cells.slice(plan.columns.length).some((c) => c !== '')
    )
      sink.issue('csv.row-length', source, start, undefined, {
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
      // a quote inside an unquoted value is text, as Python's csv module and LibreOffice read it
      // (csv-spectrum's location_coordinates: 37°36'37.8"N)
      relax_quotes: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n'],
      skip_records_with_error: true,
      on_record: onRecord as never,
      on_skip: (error: { code?: string; lines?: number } | undefined) => {
        // an unclosed quote is noticed at the end of the file; it began on the record's first line
        const at =
          error?.code === 'CSV_QUOTE_NOT_CLOSED' || error?.lines === undefined
            ? prevEnd + 1
            : error.lines - crs;
        if (error?.lines !== undefined) prevEnd = error.lines - crs;
        sink.issue('csv.syntax', source, at, undefined, {
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
  const result = await readText(input, textOptions('lines', options), {
    text(text) {
      if (!parser) startParser(text);
      parser!.write(text);
      batch.flush(sink, source);
    },
    encoding: events.encoding,
    converted: events.converted,
    tooLong(line) {
      events.tooLong(line, options.maxLineBytes);
      // keep csv-parse's line count in step with the file
      if (!parser) startParser('');
      parser!.write('\n');
    },
  });
  if (!parser) return { ...result, delimiter };
  parser.end();
  await done;
  batch.flush(sink, source);
  return { ...result, delimiter };
}

/** A row of only delimiters (or spaces): what a spreadsheet writes for an empty row. */
function isBlank(cells: string[]): boolean {
  for (const cell of cells) if (cell !== '' && cell.trim() !== '') return false;
  return true;
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
