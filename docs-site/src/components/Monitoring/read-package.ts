// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A data package read in the browser, never sent anywhere: dropped files or a ZIP, the manifest
 * (`datapakket.json`) naming each file's entity, else the file name (`bezoeken.ndjson`); CSV,
 * NDJSON and JSON, values typed by the standard's field types (`@zorghub/schemas`). What cannot be
 * read is reported by file and line and left out, never guessed.
 */
import type { MonitorRecord } from '@zorghub/business-case';
import { type EntityInfo, getEntity } from '@zorghub/schemas';
import { parse as parseCsv } from 'csv-parse/browser/esm/sync';
import { unzipSync } from 'fflate';

export interface PackageFile {
  name: string;
  bytes: Uint8Array;
}

export interface ReadProblem {
  file: string;
  line?: number;
  message: { nl: string; en: string };
}

export interface ReadPackage {
  records: MonitorRecord[];
  /** Records per file, as read. */
  files: Array<{ name: string; entity: string; records: number }>;
  problems: ReadProblem[];
  /** Records left out because a line could not be read. */
  leftOut: number;
}

const MANIFEST = 'datapakket.json';
const decoder = new TextDecoder('utf-8');
const base = (path: string) => path.split('/').pop() ?? path;

/** The files of a drop: a ZIP is opened in memory, other files are taken as they are. */
export async function filesOf(dropped: File[]): Promise<PackageFile[]> {
  const out: PackageFile[] = [];
  for (const file of dropped) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.zip$/i.test(file.name)) {
      for (const [name, content] of Object.entries(unzipSync(bytes)))
        if (!name.endsWith('/') && !name.startsWith('__MACOSX/'))
          out.push({ name, bytes: content });
    } else out.push({ name: file.name, bytes });
  }
  return out;
}

/** The entity a file name names: `bezoeken.csv`, `delft-bezoeken-2025.ndjson`. */
function entityFromName(name: string): EntityInfo | undefined {
  const stem = base(name).replace(/\.[^.]+$/, '');
  const direct = getEntity(stem);
  if (direct) return direct;
  const tokens = stem.split(/[-_. ]+/).filter(Boolean);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const e = getEntity(tokens[i]!);
    if (e) return e;
  }
  return undefined;
}

const DUTCH_DATE = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;

/** A CSV cell as the field's type; undefined when empty. Throws with a message when it is not. */
function typed(value: string, type: string, column: string): unknown {
  const v = value.trim();
  if (v === '') return undefined;
  switch (type) {
    case 'integer':
    case 'number': {
      const n = Number(/^-?\d+,\d+$/.test(v) ? v.replace(',', '.') : v);
      if (!Number.isFinite(n) || (type === 'integer' && !Number.isInteger(n)))
        throw new Error(
          `${column}: ${type === 'integer' ? 'geheel getal' : 'getal'} verwacht, "${v}" gevonden`,
        );
      return n;
    }
    case 'boolean': {
      const b = { true: true, false: false, ja: true, nee: false, '1': true, '0': false }[
        v.toLowerCase()
      ];
      if (b === undefined) throw new Error(`${column}: true of false verwacht, "${v}" gevonden`);
      return b;
    }
    case 'array':
    case 'object':
      return JSON.parse(v);
    default: {
      const d = DUTCH_DATE.exec(v);
      return d ? `${d[3]}-${d[2]!.padStart(2, '0')}-${d[1]!.padStart(2, '0')}` : v;
    }
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split('.');
  let node = target;
  for (const p of parts.slice(0, -1)) {
    node[p] ??= {};
    node = node[p] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]!] = value;
}

