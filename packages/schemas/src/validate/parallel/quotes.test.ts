// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A CSV with quotes read in parallel (quotes.ts): where the ranges start, against a plain RFC 4180
 * reading, for every way of cutting small files; and whole runs against one thread, with quoted
 * delimiters, line ends and escapes across range borders, values longer than a range, and the
 * malformed quotes (stray, left open) that must send the file to one thread.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo } from '../node-io.js';
import { publishedStandard } from '../standard-view.js';
import { validatePaths } from '../validate-paths.js';
import { runValidation, type ValidateOptions } from '../validate-run.js';
import { type ParallelOptions, type ParallelReader, parallelReader } from './pool.js';
import { recordRanges } from './quotes.js';
import { type ByteRange, scanRange, splitRanges } from './ranges.js';

const dir = mkdtempSync(join(tmpdir(), 'zorghub-quotes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Offsets after the line ends that end a record, and the line each record starts on (RFC 4180). */
function recordStarts(bytes: Buffer): Map<number, number> {
  const starts = new Map<number, number>([[0, 1]]);
  let inside = false;
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x22) inside = !inside;
    else if (bytes[i] === 10) {
      line++;
      if (!inside) starts.set(i + 1, line);
    }
  }
  return starts;
}

/** The record ranges of `text` cut into `count` ranges, as pool.ts finds them. */
function cut(text: string, count: number) {
  const path = join(dir, `cut-${count}.csv`);
  writeFileSync(path, text);
  const fd = openSync(path, 'r');
  try {
    const size = Buffer.byteLength(text);
    const ranges = splitRanges(fd, size, count);
    ranges[0]!.start = 0;
    const buf = Buffer.alloc(7); // small pieces: quotes and line ends at piece borders too
    const scans = ranges.map((range) => scanRange(fd, range, 1 << 20, buf, 0x3b));
    return { ranges, records: recordRanges(ranges, scans) };
  } finally {
    closeSync(fd);
  }
}

const header = 'id;status;annuleringsreden\r\n';
const wellFormed = [
  `${header}"BZ-1";"gepland";"a;b"\r\nBZ-2;"ge""pland";""\r\n`,
  `${header}BZ-1;gepland;"regel 1\r\nregel 2\nregel 3"\r\n"BZ-2";;"x"\n"BZ-3";"";"""q"""\n`,
  `\uFEFF"id";"status"\n"BZ-1";"lang\n\n\n\n\n\n\n\n\n\nwaarde ""met"" ; en\r\n"\nBZ-2;x\n`,
  `${header}BZ-1;x;"${'lang;\n'.repeat(30)}"\nBZ-2;x;y\n"BZ-3";x;"z"`,
];

describe('record ranges of a CSV with quotes', () => {
  it('start every range at a record start, with its line, for every number of ranges', () => {
    let moved = 0;
    let joined = 0;
    for (const text of wellFormed) {
      const starts = recordStarts(Buffer.from(text));
      for (let count = 1; count <= Buffer.byteLength(text); count++) {
        const { ranges, records } = cut(text, count);
        expect(records, `${count} ranges of ${JSON.stringify(text)}`).toBeDefined();
        const got = records!.ranges;
        expect(got[0]!.start).toBe(0);
        expect(got[got.length - 1]!.end).toBe(Buffer.byteLength(text));
        got.forEach((range, k) => {
          expect(starts.get(range.start), `range ${k} of ${count}`).toBe(records!.firstLines[k]);
          if (k > 0) expect(range.start).toBe(got[k - 1]!.end);
          expect(range.end).toBeGreaterThan(range.start);
        });
        if (got.some((range) => !ranges.some((r: ByteRange) => r.start === range.start))) moved++;
        if (got.length < ranges.length) joined++;
      }
    }
    // borders inside quoted values were moved, ranges wholly inside one joined to the one before
    expect(moved).toBeGreaterThan(10);
    expect(joined).toBeGreaterThan(10);
  });

  it('leave a file whose quotes the lenient reader may read otherwise to one thread', () => {
    const malformed = [
      `${header}BZ-1;37°36'37.8"N;x\n"BZ-2";x;y\n`, // a quote inside an unquoted value
      `${header}BZ-1;"ge"pland;x\nBZ-2;x;y\n`, // text after a closing quote
      `${header}BZ-1; "gepland";x\nBZ-2;x;y\n`, // a space before an opening quote
      `${header}BZ-1;"gepland"\rBZ-2;x;y\n`, // a closing quote before a bare CR
      `${header}BZ-1;x;y\nBZ-2;x;"open\n`, // a quote left open at the end
      `${header}BZ-1;x;"open\nBZ-2;x;y\n`, // and in the middle
    ];
    for (const text of malformed)
      for (let count = 1; count <= 12; count++)
        expect(cut(text, count).records, `${count} ranges of ${JSON.stringify(text)}`).toBe(
          undefined,
        );
  });
});

const pad = (n: number) => String(n).padStart(6, '0');

/**
 * Visits as Excel and LibreOffice write them: every text quoted, values holding `;`, CRLF and LF
 * line ends and `""`; `long` values longer than a range; errors everywhere (codelist, dates,
 * duplicates) so that samples and line numbers are compared.
 */
