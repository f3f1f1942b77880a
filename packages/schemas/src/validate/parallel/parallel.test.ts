// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo } from '../node-io.js';
import { publishedStandard } from '../standard-view.js';
import { validatePaths } from '../validate-paths.js';
import { runValidation, type ValidateOptions } from '../validate-run.js';
import { type ParallelReader, parallelReader } from './pool.js';

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
function problemFile(): Buffer {
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
  // one byte that is not UTF-8 in the middle (an encoding issue found by the main thread)
  const at = bad.indexOf('"gepland"', bad.length >> 1);
  bad[at + 2] = 0xff;
  return bad;
}

function clients(): string {
  const lines: string[] = [];
  for (let i = 1; i <= 45; i++)
    lines.push(JSON.stringify({ id: `CL-${pad(i)}`, startDatum: '2021-01-01' }));
  return `${lines.join('\n')}\n`;
}

/** The report of a run in one thread and of one with two workers and small pieces. */
async function both(paths: string[], options: ValidateOptions = {}) {
  const single = await validatePaths(paths, { ...options, threads: 1 });
  let parallelReads = 0;
  const reader = parallelReader({
    threads: 2,
    lang: options.lang ?? 'nl',
    maxSamples: options.maxSamples ?? 5,
    checkReferences: options.checkReferences ?? false,
    pieceBytes: 4096,
  }) as ParallelReader;
  const counting: ParallelReader = {
    wanted: reader.wanted,
    read: (...args) => {
      parallelReads++;
      return reader.read(...args);
    },
  };
  const parallel = await runValidation(nodeIo, paths, publishedStandard(), options, counting);
  return { single, parallel, parallelReads };
}

describe('parallel validation', { timeout: 600_000 }, () => {
  const file = join(dir, 'bezoeken.ndjson');
  writeFileSync(file, problemFile());

  it('gives the same report as one thread, with problems across piece borders', async () => {
    for (const maxSamples of [5, 0, 40]) {
      const { single, parallel, parallelReads } = await both([file], {
        schema: 'bezoek',
        maxSamples,
      });
      expect(parallelReads).toBe(1);
      expect(parallel).toEqual(single);
    }
    const { single } = await both([file], { schema: 'bezoek' });
    const codes = single.issues.map((i) => i.code);
    for (const code of ['id.duplicate', 'json.syntax', 'json.not-object', 'input.encoding'])
      expect(codes).toContain(code);
    // duplicates of ids 3000 lines back and of the line before, all found
    const duplicates = single.issues.find((i) => i.code === 'id.duplicate')!;
    expect(duplicates.count).toBeGreaterThan(50);
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
    const paths = readdirSync(pkg).map((name) => join(pkg, name));
    const { single, parallel, parallelReads } = await both(paths, { checkReferences: true });
    expect(parallelReads).toBeGreaterThanOrEqual(1);
    expect(parallel).toEqual(single);
    const unresolved = single.issues.filter((i) => i.code === 'reference.unresolved');
    expect(unresolved.map((i) => i.field).sort()).toContain('clientId');
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
    .filter((fixture) => fixture.path.endsWith('.ndjson'));
  it('has NDJSON fixtures to compare', () => {
    expect(ndjsonFixtures.length).toBeGreaterThan(3);
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
  it('reads in one thread unless threads above 1 are asked for, at any file size', () => {
    // opt-in: on a quiet 2-core machine two threads were slower than one (bench/validate)
    expect(parallelReader(base)).toBeUndefined();
    expect(parallelReader({ ...base, threads: 1 })).toBeUndefined();
    const reader = parallelReader({ ...base, threads: 2 });
    expect(reader?.wanted(1)).toBe(true);
    expect(reader?.wanted(2 ** 40)).toBe(true);
  });
});
