// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { EntityInfo } from '../model.js';
import { TextOut } from '../table/text-out.js';
import { openTable } from '../table/write.js';
import { Checker } from './engine/checker.js';
import type { Source } from './engine/source.js';
import { nodeIo } from './node-io.js';
import { normaliseDates } from './normalise.js';
import {
  checkEncoding,
  entityFromName,
  type Format,
  formatOf,
  InputError,
  type PlannedFile,
  t,
} from './package.js';
import { readPlanned } from './read-planned.js';
import type { RecordSink } from './readers/sink.js';
import { type Lang, ReportBuilder, type ValidationReport } from './report.js';
import { publishedStandard, type StandardView } from './standard-view.js';
import { closest, entityCandidates } from './suggest.js';

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
  /** Encoding of the input when it is text (detected when left out). */
  encoding?: string;
  /** CSV output without the byte-order mark (for Frictionless tools; Excel needs it). */
  bom?: boolean;
  /** Write Dutch-written dates and zone-less times in their ISO form, each change reported. */
  normalise?: boolean;
}

export interface ConvertResult {
  /** Conversion problems, located in the input (line, or sheet + cell). */
  report: ValidationReport;
  written: Array<{ file: string; entity: string; records: number }>;
}

interface Writer {
  write(record: Record<string, unknown>, source: Source, line: number): void;
  close(): Promise<void>;
  records: number;
  file: string;
  entity: string;
}

function tableWriter(
  path: string,
  format: 'csv' | 'xlsx',
  entity: EntityInfo,
  options: ConvertOptions,
  checker: Checker,
): Writer {
  const lang = checker.lang;
  const table = openTable(path, entity, {
    format,
    headers: options.headers ?? 'nl',
    delimiter: options.delimiter ?? ';',
    ...(options.bom === false ? { bom: false } : {}),
  });
  const writer: Writer = {
    records: 0,
    file: path,
    entity: entity.name,
    write(record, source, line) {
      for (const lost of table.write(record))
        checker.issue('schema.additional-property', source, line, lost, {
          expected: t(
            lang,
            'een veld met een kolom in de standaard',
            'a field with a column in the standard',
          ),
        });
      writer.records++;
    },
    close: () => table.close(),
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
  const encoding = checkEncoding(options.encoding, lang);
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
    if (!entity) {
      const near = closest(options.schema, entityCandidates(standard.entities, lang));
      throw new InputError(
        t(
          lang,
          `onbekende entiteit "${options.schema}"${near ? `; bedoeld is misschien "${near}"` : ''}`,
          `unknown entity "${options.schema}"${near ? `; did you mean "${near}"?` : ''}`,
        ),
        'unknown-entity',
      );
    }
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
        ? tableWriter(path, to, e, options, checker)
        : jsonWriter(path, to, e);
    writers.set(e.name, writer);
    return writer;
  };
  const sink: RecordSink = {
    lang,
    issue: checker.issue.bind(checker),
    keepUnknown: true,
    record(record, source, line) {
      source.records++;
      if (options.normalise) normaliseDates(record, source, line, checker.issue.bind(checker));
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
      {
        io: nodeIo,
        checker,
        standard,
        lang,
        maxLineBytes: 8 << 20,
        ...(encoding ? { encoding } : {}),
      },
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
