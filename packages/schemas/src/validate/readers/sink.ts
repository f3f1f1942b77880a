// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * What a reader hands its records and problems to. Readers know nothing of the checks: `validate`
 * passes records to the Checker, `convert` to a writer, the browser to its worker's checker.
 */

import type { Source } from '../engine/source.js';
import type { Lang, Sample } from '../report.js';

export interface ReadOptions {
  maxLineBytes: number;
  /** The encoding the user gave (`--encoding`); detected when left out. */
  encoding?: string;
  /** The file is gzip-compressed (read through). */
  gzip?: boolean;
  /** Bytes read at a time (default 1 MiB). */
  highWaterMark?: number;
}

/** The text-reading options of a file. */
export function textOptions(mode: 'lines' | 'chunks', options: ReadOptions) {
  return {
    mode,
    maxLineBytes: options.maxLineBytes,
    ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
    ...(options.gzip ? { gzip: true } : {}),
    ...(options.highWaterMark ? { highWaterMark: options.highWaterMark } : {}),
  };
}

/** Reports one problem at a place in a source (line, or sheet row), optionally about a field. */
export type IssueSink = (
  code: string,
  source: Source | undefined,
  line: number,
  field?: string,
  details?: Omit<Sample, 'file'>,
  file?: string,
) => void;

export interface RecordSink {
  /** Language of the texts a reader writes into samples (`expected`). */
  readonly lang: Lang;
  record(record: Record<string, unknown>, source: Source, line: number): void;
  issue: IssueSink;
  /** keep the text of unknown columns under their header (convert: nothing is lost) */
  keepUnknown?: boolean;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Problems every text reader reports the same way. */
export function commonEvents(sink: RecordSink, source: Source) {
  return {
    encoding(line: number) {
      sink.issue('input.encoding', source, line, undefined, {
        expected: 'UTF-8',
      });
    },
    converted(encoding: string, line: number) {
      sink.issue('input.encoding-converted', source, line, undefined, {
        expected: 'UTF-8',
        found: encoding,
      });
    },
    tooLong(line: number, max: number) {
      sink.issue('input.line-too-long', source, line, undefined, {
        expected: sink.lang === 'nl' ? `hooguit ${max} bytes` : `at most ${max} bytes`,
      });
    },
  };
}

export function notObject(sink: RecordSink, source: Source, line: number, value: unknown) {
  sink.issue('json.not-object', source, line, undefined, {
    expected: sink.lang === 'nl' ? 'een object {…}' : 'an object {…}',
    found: Array.isArray(value) ? '[…]' : value === null ? 'null' : typeof value,
  });
}
