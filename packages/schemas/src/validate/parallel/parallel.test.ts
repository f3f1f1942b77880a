// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo } from '../node-io.js';
import { publishedStandard } from '../standard-view.js';
import { validatePaths } from '../validate-paths.js';
import { runValidation, type ValidateOptions } from '../validate-run.js';
import {
  PARALLEL_BY_DEFAULT,
  PARALLEL_MIN_BYTES,
  type ParallelOptions,
  type ParallelReader,
  parallelReader,
} from './pool.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../../test-fixtures/invalid');
const dir = mkdtempSync(join(tmpdir(), 'zorghub-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pad = (n: number) => String(n).padStart(6, '0');
function visit(i: number, extra: Record<string, unknown> = {}) {
  return {
    id: `BZ-${pad(i)}`,
    clientId: `CL-${pad(1 + (i % 50))}`,
    deelnemerId: 'DN-0001',
    abonnementId: 'AB-0001',
    dienstId: 'DI-GEZELSCHAP',
    geplandStartOp: '2021-06-07T10:00:00+02:00',
    geplandEindOp: '2021-06-07T11:30:00+02:00',
    status: 'gepland',
    ...extra,
  };
}

/**
 * 3000 visits with problems everywhere, also on both sides of piece borders: duplicate ids far
 * apart and next to each other (numbered and UUIDs), unknown codes, a BSN-like number in free
 * text, syntax errors, non-objects, blank lines, an invalid UTF-8 byte, references to clients
 * that are not there.
 */
function problemFile(options: { badByte?: boolean } = {}): Buffer {
  const lines: string[] = [];
  for (let i = 1; i <= 3000; i++) {
    let v: Record<string, unknown> = visit(i);
    if (i % 97 === 0) v = visit(i % 500); // duplicate of an id far back
    if (i % 101 === 0) v = visit(i - 1); // duplicate of the line before
    if (i % 89 === 0) v = visit(i, { status: 'bestaatNiet' });
    if (i % 83 === 0)
      v = visit(i, { id: `0f8fa1c2-3b4d-4e5f-8a6b-${String(i % 7).padStart(12, '0')}` });
    if (i % 79 === 0) v = visit(i, { clientId: `CL-X${i}` });
    if (i % 71 === 0) v = visit(i, { geplandStartOp: '31-5-2022' });
    if (i % 67 === 0) v = visit(i, { onbekend: 'x' });
    lines.push(JSON.stringify(v));
    if (i % 113 === 0) lines.push('{"id": "BZ-kapot-é",');
    if (i % 127 === 0) lines.push('[1, 2]');
    if (i % 131 === 0) lines.push('');
  }
  const text = `${lines.join('\n')}\n`;
  const bad = Buffer.from(text, 'utf8');
  if (options.badByte === false) return bad;
  // one byte that is not UTF-8 in the middle: the file is read in one thread, which reports it
  const at = bad.indexOf('"gepland"', bad.length >> 1);
  bad[at + 2] = 0xff;
  return bad;
}

/**
 * The visits of problemFile as a CSV as a Dutch data team exports it (semicolons, CRLF), with an
 * unknown column, blank rows, rows with too many cells, and (with `quoted`) values in quotes,
 * some holding a line end.
 */
function csvProblemFile(options: { quoted?: boolean; bom?: boolean } = {}): Buffer {
  const columns = ['id', 'clientId', 'deelnemerId', 'abonnementId', 'dienstId'];
  const fields = [...columns, 'geplandStartOp', 'geplandEindOp', 'status'];
  const rows = [[...fields, 'kleurX'].join(';')];
  for (let i = 1; i <= 3000; i++) {
    let v: Record<string, unknown> = visit(i);
    if (i % 97 === 0) v = visit(i % 500);
    if (i % 101 === 0) v = visit(i - 1);
    if (i % 89 === 0) v = visit(i, { status: 'bestaatNiet' });
    if (i % 79 === 0) v = visit(i, { clientId: `CL-X${i}` });
    if (i % 71 === 0) v = visit(i, { geplandStartOp: '31-5-2022' });
    if (i % 61 === 0) v = visit(i, { status: ' Uitgevoerd' });
    const cells = fields.map((c) => String(v[c] ?? ''));
    cells.push(i % 7 === 0 ? 'rood' : '');
    if (options.quoted && i % 53 === 0) cells[8] = '"rood;\r\nblauw ""licht"""';
    rows.push(cells.join(';'));
    if (i % 113 === 0) rows.push(';;;;;;;;');
    if (i % 127 === 0) rows.push(`${cells.join(';')};x;y`);
    if (i % 131 === 0) rows.push('');
  }
  const text = Buffer.from(`${rows.join('\r\n')}\r\n`, 'utf8');
  return options.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]) : text;
}

