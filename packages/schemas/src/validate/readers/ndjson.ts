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
) {
  const events = commonEvents(sink, source);
  const lang = sink.lang;
  const batch = new RecordBatch();
  const result = await readText(input, textOptions('lines', options), {
    text(text, firstLine) {
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
    },
    encoding: events.encoding,
    converted: events.converted,
    tooLong: (line) => events.tooLong(line, options.maxLineBytes),
  });
  return result;
}
