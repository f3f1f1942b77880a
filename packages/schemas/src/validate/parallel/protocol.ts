// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** What the main thread and the worker threads of a parallel run send each other. */
import type { Lang, ReportBuilder } from '../report.js';
import type { ByteRange, RangeScan } from './ranges.js';

/** Everything a worker needs to read and check its ranges of one file as one thread would. */
export interface WorkerSetup {
  /** path of the regional profile the run uses (the worker builds the same standard from it) */
  profile?: string;
  entity: string;
  lang: Lang;
  maxSamples: number;
  /** the file as the report names it */
  file: string;
  /** the file on disk, which the worker opens itself */
  path: string;
  maxLineBytes: number;
  pieceBytes: number;
  format: 'ndjson' | 'csv';
  /**
   * CSV: the header line (without a byte-order mark, with its line end), read before every range
   * but the first, so that each range is read as one thread reads the rows under that header
   */
  header?: string;
  checkReferences: boolean;
  /**
   * references (by their place in the runtime's `references`) whose target has no file in the
   * run: the main thread only warns at the first one, so a range hands over only its first
   */
  absentReferences: number[];
}

/** main → worker: scan these ranges (newlines, UTF-8, line lengths) */
export interface ScanJob {
  type: 'scan';
  ranges: ByteRange[];
}

/** main → worker: read and check one range, whose first line is `firstLine` */
export interface CheckJob {
  type: 'check';
  range: ByteRange;
  firstLine: number;
}

export interface ScanResult {
  type: 'scanned';
  scans: RangeScan[];
}

/**
 * Strings of one range in one string (`text`) with the length of each (`lengths`; NONE for a
 * missing one): one copy per range instead of one cloned string per record.
 */
export interface PackedStrings {
  text: string;
  lengths: Uint32Array;
}

export const NONE = 0xffffffff;

/**
 * What a worker found in one range: the issues of every check a record needs only itself for,
 * and, in reading order, the ids and references the main thread checks against the whole run.
 */
export interface RangeResult {
  type: 'checked';
  k: number;
  taken: ReturnType<ReportBuilder['takeGroups']>;
  records: number;
  /** CSV, first range: the header's cells, for the main thread's samples (their column) */
  headers?: string[];
  ids: PackedStrings;
  idLines: Uint32Array;
  /** a reference: its place in the runtime's `references`, value, line and the record's id */
  refIndex: Uint32Array;
  refValues: PackedStrings;
  refLines: Uint32Array;
  refIds: PackedStrings;
}

export type WorkerMessage = ScanResult | RangeResult;
