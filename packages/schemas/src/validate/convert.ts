import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { EntityInfo, FieldInfo } from '../index.js';
import { Checker, type Source } from './engine.js';
import { publishedStandard, readPlanned, type StandardView } from './index.js';
import {
  entityFromName,
  type Format,
  formatOf,
  InputError,
  type PlannedFile,
  t,
} from './package.js';
import type { RecordSink } from './readers.js';
import { type Lang, ReportBuilder, type ValidationReport } from './report.js';
import { cellText, columnFields } from './tabular.js';

export interface ConvertOptions {
  /** Output format; taken from the extension of `out` when left out. */
  to?: Format;
  /** Output file (or folder, for a workbook with several entity sheets). */
  out?: string;
  schema?: string;
  lang?: Lang;
  /** Header names in CSV/XLSX output: Dutch (default) or English aliases. */
  headers?: 'nl' | 'en';
  /** CSV output delimiter (default `;`, what Excel in Dutch expects). */
  delimiter?: ',' | ';';
  maxSamples?: number;
}

export interface ConvertResult {
  /** Conversion problems, located in the input (line, or sheet + cell). */
  report: ValidationReport;
  written: Array<{ file: string; entity: string; records: number }>;
}

/** RFC 4180 quoting: quotes when the text holds the delimiter, a quote, a line break or edge spaces. */
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

