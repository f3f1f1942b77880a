// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Deterministic synthetic exports of visits (bezoeken) for the validate benchmark: NDJSON, CSV
// (semicolon, Dutch headers, as a Dutch data team's export looks) and, on request, one JSON array.
// Every record is valid against bezoek.schema.json; ids are pseudonymous (BZ-, CL-, DN-, DI-), or,
// with { ids: 'uuid' }, random UUIDs (for the visit's own id) as some systems export them.
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** mulberry32: a small seeded PRNG, so every run writes the same bytes. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w) => String(n).padStart(w, '0');
const SERVICES = [
  'DI-GEZELSCHAP',
  'DI-BOODSCHAPPEN',
  'DI-WANDELEN',
  'DI-MAALTIJD',
  'DI-HUISHOUDEN',
];
const STATUSES = [
  'uitgevoerd',
  'uitgevoerd',
  'uitgevoerd',
  'uitgevoerd',
  'gepland',
  'geannuleerdDoorClient',
  'nietAangetroffen',
];
const BASE = Date.UTC(2025, 0, 6, 7, 0, 0);

function stamp(ms) {
  // wall-clock time in the Netherlands in winter (+01:00), e.g. 2025-01-06T09:30:00+01:00
  const d = new Date(ms + 3600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:00+01:00`;
}

const hex = (rand, n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(rand() * 16).toString(16);
  return s;
};

/** A random (version 4) UUID from the seeded generator. */
function uuid(rand) {
  const variant = (8 + Math.floor(rand() * 4)).toString(16);
  return `${hex(rand, 8)}-${hex(rand, 4)}-4${hex(rand, 3)}-${variant}${hex(rand, 3)}-${hex(rand, 12)}`;
}

/** The i-th visit (0-based) of the synthetic export. */
export function* visits(count, seed = 20250106, ids = 'numbered') {
  const rand = prng(seed);
  const idRand = prng(seed ^ 0x5eed);
  for (let i = 0; i < count; i++) {
    const start = BASE + Math.floor(i / 40) * 900_000 + Math.floor(rand() * 8) * 900_000;
    const minutes = 30 + Math.floor(rand() * 6) * 15;
    const status = STATUSES[Math.floor(rand() * STATUSES.length)];
    const visit = {
      id: ids === 'uuid' ? uuid(idRand) : `BZ-${pad(i + 1, 8)}`,
      clientId: `CL-${pad(1 + Math.floor(rand() * 20000), 5)}`,
      deelnemerId: `DN-${pad(1 + Math.floor(rand() * 400), 4)}`,
      abonnementId: `AB-${pad(1 + Math.floor(rand() * 300), 4)}`,
      dienstId: SERVICES[Math.floor(rand() * SERVICES.length)],
      geplandStartOp: stamp(start),
      geplandEindOp: stamp(start + minutes * 60_000),
      status,
    };
    if (status === 'uitgevoerd') {
      const late = Math.floor(rand() * 3) * 5 * 60_000;
      visit.werkelijkStartOp = stamp(start + late);
      visit.werkelijkEindOp = stamp(start + late + minutes * 60_000);
    }
    yield visit;
  }
}

const COLUMNS = [
  'id',
  'clientId',
  'deelnemerId',
  'abonnementId',
  'dienstId',
  'geplandStartOp',
  'geplandEindOp',
  'werkelijkStartOp',
  'werkelijkEindOp',
  'status',
];

async function writeAll(path, lines) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.partial`;
  const out = createWriteStream(tmp);
  let buffer = [];
  for (const line of lines) {
    buffer.push(line);
    if (buffer.length === 4096) {
      if (!out.write(buffer.join(''))) await once(out, 'drain');
      buffer = [];
    }
  }
  out.end(buffer.join(''));
  await once(out, 'finish');
  renameSync(tmp, path);
}

/** Free text of a quoted CSV's remark column: some with `;`, a quote, CRLF or LF line ends. */
const REMARKS = [
  'Cliënt belde af; ziek',
  'Sleutel bij de buren\r\nbel eerst aan',
  'Koffie gedronken, "gezellig" gepraat',
  'Boodschappen: brood; melk\nkaas',
];

/**
 * A CSV line as Excel (or LibreOffice with "quote all text cells") writes it: every text value in
 * quotes, a quote in it doubled; `opmerking` (not a field of the standard: one error) holds
 * free text for one visit in four, which Excel quotes for its `;` and line ends anyway.
 */
function quotedLine(v, i) {
  const q = (s) => `"${String(s).replaceAll('"', '""')}"`;
  const remark = i % 4 === 0 ? q(REMARKS[(i >> 2) % REMARKS.length]) : '';
  return `${[...COLUMNS.map((c) => (v[c] === undefined ? '' : q(v[c]))), remark].join(';')}\r\n`;
}

/**
 * Writes `<dir>/bezoeken-<n>.{ndjson,csv}` (and `.json` when asked, `-quoted.csv` with `quoted`)
 * unless they exist already; with `ids: 'uuid'`, only `<dir>/bezoeken-uuid-<n>.ndjson`.
 */
export async function generate(
  dir,
  count,
  { json = false, ids = 'numbered', quoted = false } = {},
) {
  const base = ids === 'uuid' ? `${dir}/bezoeken-uuid-${count}` : `${dir}/bezoeken-${count}`;
  const files = {
    ndjson: `${base}.ndjson`,
    csv: `${base}.csv`,
    json: `${base}.json`,
    quoted: `${base}-quoted.csv`,
  };
  if (!existsSync(files.ndjson))
    await writeAll(
      files.ndjson,
      (function* () {
        for (const v of visits(count, undefined, ids)) yield `${JSON.stringify(v)}\n`;
      })(),
    );
  if (ids === 'uuid')
    return { files: { ndjson: files.ndjson }, sizes: { ndjson: statSync(files.ndjson).size } };
  if (!existsSync(files.csv))
    await writeAll(
      files.csv,
      (function* () {
        yield `${COLUMNS.join(';')}\r\n`;
        for (const v of visits(count)) yield `${COLUMNS.map((c) => v[c] ?? '').join(';')}\r\n`;
      })(),
    );
  if (quoted && !existsSync(files.quoted))
    await writeAll(
      files.quoted,
      (function* () {
        yield `${[...COLUMNS, 'opmerking'].map((c) => `"${c}"`).join(';')}\r\n`;
        let i = 0;
        for (const v of visits(count)) yield quotedLine(v, i++);
      })(),
    );
  if (json && !existsSync(files.json))
    await writeAll(
      files.json,
      (function* () {
        yield '[\n';
        let first = true;
        for (const v of visits(count)) {
          yield `${first ? '' : ',\n'}${JSON.stringify(v)}`;
          first = false;
        }
        yield '\n]\n';
      })(),
    );
  const sizes = {};
  for (const [k, p] of Object.entries(files)) if (existsSync(p)) sizes[k] = statSync(p).size;
  return { files, sizes };
}
