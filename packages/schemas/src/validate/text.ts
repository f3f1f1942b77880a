import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';

export interface TextOptions {
  /**
   * `lines`: hand over whole lines only, and skip a line longer than `maxLineBytes` (reported, the
   * rest of the file is read). `chunks`: hand over text as it comes (for JSON documents, which may
   * legitimately be one long line).
   */
  mode: 'lines' | 'chunks';
  maxLineBytes: number;
  highWaterMark?: number;
}

export interface TextEvents {
  /**
   * Decoded text. In `lines` mode it holds whole lines (each ending in '\n', except perhaps the
   * very last line of the file) and `firstLine` is the number of its first line.
   */
  text(text: string, firstLine: number): void;
  /** Bytes on `line` are not valid UTF-8 (they were decoded as U+FFFD). */
  encoding(line: number): void;
  /** `line` is longer than maxLineBytes and was skipped (lines mode only). */
  tooLong(line: number): void;
}

export interface TextResult {
  bytes: number;
  lines: number;
}

const NL = 10;

function countNewlines(buf: Buffer, start: number, end: number): number {
  let n = 0;
  for (let i = buf.indexOf(NL, start); i !== -1 && i < end; i = buf.indexOf(NL, i + 1)) n++;
  return n;
}

/** End of the last complete UTF-8 sequence in `buf` (a split character is kept for later). */
function utf8SafeEnd(buf: Buffer): number {
  let i = buf.length - 1;
  let k = 0;
  while (i >= 0 && k < 3 && (buf[i]! & 0xc0) === 0x80) {
    i--;
    k++;
  }
  if (i < 0) return buf.length;
  const b = buf[i]!;
  const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  return buf.length - i < need ? i : buf.length;
}

/** Decodes `buf[start, end)`; reports each line that is not valid UTF-8. */
function decode(
  buf: Buffer,
  start: number,
  end: number,
  firstLine: number,
  events: TextEvents,
): string {
  const part = buf.subarray(start, end);
  if (!isUtf8(part)) {
    let line = firstLine;
    let from = 0;
    while (from <= part.length) {
      let to = part.indexOf(NL, from);
      if (to === -1) to = part.length;
      if (!isUtf8(part.subarray(from, to))) events.encoding(line);
      line++;
      from = to + 1;
    }
  }
  return part.toString('utf8');
}

/**
 * Streams a file as UTF-8 text with line numbers, a byte-order mark removed, invalid bytes
 * reported per line, and memory bounded by the chunk size plus `maxLineBytes`.
 */
export async function readText(
  file: string,
  options: TextOptions,
  events: TextEvents,
): Promise<TextResult> {
  const stream = createReadStream(file, { highWaterMark: options.highWaterMark ?? 1 << 20 });
  let carry: Buffer | undefined;
  let bytes = 0;
  let line = 1; // number of the next line to hand over
  let skipping = false; // inside a line that is too long
  let first = true;
  for await (const piece of stream as AsyncIterable<Buffer>) {
    bytes += piece.length;
    let buf = piece;
    if (first) {
      first = false;
      if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
        buf = buf.subarray(3);
    }
    if (options.mode === 'chunks') {
      if (carry?.length) buf = Buffer.concat([carry, buf]);
      carry = undefined;
      const end = utf8SafeEnd(buf);
      const text = decode(buf, 0, end, line, events);
      const startLine = line;
      line += countNewlines(buf, 0, end);
      if (end < buf.length) carry = Buffer.from(buf.subarray(end));
      events.text(text, startLine);
      continue;
    }
    let start = 0;
    if (skipping) {
      const nl = buf.indexOf(NL);
      if (nl === -1) continue; // still inside the long line
      skipping = false;
      start = nl + 1;
      line++;
    } else if (carry) {
      // finish the line begun in the previous chunk (copying only that line)
      const nl = buf.indexOf(NL);
      if (nl === -1) {
        if (carry.length + buf.length > options.maxLineBytes) {
          events.tooLong(line);
          skipping = true;
          carry = undefined;
        } else carry = Buffer.concat([carry, buf]);
        continue;
      }
      const joined = Buffer.concat([carry, buf.subarray(0, nl + 1)]);
      carry = undefined;
      if (joined.length > options.maxLineBytes + 1) events.tooLong(line);
      else events.text(decode(joined, 0, joined.length, line, events), line);
      line++;
      start = nl + 1;
    }
    const last = buf.lastIndexOf(NL);
    if (last < start) {
      // no complete line in this chunk
      const rest = buf.subarray(start);
      if (rest.length > options.maxLineBytes) {
        events.tooLong(line);
        skipping = true;
      } else carry = Buffer.from(rest);
      continue;
    }
    const text = decode(buf, start, last + 1, line, events);
    const startLine = line;
    line += countNewlines(buf, start, last + 1);
    const rest = buf.subarray(last + 1);
    if (rest.length > options.maxLineBytes) {
      events.text(text, startLine);
      events.tooLong(line);
      skipping = true;
      continue;
    }
    if (rest.length) carry = Buffer.from(rest);
    events.text(text, startLine);
  }
  if (carry?.length) {
    const text = decode(carry, 0, carry.length, line, events);
    events.text(text, line);
    line++;
  } else if (skipping) line++;
  return { bytes, lines: line - 1 };
}
