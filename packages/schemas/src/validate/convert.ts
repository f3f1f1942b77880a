// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { EntityInfo } from '../model.js';
import { nestedTableOf, nestedTables, withNestedTables } from '../table/nested.js';
import { openWorkbook } from '../table/write.js';
import { EXT, jsonWriter, nestedPath, tableWriter, type Writer } from './convert-writers.js';
import { Checker } from './engine/checker.js';
import { NestedJoin } from './engine/nested-join.js';
import { nodeIo } from './node-io.js';
import { normaliseDates } from './normalise.js';
import {
  checkEncoding,
  entityFromName,
  type Format,
  formatOf,
  InputError,
  type PlannedFile,
  planInputs,
  t,
} from './package.js';
import { readPlanned } from './read-planned.js';
import type { RecordSink } from './readers/sink.js';
import { type Lang, ReportBuilder, type ValidationReport } from './report.js';
import { publishedStandard, type StandardView } from './standard-view.js';
import { closest, entityCandidates } from './suggest.js';
import { nestedRuntimes } from './validate-run.js';

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
  checkEncoding(options.encoding, lang); // an unknown --encoding is exit 2 before anything else
  let isFolder = false;
  try {
    isFolder = (await stat(input)).isDirectory();
  } catch {
    throw new InputError(
      t(lang, `${input}: bestand bestaat niet`, `${input}: no such file`),
      'not-found',
    );
  }
  if (isFolder) {
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
    return convertFolder(input, to, options, standard);
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
    entity = withNestedTables(standard.getEntity)(options.schema);
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
  const planned: PlannedFile[] = [
    { path: input, display: input, format: from, ...(entity ? { entity } : {}) },
  ];
  // a CSV file of invoices brings the file of their lines beside it (facturen.regels.csv)
  if (entity && from !== 'xlsx')
    for (const table of nestedTables(entity)) {
      const path = nestedPath(input, table);
      if (await exists(path))
        planned.unshift({ path, display: path, format: from, entity: table.entity });
    }
  return convertPlanned(planned, input, to, options, standard, basename(input, extname(input)));
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * A whole folder (a data package, or files named after their entities): into one workbook with a
 * sheet per entity (`--out export.xlsx`), or into a folder with a file per entity.
 */
async function convertFolder(
  input: string,
  to: Format,
  options: ConvertOptions,
  standard: StandardView,
): Promise<ConvertResult> {
  const lang = options.lang ?? 'nl';
  const probe = new Checker(new ReportBuilder({ lang, maxSamples: 1 }), { checkReferences: false });
  const getEntity = withNestedTables(standard.getEntity);
  const schema = options.schema ? getEntity(options.schema) : undefined;
  const { files } = await planInputs(
    [input],
    { ...(schema ? { schema } : {}), lang },
    { getEntity },
    probe,
    standard.getEntity('datapakket'),
    nodeIo,
  );
  if (files.length === 0)
    throw new InputError(
      t(
        lang,
        `${input}: geen bestanden gevonden om om te zetten`,
        `${input}: no files found to convert`,
      ),
      'not-found',
    );
  // nested tables first: their rows are joined to the records they belong to
  const ordered = [
    ...files.filter((f) => nestedTableOf(f.entity)),
    ...files.filter((f) => !nestedTableOf(f.entity)),
  ];
  return convertPlanned(ordered, input, to, options, standard, undefined);
}

async function convertPlanned(
  planned: PlannedFile[],
  input: string,
  to: Format,
  options: ConvertOptions,
  standard: StandardView,
  base: string | undefined,
): Promise<ConvertResult> {
  const lang = options.lang ?? 'nl';
  const encoding = checkEncoding(options.encoding, lang);
  const report = new ReportBuilder({ lang, maxSamples: options.maxSamples ?? 5 });
  const checker = new Checker(report, { checkReferences: false });
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
  if (base === undefined && !outIsFile && options.out === undefined)
    throw new InputError(
      t(
        lang,
        `${input}: geef met --out een werkmap (.xlsx) of een map voor de bestanden`,
        `${input}: pass a workbook (.xlsx) or a folder for the files with --out`,
      ),
      'unreadable',
    );
  if (options.out && !outIsFile) await mkdir(options.out, { recursive: true });
  // one workbook for everything: a folder into one .xlsx, or any input into a workbook file
  const workbook = outIsFile && to === 'xlsx' ? openWorkbook(options.out!) : undefined;
  const writers = new Map<string, Writer>();
  const open = (e: EntityInfo, from: Format): Writer => {
    let path: string;
    if (outIsFile) {
      if (writers.size > 0 && !workbook)
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
      const name = from === 'xlsx' || base === undefined ? e.plural : base;
      path = join(options.out ?? dirname(input), `${name}${EXT[to]}`);
      if (resolve(path) === resolve(input))
        path = join(options.out ?? '.', `${name}.converted${EXT[to]}`);
    }
    const writer =
      to === 'csv' || to === 'xlsx'
        ? tableWriter(path, to, e, options, checker, workbook)
        : jsonWriter(path, to, e);
    writers.set(e.name, writer);
    return writer;
  };
  const rows = new NestedJoin(checker.issue.bind(checker), lang);
  const sink: RecordSink = {
    lang,
    issue: checker.issue.bind(checker),
    keepUnknown: true,
    record(record, source, line) {
      if (rows.isRowSource(source)) {
        rows.row(record, source, line);
        return;
      }
      rows.attach(record, source);
      source.records++;
      if (options.normalise) normaliseDates(record, source, line, checker.issue.bind(checker));
      const e = source.runtime.info;
      const writer = writers.get(e.name) ?? open(e, source.format);
      writer.write(record, source, line);
    },
  };
  const runtimeFor = nestedRuntimes(checker, standard);
  const ctx = {
    io: nodeIo,
    checker,
    standard,
    lang,
    maxLineBytes: 8 << 20,
    ...(encoding ? { encoding } : {}),
  };
  try {
    for (const file of planned) {
      const sources = await readPlanned(file, ctx, sink, runtimeFor);
      // an input without records still gives an (empty) output with its header
      for (const source of sources)
        if (!writers.has(source.runtime.info.name) && !rows.isRowSource(source))
          open(source.runtime.info, source.format);
      for (const source of sources) writers.get(source.runtime.info.name)?.done();
    }
    rows.finish();
  } finally {
    for (const writer of writers.values()) await writer.close();
    await workbook?.close();
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
