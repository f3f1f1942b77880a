import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import type { EntityInfo } from '../index.js';
import type { Checker } from './engine.js';
import { describeJsonError } from './readers.js';
import type { Lang } from './report.js';

export type Format = 'json' | 'ndjson' | 'csv' | 'xlsx';

/** Input that cannot be used at all (exit code 2): one line, in the report's language. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly reason: 'not-found' | 'unknown-entity' | 'unknown-format' | 'unreadable',
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export interface PlannedFile {
  path: string;
  /** as shown in the report: relative to where the user pointed */
  display: string;
  format: Format;
  /** undefined for a workbook whose sheets name their entities */
  entity?: EntityInfo;
}

export interface StandardAccess {
  getEntity(name: string): EntityInfo | undefined;
}

export function t(lang: Lang, nl: string, en: string): string {
  return lang === 'nl' ? nl : en;
}

export function formatOf(path: string): Format | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  return undefined;
}

/** The entity a file name names: `bezoeken.csv`, `visits.ndjson`, `delft-bezoeken-2025.csv`. */
export function entityFromName(path: string, std: StandardAccess): EntityInfo | undefined {
  let base = basename(path);
  const ext = extname(base);
  if (ext) base = base.slice(0, -ext.length);
  const direct = std.getEntity(base);
  if (direct) return direct;
  const tokens = base.split(/[-_. ]+/).filter(Boolean);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const entity = std.getEntity(tokens[i]!);
    if (entity) return entity;
  }
  return undefined;
}

function unknownFormat(path: string, lang: Lang): InputError {
  const ext = extname(path).toLowerCase();
  if (ext === '.xls')
    return new InputError(
      t(
        lang,
        `${path}: het oude Excel-formaat (.xls) wordt niet gelezen; sla het op als .xlsx`,
        `${path}: the old Excel format (.xls) is not read; save it as .xlsx`,
      ),
      'unknown-format',
    );
  return new InputError(
    t(
      lang,
      `${path}: onbekend bestandsformaat "${ext || '(geen extensie)'}"; verwacht .json, .ndjson, .csv of .xlsx`,
      `${path}: unknown file format "${ext || '(no extension)'}"; expected .json, .ndjson, .csv or .xlsx`,
    ),
    'unknown-format',
  );
}

const IGNORED = /^(?:\.|readme|license|licence)|\.(?:md|txt|pdf|html?|ya?ml|ts|js|mjs)$/i;

/**
 * Works out which files to read and as which entity: `--schema` first, then the manifest of a
 * folder, then the file name. Problems that make the input unusable throw {@link InputError};
 * problems inside a package (a missing listed file, an unlisted file) become issues.
 */
export async function planInputs(
  paths: string[],
  options: { schema?: EntityInfo; lang: Lang },
  std: StandardAccess,
  checker: Checker,
  manifestEntity: EntityInfo | undefined,
): Promise<{ files: PlannedFile[]; manifests: PlannedFile[] }> {
  const lang = options.lang;
  const files: PlannedFile[] = [];
  const manifests: PlannedFile[] = [];
  if (paths.length === 0)
    throw new InputError(
      t(lang, 'geef een bestand of map om te valideren', 'name a file or folder to validate'),
      'not-found',
    );
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch {
      throw new InputError(
        t(lang, `${path}: bestand of map bestaat niet`, `${path}: no such file or folder`),
        'not-found',
      );
    }
    if (info.isDirectory()) {
      await planFolder(path, options, std, checker, manifestEntity, files, manifests);
      continue;
    }
    const format = formatOf(path);
    if (!format) throw unknownFormat(path, lang);
    const entity = options.schema ?? entityFromName(path, std);
    if (!entity && format !== 'xlsx')
      throw new InputError(
        t(
          lang,
          `${path}: uit de bestandsnaam blijkt niet welke entiteit het is; geef --schema <entiteit> (bijv. --schema bezoek)`,
          `${path}: the file name does not tell which entity it holds; pass --schema <entity> (e.g. --schema visit)`,
        ),
        'unknown-entity',
      );
    files.push({ path, display: path, format, ...(entity ? { entity } : {}) });
  }
  return { files, manifests };
}

