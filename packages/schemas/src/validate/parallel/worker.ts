// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A worker thread of a parallel run (pool.ts). It opens the file itself: first it scans the ranges
 * it is given (newlines, UTF-8, line lengths, a CSV's quotes), then it reads and checks the ranges
 * it is sent — the schema, codelists, deprecations, privacy — with the same Checker as a run in one
 * thread, and hands back the issues and, packed in typed arrays, the ids and references. A CSV
 * range is read by the one-thread CSV reader, after the file's header line, with its line numbers
 * shifted to the range's place in the file and the header's issues left to the first range.
 */
import { Buffer } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { Checker } from '../engine/checker.js';
import { nodeByteOps } from '../node-io.js';
import { profileStandard } from '../profile-standard.js';
import { RecordBatch } from '../readers/batch.js';
import { detectDelimiter, readCsv } from '../readers/csv.js';
import { ndjsonText } from '../readers/ndjson.js';
import type { RecordSink } from '../readers/sink.js';
import type { ByteSource } from '../readers/text.js';
import { ReportBuilder } from '../report.js';
import { publishedStandard } from '../standard-view.js';
import {
  type CheckJob,
  NONE,
  type PackedStrings,
  type RangeResult,
  type ScanJob,
  type WorkerSetup,
} from './protocol.js';
import { readRangeLines, scanRange } from './ranges.js';

const setup = workerData as WorkerSetup;
const standard = setup.profile
  ? await profileStandard(setup.profile, setup.lang)
  : publishedStandard();
const entity = standard.getEntity(setup.entity);
if (!entity) throw new Error(`unknown entity ${setup.entity}`);
const report = new ReportBuilder({ lang: setup.lang, maxSamples: setup.maxSamples });
const checker = new Checker(report, { checkReferences: setup.checkReferences });
const source = checker.addSource({
  file: setup.file,
  format: setup.format,
  runtime: checker.runtime(standard.setup(entity)),
});
const fd = openSync(setup.path, 'r');

/** Numbers in a typed array that grows. */
class Numbers {
  a = new Uint32Array(4096);
  length = 0;
  push(n: number): void {
    if (this.length === this.a.length) {
      const b = new Uint32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.length++] = n;
  }
  /** the numbers pushed, in an array of their own (moved to the main thread), and reset */
  take(): Uint32Array {
    const out = this.a.slice(0, this.length);
    this.length = 0;
    return out;
  }
}

/**
 * Strings joined as they come, JOIN_EVERY at a time: a range's 60 000 ids kept as separate small
 * strings until the range is done survive scavenge after scavenge of the workers' small young
 * generation (each copied, then promoted). Joined, and with 128 KiB pieces (pool.ts), the process
 * peaked at about 150 MB instead of 220 MB on 1 M visits, at less CPU (bench/validate/README.md).
 */
const JOIN_EVERY = 256;

class Strings {
  parts: string[] = [];
  joined: string[] = [];
  lengths = new Numbers();
  push(s: string | undefined): void {
    if (s === undefined) this.lengths.push(NONE);
    else {
      this.parts.push(s);
      this.lengths.push(s.length);
      if (this.parts.length === JOIN_EVERY) {
        this.joined.push(this.parts.join(''));
        this.parts = [];
      }
    }
  }
  take(): PackedStrings {
    this.joined.push(this.parts.join(''));
    const text = this.joined.join('');
    this.parts = [];
    this.joined = [];
    return { text, lengths: this.lengths.take() };
  }
}

const ids = new Strings();
const idLines = new Numbers();
const refIndex = new Numbers();
const refValues = new Strings();
const refLines = new Numbers();
const refIds = new Strings();
const absent = new Set(setup.absentReferences);
/** absent references seen in this range (only the first of each is handed over) */
const absentSeen = new Set<number>();

checker.collector = {
  id(id, line) {
    ids.push(id);
    idLines.push(line);
  },
  reference(index, value, line, id) {
    if (absent.has(index)) {
      if (absentSeen.has(index)) return;
      absentSeen.add(index);
    }
    refIndex.push(index);
    refValues.push(String(value));
    refLines.push(line);
    refIds.push(id);
  },
};
const sink: RecordSink = {
  lang: setup.lang,
  issue: checker.issue.bind(checker),
  record: (record, from, line) => checker.check(record, from, line),
};
const batch = new RecordBatch();
const scanBuffer = Buffer.allocUnsafe(setup.pieceBytes);

const header = setup.header === undefined ? undefined : Buffer.from(setup.header, 'utf8');
/** CSV: the delimiter byte, found in the header as the one-thread reader finds it */
const delimiter =
  setup.header === undefined ? undefined : detectDelimiter(setup.header).charCodeAt(0);

/**
 * Reads a CSV range with the one-thread reader: the first range from the start of the file, the
 * others after the header line (line 1 there), their line numbers shifted to the file's.
 */
async function readCsvRange(job: CheckJob): Promise<void> {
  const first = job.range.k === 0 || header === undefined;
  const shift = first ? 0 : job.firstLine - 2;
  const shifted: RecordSink = first
    ? sink
    : {
        lang: setup.lang,
        issue: (code, from, line, field, details, file) => {
          // the header's issues are the first range's to report
          if (line > 1) checker.issue(code, from, line + shift, field, details, file);
        },
        record: (record, from, line) => checker.check(record, from, line + shift),
      };
  const input: ByteSource = {
    ops: nodeByteOps,
    async *chunks() {
      if (!first) yield header!;
      // the reader puts lines together across pieces itself
      for (let pos = job.range.start; pos < job.range.end; ) {
        const piece = Buffer.allocUnsafe(Math.min(setup.pieceBytes, job.range.end - pos));
        const n = readSync(fd, piece, 0, piece.length, pos);
        if (n === 0) break;
        yield piece.subarray(0, n);
        pos += n;
      }
    },
  };
  await readCsv(input, shifted, source, {
    maxLineBytes: setup.maxLineBytes,
    highWaterMark: setup.pieceBytes,
  });
}

async function check(job: CheckJob): Promise<RangeResult> {
  absentSeen.clear();
  if (setup.format === 'csv') await readCsvRange(job);
  else
    readRangeLines(fd, job.range, job.firstLine, setup.pieceBytes, (bytes, firstLine) => {
      // Buffer's decoding, as the main thread's (nodeByteOps.utf8); the range is valid UTF-8
      ndjsonText(bytes.toString('utf8'), firstLine, sink, source, batch);
    });
  const result: RangeResult = {
    type: 'checked',
    k: job.range.k,
    taken: report.takeGroups(),
    records: source.records,
    ...(setup.format === 'csv' && job.range.k === 0 && source.plan
      ? { headers: source.plan.columns.map((column) => column.header) }
      : {}),
    ids: ids.take(),
    idLines: idLines.take(),
    refIndex: refIndex.take(),
    refValues: refValues.take(),
    refLines: refLines.take(),
    refIds: refIds.take(),
  };
  source.records = 0;
  report.records = 0;
  return result;
}

async function handle(job: ScanJob | CheckJob | { type: 'close' }): Promise<void> {
  if (job.type === 'close') {
    closeSync(fd);
    parentPort!.close();
    return;
  }
  if (job.type === 'scan') {
    const scans = job.ranges.map((range) =>
      scanRange(fd, range, setup.maxLineBytes, scanBuffer, delimiter),
    );
    parentPort!.postMessage({ type: 'scanned', scans });
    return;
  }
  const result = await check(job);
  parentPort!.postMessage(result, [
    result.ids.lengths.buffer,
    result.idLines.buffer,
    result.refIndex.buffer,
    result.refValues.lengths.buffer,
    result.refLines.buffer,
    result.refIds.lengths.buffer,
  ] as ArrayBuffer[]);
}

// jobs one after the other (a CSV range is read asynchronously), in the order they came
let queue = Promise.resolve();
parentPort!.on('message', (job: ScanJob | CheckJob | { type: 'close' }) => {
  queue = queue.then(() => handle(job));
});
