// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** JSON documents: one object, or a list of objects, streamed record by record. */
import type { Source } from '../engine/source.js';
import { RecordBatch } from './batch.js';
import { JsonScanner } from './jsonscan.js';
import {
  commonEvents,
  isRecord,
  notObject,
  type ReadOptions,
  type RecordSink,
  textOptions,
} from './sink.js';
import { type ByteSource, readText } from './text.js';

/** Turns a JSON.parse error into a description without echoing the data, and a line offset. */
export function describeJsonError(
  error: unknown,
  lang: 'nl' | 'en',
): { found: string; lineOffset: number } {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const lineCol = /\(line (\d+) column (\d+)\)/.exec(message);
  let kind = message
    .replace(/,? ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');
  if (kind.length > 80) kind = `${kind.slice(0, 79)}…`;
  const column = lineCol ? Number(lineCol[2]) : position ? Number(position[1]) + 1 : undefined;
  const where = column ? (lang === 'nl' ? ` (kolom ${column})` : ` (column ${column})`) : '';
  return { found: `${kind}${where}`, lineOffset: lineCol ? Number(lineCol[1]) - 1 : 0 };
}

export async function readJson(
  input: ByteSource,
  sink: RecordSink,
  source: Source,
  options: ReadOptions,
) {
  const events = commonEvents(sink, source);
  const lang = sink.lang;
  const batch = new RecordBatch();
  const scanner = new JsonScanner(
    {
      value(text, line) {
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (error) {
          const { found, lineOffset } = describeJsonError(error, lang);
          sink.issue('json.syntax', source, line + lineOffset, undefined, {
            expected: lang === 'nl' ? 'een geldig JSON-object' : 'a valid JSON object',
            found,
          });
          return;
        }
        if (isRecord(value)) batch.add(value, line);
        else notObject(sink, source, line, value);
      },
      syntax(line, found) {
        sink.issue('json.syntax', source, line, undefined, {
          expected:
            lang === 'nl'
              ? 'een object {…} of een lijst [ {…}, … ]'
              : 'an object {…} or a list [ {…}, … ]',
          found,
        });
      },
      tooLong(line) {
        events.tooLong(line, options.maxLineBytes);
      },
    },
    options.maxLineBytes,
  );
  const result = await readText(input, textOptions('chunks', options), {
    text: (text) => {
      scanner.push(text);
      batch.flush(sink, source);
    },
    encoding: events.encoding,
    converted: events.converted,
    tooLong: (line) => events.tooLong(line, options.maxLineBytes),
  });
  scanner.end();
  batch.flush(sink, source);
  return result;
}
