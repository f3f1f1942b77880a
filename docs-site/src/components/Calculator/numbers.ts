// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { Lang } from './types';

/**
 * What a typed number means. The page never guesses: a string that reads differently in the
 * other language's convention (or that follows neither) is refused with a suggestion.
 */
export type NumberReading =
  | { kind: 'ok'; value: number; grouped: boolean }
  | { kind: 'empty' }
  | { kind: 'invalid' }
  | { kind: 'ambiguous'; suggestion: string };

const SEPARATORS: Record<Lang, { decimal: string; group: string }> = {
  nl: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

/** "1.234.567" with groups of exactly three after the first: a valid grouped integer part. */
function validGroups(integer: string, group: string): boolean {
  const parts = integer.split(group);
  if (parts.length === 1) return /^\d+$/.test(integer);
  return /^\d{1,3}$/.test(parts[0] ?? '') && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

/**
 * Reads a number typed by a reader of `lang`: nl "2.500" = 2500 and "2,5" = 2.5; en the reverse.
 * A separator that does not fit the locale (nl "2.5", "1,234.5"; en "2,5") is ambiguous.
 */
export function readNumber(raw: string, lang: Lang): NumberReading {
  const s = raw
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^[−–]/, '-');
  if (s === '') return { kind: 'empty' };
  if (!/^-?[\d.,]+$/.test(s) || !/\d/.test(s)) return { kind: 'invalid' };
  const { decimal, group } = SEPARATORS[lang];
  const sign = s.startsWith('-') ? '-' : '';
  const body = sign ? s.slice(1) : s;
  const decimals = body.split(decimal);
  if (decimals.length > 2) {
    // "1,2,3" in nl: several decimal marks. In en "1.2.3". Not a number in either reading.
    return { kind: 'invalid' };
  }
  const integer = decimals[0] ?? '';
  const fraction = decimals[1];
  if (fraction !== undefined && !/^\d+$/.test(fraction)) {
    // A group mark after the decimal mark ("1,234.5" in nl) is the other convention.
    const other = lang === 'nl' ? 'en' : 'nl';
    const alt = readNumber(raw, other);
    return alt.kind === 'ok'
      ? { kind: 'ambiguous', suggestion: formatInput(alt.value, lang) }
      : { kind: 'invalid' };
  }
  if (integer === '' || !validGroups(integer, group)) {
    // nl "2.5" or "0.25": the dot cannot be a thousands mark here, so it was meant as a decimal.
    const asDecimal = Number(`${sign}${integer.split(group).join('.')}`);
    const single = integer.split(group).length === 2 && fraction === undefined;
    return single && Number.isFinite(asDecimal)
      ? { kind: 'ambiguous', suggestion: formatInput(asDecimal, lang) }
      : { kind: 'invalid' };
  }
  const value = Number(`${sign}${integer.split(group).join('')}${fraction ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return { kind: 'invalid' };
  return { kind: 'ok', value, grouped: integer.includes(group) };
}

/** The value, or undefined when the text does not give one number without doubt. */
export function parseNumber(raw: string, lang: Lang): number | undefined {
  const r = readNumber(raw, lang);
  return r.kind === 'ok' ? r.value : undefined;
}

const inputFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};
const readFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};

/** How a value is written in an input: no grouping, so it reads back the same. */
export function formatInput(value: number, lang: Lang): string {
  inputFormats[lang] ??= new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    maximumFractionDigits: 6,
    useGrouping: false,
  });
  return inputFormats[lang].format(value);
}

/** How a reading is confirmed to the reader ("gelezen als 2 500"): grouped with a thin space. */
export function formatReading(value: number, lang: Lang): string {
  readFormats[lang] ??= new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    maximumFractionDigits: 6,
  });
  return readFormats[lang].format(value);
}
