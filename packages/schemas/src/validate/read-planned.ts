// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Reads one planned file (or workbook) into a record sink, with the issues that belong to the file. */
import type { EntityInfo } from '../model.js';
import { nestedTableNamed } from '../table/nested.js';
import type { Checker } from './engine/checker.js';
import type { EntityRuntime } from './engine/runtime.js';
import type { Source } from './engine/source.js';
import type { InputIo } from './io.js';
import { InputError, type PlannedFile, t } from './package.js';
import type { ParallelReader } from './parallel/pool.js';
import { readCsv } from './readers/csv.js';
import { readJson } from './readers/json.js';
import { readNdjson } from './readers/ndjson.js';
import type { RecordSink } from './readers/sink.js';
import { type FileKind, HEAD, kindName, kindOf } from './readers/sniff.js';
import type { Lang } from './report.js';
import type { StandardView } from './standard-view.js';
import { closest, entityCandidates } from './suggest.js';

export interface RunContext {
  /** Where the files are: the disk (nodeIo) or files dropped in a browser. */
  io: InputIo;
  checker: Checker;
  standard: StandardView;
  lang: Lang;
  maxLineBytes: number;
  /** `--encoding`: the encoding of every text file (detected when left out). */
  encoding?: string;
  /** Reads a large NDJSON file on all cores (Node); left out, or for other files: one thread. */
  parallel?: ParallelReader;
}

/** Reads one planned file into `sink`. Returns the sources (one per sheet for a workbook). */
export async function readPlanned(
  file: PlannedFile,
  ctx: RunContext,
  sink: RecordSink,
  runtimeFor: (entity: EntityInfo) => EntityRuntime,
  onSheet?: (source: Source) => void,
): Promise<Source[]> {
  const { checker, lang, io } = ctx;
  const info = await io.stat(file.path);
  const sniffFile = async (path: string) => kindOf(await io.head(path, HEAD));
  const options = {
    maxLineBytes: ctx.maxLineBytes,
    ...(ctx.encoding !== undefined ? { encoding: ctx.encoding } : {}),
  };
  if (file.format === 'xlsx') {
    if (info.size === 0) {
      checker.issue('input.empty', undefined, 0, undefined, {}, file.display);
      return [];
    }
    const kind = await sniffFile(file.path);
    if (kind !== 'xlsx' && kind !== 'zip') throw notText(file, kind, lang, 'xlsx');
    if (!io.readXlsx)
      throw new InputError(
        t(
          lang,
          `${file.display}: Excel-werkmappen (.xlsx) worden hier niet gelezen; controleer ze met zorghub validate of exporteer ze als CSV`,
          `${file.display}: Excel workbooks (.xlsx) are not read here; check them with zorghub validate or export them as CSV`,
        ),
        'unknown-format',
      );
    const getEntity = ctx.standard.getEntity;
    try {
      const { sheets } = await io.readXlsx(file.path, sink, {
        file: file.display,
        suggestEntity: (name) => closest(name, entityCandidates(ctx.standard.entities, ctx.lang)),
        first: (name) => nestedTableNamed(name, getEntity, file.entity) !== undefined,
        openSheet: (name, index) => {
          const entity =
            nestedTableNamed(name, getEntity, file.entity)?.entity ??
            getEntity(name.trim()) ??
            (index === 0 ? file.entity : undefined);
          if (!entity) return undefined;
          const source = checker.addSource({
            file: file.display,
            format: 'xlsx',
            runtime: runtimeFor(entity),
            sheet: name,
          });
          onSheet?.(source);
          return source;
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
  const kind = info.size === 0 ? 'text' : await sniffFile(file.path);
  if (kind !== 'text' && kind !== 'gzip') throw notText(file, kind, lang);
  const runtime = runtimeFor(file.entity!);
  // size the id set for the file up front, so a large file does not grow it step by step
  runtime.ids.reserve(await estimateRecords(io, file.path, file.format, info.size));
  const source = checker.addSource({ file: file.display, format: file.format, runtime });
  if (info.size === 0) {
    checker.issue('input.empty', source, 0, undefined, {});
    return [source];
  }
  const text = kind === 'gzip' ? { ...options, gzip: true } : options;
  try {
    const input = io.source(file.path);
    if ((file.format === 'ndjson' || file.format === 'csv') && ctx.parallel?.wanted(info.size))
      await ctx.parallel.read(file.path, input, sink, source, text, checker);
    else if (file.format === 'ndjson') await readNdjson(input, sink, source, text);
    else if (file.format === 'json') await readJson(input, sink, source, text);
    else await readCsv(input, sink, source, text);
  } catch (error) {
    if (
      (error as { code?: string }).code !== 'Z_DATA_ERROR' &&
      (error as { code?: string }).code !== 'Z_BUF_ERROR'
    )
      throw error;
    throw new InputError(
      t(
        lang,
        `${file.display}: het gzip-bestand is beschadigd of afgebroken (${(error as Error).message}); pak het opnieuw in`,
        `${file.display}: the gzip file is damaged or cut short (${(error as Error).message}); compress it again`,
      ),
      'unreadable',
    );
  }
  if (source.records === 0) checker.issue('input.no-records', source, 0, undefined, {});
  return [source];
}

/** Exit 2 for a file that is not what its name says: one line naming what it is. */
function notText(file: PlannedFile, kind: FileKind, lang: Lang, wanted?: 'xlsx'): InputError {
  const what = kindName(kind, lang);
  const fix =
    kind === 'xlsx'
      ? t(lang, 'geef het de extensie .xlsx', 'give it the extension .xlsx')
      : kind === 'ods' || kind === 'xls'
        ? t(lang, 'sla het op als .xlsx of CSV', 'save it as .xlsx or CSV')
        : wanted === 'xlsx'
          ? t(lang, 'sla het op als Excel-werkmap (.xlsx)', 'save it as an Excel workbook (.xlsx)')
          : t(
              lang,
              'exporteer de gegevens als CSV, NDJSON of JSON',
              'export the data as CSV, NDJSON or JSON',
            );
  const expected = (wanted ?? file.format).toUpperCase();
  return new InputError(
    t(
      lang,
      `${file.display}: dit is ${what}, geen ${expected}; ${fix}`,
      `${file.display}: this is ${what}, not ${expected}; ${fix}`,
    ),
    'unknown-format',
  );
}

/**
 * About how many records a file holds: NDJSON and CSV have one per line, so the lines of the first
 * 64 KiB are counted and scaled to the file; a JSON document is taken as one record per 300 bytes.
 */
async function estimateRecords(
  io: InputIo,
  path: string,
  format: string,
  size: number,
): Promise<number> {
  if (size === 0 || (format !== 'ndjson' && format !== 'csv')) return Math.floor(size / 300);
  const sample = await io.head(path, Math.min(size, 64 * 1024));
  let lines = 0;
  for (let i = sample.indexOf(10); i !== -1; i = sample.indexOf(10, i + 1)) lines++;
  return Math.ceil((Math.max(lines, 1) * size) / Math.max(sample.length, 1));
}
