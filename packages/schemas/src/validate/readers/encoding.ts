// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Which encoding a text file is in when it is not UTF-8. Excel in Dutch saves "CSV (gescheiden
 * door lijstscheidingsteken)" as Windows-1252, older systems write ISO-8859-1 or UTF-16 with a
 * byte-order mark. Detection is `chardet`'s; decoding is the platform's `TextDecoder`, which maps
 * every byte of the single-byte encodings, so no replacement character is ever written.
 */
import chardet from 'chardet';

/** Encodings the statistical detector may name that are taken as they are. */
const ACCEPTED =
  /^(?:windows-125[0-8]|iso-8859-(?:[1-9]|1[0-5])|utf-16[lb]e|koi8-r|shift_jis|euc-jp|euc-kr|big5|gb18030)$/i;

/**
 * The encoding of `sample` (bytes that are not valid UTF-8). A Western-European single-byte
 * guess becomes Windows-1252 — a superset of ISO-8859-1 for printable text, and what the platform
 * decodes for either label — as does a guess the platform cannot decode.
 */
export function detectLegacyEncoding(sample: Uint8Array): string {
  const guess = chardet.detect(sample) ?? '';
  if (/^(?:iso-8859-1|iso-8859-15|windows-1252|ascii)$/i.test(guess) || !ACCEPTED.test(guess))
    return 'windows-1252';
  try {
    return new TextDecoder(guess).encoding;
  } catch {
    return 'windows-1252';
  }
}

/** The platform's name for `label` (`latin1` → `windows-1252`), or undefined when it has none. */
export function encodingName(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** Index of the first byte ≥ 0x80, or -1. */
export function firstNonAscii(buf: Uint8Array): number {
  for (let i = 0; i < buf.length; i++) if (buf[i]! >= 0x80) return i;
  return -1;
}
