// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * One validation run over files and folders wherever they are (`InputIo`): the disk for
 * `validatePaths()` in Node, dropped files for `validateFiles()` in the browser.
 */
import { referenceOrder } from '../entity-info.js';
import type { EntityInfo } from '../model.js';
import { nestedTableOf, withNestedTables } from '../table/nested.js';
import { Checker } from './engine/checker.js';
import { NestedJoin } from './engine/nested-join.js';
import type { Source } from './engine/source.js';
import type { InputIo } from './io.js';
import { checkEncoding, InputError, type PlannedFile, planInputs, t } from './package.js';
import type { ParallelReader } from './parallel/pool.js';
import { type RunContext, readPlanned } from './read-planned.js';
import type { RecordSink } from './readers/sink.js';
import { type Lang, ReportBuilder, type ValidationReport } from './report.js';
import type { StandardView } from './standard-view.js';
import { closest, entityCandidates } from './suggest.js';

export interface ValidateOptions {
  /** Entity of every file given (nl/en, singular/plural). */
  schema?: string;
  /** Path of a regional profile. */
  profile?: string;
  lang?: Lang;
  checkReferences?: boolean;
  /** Samples kept per issue group (default 5). */
  maxSamples?: number;
  /** Longest line or record read, in bytes (default 8 MiB); longer ones are skipped and reported. */
  maxLineBytes?: number;
  /** Encoding of every text file (e.g. `windows-1252`); detected per file when left out. */
  encoding?: string;
  /**
   * Called with every record after its checks, in reading order (referenced entities first), with
   * `valid` false when the record's own checks found an error. Lets a consumer (monitoring) use the
   * records in the same pass as the validation instead of reading the files twice.
   */
  onRecord?: (entity: string, record: Record<string, unknown>, valid: boolean) => void;
  /**
   * Worker threads for NDJSON and CSV files (Node): 1, every file is read in
   * one thread; a number above 1 reads each such file with that many; left out, one of 64 MiB or
   * more is read with one worker per core (at most 8), smaller files in one thread
   * (parallel/pool.ts). The report is the same either way.
   */
  threads?: number;
}

/**
 * Validates files and folders in `io` (a folder with `datapakket.json` as one package) against
 * `standard`. Throws {@link InputError} when the input cannot be used at all; everything else is
 * in the report.
 */