function clients(): string {
  const lines: string[] = [];
  for (let i = 1; i <= 45; i++)
    lines.push(JSON.stringify({ id: `CL-${pad(i)}`, startDatum: '2021-01-01' }));
  return `${lines.join('\n')}\n`;
}

/**
 * The report of a run in one thread and of one with two workers and small pieces (or, with
 * `readerOptions`, other settings of the parallel reader: without `threads`, the default).
 */
async function both(
  paths: string[],
  options: ValidateOptions = {},
  readerOptions: Partial<ParallelOptions> = { threads: 2 },
) {
  const single = await validatePaths(paths, { ...options, threads: 1 });
  let parallelReads = 0;
  /** reads that did go to worker threads (the others fell back to one thread) */
  let threadedReads = 0;
  const reader = parallelReader({
    ...readerOptions,
    lang: options.lang ?? 'nl',
    maxSamples: options.maxSamples ?? 5,
    checkReferences: options.checkReferences ?? false,
    pieceBytes: 4096,
    rangeBytes: 16384,
  });
  // none: the default on a machine with one core
  const counting: ParallelReader | undefined = reader && {
    wanted: reader.wanted,
    read: async (...args) => {
      parallelReads++;
      const result = await reader.read(...args);
      if (result.parallel) threadedReads++;
      return result;
    },
  };
  const parallel = await runValidation(nodeIo, paths, publishedStandard(), options, counting);
  return { single, parallel, parallelReads, threadedReads };
}

