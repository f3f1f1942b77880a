// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Splits a JSON document into its records without holding the whole document: a top-level array
 * `[ {…}, {…} ]` gives one record per element, a top-level object gives one record (several
 * top-level objects in a row are read as several records). Each record's text is handed to
 * `JSON.parse` by the caller together with the line it starts on. Memory is bounded by the
 * largest record (`maxRecordChars`); a larger one is skipped and reported.
 */
export interface JsonScanEvents {
  value(text: string, line: number): void;
  /** Text outside any record that is not JSON (`found` describes it without echoing data). */
  syntax(line: number, found: string): void;
  tooLong(line: number): void;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const NEWLINE = 10;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

export class JsonScanner {
  #line = 1;
  #inArray = false; // inside the top-level array
  #arrayClosed = false;
  #seenTop = false;
  // current record
  #inValue = false;
  #depth = 0;
  #primitive = false;
  #inString = false;
  #escaped = false;
  #parts: string[] = [];
  #partsLength = 0;
  #valueLine = 0;
  #skipping = false; // record too long: scan on without keeping text
  #skipLine = -1; // line of top-level garbage already reported
  readonly #events: JsonScanEvents;
  readonly #maxChars: number;
  records = 0;

  constructor(events: JsonScanEvents, maxRecordChars: number) {
    this.#events = events;
    this.#maxChars = maxRecordChars;
  }

  push(text: string): void {
    const n = text.length;
    let start = this.#inValue ? 0 : -1;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (this.#inValue) {
        if (this.#inString) {
          if (this.#escaped) this.#escaped = false;
          else if (c === BACKSLASH) this.#escaped = true;
          else if (c === QUOTE) {
            this.#inString = false;
            if (this.#primitive && this.#depth === 0) {
              this.#finish(text, start, i + 1);
              start = -1;
            }
          } else if (c === NEWLINE) this.#line++;
          i++;
          continue;
        }
        if (this.#primitive) {
          if (
            c === COMMA ||
            c === CLOSE_BRACKET ||
            c === CLOSE_BRACE ||
            isSpace(c) ||
            c === OPEN_BRACE
          ) {
            this.#finish(text, start, i);
            start = -1;
            continue; // re-read this character outside the value
          }
          i++;
          continue;
        }
        if (c === QUOTE) this.#inString = true;
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.#depth++;
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          this.#depth--;
          if (this.#depth === 0) {
            this.#finish(text, start, i + 1);
            start = -1;
          }
        } else if (c === NEWLINE) this.#line++;
        i++;
        continue;
      }
      // between values
      if (isSpace(c)) {
        if (c === NEWLINE) this.#line++;
        i++;
        continue;
      }
      if (!this.#seenTop && c === OPEN_BRACKET) {
        this.#seenTop = true;
        this.#inArray = true;
        i++;
        continue;
      }
      this.#seenTop = true;
      if (this.#inArray && c === COMMA) {
        i++;
        continue;
      }
      if (this.#inArray && c === CLOSE_BRACKET) {
        this.#inArray = false;
        this.#arrayClosed = true;
        i++;
        continue;
      }
      if (!this.#inArray && (this.#arrayClosed || c !== OPEN_BRACE)) {
        // Not a record: report once per line and skip the rest of that line.
        if (this.#skipLine !== this.#line) {
          this.#skipLine = this.#line;
          this.#events.syntax(
            this.#line,
            this.#arrayClosed ? 'text after the closing ]' : `'${String.fromCharCode(c)}'`,
          );
        }
        const nl = text.indexOf('\n', i);
        if (nl === -1) return;
        i = nl;
        continue;
      }
      // start of a value (a record, or something else inside the array)
      this.#inValue = true;
      this.#valueLine = this.#line;
      this.#parts = [];
      this.#partsLength = 0;
      this.#skipping = false;
      start = i;
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        this.#primitive = false;
        this.#depth = 1;
      } else {
        this.#primitive = true;
        this.#depth = 0;
        if (c === QUOTE) this.#inString = true;
      }
      i++;
    }
    if (this.#inValue && start >= 0) this.#keep(text.slice(start));
  }

  /** Call at the end of the input. */
  end(): void {
    if (this.#inValue) {
      if (this.#primitive && !this.#inString) {
        const text = this.#parts.join('');
        this.#inValue = false;
        if (!this.#skipping) {
          this.records++;
          this.#events.value(text, this.#valueLine);
        }
        return;
      }
      this.#inValue = false;
      if (this.#skipping) return;
      this.#events.syntax(
        this.#valueLine,
        'a record that is not closed before the end of the file',
      );
      return;
    }
    if (this.#inArray) this.#events.syntax(this.#line, 'the end of the file before the closing ]');
  }

  #keep(piece: string): void {
    if (this.#skipping) return;
    this.#partsLength += piece.length;
    if (this.#partsLength > this.#maxChars) {
      this.#skipping = true;
      this.#parts = [];
      this.#events.tooLong(this.#valueLine);
      return;
    }
    this.#parts.push(piece);
  }

  #finish(text: string, start: number, end: number): void {
    this.#inValue = false;
    this.#inString = false;
    this.#escaped = false;
    if (this.#skipping) {
      this.#skipping = false;
      return;
    }
    const piece = text.slice(start, end);
    const whole = this.#parts.length ? this.#parts.join('') + piece : piece;
    this.#parts = [];
    if (whole.length > this.#maxChars) {
      this.#events.tooLong(this.#valueLine);
      return;
    }
    this.records++;
    this.#events.value(whole, this.#valueLine);
  }
}
