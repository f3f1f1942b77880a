/**
 * `@zorghub/schemas/validate` (Node only): checks exports — JSON, NDJSON, CSV, XLSX files or a
 * whole data package folder — against the Zorghub data standard, streaming, with a report of
 * stable issue codes.
 */
import { open, stat } from 'node:fs/promises';
import type { EntityInfo } from '../model.js';
// the data of the standard without ajv's compiler: the precompiled validators are enough here
import { codelists, entities, getEntity, getValidator, standardVersion } from '../standard.js';
import {
  Checker,
  type EntityRuntime,
  type EntitySetup,
  type Source,
  type ValidateFn,
} from './engine.js';
import { entityRank, InputError, type PlannedFile, planInputs, t } from './package.js';
import { type RecordSink, readCsv, readJson, readNdjson, readXlsx } from './readers.js';
import { type Lang, ReportBuilder, type ValidationReport } from './report.js';

export { type IssueCodeInfo, issueCodeList, issueCodes, type Severity } from './codes.js';
export { type ConvertOptions, type ConvertResult, convertFile } from './convert.js';
export { Hash64Set } from './hashset.js';
export { InputError } from './package.js';
export { passesElfproef, scanText } from './privacy.js';
export {
  type FileSummary,
  formatReport,
  type Issue,
  type Lang,
  type Sample,
  type ValidationReport,
} from './report.js';
export { type TemplateOptions, writeTemplate } from './template.js';

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
}

/** The standard as the validator sees it: the published one, or one changed by a profile. */
export interface StandardView {
  version: string;
  entities: readonly EntityInfo[];
  getEntity(name: string): EntityInfo | undefined;
  setup(entity: EntityInfo): EntitySetup;
}

export function publishedStandard(): StandardView {
  return {
    version: standardVersion,
    entities,
    getEntity,
    setup: (info) => ({
      info,
      validate: getValidator(info.name) as unknown as ValidateFn,
      codelists,
    }),
  };
}

async function profileStandard(path: string, lang: Lang): Promise<StandardView> {
  try {
    await stat(path);
  } catch {
    throw new InputError(
      t(lang, `${path}: profiel bestaat niet`, `${path}: no such profile`),
      'not-found',
    );
  }
  const { loadProfile } = await import('../profiles.js');
  let profile: Awaited<ReturnType<typeof loadProfile>>;
  try {
    profile = await loadProfile(path);
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new InputError(
      t(
        lang,
        `${path}: profiel kan niet gebruikt worden: ${message}`,
        `${path}: profile cannot be used: ${message}`,
      ),
      'unreadable',
    );
  }
  return {
    version: profile.standardVersion,
    entities: profile.entities,
    getEntity: (name) => profile.getEntity(name),
    setup: (info) => ({
      info,
      validate: profile.getValidator(info.name) as unknown as ValidateFn,
      codelists: profile.codelists,
    }),
  };
}

export interface RunContext {
  checker: Checker;
  standard: StandardView;
  lang: Lang;
  maxLineBytes: number;
}

/** Reads one planned file into `sink`. Returns the sources (one per sheet for a workbook). */
export async function readPlanned(
  file: PlannedFile,
  ctx: RunContext,
  sink: RecordSink,
  runtimeFor: (entity: EntityInfo) => EntityRuntime,
  onSheet?: (source: Source) => void,
): Promise<Source[]> {
  const { checker, lang } = ctx;
  const info = await stat(file.path);
  const options = { maxLineBytes: ctx.maxLineBytes };
  if (file.format === 'xlsx') {
    if (info.size === 0) {
      checker.issue('input.empty', undefined, 0, undefined, {}, file.display);
      return [];
    }
    try {
      const { sheets } = await readXlsx(file.path, sink, {
        file: file.display,
        entityForSheet: (name, index) => {
          const entity =
            ctx.standard.getEntity(name.trim()) ?? (index === 0 ? file.entity : undefined);
          if (!entity) return undefined;
          const runtime = runtimeFor(entity);
          onSheet?.({ runtime } as Source);
          return runtime;
        },
      });
      return sheets;
    } catch (error) {
      if (error instanceof InputError) throw error;
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new InputError(
        t(
          lang,
          `${file.display}: het Excel-bestand kan niet gelezen worden (${message}); sla het opnieuw op als .xlsx`,
          `${file.display}: the Excel file cannot be read (${message}); save it again as .xlsx`,
        ),
        'unreadable',
      );
    }
  }
  const runtime = runtimeFor(file.entity!);
  // size the id set for the file up front, so a large file does not grow it step by step
  runtime.ids.reserve(await estimateRecords(file.path, file.format, info.size));
  const source = checker.addSource({ file: file.display, format: file.format, runtime });
  if (info.size === 0) {
    checker.issue('input.empty', source, 0, undefined, {});
    return [source];
  }
  if (file.format === 'ndjson') await readNdjson(file.path, sink, source, options);
  else if (file.format === 'json') await readJson(file.path, sink, source, options);
  else await readCsv(file.path, sink, source, options);
  if (source.records === 0) checker.issue('input.no-records', source, 0, undefined, {});
  return [source];
}