export async function runValidation(
  io: InputIo,
  paths: string[],
  standard: StandardView,
  options: Omit<ValidateOptions, 'profile'> = {},
  parallel?: ParallelReader,
): Promise<ValidationReport> {
  const lang: Lang = options.lang ?? 'nl';
  const encoding = checkEncoding(options.encoding, lang);
  const report = new ReportBuilder({ lang, maxSamples: options.maxSamples ?? 5 });
  const checker = new Checker(report, { checkReferences: options.checkReferences ?? false });
  let schema: EntityInfo | undefined;
  if (options.schema) {
    schema = withNestedTables(standard.getEntity)(options.schema);
    if (!schema) {
      const near = closest(options.schema, entityCandidates(standard.entities, lang));
      throw new InputError(
        t(
          lang,
          `onbekende entiteit "${options.schema}"${near ? `; bedoeld is misschien "${near}"` : ''}; kies uit: ${standard.entities.map((e) => e.name).join(', ')}`,
          `unknown entity "${options.schema}"${near ? `; did you mean "${near}"?` : ''}; choose from: ${standard.entities.map((e) => e.english).join(', ')}`,
        ),
        'unknown-entity',
      );
    }
  }
  const manifestEntity = standard.getEntity('datapakket');
  const { files, manifests } = await planInputs(
    paths,
    { ...(schema ? { schema } : {}), lang },
    { getEntity: standard.getEntity },
    checker,
    manifestEntity,
    io,
  );
  if (files.length === 0 && manifests.length === 0)
    throw new InputError(
      t(
        lang,
        `${paths.join(', ')}: geen bestanden gevonden om te valideren (.json, .ndjson, .csv, .xlsx of een map met datapakket.json)`,
        `${paths.join(', ')}: no files found to validate (.json, .ndjson, .csv, .xlsx or a folder with datapakket.json)`,
      ),
      'not-found',
    );
  const rank = new Map(referenceOrder(standard.entities).map((e, i) => [e.name, i]));
  const ordered = [...manifests, ...files]
    .map((file, i) => ({ file, i }))
    .sort((a, b) => {
      // nested tables first (their rows wait for their parents), then workbooks (their sheets
      // may hold anything), then referenced entities first
      const ra = fileRank(a.file, rank);
      const rb = fileRank(b.file, rank);
      return ra - rb || a.i - b.i;
    })
    .map((x) => x.file);

  const runtimeFor = nestedRuntimes(checker, standard);
  for (const file of ordered) {
    if (file.format === 'xlsx') checker.pendingWorkbooks++;
    else checker.expectFile(file.entity!.name);
    if (file.format !== 'xlsx') runtimeFor(file.entity!);
  }
  // a record in parallel is checked on its own: not when it waits for rows of a nested table
  // (they could be in any sheet of a workbook) or when every record is handed on
  const parallelOk =
    parallel !== undefined &&
    options.onRecord === undefined &&
    !ordered.some((file) => file.format === 'xlsx' || nestedTableOf(file.entity));
  const ctx: RunContext = {
    io,
    checker,
    standard,
    lang,
    maxLineBytes: options.maxLineBytes ?? 8 << 20,
    ...(encoding ? { encoding } : {}),
    ...(parallelOk ? { parallel } : {}),
  };
  const onRecord = options.onRecord;
  const issue = checker.issue.bind(checker);
  const join = new NestedJoin(issue, lang);
  const sink: RecordSink = {
    lang,
    issue,
    record: (record, source, line) => {
      if (join.isRowSource(source)) {
        join.row(record, source, line);
        return;
      }
      const errorsBefore = report.errors;
      checker.check(record, source, line, join.attach(record, source));
      const entity = source.runtime.info.name;
      if (entity === 'datapakket') checkManifestVersion(record, source, line);
      onRecord?.(entity, record, report.errors === errorsBefore);
    },
  };
  const checkManifestVersion = (record: Record<string, unknown>, source: Source, line: number) => {
    const version = record.standaardVersie;
    if (typeof version !== 'string') return;
    const major = (v: string) => v.split('.')[0];
    if (major(version) !== major(standard.version))
      checker.issue('manifest.version', source, line, 'standaardVersie', {
        expected: standard.version,
        found: version,
      });
  };
  for (const file of ordered) {
    const seenSheets: string[] = [];
    const sources = await readPlanned(file, ctx, sink, runtimeFor, (s) => {
      checker.expectFile(s.runtime.info.name);
      seenSheets.push(s.runtime.info.name);
    });
    if (file.declared) await checkDeclared(io, file, sources, checker, lang);
    if (file.format === 'xlsx') {
      checker.pendingWorkbooks--;
      for (const name of seenSheets) checker.fileDone(name);
    } else checker.fileDone(file.entity!.name);
    for (const source of sources)
      report.files.push({
        file: source.file,
        ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
        entity: source.runtime.info.name,
        format: source.format,
        records: source.records,
      });
  }
  join.finish();
  checker.finish();
  return report.build(standard.version);
}

function fileRank(file: PlannedFile, rank: Map<string, number>): number {
  if (nestedTableOf(file.entity)) return -2;
  if (file.format === 'xlsx') return -1;
  return rank.get(file.entity?.name ?? '') ?? 0;
}

/**
 * The runtime of an entity, also of a nested table (`facturen.regels`): its rows are not checked
 * on their own but joined to their parents, so it needs no validator of its own.
 */
export function nestedRuntimes(
  checker: Checker,
  standard: StandardView,
): (entity: EntityInfo) => ReturnType<Checker['runtime']> {
  return (entity) => {
    const table = nestedTableOf(entity);
    if (!table) return checker.runtime(standard.setup(entity));
    const parent = standard.setup(table.parent);
    return checker.runtime({ info: entity, validate: () => true, codelists: parent.codelists });
  };
}

/** What the manifest says of a file — its sha256 and number of records — against the file read. */
async function checkDeclared(
  io: InputIo,
  file: PlannedFile,
  sources: Source[],
  checker: Checker,
  lang: Lang,
): Promise<void> {
  const declared = file.declared!;
  const field = (name: string) => `bestanden[${declared.index}].${name}`;
  if (declared.sha256 !== undefined) {
    const actual = await io.sha256(file.path);
    if (actual !== declared.sha256)
      checker.issue(
        'manifest.checksum-mismatch',
        undefined,
        0,
        field('sha256'),
        { expected: declared.sha256, found: actual },
        file.display,
      );
  }
  if (declared.records !== undefined) {
    const records = sources.reduce((n, s) => n + s.records, 0);
    if (records !== declared.records)
      checker.issue(
        'manifest.count-mismatch',
        undefined,
        0,
        field('aantalRecords'),
        {
          expected: `${declared.records}`,
          found: t(lang, `${records} gelezen`, `${records} read`),
        },
        file.display,
      );
  }
}
