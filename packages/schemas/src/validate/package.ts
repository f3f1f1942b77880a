// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { EntityInfo } from '../model.js';
import { nestedTableNamed } from '../table/nested.js';
import type { Checker } from './engine/checker.js';
import { basename, extname } from './file-name.js';
import { readFrictionlessPackage } from './frictionless-package.js';
import type { InputIo } from './io.js';
import { encodingName } from './readers/encoding.js';
import { describeJsonError } from './readers/json.js';
import type { Lang } from './report.js';

export type Format = 'json' | 'ndjson' | 'csv' | 'xlsx';

/** Input that cannot be used at all (exit code 2): one line, in the report's language. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly reason:
      | 'not-found'
      | 'unknown-entity'
      | 'unknown-format'
      | 'unknown-encoding'
      | 'unknown-profile'
      | 'unreadable',
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
  /** What the manifest says of the file, to be checked once it is read. */
  declared?: { manifest: string; index: number; sha256?: string; records?: number };
}

export interface StandardAccess {
  getEntity(name: string): EntityInfo | undefined;
}

export function t(lang: Lang, nl: string, en: string): string {
  return lang === 'nl' ? nl : en;
}

/** The platform's name of the encoding the user gave (`--encoding`); exit 2 when it has none. */
export function checkEncoding(label: string | undefined, lang: Lang): string | undefined {
  if (label === undefined) return undefined;
  const name = encodingName(label);
  if (!name)
    throw new InputError(
      t(
        lang,
        `--encoding: onbekende tekenset "${label}"; bijvoorbeeld utf-8, windows-1252, iso-8859-1 of utf-16le`,
        `--encoding: unknown encoding "${label}"; for example utf-8, windows-1252, iso-8859-1 or utf-16le`,
      ),
      'unknown-encoding',
    );
  return name;
}

export function formatOf(path: string): Format | undefined {
  // `bezoeken.csv.gz`: gzip is read through, the name before it says the format
  const plain = /\.gz$/i.test(path) ? path.slice(0, -3) : path;
  const ext = extname(plain).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  return undefined;
}

/** The entity a file name names (`delft-bezoeken-2025.csv`), or its nested table (`facturen.regels.csv`). */
export function entityFromName(
  path: string,
  std: StandardAccess,
  parent?: EntityInfo,
): EntityInfo | undefined {
  let base = basename(path).replace(/\.gz$/i, '');
  const ext = extname(base);
  if (ext) base = base.slice(0, -ext.length);
  const nested = nestedTableNamed(base, std.getEntity, parent);
  if (nested) return nested.entity;
  if (parent) return parent;
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
  io: InputIo,
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
    let info: Awaited<ReturnType<InputIo['stat']>>;
    try {
      info = await io.stat(path);
    } catch {
      throw new InputError(
        t(lang, `${path}: bestand of map bestaat niet`, `${path}: no such file or folder`),
        'not-found',
      );
    }
    if (info.isDirectory()) {
      await planFolder(path, options, std, checker, manifestEntity, files, manifests, io);
      continue;
    }
    const format = formatOf(path);
    if (!format) throw unknownFormat(path, lang);
    const entity = entityFromName(path, std, options.schema);
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
  io: InputIo,
): Promise<void> {
  const lang = options.lang;
  const { join, relative, resolve, sep } = io.path;
  const all = await io.readdir(dir);
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
        await io.stat(join(dir, sub, 'datapakket.json'));
      } catch {
        continue;
      }
      await planFolder(join(dir, sub), options, std, checker, manifestEntity, files, manifests, io);
    }
  }
  const listed = new Set<string>();
  // the package's own manifest, or else a Frictionless data package descriptor
  const own = entries.includes('datapakket.json');
  const frictionless = !own && entries.includes('datapackage.json');
  const manifestPath = join(dir, own ? 'datapakket.json' : 'datapackage.json');
  let usedManifest = false;
  if (own || frictionless) {
    if (own)
      manifests.push({
        path: manifestPath,
        display: manifestPath,
        format: 'json',
        ...(manifestEntity ? { entity: manifestEntity } : {}),
      });
    listed.add(own ? 'datapakket.json' : 'datapackage.json');
    const manifest = own
      ? await readManifest(manifestPath, checker, lang, io)
      : await readFrictionlessPackage(manifestPath, checker, lang, io);
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
        const entity = entityFromName(
          full,
          std,
          options.schema ??
            (typeof entry.entiteit === 'string' ? std.getEntity(entry.entiteit) : undefined),
        );
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
        const declared: NonNullable<PlannedFile['declared']> = { manifest: manifestPath, index: i };
        if (typeof entry.sha256 === 'string') declared.sha256 = entry.sha256.toLowerCase();
        if (typeof entry.aantalRecords === 'number') declared.records = entry.aantalRecords;
        fromManifest.push({
          path: full,
          display,
          format,
          declared,
          ...(entity ? { entity } : {}),
        });
      });
      for (const file of fromManifest) {
        try {
          await io.stat(file.path);
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
  const planned: string[] = [];
  const skipped: string[] = [];
  for (const name of entries) {
    if (listed.has(name)) continue;
    const full = join(dir, name);
    const format = formatOf(name);
    const entity = format ? entityFromName(name, std, options.schema) : undefined;
    if (usedManifest || !format || IGNORED.test(name) || (!entity && format !== 'xlsx')) {
      if (!IGNORED.test(name))
        checker.issue('input.unlisted-file', undefined, 0, undefined, {}, full);
      skipped.push(name);
      continue;
    }
    planned.push(name);
    files.push({ path: full, display: full, format, ...(entity ? { entity } : {}) });
  }
  // a folder of data files without datapakket.json: nothing says which files belong together
  if (!own && !frictionless && planned.length > 0)
    checker.issue(
      'manifest.absent',
      undefined,
      0,
      undefined,
      {
        expected: 'datapakket.json',
        found: t(
          lang,
          `${planned.length} ${planned.length === 1 ? 'bestand' : 'bestanden'} gecontroleerd op naam; overgeslagen: ${skipped.join(', ') || 'geen'}`,
          `${planned.length} ${planned.length === 1 ? 'file' : 'files'} checked by name; skipped: ${skipped.join(', ') || 'none'}`,
        ),
      },
      dir,
    );
}

interface ManifestEntry {
  pad?: unknown;
  entiteit?: unknown;
  formaat?: unknown;
  sha256?: unknown;
  aantalRecords?: unknown;
}

/** Reads the list of files of a manifest; reports a manifest that cannot be read. */
async function readManifest(
  path: string,
  checker: Checker,
  lang: Lang,
  io: InputIo,
): Promise<ManifestEntry[] | undefined> {
  const info = await io.stat(path);
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
  const text = (await io.readUtf8(path)).replace(/^\uFEFF/, '');
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
