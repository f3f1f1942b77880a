// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A large NDJSON file on all cores (Node only). The main thread reads the file — encoding
 * detection and conversion, invalid bytes, line numbers and over-long lines exactly as in one
 * thread — and moves its pieces (the UTF-8 bytes of whole lines, about 1 MiB) to worker threads,
 * which decode, parse and check the records. Their
 * results are merged in the order of the file: issue counts and samples as if added one by one,
 * and every id and reference checked here, in reading order, against the ids of the whole run —
 * so duplicates and references across pieces are found and the report is the one a run in one
 * thread writes (parallel.test.ts compares them).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Checker } from '../engine/checker.js';
import type { Source } from '../engine/source.js';
import { readNdjson } from '../readers/ndjson.js';
import { commonEvents, type ReadOptions, type RecordSink } from '../readers/sink.js';
import type { ByteSource } from '../readers/text.js';
import type { Lang } from '../report.js';
import type { Piece, PieceResult, WorkerSetup } from './protocol.js';

export interface ParallelOptions {
  /**
   * worker threads; 1 or left out: one thread. Parallel reading is opt-in: measured on a quiet
   * machine with 2 cores (bench/validate), 2 threads took 1.4× (1 M visits) and 1.2× (5 M) the wall
   * time of one thread, so it is not the default until it is faster.
   */
  threads?: number;
  /** profile path, for the workers to build the same standard */
  profile?: string;
  lang: Lang;
  maxSamples: number;
  checkReferences: boolean;
  /** bytes per piece (tests use small pieces to put records on both sides of a border) */
  pieceBytes?: number;
}

/** How a run reads a file in parallel, handed to runValidation (which knows nothing of threads). */
export interface ParallelReader {
  /** whether a file of `size` bytes is read in parallel */
  wanted(size: number): boolean;
  read(
    input: ByteSource,
    sink: RecordSink,
    source: Source,
    options: ReadOptions,
    checker: Checker,
  ): Promise<unknown>;
}

export function parallelReader(options: ParallelOptions): ParallelReader | undefined {
  const threads = options.threads ?? 1;
  if (threads <= 1) return undefined;
  return {
    wanted: () => true,
    read: (input, sink, source, read, checker) =>
      readNdjsonParallel(input, sink, source, read, checker, { ...options, threads }),
  };
}

function startWorker(setup: WorkerSetup): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./worker.js', import.meta.url), {
      workerData: setup,
      // a smaller young generation than V8's default keeps two workers and the main thread
      // under 256 MB together (measured: 261 → 197-223 MB on 1 M visits), at little CPU cost
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
  // from the TypeScript sources (the tests) the worker is TypeScript too, loaded through tsx
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(
    /\.cjs$/,
    '.mjs',
  );
  const worker = new URL('./worker.ts', import.meta.url).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); })`,
    { eval: true, workerData: setup },
  );
}

async function readNdjsonParallel(
  input: ByteSource,
  sink: RecordSink,
  source: Source,
  read: ReadOptions,
  checker: Checker,
  options: ParallelOptions & { threads: number },
): Promise<unknown> {
  const setup: WorkerSetup = {
    ...(options.profile !== undefined ? { profile: options.profile } : {}),
    entity: source.runtime.info.name,
    lang: options.lang,
    maxSamples: options.maxSamples,
    file: source.file,
    checkReferences: options.checkReferences,
  };
  const workers = Array.from({ length: options.threads }, () => startWorker(setup));
  const busy = workers.map(() => 0);
  const done = new Map<number, PieceResult>();
  // pieces sent and not merged yet: one per worker and one waiting, which keeps them busy; more
  // only held memory (5 M visits, 2 workers: 263 MB peak RSS with 4 in flight, 194 MB with 3)
  const maxInFlight = options.threads + 1;
  let sent = 0;
  let merged = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const settle = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const merge = (result: PieceResult) => {
    checker.report.merge(result.taken);
    source.records += result.records;
    checker.report.records += result.records;
    const { ids, idLines } = result;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      checker.addId(source, idLines[i]!, id, id.length <= 80 ? { id } : {});
    }
    const refs = source.runtime.references;
    for (let i = 0; i < result.refIndex.length; i++) {
      const id = result.refId[i];
      checker.references.check(
        refs[result.refIndex[i]!]!,
        result.refValue[i],
        source,
        result.refLine[i]!,
        id !== null && id !== undefined && id.length <= 80 ? { id } : {},
      );
    }
  };
  workers.forEach((worker, w) => {
    worker.on('message', (result: PieceResult) => {
      busy[w]!--;
      done.set(result.seq, result);
      for (let next = done.get(merged); next !== undefined; next = done.get(merged)) {
        done.delete(merged);
        merged++;
        try {
          merge(next);
        } catch (error) {
          failure ??= error as Error;
        }
      }
      settle();
    });
    worker.on('error', (error) => {
      failure ??= error;
      settle();
    });
    worker.on('exit', (code) => {
      if (merged < sent) failure ??= new Error(`validation worker stopped (exit code ${code})`);
      settle();
    });
  });
  const waitUntil = async (ready: () => boolean) => {
    while (!ready() && failure === undefined)
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    if (failure !== undefined) throw failure;
  };
  try {
    const result = await readNdjson(
      input,
      sink,
      source,
      { ...read, ...(options.pieceBytes ? { highWaterMark: options.pieceBytes } : {}) },
      {
        ...commonEvents(sink, source),
        bytes(bytes, firstLine) {
          if (failure !== undefined) return;
          let w = 0;
          for (let i = 1; i < workers.length; i++) if (busy[i]! < busy[w]!) w = i;
          busy[w]!++;
          // a copy of its own, moved to the worker (the reader's bytes share the file's chunk)
          const own = new Uint8Array(bytes.length);
          own.set(bytes);
          const piece: Piece = { seq: sent++, bytes: own, firstLine };
          workers[w]!.postMessage(piece, [own.buffer]);
        },
        pause: () =>
          sent - merged >= maxInFlight || failure !== undefined
            ? waitUntil(() => sent - merged < maxInFlight)
            : undefined,
      },
    );
    await waitUntil(() => merged === sent);
    return result;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
