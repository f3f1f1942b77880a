// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Byte ranges of an NDJSON file that begin and end at line starts, read by worker threads
 * themselves (pool.ts): the main thread only finds where each range starts, and each worker
 * scans its ranges (newlines, UTF-8, line lengths) and then reads them in pieces of whole lines.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { readSync } from 'node:fs';
import { type QuoteScan, QuoteScanner } from './quotes.js';

const NL = 10;

/** One range: `[start, end)`, both line starts (or the end of the file); `k` is its number. */
export interface ByteRange {
  k: number;
  start: number;
  end: number;
}

/**
 * What a scan of one range found: its newlines, and whether one thread would read it the same.
 */
export interface RangeScan {
  k: number;
  newlines: number;
  /** every byte valid UTF-8, no line longer than maxLineBytes */
  plain: boolean;
  /** CSV: its quotes (quotes.ts) */
  quotes?: QuoteScan;
}

function readAt(fd: number, buf: Buffer, length: number, position: number): number {
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buf, got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

/**
 * Splits a file of `size` bytes into `count` ranges of about the same size, each starting at a
 * line start (the first after a UTF-8 byte-order mark). Empty ranges are left out.
 */
export function splitRanges(fd: number, size: number, count: number): ByteRange[] {
  const head = Buffer.alloc(3);
  const bom =
    readAt(fd, head, 3, 0) === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const starts = [bom ? 3 : 0];
  const buf = Buffer.alloc(64 << 10);
  for (let k = 1; k < count; k++) {
    // the first line start at or after the nominal border: just after a newline at border - 1 …
    let pos = Math.max(Math.floor((k * size) / count) - 1, starts[starts.length - 1]!);
    let start = size;
    while (pos < size) {
      const n = readAt(fd, buf, buf.length, pos);
      const nl = buf.subarray(0, n).indexOf(NL);
      if (nl !== -1) {
        start = pos + nl + 1;
        break;
      }
      pos += n;
    }
    if (start > starts[starts.length - 1]! && start < size) starts.push(start);
  }
  return starts.map((start, k) => ({ k, start, end: starts[k + 1] ?? size }));
}

/**
 * The first line of a file (a CSV's header), without a byte-order mark, with its line end;
 * undefined when it is longer than `maxLineBytes` or the file has no line end.
 */
export function firstLine(fd: number, size: number, maxLineBytes: number): string | undefined {
  const buf = Buffer.alloc(Math.min(size, maxLineBytes + 4));
  const n = readAt(fd, buf, buf.length, 0);
  const bom = n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const nl = buf.subarray(0, n).indexOf(NL);
  if (nl === -1 || nl - bom > maxLineBytes) return undefined;
  return buf.toString('utf8', bom, nl + 1);
}

/** End of the last complete UTF-8 sequence in `buf` (a split character is left for later). */
function utf8SafeEnd(buf: Uint8Array): number {
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

/**
 * Counts the newlines of a range and tells whether it is plain: valid UTF-8 throughout, and no
 * line longer than `maxLineBytes` (not counting its newline). A range that is not plain makes the
 * whole file be read in one thread, which reports encodings and long lines as it always does.
 * With `delimiter` (CSV) it also follows the range's quotes (quotes.ts), from which the main
 * thread finds where the records start.
 */
export function scanRange(
  fd: number,
  range: ByteRange,
  maxLineBytes: number,
  buf: Buffer,
  delimiter?: number,
): RangeScan {
  let newlines = 0;
  let lineLength = 0; // bytes of the current line before `pos`
  let pos = range.start;
  const quotes =
    delimiter === undefined
      ? undefined
      : new QuoteScanner(delimiter, (position, length) => {
          const next = Buffer.alloc(length);
          return next.subarray(0, readAt(fd, next, length, position));
        });
  const notPlain = () => ({ k: range.k, newlines, plain: false });
  while (pos < range.end) {
    const n = readAt(fd, buf, Math.min(buf.length, range.end - pos), pos);
    if (n === 0) break;
    const part = buf.subarray(0, n);
    const last = part.lastIndexOf(NL);
    // check whole lines, or (inside a very long line) whole characters
    const cut = last !== -1 ? last + 1 : pos + n < range.end ? utf8SafeEnd(part) : n;
    if (cut === 0 || !isUtf8(part.subarray(0, cut))) return notPlain();
    if (quotes) {
      // a byte-order mark is not part of the first field
      const bom = pos === 0 && cut >= 3 && part[0] === 0xef && part[1] === 0xbb && part[2] === 0xbf;
      quotes.add(part.subarray(bom ? 3 : 0, cut), bom ? 3 : pos);
    }
    let from = 0;
    for (let nl = part.indexOf(NL); nl !== -1 && nl < cut; nl = part.indexOf(NL, nl + 1)) {
      if (lineLength + nl - from > maxLineBytes) return notPlain();
      lineLength = 0;
      from = nl + 1;
      newlines++;
    }
    lineLength += cut - from;
    if (lineLength > maxLineBytes) return notPlain();
    pos += cut;
  }
  return { k: range.k, newlines, plain: true, ...(quotes ? { quotes: quotes.result() } : {}) };
}

/**
 * Hands over the range in pieces of whole lines (about `pieceBytes`; a longer line in one piece
 * of its own), with the number of each piece's first line. The range must be plain (scanRange).
 */
export function readRangeLines(
  fd: number,
  range: ByteRange,
  firstLine: number,
  pieceBytes: number,
  piece: (bytes: Buffer, firstLine: number) => void,
): void {
  let buf = Buffer.allocUnsafe(pieceBytes);
  let pos = range.start;
  let line = firstLine;
  while (pos < range.end) {
    const want = Math.min(buf.length, range.end - pos);
    const n = readAt(fd, buf, want, pos);
    if (n === 0) break;
    const part = buf.subarray(0, n);
    const atEnd = pos + n >= range.end;
    const last = part.lastIndexOf(NL);
    if (last === -1 && !atEnd) {
      // a line longer than a piece: read it again with room for all of it
      buf = Buffer.allocUnsafe(buf.length * 2);
      continue;
    }
    const cut = atEnd ? n : last + 1;
    const lines = part.subarray(0, cut);
    piece(lines, line);
    for (let nl = lines.indexOf(NL); nl !== -1; nl = lines.indexOf(NL, nl + 1)) line++;
    pos += cut;
  }
}