interface Writer {
  write(record: Record<string, unknown>, source: Source, line: number): void;
  close(): Promise<void>;
  records: number;
  file: string;
  entity: string;
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Buffers text and flushes it in blocks, honouring back-pressure at block boundaries. */
class TextOut {
  #parts: string[] = [];
  #size = 0;
  #pending: Promise<void> = Promise.resolve();
  readonly stream: WriteStream;
  constructor(path: string) {
    this.stream = createWriteStream(path);
  }
  push(text: string): void {
    this.#parts.push(text);
    this.#size += text.length;
    if (this.#size > 1 << 20) this.flush();
  }
  flush(): void {
    if (!this.#parts.length) return;
    const text = this.#parts.join('');
    this.#parts = [];
    this.#size = 0;
    this.#pending = this.#pending.then(() => write(this.stream, text));
  }
  async close(): Promise<void> {
    this.flush();
    await this.#pending;
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

function headerOf(field: FieldInfo, headers: 'nl' | 'en'): string {
  return headers === 'en' ? field.columnEn : field.columnNl;
}

/** Properties of a record that have no column: they would be lost in a table. */
function unmapped(record: Record<string, unknown>, fields: FieldInfo[]): string[] {
  const known = new Set<string>();
  for (const f of fields) known.add(f.path.split('.')[0]!);
  const lost: string[] = [];
  for (const key of Object.keys(record)) {
    if (!known.has(key)) lost.push(key);
    else {
      const value = record[key];
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        for (const inner of Object.keys(value))
          if (
            !fields.some(
              (f) =>
                f.path === key ||
                f.path === `${key}.${inner}` ||
                f.path.startsWith(`${key}.${inner}.`),
            )
          )
            lost.push(`${key}.${inner}`);
      }
    }
  }
  return lost;
}

function tableWriter(
  path: string,
  format: 'csv' | 'xlsx',
  entity: EntityInfo,
  options: ConvertOptions,
  checker: Checker,
  ExcelJS: typeof import('exceljs') | undefined,
): Writer {
  const fields = columnFields(entity);
  const headers = fields.map((f) => headerOf(f, options.headers ?? 'nl'));
  const segments = fields.map((f) => f.path.split('.'));
  const lang = checker.lang;
  const rowOf = (record: Record<string, unknown>, source: Source, line: number): string[] => {
    for (const lost of unmapped(record, fields))
      checker.issue('schema.additional-property', source, line, lost, {
        expected: t(
          lang,
          'een veld met een kolom in de standaard',
          'a field with a column in the standard',
        ),
      });
    return segments.map((seg) => {
      let node: unknown = record;
      for (const key of seg) {
        if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return '';
        node = (node as Record<string, unknown>)[key];
      }
      return cellText(node);
    });
  };
  if (format === 'csv') {
    const delimiter = options.delimiter ?? ';';
    const out = new TextOut(path);
    out.push(`\uFEFF${headers.map((h) => csvField(h, delimiter)).join(delimiter)}\r\n`);
    const writer: Writer = {
      records: 0,
      file: path,
      entity: entity.name,
      write(record, source, line) {
        const row = rowOf(record, source, line);
        out.push(`${row.map((c) => csvField(c, delimiter)).join(delimiter)}\r\n`);
        writer.records++;
      },
      close: () => out.close(),
    };
    return writer;
  }
  const workbook = new ExcelJS!.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: false,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet(entity.plural, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(headers);
  header.font = { bold: true };
  header.commit();
  const numeric = fields.map((f) => f.type === 'number' || f.type === 'integer');
  const boolean = fields.map((f) => f.type === 'boolean');
  const writer: Writer = {
    records: 0,
    file: path,
    entity: entity.name,
    write(record, source, line) {
      const row = rowOf(record, source, line).map((text, i) => {
        if (text === '') return null;
        if (numeric[i] && /^-?\d+(?:\.\d+)?$/.test(text)) return Number(text);
        if (boolean[i] && (text === 'true' || text === 'false')) return text === 'true';
        return text;
      });
      sheet.addRow(row).commit();
      writer.records++;
    },
    async close() {
      sheet.commit();
      await workbook.commit();
    },
  };
  return writer;
}

function jsonWriter(path: string, format: 'json' | 'ndjson', entity: EntityInfo): Writer {
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
    async close() {
      if (format === 'json') out.push(writer.records ? '\n]\n' : ']\n');
      await out.close();
    },
  };
  return writer;
}

const EXT: Record<Format, string> = {
  json: '.json',
  ndjson: '.ndjson',
  csv: '.csv',
  xlsx: '.xlsx',
};

/**
 * Converts CSV/XLSX to JSON/NDJSON and back with the tabular mapping. Problems (unknown columns,
 * Excel serial dates, fields without a column, unreadable lines) are reported with their place in
 * the input; values that cannot be converted are kept as their text, so nothing is lost.
 */
export async function convertFile(
  input: string,
  options: ConvertOptions,
  standard: StandardView = publishedStandard(),
): Promise<ConvertResult> {
  const lang = options.lang ?? 'nl';
  try {
    await stat(input);
  } catch {
    throw new InputError(
      t(lang, `${input}: bestand bestaat niet`, `${input}: no such file`),
      'not-found',
    );
  }
  const from = formatOf(input);
  if (!from)
    throw new InputError(
      t(lang, `${input}: onbekend bestandsformaat`, `${input}: unknown file format`),
      'unknown-format',
    );
  const to = options.to ?? (options.out ? formatOf(options.out) : undefined);
  if (!to)
    throw new InputError(
      t(
        lang,
        'geef het doelformaat met --to json|ndjson|csv|xlsx',
        'give the target format with --to json|ndjson|csv|xlsx',
      ),
      'unknown-format',
    );
  let entity: EntityInfo | undefined;
  if (options.schema) {
    entity = standard.getEntity(options.schema);
    if (!entity)
      throw new InputError(
        t(lang, `onbekende entiteit "${options.schema}"`, `unknown entity "${options.schema}"`),
        'unknown-entity',
      );
  } else entity = entityFromName(input, standard);
  if (!entity && from !== 'xlsx')
    throw new InputError(
      t(
        lang,
        `${input}: uit de bestandsnaam blijkt niet welke entiteit het is; geef --schema <entiteit>`,
        `${input}: the file name does not tell which entity it holds; pass --schema <entity>`,
      ),
      'unknown-entity',
    );
  const report = new ReportBuilder({ lang, maxSamples: options.maxSamples ?? 5 });
  const checker = new Checker(report, { checkReferences: false });
  const base = basename(input, extname(input));
  const ExcelJS = to === 'xlsx' ? (await import('exceljs')).default : undefined;
  const outIsFile = options.out !== undefined && formatOf(options.out) !== undefined;
  if (outIsFile && resolve(options.out!) === resolve(input))
    throw new InputError(
      t(
        lang,
        `${input}: het doel is hetzelfde bestand als de invoer`,
        `${input}: the target is the input file itself`,
      ),
      'unreadable',
    );
  if (options.out && !outIsFile) await mkdir(options.out, { recursive: true });
  const writers = new Map<string, Writer>();
  const open = (e: EntityInfo): Writer => {
    let path: string;
    if (outIsFile) {
      if (writers.size > 0)
        throw new InputError(
          t(
            lang,
            `${input} bevat meer dan één entiteit; geef met --out een map`,
            `${input} holds more than one entity; pass a folder with --out`,
          ),
          'unreadable',
        );
      path = options.out!;
    } else {
      const name = from === 'xlsx' ? e.plural : base;
      path = join(options.out ?? dirname(input), `${name}${EXT[to]}`);
      if (resolve(path) === resolve(input))
        path = join(options.out ?? '.', `${name}.converted${EXT[to]}`);
    }
    const writer =
      to === 'csv' || to === 'xlsx'
        ? tableWriter(path, to, e, options, checker, ExcelJS)
        : jsonWriter(path, to, e);
    writers.set(e.name, writer);
    return writer;
  };
  const sink: RecordSink = {
    checker,
    keepUnknown: true,
    record(record, source, line) {
      source.records++;
      const e = source.runtime.info;
      const writer = writers.get(e.name) ?? open(e);
      writer.write(record, source, line);
    },
  };
  const planned: PlannedFile = {
    path: input,
    display: input,
    format: from,
    ...(entity ? { entity } : {}),
  };
  const runtimeFor = (e: EntityInfo) => checker.runtime(standard.setup(e));
  try {
    const sources = await readPlanned(
      planned,
      { checker, standard, lang, maxLineBytes: 8 << 20 },
      sink,
      runtimeFor,
    );
    // an input without records still gives an (empty) output with its header
    for (const source of sources)
      if (!writers.has(source.runtime.info.name)) open(source.runtime.info);
  } finally {
    for (const writer of writers.values()) await writer.close();
  }
  const written: ConvertResult['written'] = [];
  for (const writer of writers.values()) {
    written.push({ file: writer.file, entity: writer.entity, records: writer.records });
    report.files.push({
      file: writer.file,
      entity: writer.entity,
      format: to,
      records: writer.records,
    });
    report.records += writer.records;
  }
  return { report: report.build(standard.version), written };
}
