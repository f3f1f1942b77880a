// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Where the records of a CSV with quotes start, for a parallel run (pool.ts). In a CSV as RFC 4180
 * writes it, a byte is inside a quoted value exactly when the number of `"` before it since the
 * start of the file is odd (an escaped quote is two). So a worker scans its range once, counting
 * quotes from the range's start, and the main thread adds the parities of the ranges before it:
 * even, the range starts at a record start; odd, its first record starts after its first line end
 * at an odd local count.
 *
 * That holds only when every quote is where RFC 4180 puts one. Our CSV reader (readers/csv.ts) is
 * lenient (relax_quotes: `a"b` is text; an unclosed quote is a csv.syntax issue at the end), so
 * where a quote is not at a field start or right before a delimiter, a line end or another quote,
 * the parities and the reader may disagree: then the scan says so, for the start (inside or
 * outside a quoted value) that it turns out to have, and the file is read in one thread. A file
 * whose quotes do not pair up (one left open at the end) is read in one thread too.
 */
import type { ByteRange } from './ranges.js';

const NL = 10;
const CR = 13;
const QUOTE = 0x22;

/** What a scan of one range found about its quotes. */
export interface QuoteScan {
  /** the parity of the number of quotes in the range */
  parity: 0 | 1;
  /**
   * whether every quote is where RFC 4180 puts one, [0] if the range starts outside a quoted
   * value, [1] if inside
   */
  wellFormed: [boolean, boolean];
  /**
   * the offset just after the first newline at an odd count of quotes since the range's start
   * (where the first record starts if the range starts inside a quoted value), and how many
   * newlines of the range come before that offset (that newline included); undefined if none
   */
  oddStart?: { offset: number; newlines: number };
}

/**
 * Follows the quotes of one range, fed in order with the pieces of it (`add`). `peek` reads bytes
 * after a piece (a closing quote at its end is checked against what follows, possibly in the next
 * range or the end of the file).
 */
export class QuoteScanner {
  private count = 0;
  private wellFormed: [boolean, boolean] = [true, true];
  private prev = NL;
  private newlines = 0;
  private oddStart: { offset: number; newlines: number } | undefined;

  constructor(
    private readonly delimiter: number,
    private readonly peek: (position: number, length: number) => Uint8Array,
  ) {}

  /** the bytes `piece` at `position` of the file, right after the ones added before */
  add(piece: Uint8Array, position: number): void {
    let from = 0;
    for (;;) {
      const q = piece.indexOf(QUOTE, from);
      const to = q === -1 ? piece.length : q;
      if (this.oddStart === undefined) this.lines(piece, from, to, position);
      if (q === -1) break;
      // the quote opens a value when outside one (even count from an outside start), else it closes
      // one or is the first of an escaped pair; check it for the starts still well formed
      const outsideIfEven = (this.count & 1) === 0;
      const needOpen = outsideIfEven ? 0 : 1;
      if (this.wellFormed[needOpen]) {
        const before = q > 0 ? piece[q - 1]! : this.prev;
        if (before !== this.delimiter && before !== NL && before !== QUOTE)
          this.wellFormed[needOpen] = false;
      }
      const needClose = 1 - needOpen;
      if (this.wellFormed[needClose] && !this.closes(piece, q, position))
        this.wellFormed[needClose] = false;
      this.count++;
      from = q + 1;
    }
    if (piece.length > 0) this.prev = piece[piece.length - 1]!;
  }

  result(): QuoteScan {
    return {
      parity: (this.count & 1) as 0 | 1,
      wellFormed: this.wellFormed,
      ...(this.oddStart !== undefined ? { oddStart: this.oddStart } : {}),
    };
  }

  /** counts the newlines of `piece[from, to)`, which holds no quote; notes the first at odd count */
  private lines(piece: Uint8Array, from: number, to: number, position: number): void {
    for (let nl = piece.indexOf(NL, from); nl !== -1 && nl < to; nl = piece.indexOf(NL, nl + 1)) {
      this.newlines++;
      if ((this.count & 1) === 1) {
        this.oddStart = { offset: position + nl + 1, newlines: this.newlines };
        return;
      }
    }
  }

  /** whether what follows the quote at `q` lets it close a value: delimiter, line end, quote, end */
  private closes(piece: Uint8Array, q: number, position: number): boolean {
    const a = q + 1 < piece.length ? piece[q + 1] : this.peek(position + q + 1, 1)[0];
    if (a === undefined || a === this.delimiter || a === NL || a === QUOTE) return true;
    if (a !== CR) return false;
    const b = q + 2 < piece.length ? piece[q + 2] : this.peek(position + q + 2, 1)[0];
    return b === NL;
  }
}

/**
 * The ranges the workers read: each starts at a record start, where the count of quotes from the
 * start of the file is even, with the number of its first line. A range that starts inside a
 * quoted value starts at its first record instead, or, without one, is read with the range before.
 * undefined when a range's quotes are not well formed for how it starts, or a quote is left open.
 */
export function recordRanges(
  ranges: ByteRange[],
  scans: { newlines: number; quotes?: QuoteScan }[],
): { ranges: ByteRange[]; firstLines: number[] } | undefined {
  const starts: number[] = [];
  const firstLines: number[] = [];
  let parity = 0;
  let line = 1;
  for (let k = 0; k < ranges.length; k++) {
    const range = ranges[k]!;
    const scan = scans[k]!;
    const quotes = scan.quotes;
    let start: number | undefined = range.start;
    let first = line;
    if (quotes !== undefined) {
      if (!quotes.wellFormed[parity]) return undefined;
      if (parity === 1) {
        start = quotes.oddStart?.offset;
        first = line + (quotes.oddStart?.newlines ?? 0);
      }
      parity ^= quotes.parity;
    }
    if (start !== undefined && start < range.end && start !== starts[starts.length - 1]) {
      starts.push(start);
      firstLines.push(first);
    }
    line += scan.newlines;
  }
  if (parity === 1) return undefined;
  const end = ranges[ranges.length - 1]?.end ?? 0;
  return {
    ranges: starts.map((start, k) => ({ k, start, end: starts[k + 1] ?? end })),
    firstLines,
  };
}