function quotedVisits(rows: number, options: { long?: number; stray?: boolean; open?: boolean }) {
  const lines = [
    '"id";"clientId";"deelnemerId";"abonnementId";"dienstId";"geplandStartOp";"geplandEindOp";"status";"annuleringsreden"',
  ];
  for (let i = 1; i <= rows; i++) {
    const id = i % 97 === 0 ? `BZ-${pad(i - 50)}` : `BZ-${pad(i)}`;
    const status =
      i % 89 === 0 ? '"bestaat;\r\nniet"' : i % 61 === 0 ? '" Uitgevoerd"' : '"gepland"';
    const start = i % 71 === 0 ? '"31-5-2022"' : '"2021-06-07T10:00:00+02:00"';
    let reason = '';
    if (i % 3 === 0) reason = `"regel 1;\r\nregel 2 ""citaat""\nregel 3"`;
    if (options.long && i % 40 === 0) reason = `"${'lang;\n'.repeat(options.long)}"`;
    if (options.stray && i === Math.floor(rows * 0.6)) reason = 'kapot"cit"aat';
    const cells = [`"${id}"`, `"CL-${pad(1 + (i % 50))}"`, '"DN-0001"', '"AB-0001"'];
    cells.push('"DI-GEZELSCHAP"', start, '"2021-06-07T11:30:00+02:00"', status, reason);
    lines.push(cells.join(';'));
    if (i % 113 === 0) lines.push(';;;;;;;;');
  }
  if (options.open) lines.push(`"BZ-999999";"CL-000001";;;;;;"gepland";"niet gesloten`);
  return `${lines.join('\r\n')}\r\n`;
}

/** The report of one thread and of two workers with small ranges, and whether it went parallel. */
async function both(
  path: string,
  rangeBytes: number,
  options: ValidateOptions = {},
  readerOptions: Partial<ParallelOptions> = { threads: 2 },
) {
  const single = await validatePaths([path], { schema: 'bezoek', ...options, threads: 1 });
  const reader = parallelReader({
    ...readerOptions,
    lang: 'nl',
    maxSamples: options.maxSamples ?? 5,
    checkReferences: false,
    pieceBytes: 4096,
    rangeBytes,
  });
  let threaded = 0;
  const counting: ParallelReader | undefined = reader && {
    wanted: reader.wanted,
    read: async (...args) => {
      const result = await reader.read(...args);
      if (result.parallel) threaded++;
      return result;
    },
  };
  const parallel = await runValidation(
    nodeIo,
    [path],
    publishedStandard(),
    { schema: 'bezoek', ...options },
    counting,
  );
  return { single, parallel, threaded };
}

describe('a CSV with quotes read in parallel', { timeout: 600_000 }, () => {
  it('gives the report of one thread, quoted line ends and values longer than a range across borders', async () => {
    const path = join(dir, 'quoted.csv');
    const text = quotedVisits(3000, { long: 1000 });
    writeFileSync(path, text);
    // the ranges of 4 KiB the run cuts: some start inside a quoted value, some lie wholly in one
    const { ranges, records } = cut(text, Math.ceil(Buffer.byteLength(text) / 4096));
    expect(records!.ranges.length).toBeLessThan(ranges.length);
    expect(
      records!.ranges.filter((r) => !ranges.some((n) => n.start === r.start)).length,
    ).toBeGreaterThan(5);
    for (const maxSamples of [5, 40]) {
      const { single, parallel, threaded } = await both(path, 4096, { maxSamples });
      expect(threaded).toBe(1);
      expect(parallel).toEqual(single);
    }
    const { single } = await both(path, 4096);
    const codes = single.issues.map((issue) => issue.code);
    for (const code of ['id.duplicate', 'record.blank', 'codelist.unknown-code'])
      expect(codes).toContain(code);
    // a line number after quoted CRLF and LF line ends: the visit of row 97 (a duplicate of row 47)
    const duplicate = single.issues.find((issue) => issue.code === 'id.duplicate')!;
    const at = text.indexOf('"BZ-000047";"CL-000048"', text.indexOf('"BZ-000096"'));
    expect(duplicate.samples[0]!.line).toBe(text.slice(0, at).split('\n').length);
  });

  it('reads a large quoted CSV in parallel without being asked, as a CSV without quotes', async () => {
    const path = join(dir, 'default.csv');
    const text = quotedVisits(1500, {});
    writeFileSync(path, text);
    const size = Buffer.byteLength(text);
    const { single, parallel, threaded } = await both(path, 4096, {}, { minBytes: size });
    expect(threaded).toBe(availableParallelism() > 1 ? 1 : 0);
    expect(parallel).toEqual(single);
  });

  it('reads a CSV with a stray quote or a quote left open in one thread, with the same report', async () => {
    for (const options of [{ stray: true }, { open: true }]) {
      const path = join(dir, 'malformed.csv');
      writeFileSync(path, quotedVisits(1500, options));
      const { single, parallel, threaded } = await both(path, 4096);
      expect(threaded, JSON.stringify(options)).toBe(0);
      expect(parallel).toEqual(single);
    }
  });
});
