// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** What the main thread and the worker threads of a parallel run send each other. */
import type { Lang, ReportBuilder } from '../report.js';

/** Everything a worker needs to check the records of one file as the main thread would. */
export interface WorkerSetup {
  /** path of the regional profile the run uses (the worker builds the same standard from it) */
  profile?: string;
  entity: string;
  lang: Lang;
  maxSamples: number;
  file: string;
  checkReferences: boolean;
}

/**
 * One piece of the file: whole NDJSON lines as UTF-8 bytes (the worker decodes them as the main
 * thread would), the first of which is line `firstLine`.
 */
export interface Piece {
  seq: number;
  bytes: Uint8Array;
  firstLine: number;
}

/**
 * What a worker found in one piece: the issues of every check a record needs only itself for,
 * and, in reading order, the ids and references the main thread checks against the whole file.
 */
export interface PieceResult {
  seq: number;
  taken: ReturnType<ReportBuilder['takeGroups']>;
  records: number;
  ids: string[];
  idLines: number[];
  /** a reference: its place in the runtime's `references`, value, line and the record's id */
  refIndex: number[];
  refValue: Array<string | number>;
  refLine: number[];
  refId: Array<string | null>;
}
