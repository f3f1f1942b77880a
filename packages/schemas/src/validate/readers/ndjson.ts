// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** NDJSON: one JSON object per line. */
import type { Source } from '../engine/source.js';
import { RecordBatch } from './batch.js';
import { describeJsonError } from './json.js';
import {
  commonEvents,
  isRecord,
  notObject,
  type ReadOptions,
  type RecordSink,
  textOptions,
} from './sink.js';
import { type ByteSource, readText } from './text.js';

export async function readNdjson(
  input: ByteSource,
  sink: RecordSink,
  source: Source,
  options: ReadOptions,
  events: ReturnType<typeof commonEvents> & {
    bytes?: (bytes: Uint8Array, firstLine: number) => void;
    pause?: () => Promise<void> | undefined;
  } = commonEvents(sink, source),
) {
  const batch = new RecordBatch();
  const result = await readText(input, textOptions('lines', options), {
    text: (text, firstLine) => ndjsonText(text, firstLine, sink, source, batch),
    ...(events.bytes ? { bytes: events.bytes } : {}),
    encoding: events.encoding,
    converted: events.converted,
    tooLong: (line) => events.tooLong(line, options.maxLineBytes),
    ...(events.pause ? { pause: events.pause } : {}),
  });
  return result;
}

/**
 * The records of whole NDJSON lines (`text`, whose first line is `firstLine`) into `sink`: the
 * same in one thread and in the worker threads of a parallel run (parallel/).
 */
export function ndjsonText(
  text: string,
  firstLine: number,
  sink: RecordSink,
  source: Source,
  batch: RecordBatch,
): void {
  const lang = sink.lang;
  const lines = text.split('\n');
  const n = text.endsWith('\n') ? lines.length - 1 : lines.length;
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    if (line.length === 0 || (line.length < 3 && line.trim() === '')) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      if (line.trim() === '') continue;
      const { found } = describeJsonError(error, lang);
      sink.issue('json.syntax', source, firstLine + i, undefined, {
        expected: lang === 'nl' ? 'één JSON-object per regel' : 'one JSON object per line',
        found,
      });
      continue;
    }
    if (isRecord(value)) batch.add(value, firstLine + i);
    else notObject(sink, source, firstLine + i, value);
  }
  batch.flush(sink, source);
}
