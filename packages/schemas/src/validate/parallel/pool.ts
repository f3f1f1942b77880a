// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A large NDJSON file on all cores (Node only). The main thread only splits the file into byte
 * ranges that start at line starts (ranges.ts); the worker threads open the file themselves,
 * scan their ranges (newlines, UTF-8, line lengths), then read, parse and check them. The main
 * thread numbers the lines by prefix sums of the newlines and merges the results in the order of
 * the file: issue counts and samples as if added one by one, and every id and reference (packed
 * in typed arrays, no message per id) checked here against the ids of the whole run — so
 * duplicates and references across ranges are found and the report is the one a run in one
 * thread writes (parallel.test.ts compares them). A file that is not plain UTF-8 with lines of at
 * most maxLineBytes, or is gzip, or has an --encoding, is read in one thread.
 *
 * A CSV file is split the same way, at record starts: a quoted value may hold a line end, so a
 * line start is a record start only where the count of quotes since the start of the file is
 * even (quotes.ts). The workers' scans count the quotes of their ranges and check that each quote
 * is where RFC 4180 puts one; the main thread moves a range that starts inside a quoted value to
 * its first record (or joins it to the range before). A CSV whose quotes the lenient one-thread
 * reader might read otherwise (`a"b`, a quote left open) is read in one thread. Each worker reads
 * a range with the one-thread CSV reader after the file's header line.
 */
import { closeSync, fstatSync, openSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Checker } from '../engine/checker.js';
import type { Source } from '../engine/source.js';
import { readCsv } from '../readers/csv.js';
import { readNdjson } from '../readers/ndjson.js';
import type { ReadOptions, RecordSink } from '../readers/sink.js';
import type { ByteSource } from '../readers/text.js';
import type { Lang } from '../report.js';
import { mergeRange } from './merge.js';
import type { CheckJob, RangeResult, ScanJob, WorkerMessage, WorkerSetup } from './protocol.js';
import { recordRanges } from './quotes.js';
import { type ByteRange, firstLine, type RangeScan, splitRanges } from './ranges.js';
import { startWorker } from './start.js';

/**
 * Whether a run without `threads` reads large files (PARALLEL_MIN_BYTES and more) in parallel.
 * On: on a quiet 2-core machine two threads took 0.77× the wall time of one on 1 M visits, and
 * with the workers' small pieces about the same CPU time in total (bench/validate/README.md).
 */
export const PARALLEL_BY_DEFAULT = true;
/**
 * Files from this size on are read in parallel by default (when PARALLEL_BY_DEFAULT): starting
 * the workers costs about 0.1 s CPU each, which a file of 64 MiB (about 220 000 visits) repays.
 */
export const PARALLEL_MIN_BYTES = 64 << 20;
/**
 * Bytes a worker parses at a time. Small, because a worker's young generation is small
 * (start.ts): the records of a 1 MiB piece are all alive while it is checked and outgrew it, so
 * every scavenge copied and promoted them.
 */
const PIECE_BYTES = 128 << 10;

export interface ParallelOptions {
  /**
   * worker threads; 1: one thread; 2 or more: every NDJSON file that can be split; left out:
   * with PARALLEL_BY_DEFAULT the machine's cores (at most 8) for files of PARALLEL_MIN_BYTES and
   * more, else one thread.
   */
  threads?: number;
  /** profile path, for the workers to build the same standard */
  profile?: string;
  lang: Lang;
  maxSamples: number;
  checkReferences: boolean;
  /** bytes a worker reads at a time (tests use small pieces) */
  pieceBytes?: number;
  /** size from which a run without `threads` reads a file in parallel (tests use small files) */
  minBytes?: number;
  /** bytes per range (tests use small ranges to put records on both sides of a border) */
  rangeBytes?: number;
}

/** How a run reads a file in parallel, handed to runValidation (which knows nothing of threads). */
export interface ParallelReader {
  /** whether a file of `size` bytes is read in parallel */
  wanted(size: number): boolean;
  /** Reads `path` (whose bytes `input` also gives); `parallel` false when it was one thread. */
  read(
    path: string,
    input: ByteSource,
    sink: RecordSink,
    source: Source,
    options: ReadOptions & { gzip?: boolean },
    checker: Checker,
  ): Promise<{ parallel: boolean }>;
}

export function parallelReader(options: ParallelOptions): ParallelReader | undefined {
  const auto = options.threads === undefined;
  const threads =
    options.threads ?? (PARALLEL_BY_DEFAULT ? Math.min(availableParallelism(), 8) : 1);
  if (threads <= 1) return undefined;
  return {
    wanted: (size) => !auto || size >= (options.minBytes ?? PARALLEL_MIN_BYTES),
    read: async (path, input, sink, source, read, checker) => {
      const split = read.gzip !== true && (read.encoding ?? 'utf-8').toLowerCase() === 'utf-8';
      if (split && (await readParallel(path, source, read, checker, { ...options, threads })))
        return { parallel: true };
      if (source.format === 'csv') await readCsv(input, sink, source, read);
      else await readNdjson(input, sink, source, read);
      return { parallel: false };
    },
  };
}

