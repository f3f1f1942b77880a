// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Detectors for personal data that must not travel in an export: a BSN (any nine digits that pass
 * the 11-check), an e-mail address, a phone number. They run on every string value of every
 * record, so the common case (short text without '@' and with fewer than eight digits) returns
 * after one cheap pass over the characters.
 */

export const PRIVACY_BSN = 1;
export const PRIVACY_EMAIL = 2;
export const PRIVACY_PHONE = 4;

/**
 * UUIDs and hexadecimal hashes are how many systems write pseudonyms; the digit runs inside them
 * are not numbers (a UUID has a run of nine digits passing the 11-check about once in 750).
 * Such tokens are blanked out before the BSN and phone checks; a number next to one still counts.
 */
const HEX_TOKEN =
  /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|(?<![0-9A-Za-z])(?=[0-9A-Fa-f]*[A-Fa-f])[0-9A-Fa-f]{16,}(?![0-9A-Za-z])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const NINE_DIGITS = /(?<![\d])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\d])/g;
const PHONE_CANDIDATE = /(?<![\w+@./:-])(?:\+|00)?\(?\d[\d ().-]{6,18}\d(?![\w@])/g;

/** The 11-check (elfproef) of a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11. */
export function passesElfproef(digits: string): boolean {
  if (digits.length !== 9) return false;
  let sum = 0;
  let allSame = true;
  for (let i = 0; i < 9; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (i > 0 && digits.charCodeAt(i) !== digits.charCodeAt(0)) allSame = false;
    sum += i === 8 ? -d : d * (9 - i);
  }
  // 000000000 passes arithmetically but is no number at all.
  if (allSame && digits.charCodeAt(0) === 48) return false;
  return sum % 11 === 0;
}

function hasBsn(text: string): boolean {
  NINE_DIGITS.lastIndex = 0;
  for (let m = NINE_DIGITS.exec(text); m; m = NINE_DIGITS.exec(text)) {
    if (passesElfproef(m[1]!.replace(/[ .]/g, ''))) return true;
  }
  return false;
}

/** A Dutch number (0 + 9 digits, or +31/0031 + 9 digits) or an international one (+cc, 8–15 digits). */
function isPhone(candidate: string): boolean {
  const international = candidate.startsWith('+') || candidate.startsWith('00');
  let digits = candidate.replace(/\D/g, '');
  // "(0)" in "+31 (0)6 …" is not dialled.
  if (international && /\(0\)/.test(candidate)) digits = digits.replace(/^(00)?(\d{2})0/, '$1$2');
  if (candidate.startsWith('00')) digits = digits.slice(2);
  if (international) {
    if (digits.startsWith('31')) return digits.length === 11 && digits[2] !== '0';
    return digits.length >= 8 && digits.length <= 15;
  }
  // A date or time written with separators is not a phone number.
  if (/\d{4}-\d{2}-\d{2}|\d{2}[-/]\d{2}[-/]\d{4}|\d{1,2}:\d{2}/.test(candidate)) return false;
  return digits.length === 10 && digits[0] === '0' && digits[1] !== '0';
}

function hasPhone(text: string): boolean {
  PHONE_CANDIDATE.lastIndex = 0;
  for (let m = PHONE_CANDIDATE.exec(text); m; m = PHONE_CANDIDATE.exec(text)) {
    if (isPhone(m[0].trim())) return true;
  }
  return false;
}

/**
 * Per ASCII code, bits: 1 digit, 2 `@`, 4 `+`, 8 hexadecimal digit. Table lookups instead of range
 * comparisons, whose branches mispredict on ids that mix digits and letters at random (UUIDs).
 */
const CHAR = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CHAR[c] = 1 | 8;
for (let c = 65; c <= 70; c++) CHAR[c] = 8;
for (let c = 97; c <= 102; c++) CHAR[c] = 8;
CHAR[64] = 2;
CHAR[43] = 4;
const isHex = (c: number) => c < 128 && (CHAR[c]! & 8) !== 0;

/** Per ASCII code: 0 for a hexadecimal digit, 1 for anything else. */
const NOT_HEX = new Uint8Array(128).fill(1);
for (let c = 0; c < 128; c++) if (isHex(c)) NOT_HEX[c] = 0;

/** Non-zero unless the `n` characters from `i` are all ASCII hex digits (no branch per digit). */
function notHexRun(text: string, i: number, n: number): number {
  let bad = 0;
  let any = 0;
  for (let k = i; k < i + n; k++) {
    const c = text.charCodeAt(k);
    any |= c;
    bad |= NOT_HEX[c & 127]!;
  }
  return bad | (any >>> 7);
}

/** The whole text is one UUID (the common case of a pseudonymous id; checked without a regex). */
function isUuid(text: string): boolean {
  if (
    text.charCodeAt(8) !== 45 ||
    text.charCodeAt(13) !== 45 ||
    text.charCodeAt(18) !== 45 ||
    text.charCodeAt(23) !== 45
  )
    return false;
  return (
    (notHexRun(text, 0, 8) |
      notHexRun(text, 9, 4) |
      notHexRun(text, 14, 4) |
      notHexRun(text, 19, 4) |
      notHexRun(text, 24, 12)) ===
    0
  );
}

/**
 * Returns a bit set of the kinds of personal data found in `text` (PRIVACY_BSN | PRIVACY_EMAIL |
 * PRIVACY_PHONE), or 0.
 */
export function scanText(text: string): number {
  const n = text.length;
  if (n < 6 || (n === 36 && isUuid(text))) return 0;
  // shorter than nine characters, only an e-mail address fits
  if (n < 9) return text.indexOf('@') !== -1 && EMAIL.test(text) ? PRIVACY_EMAIL : 0;
  let digits = 0;
  let seen = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? CHAR[c]! : 0;
    digits += k & 1;
    seen |= k;
  }
  const at = (seen & 2) !== 0;
  const plus = (seen & 4) !== 0;
  // a BSN has 9 digits, a phone number 10 (0 + 9, or 00 + country), or 8+ after a '+'
  if (digits < 9 && !at && !(plus && digits >= 8)) return 0;
  let found = 0;
  if (at && EMAIL.test(text)) found |= PRIVACY_EMAIL;
  if (digits < 9 && !(plus && digits >= 8)) return found;
  const numbers = n >= 16 ? text.replace(HEX_TOKEN, ' ') : text;
  if (digits >= 9 && hasBsn(numbers)) found |= PRIVACY_BSN;
  if ((digits >= 10 || (plus && digits >= 8)) && hasPhone(numbers)) found |= PRIVACY_PHONE;
  return found;
}

/** A number value that, written out, is nine digits passing the 11-check. */
export function numberLooksLikeBsn(value: number): boolean {
  return (
    Number.isInteger(value) &&
    value >= 100000000 &&
    value <= 999999999 &&
    passesElfproef(String(value))
  );
}