describe('parallel validation', { timeout: 600_000 }, () => {
  const file = join(dir, 'bezoeken.ndjson');
  writeFileSync(file, problemFile());

  const plain = join(dir, 'bezoeken-utf8.ndjson');
  writeFileSync(plain, problemFile({ badByte: false }));

  it('gives the same report as one thread, with problems across range borders', async () => {
    for (const maxSamples of [5, 0, 40]) {
      const { single, parallel, threadedReads } = await both([plain], {
        schema: 'bezoek',
        maxSamples,
      });
      expect(threadedReads).toBe(1);
      expect(parallel).toEqual(single);
    }
    const { single } = await both([plain], { schema: 'bezoek' });
    const codes = single.issues.map((i) => i.code);
    for (const code of ['id.duplicate', 'json.syntax', 'json.not-object'])
      expect(codes).toContain(code);
    // duplicates of ids 3000 lines back and of the line before, all found
    const duplicates = single.issues.find((i) => i.code === 'id.duplicate')!;
    expect(duplicates.count).toBeGreaterThan(50);
  });

  it('reads a large file in parallel without being asked, with the same report', async () => {
    // the default: no `threads`, so the machine's cores for a file of `minBytes` and more
    const size = readFileSync(plain).length;
    const large = await both([plain], { schema: 'bezoek' }, { minBytes: size });
    const cores = availableParallelism() > 1 ? 1 : 0;
    expect(large.parallelReads).toBe(cores);
    expect(large.threadedReads).toBe(cores);
    expect(large.parallel).toEqual(large.single);
    const small = await both([plain], { schema: 'bezoek' }, { minBytes: size + 1 });
    expect(small.parallelReads).toBe(0);
    expect(small.parallel).toEqual(small.single);
  });

  it('reads a file with a byte that is not UTF-8 in one thread, with the same report', async () => {
    const { single, parallel, parallelReads, threadedReads } = await both([file], {
      schema: 'bezoek',
    });
    expect(parallelReads).toBe(1);
    expect(threadedReads).toBe(0);
    expect(parallel).toEqual(single);
    expect(single.issues.map((i) => i.code)).toContain('input.encoding');
  });

  it('reads a file with a byte-order mark in parallel, and one with an over-long line in one thread', async () => {
    const bom = join(dir, 'bom.ndjson');
    writeFileSync(
      bom,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), problemFile({ badByte: false })]),
    );
    const withBom = await both([bom], { schema: 'bezoek' });
    expect(withBom.threadedReads).toBe(1);
    expect(withBom.parallel).toEqual(withBom.single);
    const long = join(dir, 'long.ndjson');
    const lines = problemFile({ badByte: false }).toString('utf8').split('\n');
    // longer than one thread's 1 MiB chunks too, which is where it reports a line too long
    lines.splice(1500, 0, JSON.stringify(visit(99999, { opmerking: 'x'.repeat(3 << 19) })));
    writeFileSync(long, lines.join('\n'));
    const withLong = await both([long], { schema: 'bezoek', maxLineBytes: 1 << 20 });
    expect(withLong.threadedReads).toBe(0);
    expect(withLong.parallel).toEqual(withLong.single);
    expect(withLong.single.issues.map((i) => i.code)).toContain('input.line-too-long');
  });

  it('checks references across pieces and files, and reads gzip, the same as one thread', async () => {
    const pkg = join(dir, 'pakket');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, 'bezoeken.ndjson.gz'), gzipSync(problemFile()));
    writeFileSync(join(pkg, 'clienten.ndjson'), clients());
    // signals refer to visits: every visit id of the parallel file must be known afterwards
    const signals = [1, 500, 1500, 2999, 4000].map((i) =>
      JSON.stringify({
        id: `SG-${pad(i)}`,
        bezoekId: `BZ-${pad(i)}`,
        soort: 'eenzaamheid',
        gemeldOp: '2021-06-07T10:00:00+02:00',
      }),
    );
    writeFileSync(join(pkg, 'signalen.ndjson'), `${signals.join('\n')}\n`);
    writeFileSync(join(pkg, 'bezoeken-2.ndjson'), problemFile({ badByte: false }));
    const paths = readdirSync(pkg).map((name) => join(pkg, name));
    const { single, parallel, parallelReads, threadedReads } = await both(paths, {
      checkReferences: true,
    });
    expect(parallelReads).toBeGreaterThanOrEqual(2);
    // the gzip file in one thread, the plain ones in parallel
    expect(parallelReads - threadedReads).toBe(1);
    expect(parallel).toEqual(single);
    const unresolved = single.issues.filter((i) => i.code === 'reference.unresolved');
    expect(unresolved.map((i) => i.field).sort()).toContain('clientId');
  });

  it('reads a CSV file without quotes in parallel, with the same report', async () => {
    const csv = join(dir, 'bezoeken.csv');
    writeFileSync(csv, csvProblemFile());
    for (const maxSamples of [5, 40]) {
      const { single, parallel, threadedReads } = await both([csv], {
        schema: 'bezoek',
        maxSamples,
        checkReferences: true,
      });
      expect(threadedReads).toBe(1);
      expect(parallel).toEqual(single);
    }
    const { single } = await both([csv], { schema: 'bezoek' });
    const codes = single.issues.map((i) => i.code);
    for (const code of ['id.duplicate', 'csv.unknown-column', 'record.blank', 'csv.row-length'])
      expect(codes).toContain(code);
    // the header's issue once, at line 1, though every range is read after the header
    const unknown = single.issues.find((i) => i.code === 'csv.unknown-column')!;
    expect(unknown.count).toBe(1);
    const duplicate = single.issues.find((i) => i.code === 'id.duplicate')!;
    expect(duplicate.samples[0]).toMatchObject({ column: 'id' });
    const bom = join(dir, 'bom.csv');
    writeFileSync(bom, csvProblemFile({ bom: true }));
    const withBom = await both([bom], { schema: 'bezoek' });
    expect(withBom.threadedReads).toBe(1);
    expect(withBom.parallel).toEqual(withBom.single);
  });

  it('reads a CSV file with quoted values (line ends in them) in parallel, with the same report', async () => {
    const csv = join(dir, 'bezoeken-quoted.csv');
    writeFileSync(csv, csvProblemFile({ quoted: true }));
    for (const maxSamples of [5, 40]) {
      const { single, parallel, parallelReads, threadedReads } = await both([csv], {
        schema: 'bezoek',
        maxSamples,
        checkReferences: true,
      });
      expect(parallelReads).toBe(1);
      expect(threadedReads).toBe(1);
      expect(parallel).toEqual(single);
    }
  });

  it("gives the same report on csv-spectrum's cases (quotes, line ends in quotes, CR, CRLF)", async () => {
    const spectrum = dirname(createRequire(import.meta.url).resolve('csv-spectrum/package.json'));
    const cases = readdirSync(join(spectrum, 'csvs')).filter((f) => f.endsWith('.csv'));
    expect(cases).toHaveLength(12);
    const oneThread: string[] = [];
    for (const name of cases) {
      const { single, parallel, threadedReads } = await both([join(spectrum, 'csvs', name)], {
        schema: 'bezoek',
      });
      expect(parallel, name).toEqual(single);
      if (threadedReads === 0) oneThread.push(name);
    }
    // all in parallel, quoted line ends and escapes too, but for a quote inside an unquoted value
    // (37°36'37.8"N), which the lenient reader takes as text and the parity of quotes cannot
    expect(oneThread).toEqual(['location_coordinates.csv']);
  });

  // one test per fixture: every parallel run starts its workers (from TypeScript here: slow)
  const ndjsonFixtures = readdirSync(fixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const spec = JSON.parse(
        readFileSync(join(fixtures, entry.name, 'expected.json'), 'utf8'),
      ) as { file: string };
      return { name: entry.name, path: join(fixtures, entry.name, spec.file) };
    })
    .filter((fixture) => fixture.path.endsWith('.ndjson') || fixture.path.endsWith('.csv'));
  it('has NDJSON and CSV fixtures to compare', () => {
    expect(ndjsonFixtures.filter((f) => f.path.endsWith('.ndjson')).length).toBeGreaterThan(3);
    expect(ndjsonFixtures.filter((f) => f.path.endsWith('.csv')).length).toBeGreaterThan(1);
  });
  it.each(ndjsonFixtures)(
    'gives the same report on the invalid $name fixture',
    async ({ path }) => {
      const { single, parallel, parallelReads } = await both([path], { checkReferences: true });
      expect(parallelReads).toBe(1);
      expect(parallel).toEqual(single);
    },
  );
});

describe('when a run reads in parallel', () => {
  const base = { lang: 'en' as const, maxSamples: 5, checkReferences: true };
  it('reads large files in parallel by default if so decided, and every file when threads are given', () => {
    const auto = parallelReader(base);
    if (PARALLEL_BY_DEFAULT && availableParallelism() > 1) {
      expect(auto?.wanted(PARALLEL_MIN_BYTES - 1)).toBe(false);
      expect(auto?.wanted(PARALLEL_MIN_BYTES)).toBe(true);
    } else expect(auto).toBeUndefined();
    expect(parallelReader({ ...base, threads: 1 })).toBeUndefined();
    const reader = parallelReader({ ...base, threads: 2 });
    expect(reader?.wanted(1)).toBe(true);
    expect(reader?.wanted(2 ** 40)).toBe(true);
  });
});