/**
 * Reads the file with worker threads; false (and nothing reported) when a range is not plain, so
 * that the caller reads it in one thread.
 */
async function readParallel(
  path: string,
  source: Source,
  read: ReadOptions,
  checker: Checker,
  options: ParallelOptions & { threads: number },
): Promise<boolean> {
  const csv = source.format === 'csv';
  const fd = openSync(path, 'r');
  let ranges: ByteRange[];
  let header: string | undefined;
  try {
    const size = fstatSync(fd).size;
    // a CSV byte costs about four times an NDJSON byte (csv-parse), so its ranges are smaller:
    // with 16 MiB, one worker of two was idle 3.7 of 16.8 s on a 1 M-row CSV (9 ranges for 2)
    const rangeBytes = options.rangeBytes ?? (csv ? 4 << 20 : 16 << 20);
    ranges = splitRanges(fd, size, Math.max(options.threads, Math.ceil(size / rangeBytes)));
    if (csv) {
      header = firstLine(fd, size, read.maxLineBytes);
      // a header with a line end in a quoted name is read in one thread
      if (header === undefined || header.split('"').length % 2 === 0) return false;
      // the first range from the very start: the CSV reader takes a byte-order mark as one thread does
      ranges[0]!.start = 0;
    }
  } finally {
    closeSync(fd);
  }
  const runtime = source.runtime;
  const setup: WorkerSetup = {
    ...(options.profile !== undefined ? { profile: options.profile } : {}),
    entity: runtime.info.name,
    lang: options.lang,
    maxSamples: options.maxSamples,
    file: source.file,
    path,
    maxLineBytes: read.maxLineBytes,
    pieceBytes: options.pieceBytes ?? PIECE_BYTES,
    format: csv ? 'csv' : 'ndjson',
    ...(header !== undefined ? { header } : {}),
    checkReferences: options.checkReferences,
    absentReferences: runtime.references
      .map((ref, i) => (checker.references.targetAbsent(ref) ? i : -1))
      .filter((i) => i >= 0),
  };
  const workers = Array.from({ length: Math.min(options.threads, ranges.length) }, () =>
    startWorker(setup),
  );
  let fail: (error: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failed.catch(() => {});
  let finished = false;
  for (const worker of workers) {
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      if (!finished) fail(new Error(`validation worker stopped (exit code ${code})`));
    });
  }
  try {
    // 1. scan: newlines per range, and whether every range is plain
    const scans: RangeScan[] = [];
    await Promise.race([
      failed,
      Promise.all(
        workers.map(
          (worker, w) =>
            new Promise<void>((resolve) => {
              worker.once('message', (message: WorkerMessage) => {
                if (message.type === 'scanned') scans.push(...message.scans);
                resolve();
              });
              const job: ScanJob = {
                type: 'scan',
                ranges: ranges.filter((_, k) => k % workers.length === w),
              };
              worker.postMessage(job);
            }),
        ),
      ),
    ]);
    if (scans.some((scan) => !scan.plain)) return false;
    scans.sort((a, b) => a.k - b.k);
    // where the records start: a CSV range inside a quoted value starts at its first record
    const records = recordRanges(ranges, scans);
    if (records === undefined) return false;
    ranges = records.ranges;
    const firstLine = records.firstLines;
    // 2. check: ranges handed out in order, two per worker in flight; merged in order
    const done = new Map<number, RangeResult>();
    let next = 0;
    let merged = 0;
    await Promise.race([
      failed,
      new Promise<void>((resolve, reject) => {
        const give = (w: number) => {
          if (next >= ranges.length) return;
          const range = ranges[next++]!;
          const job: CheckJob = { type: 'check', range, firstLine: firstLine[range.k]! };
          workers[w]!.postMessage(job);
        };
        workers.forEach((worker, w) => {
          worker.on('message', (message: WorkerMessage) => {
            if (message.type !== 'checked') return;
            done.set(message.k, message);
            try {
              for (let r = done.get(merged); r !== undefined; r = done.get(merged)) {
                done.delete(merged);
                merged++;
                mergeRange(r, checker, source);
              }
            } catch (error) {
              reject(error);
              return;
            }
            give(w);
            if (merged === ranges.length) resolve();
          });
          give(w);
          give(w);
        });
        if (ranges.length === 0) resolve();
      }),
    ]);
    return true;
  } finally {
    finished = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