async function planFolder(
  dir: string,
  options: { schema?: EntityInfo; lang: Lang },
  std: StandardAccess,
  checker: Checker,
  manifestEntity: EntityInfo | undefined,
  files: PlannedFile[],
  manifests: PlannedFile[],
): Promise<void> {
  const lang = options.lang;
  const all = await readdir(dir, { withFileTypes: true });
  const entries = all
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
  if (!entries.includes('datapakket.json')) {
    // a region folder such as examples/delft: the data packages one level down
    for (const sub of all
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()) {
      try {
        await stat(join(dir, sub, 'datapakket.json'));
      } catch {
        continue;
      }
      await planFolder(join(dir, sub), options, std, checker, manifestEntity, files, manifests);
    }
  }
  const listed = new Set<string>();
  const manifestPath = join(dir, 'datapakket.json');
  let usedManifest = false;
  if (entries.includes('datapakket.json')) {
    manifests.push({
      path: manifestPath,
      display: manifestPath,
      format: 'json',
      ...(manifestEntity ? { entity: manifestEntity } : {}),
    });
    listed.add('datapakket.json');
    const manifest = await readManifest(manifestPath, checker, lang);
    if (manifest) {
      usedManifest = true;
      const fromManifest: PlannedFile[] = [];
      const root = resolve(dir);
      manifest.forEach((entry, i) => {
        const field = `bestanden[${i}]`;
        if (typeof entry !== 'object' || entry === null || typeof entry.pad !== 'string') {
          checker.issue('manifest.invalid', undefined, 0, `${field}.pad`, {}, manifestPath);
          return;
        }
        const full = resolve(root, entry.pad);
        if (full !== root && !full.startsWith(root + sep)) {
          checker.issue(
            'manifest.invalid',
            undefined,
            0,
            `${field}.pad`,
            {
              expected: t(lang, 'een pad binnen de map', 'a path inside the folder'),
              found: JSON.stringify(entry.pad),
            },
            manifestPath,
          );
          return;
        }
        const rel = relative(root, full);
        listed.add(rel.split(sep)[0]!);
        const display = join(dir, rel);
        const format =
          typeof entry.formaat === 'string' &&
          ['json', 'ndjson', 'csv', 'xlsx'].includes(entry.formaat)
            ? (entry.formaat as Format)
            : formatOf(full);
        const entity =
          options.schema ??
          (typeof entry.entiteit === 'string' ? std.getEntity(entry.entiteit) : undefined) ??
          entityFromName(full, std);
        if (!format || (!entity && format !== 'xlsx')) {
          checker.issue(
            'manifest.invalid',
            undefined,
            0,
            format ? `${field}.entiteit` : `${field}.formaat`,
            {
              expected: format
                ? t(lang, 'een entiteit uit de standaard', 'an entity of the standard')
                : 'json, ndjson, csv, xlsx',
              found: JSON.stringify(format ? (entry.entiteit ?? null) : (entry.formaat ?? null)),
            },
            manifestPath,
          );
          return;
        }
        fromManifest.push({ path: full, display, format, ...(entity ? { entity } : {}) });
      });
      for (const file of fromManifest) {
        try {
          await stat(file.path);
          files.push(file);
        } catch {
          checker.issue(
            'manifest.missing-file',
            undefined,
            0,
            undefined,
            { found: file.display },
            manifestPath,
          );
        }
      }
    }
  }
  for (const name of entries) {
    if (listed.has(name)) continue;
    const full = join(dir, name);
    const format = formatOf(name);
    const entity = format ? (options.schema ?? entityFromName(name, std)) : undefined;
    if (usedManifest || !format || IGNORED.test(name) || (!entity && format !== 'xlsx')) {
      if (!IGNORED.test(name))
        checker.issue('input.unlisted-file', undefined, 0, undefined, {}, full);
      continue;
    }
    files.push({ path: full, display: full, format, ...(entity ? { entity } : {}) });
  }
}

interface ManifestEntry {
  pad?: unknown;
  entiteit?: unknown;
  formaat?: unknown;
}

/** Reads the list of files of a manifest; reports a manifest that cannot be read. */
async function readManifest(
  path: string,
  checker: Checker,
  lang: Lang,
): Promise<ManifestEntry[] | undefined> {
  const info = await stat(path);
  if (info.size > 16 * 1024 * 1024) {
    checker.issue(
      'manifest.invalid',
      undefined,
      0,
      undefined,
      { found: `${info.size} bytes` },
      path,
    );
    return undefined;
  }
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { found, lineOffset } = describeJsonError(error, lang);
    checker.issue(
      'manifest.invalid',
      undefined,
      lineOffset + 1,
      undefined,
      { expected: t(lang, 'geldige JSON', 'valid JSON'), found },
      path,
    );
    return undefined;
  }
  const list = (value as { bestanden?: unknown } | null)?.bestanden;
  if (!Array.isArray(list)) {
    checker.issue(
      'manifest.invalid',
      undefined,
      0,
      'bestanden',
      { expected: t(lang, 'een lijst van bestanden', 'a list of files') },
      path,
    );
    return undefined;
  }
  return list as ManifestEntry[];
}

/** Orders entities so that referenced ones come first (cycles are broken arbitrarily). */
export function entityRank(all: readonly EntityInfo[]): Map<string, number> {
  const byName = new Map(all.map((e) => [e.name, e]));
  const rank = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (rank.has(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const field of byName.get(name)?.fields ?? [])
      if (field.reference && field.reference !== name) visit(field.reference);
    visiting.delete(name);
    rank.set(name, rank.size);
  };
  for (const e of all) visit(e.name);
  return rank;
}
