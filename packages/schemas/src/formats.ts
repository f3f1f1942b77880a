// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import * as formatsNamespace from 'ajv-formats/dist/formats.js';

/**
 * Faster drop-ins for ajv-formats' `date` and `date-time` (its "full" mode), which dominate the
 * cost of validating records with timestamps. The common shapes — `2025-03-01` and
 * `2025-03-01T09:30:00Z` / `…+01:00` — are checked character by character with the same rules
 * (month 1–12, days per month with leap years, hour ≤ 23, minute ≤ 59, second ≤ 59, offset hours ≤ 23
 * and minutes ≤ 59). Every other string goes to ajv-formats itself, so the answer is always the
 * one ajv-formats gives (a test compares both on many generated strings).
 */
// CommonJS interop differs between Node (default = module.exports) and bundlers/vitest
const ns = formatsNamespace as unknown as {
  fullFormats?: Record<string, unknown>;
  default?: { fullFormats: Record<string, unknown> };
};
const fullFormats = (ns.fullFormats ?? ns.default?.fullFormats)!;
type Check = (s: string) => boolean;
type Format = Check | { validate: Check; compare?: (a: string, b: string) => number | undefined };
const check = (format: unknown): Check => {
  const f = format as Format;
  return typeof f === 'function' ? f : f.validate;
};
/** ajv-formats' own definitions (validate + compare), kept for comparisons such as formatMinimum. */
export const originalDateFormat = fullFormats.date as Format;
export const originalDateTimeFormat = fullFormats['date-time'] as Format;
const originalDate = check(originalDateFormat);
const originalDateTime = check(originalDateTimeFormat);

/** The format definitions to give ajv: the fast check plus ajv-formats' compare. */
export function fastFormat(name: 'date' | 'date-time'): Format {
  const original = name === 'date' ? originalDateFormat : originalDateTimeFormat;
  const validate = name === 'date' ? fastDate : fastDateTime;
  return typeof original === 'object' && original.compare
    ? { validate, compare: original.compare }
    : validate;
}

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** -1: not the common shape (ask ajv-formats); 0: invalid; 1: valid. */
function quickDate(s: string): number {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  const y1 = two(s, 0);
  const y2 = two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  if (y1 < 0 || y2 < 0 || month < 0 || day < 0) return -1;
  const year = y1 * 100 + y2;
  return month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= (month === 2 && isLeap(year) ? 29 : DAYS[month]!)
    ? 1
    : 0;
}

export function fastDate(s: string): boolean {
  if (s.length === 10) {
    const quick = quickDate(s);
    if (quick >= 0) return quick === 1;
  }
  return originalDate(s);
}

export function fastDateTime(s: string): boolean {
  const n = s.length;
  if (
    (n === 20 || n === 25) &&
    s.charCodeAt(10) === 84 && // T
    s.charCodeAt(13) === 58 &&
    s.charCodeAt(16) === 58
  ) {
    const hour = two(s, 11);
    const minute = two(s, 14);
    const second = two(s, 17);
    let zone = false;
    if (n === 20)
      zone = s.charCodeAt(19) === 90; // Z
    else {
      const sign = s.charCodeAt(19);
      const zh = two(s, 20);
      const zm = two(s, 23);
      zone =
        (sign === 43 || sign === 45) &&
        s.charCodeAt(22) === 58 &&
        zh >= 0 &&
        zh <= 23 &&
        zm >= 0 &&
        zm <= 59;
    }
    if (
      zone &&
      hour >= 0 &&
      hour <= 23 &&
      minute >= 0 &&
      minute <= 59 &&
      second >= 0 &&
      second <= 59
    ) {
      const quick = quickDate(s);
      if (quick >= 0) return quick === 1;
    }
  }
  return originalDateTime(s);
}

const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$';

/** Per ASCII code: 1 = letter or digit, 2 = `.`, `_` or `-`, 0 = anything else. */
const ID_CHARS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ID_CHARS[c] = 1;
for (let c = 65; c <= 90; c++) ID_CHARS[c] = 1;
for (let c = 97; c <= 122; c++) ID_CHARS[c] = 1;
ID_CHARS[46] = ID_CHARS[95] = ID_CHARS[45] = 2;

/**
 * The id pattern of the standard, ^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$, checked without a regex. A
 * table lookup per character instead of range comparisons: ids such as UUIDs mix digits and
 * letters at random, which made the comparisons' branches mispredict (2.5× slower on UUIDs).
 */
export function isStandardId(s: string): boolean {
  const n = s.length;
  if (n < 1 || n > 64) return false;
  let c = s.charCodeAt(0);
  if (c > 127 || ID_CHARS[c] !== 1) return false;
  for (let i = 1; i < n; i++) {
    c = s.charCodeAt(i);
    if (c > 127 || ID_CHARS[c] === 0) return false;
  }
  return true;
}

/** A RegExp engine for ajv (`code.regExp`); `code` is how standalone validators refer to it. */
export type RegExpEngine = ((pattern: string, flags: string) => { test(s: string): boolean }) & {
  code: string;
};

/**
 * ajv's `code.regExp` engine: the id pattern that 41 fields of the standard share is tested by
 * {@link isStandardId} (the same rule, a test compares both); every other pattern is a RegExp.
 * The precompiled validators call it through `require("@zorghub/schemas/formats")`, which the
 * generator rewrites to the table in ./runtime.ts.
 */
export const fastRegExp: RegExpEngine = Object.assign(
  (pattern: string, flags: string): { test(s: string): boolean } => {
    if (pattern === ID_PATTERN) return { test: isStandardId };
    return new RegExp(pattern, flags);
  },
  { code: 'require("@zorghub/schemas/formats").fastRegExp' },
);
