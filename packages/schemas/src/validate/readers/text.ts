// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Text from a stream of bytes, on any platform: Node hands over a file stream (see node-io.ts),
 * the browser a `File`'s stream (see browser-io.ts). The byte operations come with the source, so
 * Node keeps its native Buffer operations and the browser uses TextDecoder.
 */
import { detectLegacyEncoding, firstNonAscii } from './encoding.js';

/** The byte operations text reading needs, as the platform does them best. */
export interface ByteOps {
  isUtf8(bytes: Uint8Array): boolean;
  isAscii(bytes: Uint8Array): boolean;
  /** UTF-8 decoding with U+FFFD for invalid bytes and a leading byte-order mark kept. */
  utf8(bytes: Uint8Array): string;
  encode(text: string): Uint8Array;
  concat(parts: Uint8Array[]): Uint8Array;
  /** A copy that does not hold on to the chunk it came from. */
  copy(bytes: Uint8Array): Uint8Array;
}

/** Where a reader's bytes come from: a file on disk, or a `File` dropped in the browser. */
export interface ByteSource {
  /** The bytes, gunzipped on the way when `gzip`; in chunks of about `highWaterMark`. */
  chunks(options: { gzip?: boolean; highWaterMark?: number }): AsyncIterable<Uint8Array>;
  ops: ByteOps;
}

export interface TextOptions {
  /**
   * `lines`: hand over whole lines only, and skip a line longer than `maxLineBytes` (reported, the
   * rest of the file is read). `chunks`: hand over text as it comes (for JSON documents, which may
   * legitimately be one long line).
   */
  mode: 'lines' | 'chunks';
  maxLineBytes: number;
  highWaterMark?: number;
  /** The file's encoding as the user gave it (`--encoding`); detected when left out. */
  encoding?: string;
  /** Decompress gzip on the way. */
  gzip?: boolean;
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
  /**
   * The file is not UTF-8 but `encoding` (detected), and is read as that; `line` holds its first
   * byte that is not ASCII. Called at most once.
   */
  converted?(encoding: string, line: number): void;
  /**
   * Asked after each piece of input: a promise holds the reading back until it settles (a
   * parallel run waits for its worker threads this way, so memory stays bounded).
   */
  pause?(): Promise<void> | undefined;
  /**
   * When given, `lines` mode hands over the UTF-8 bytes of whole lines instead of their text (a
   * parallel run decodes them in its worker threads); invalid bytes are reported as for `text`.
   * The bytes belong to the reader: copy what is kept.
   */
  bytes?(bytes: Uint8Array, firstLine: number): void;
}

export interface TextResult {
  bytes: number;
  lines: number;
}

const NL = 10;

function countNewlines(buf: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = buf.indexOf(NL, start); i !== -1 && i < end; i = buf.indexOf(NL, i + 1)) n++;
  return n;
}

/** End of the last complete UTF-8 sequence in `buf` (a split character is kept for later). */
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
 * Whether the character at `i` (not ASCII) is a well-formed UTF-8 sequence. A file whose first
 * such character is UTF-8 is taken as UTF-8 (with invalid bytes later on, reported as such):
 * single-byte text almost never forms a UTF-8 sequence by chance.
 */
function startsUtf8(buf: Uint8Array, i: number, ops: ByteOps): boolean {
  const b = buf[i]!;
  const need =
    b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
  if (need < 0 || i + need >= buf.length + 1) return false;
  return ops.isUtf8(buf.subarray(i, i + need + 1));
}

/** Decodes `buf[start, end)`; reports each line that is not valid UTF-8. */
function decode(
  buf: Uint8Array,
  start: number,
  end: number,
  firstLine: number,
  events: TextEvents,
  ops: ByteOps,
): string {
  return ops.utf8(checkUtf8(buf, start, end, firstLine, events, ops));
}

/** `buf[start, end)`, each line of which that is not valid UTF-8 reported. */
function checkUtf8(
  buf: Uint8Array,
  start: number,
  end: number,
  firstLine: number,
  events: TextEvents,
  ops: ByteOps,
): Uint8Array {
  const part = buf.subarray(start, end);
  if (!ops.isUtf8(part)) {
    let line = firstLine;
    let from = 0;
    while (from <= part.length) {
      let to = part.indexOf(NL, from);
      if (to === -1) to = part.length;
      if (!ops.isUtf8(part.subarray(from, to))) events.encoding(line);
      line++;
      from = to + 1;
    }
  }
  return part;
}