/**
 * About how many records a file holds: NDJSON and CSV have one per line, so the lines of the first
 * 64 KiB are counted and scaled to the file; a JSON document is taken as one record per 300 bytes.
 */
async function estimateRecords(path: string, format: string, size: number): Promise<number> {
  if (size === 0 || (format !== 'ndjson' && format !== 'csv')) return Math.floor(size / 300);
  const handle = await open(path, 'r');
  try {
    const sample = Buffer.alloc(Math.min(size, 64 * 1024));
    const { bytesRead } = await handle.read(sample, 0, sample.length, 0);
    let lines = 0;
    for (let i = sample.indexOf(10); i !== -1 && i < bytesRead; i = sample.indexOf(10, i + 1))
      lines++;
    return Math.ceil((Math.max(lines, 1) * size) / Math.max(bytesRead, 1));
  } finally {
    await handle.close();
  }
}

/**
 * Validates files and folders (a folder with `datapakket.json` as one package). Throws
 * {@link InputError} when the input cannot be used at all; everything else is in the report.
 */
export async function validatePaths(
  paths: string[],
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  const lang: Lang = options.lang ?? 'nl';
  const standard = options.profile
    ? await profileStandard(options.profile, lang)
    : publishedStandard();
  const report = new ReportBuilder({ lang, maxSamples: options.maxSamples ?? 5 });
  const checker = new Checker(report, { checkReferences: options.checkReferences ?? false });
  let schema: EntityInfo | undefined;
  if (options.schema) {
    schema = standard.getEntity(options.schema);
    if (!schema)
      throw new InputError(
        t(
          lang,
          `onbekende entiteit "${options.schema}"; kies uit: ${standard.entities.map((e) => e.name).join(', ')}`,
          `unknown entity "${options.schema}"; choose from: ${standard.entities.map((e) => e.english).join(', ')}`,
        ),
        'unknown-entity',
      );
  }
  const manifestEntity = standard.getEntity('datapakket');
  const { files, manifests } = await planInputs(
    paths,
    { ...(schema ? { schema } : {}), lang },
    { getEntity: standard.getEntity },
    checker,
    manifestEntity,
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
  const rank = entityRank(standard.entities);
  const ordered = [...manifests, ...files]
    .map((file, i) => ({ file, i }))
    .sort((a, b) => {
      // workbooks first (their sheets may hold anything), then referenced entities first
      const ra = a.file.format === 'xlsx' ? -1 : (rank.get(a.file.entity?.name ?? '') ?? 0);
      const rb = b.file.format === 'xlsx' ? -1 : (rank.get(b.file.entity?.name ?? '') ?? 0);
      return ra - rb || a.i - b.i;
    })
    .map((x) => x.file);

  const runtimeFor = (entity: EntityInfo) => checker.runtime(standard.setup(entity));
  for (const file of ordered) {
    if (file.format === 'xlsx') checker.pendingWorkbooks++;
    else checker.expectFile(file.entity!.name);
    if (file.format !== 'xlsx') runtimeFor(file.entity!);
  }
  const ctx: RunContext = {
    checker,
    standard,
    lang,
    maxLineBytes: options.maxLineBytes ?? 8 << 20,
  };
  const sink: RecordSink = {
    checker,
    record: (record, source, line) => {
      checker.check(record, source, line);
      if (source.runtime.info.name === 'datapakket') checkManifestVersion(record, source, line);
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
  checker.finish();
  return report.build(standard.version);
}
