// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A worker thread of a parallel run (pool.ts): parses the pieces of one NDJSON file it is sent
 * and checks their records — the schema, codelists, deprecations, privacy — with the same
 * Checker as a run in one thread, and hands back the issues and, in order, the ids and references.
 */
import { Buffer } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import { Checker } from '../engine/checker.js';
import { profileStandard } from '../profile-standard.js';
import { RecordBatch } from '../readers/batch.js';
import { ndjsonText } from '../readers/ndjson.js';
import type { RecordSink } from '../readers/sink.js';
import { ReportBuilder } from '../report.js';
import { publishedStandard } from '../standard-view.js';
import type { Piece, PieceResult, WorkerSetup } from './protocol.js';

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
  format: 'ndjson',
  runtime: checker.runtime(standard.setup(entity)),
});

let result = empty(0);
function empty(seq: number): PieceResult {
  return {
    seq,
    taken: { groups: [], errors: 0, warnings: 0, dropped: false },
    records: 0,
    ids: [],
    idLines: [],
    refIndex: [],
    refValue: [],
    refLine: [],
    refId: [],
  };
}
checker.collector = {
  id(id, line) {
    result.ids.push(id);
    result.idLines.push(line);
  },
  reference(index, value, line, id) {
    result.refIndex.push(index);
    result.refValue.push(value);
    result.refLine.push(line);
    result.refId.push(id ?? null);
  },
};
const sink: RecordSink = {
  lang: setup.lang,
  issue: checker.issue.bind(checker),
  record: (record, from, line) => checker.check(record, from, line),
};
const batch = new RecordBatch();

parentPort!.on('message', (piece: Piece) => {
  result = empty(piece.seq);
  // Buffer's decoding, as the main thread's (nodeByteOps.utf8): U+FFFD for invalid bytes
  const { bytes } = piece;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  ndjsonText(text, piece.firstLine, sink, source, batch);
  result.records = source.records;
  result.taken = report.takeGroups();
  source.records = 0;
  report.records = 0;
  parentPort!.postMessage(result);
});