/**
 * Streams a file as UTF-8 text with line numbers, a byte-order mark removed, invalid bytes
 * reported per line, and memory bounded by the chunk size plus `maxLineBytes`.
 */
export async function readText(
  input: ByteSource,
  options: TextOptions,
  events: TextEvents,
): Promise<TextResult> {
  const ops = input.ops;
  const stream = input.chunks({
    ...(options.gzip ? { gzip: true } : {}),
    highWaterMark: options.highWaterMark ?? 1 << 20,
  });
  let carry: Uint8Array | undefined;
  let bytes = 0;
  let line = 1; // number of the next line to hand over
  let skipping = false; // inside a line that is too long
  let first = true;
  // Until the first byte that is not ASCII the encoding does not matter; at that byte the file is
  // either UTF-8 or (when it is not valid UTF-8) another encoding, detected and decoded from then
  // on. Every byte before it was ASCII, so it reads the same in either.
  let undecided = options.encoding === undefined;
  let decoder = options.encoding !== undefined ? new TextDecoder(options.encoding) : undefined;
  if (decoder?.encoding === 'utf-8') decoder = undefined;
  const take = (piece: Uint8Array) => {
    let buf = piece;
    if (first) {
      first = false;
      const utf16 =
        buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe
          ? 'utf-16le'
          : buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff
            ? 'utf-16be'
            : undefined;
      if (utf16 && undecided) {
        undecided = false;
        decoder = new TextDecoder(utf16);
        events.converted?.(decoder.encoding, 1);
      } else if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
        buf = buf.subarray(3);
    }
    if (undecided && !ops.isAscii(buf)) {
      undecided = false;
      if (
        !ops.isUtf8(buf.subarray(0, utf8SafeEnd(buf))) &&
        !startsUtf8(buf, firstNonAscii(buf), ops)
      ) {
        decoder = new TextDecoder(detectLegacyEncoding(buf));
        events.converted?.(decoder.encoding, line + countNewlines(buf, 0, firstNonAscii(buf)));
      }
    }
    if (decoder) buf = ops.encode(decoder.decode(buf, { stream: true }));
    if (buf.length) takeUtf8(buf);
  };
  /** Hands over whole lines `buf[start, end)`, as text or (events.bytes) as bytes. */
  const emit = (buf: Uint8Array, start: number, end: number, firstLine: number) => {
    if (events.bytes) events.bytes(checkUtf8(buf, start, end, firstLine, events, ops), firstLine);
    else events.text(decode(buf, start, end, firstLine, events, ops), firstLine);
  };
  const takeUtf8 = (piece: Uint8Array) => {
    let buf = piece;
    if (options.mode === 'chunks') {
      if (carry?.length) buf = ops.concat([carry, buf]);
      carry = undefined;
      const end = utf8SafeEnd(buf);
      const text = decode(buf, 0, end, line, events, ops);
      const startLine = line;
      line += countNewlines(buf, 0, end);
      if (end < buf.length) carry = ops.copy(buf.subarray(end));
      events.text(text, startLine);
      return;
    }
    let start = 0;
    if (skipping) {
      const nl = buf.indexOf(NL);
      if (nl === -1) return; // still inside the long line
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
        } else carry = ops.concat([carry, buf]);
        return;
      }
      const joined = ops.concat([carry, buf.subarray(0, nl + 1)]);
      carry = undefined;
      if (joined.length > options.maxLineBytes + 1) events.tooLong(line);
      else emit(joined, 0, joined.length, line);
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
      } else carry = ops.copy(rest);
      return;
    }
    const startLine = line;
    line += countNewlines(buf, start, last + 1);
    const rest = buf.subarray(last + 1);
    if (rest.length > options.maxLineBytes) {
      emit(buf, start, last + 1, startLine);
      events.tooLong(line);
      skipping = true;
      return;
    }
    if (rest.length) carry = ops.copy(rest);
    emit(buf, start, last + 1, startLine);
  };
  for await (const piece of stream) {
    bytes += piece.length;
    take(piece);
    const wait = events.pause?.();
    if (wait) await wait;
  }
  if (decoder) {
    const rest = decoder.decode();
    if (rest) takeUtf8(ops.encode(rest));
  }
  if (carry?.length) {
    if (options.mode === 'lines') emit(carry, 0, carry.length, line);
    else events.text(decode(carry, 0, carry.length, line, events, ops), line);
    line++;
  } else if (skipping) line++;
  return { bytes, lines: line - 1 };
}
