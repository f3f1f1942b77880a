// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { Source } from '../engine/source.js';
import type { RecordSink } from './sink.js';

/**
 * Records parsed from one piece of input, handed to the sink together afterwards. Parsing a whole
 * chunk first and then checking its records costs about half the CPU of alternating the parser
 * and the checks record by record (bench/validate: the checks' code and data stay in the caches).
 * Holds at most one chunk's records.
 */
export class RecordBatch {
  readonly #records: Array<Record<string, unknown> | undefined> = [];
  readonly #lines: number[] = [];
  #length = 0;

  add(record: Record<string, unknown>, line: number): void {
    this.#records[this.#length] = record;
    this.#lines[this.#length++] = line;
  }

  flush(sink: RecordSink, source: Source): void {
    const n = this.#length;
    this.#length = 0;
    for (let i = 0; i < n; i++) {
      const record = this.#records[i]!;
      this.#records[i] = undefined;
      sink.record(record, source, this.#lines[i]!);
    }
  }
}