function csvRecords(text: string, entity: EntityInfo, file: string, problems: ReadProblem[]) {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows = parseCsv(text.replace(/^\uFEFF/, ''), {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as string[][];
  const [header = [], ...body] = rows;
  const fields = header.map((h) =>
    entity.fields.find((f) => f.columnNl === h.trim() || f.columnEn === h.trim()),
  );
  const out: Array<Record<string, unknown> | undefined> = [];
  body.forEach((row, i) => {
    const record: Record<string, unknown> = {};
    try {
      row.forEach((cell, c) => {
        const f = fields[c];
        if (!f || f.path.includes('[]')) return;
        const v = typed(cell, f.type, f.columnNl);
        if (v !== undefined) setPath(record, f.path, v);
      });
      out.push(record);
    } catch (e) {
      problems.push(lineProblem(file, i + 2, e));
      out.push(undefined);
    }
  });
  return out;
}

function lineProblem(file: string, line: number, e: unknown): ReadProblem {
  const why = e instanceof Error ? e.message : String(e);
  return {
    file,
    line,
    message: { nl: `${why}; regel overgeslagen`, en: `${why}; line left out` },
  };
}

function jsonRecords(text: string, file: string, problems: ReadProblem[], lines: boolean) {
  if (lines)
    return text.split(/\r?\n/).flatMap((l, i) => {
      if (l.trim() === '') return [];
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch (e) {
        problems.push(lineProblem(file, i + 1, e));
        return [undefined];
      }
    });
  try {
    const value = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    return (Array.isArray(value) ? value : [value]) as Array<Record<string, unknown>>;
  } catch (e) {
    problems.push(lineProblem(file, 1, e));
    return [];
  }
}

/** Reads the files into records, participants first (the other records point to them). */
export function readPackage(files: PackageFile[]): ReadPackage {
  const problems: ReadProblem[] = [];
  const manifestFile = files.find((f) => base(f.name) === MANIFEST);
  const declared = new Map<string, string>();
  const records: MonitorRecord[] = [];
  if (manifestFile) {
    const manifest = jsonRecords(
      decoder.decode(manifestFile.bytes),
      manifestFile.name,
      problems,
      false,
    )[0] as { bestanden?: Array<{ pad?: string; entiteit?: string }> } | undefined;
    for (const b of manifest?.bestanden ?? [])
      if (b.pad && b.entiteit) declared.set(base(b.pad), b.entiteit);
    if (manifest)
      records.push({ entity: 'datapakket', record: manifest as Record<string, unknown> });
  }
  const read: ReadPackage['files'] = [];
  let leftOut = 0;
  for (const f of files) {
    if (f === manifestFile) continue;
    const entity = declared.has(base(f.name))
      ? getEntity(declared.get(base(f.name))!)
      : entityFromName(f.name);
    const ext = /\.([a-z]+)$/i.exec(f.name)?.[1]?.toLowerCase();
    if (!entity || !['csv', 'ndjson', 'jsonl', 'json'].includes(ext ?? '')) {
      problems.push({
        file: f.name,
        message: {
          nl: entity
            ? 'alleen CSV, NDJSON en JSON worden in de browser gelezen; bestand overgeslagen'
            : 'geen entiteit van de standaard in de naam of het manifest; bestand overgeslagen',
          en: entity
            ? 'only CSV, NDJSON and JSON are read in the browser; file left out'
            : 'no entity of the standard in the name or the manifest; file left out',
        },
      });
      continue;
    }
    const text = decoder.decode(f.bytes);
    const rows =
      ext === 'csv'
        ? csvRecords(text, entity, f.name, problems)
        : jsonRecords(text, f.name, problems, ext !== 'json');
    let n = 0;
    for (const record of rows) {
      if (!record) {
        leftOut++;
        continue;
      }
      records.push({ entity: entity.name as MonitorRecord['entity'], record });
      n++;
    }
    read.push({ name: f.name, entity: entity.name, records: n });
  }
  const rank = (r: MonitorRecord) =>
    r.entity === 'datapakket' ? 0 : r.entity === 'deelnemer' ? 1 : 2;
  records.sort((a, b) => rank(a) - rank(b)); // stable: file order kept within a rank
  return { records, files: read, problems, leftOut };
}
