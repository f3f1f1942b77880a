// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The words of the text and HTML reports, Dutch and English. */
import type { Lang, Sample } from './report.js';

export const words = {
  nl: {
    valid: 'GELDIG',
    invalid: 'ONGELDIG',
    files: (n: number) => `${n} ${n === 1 ? 'bestand' : 'bestanden'}`,
    records: (n: number) => `${fmt(n, 'nl')} ${n === 1 ? 'record' : 'records'}`,
    errors: (n: number) => `${fmt(n, 'nl')} ${n === 1 ? 'fout' : 'fouten'}`,
    warnings: (n: number) => `${fmt(n, 'nl')} ${n === 1 ? 'waarschuwing' : 'waarschuwingen'}`,
    error: 'FOUT',
    warning: 'WAARSCHUWING',
    line: 'regel',
    sheet: 'blad',
    field: 'veld',
    column: 'kolom',
    expected: 'verwacht',
    found: 'gevonden',
    redacted: '«niet getoond»',
    suggestion: 'bedoeld is misschien',
    more: (n: number) => `… en nog ${fmt(n, 'nl')}`,
    truncated: 'Let op: niet alle voorbeelden staan in dit rapport (ingekort).',
    none: 'Geen problemen gevonden.',
  },
  en: {
    valid: 'VALID',
    invalid: 'INVALID',
    files: (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`,
    records: (n: number) => `${fmt(n, 'en')} ${n === 1 ? 'record' : 'records'}`,
    errors: (n: number) => `${fmt(n, 'en')} ${n === 1 ? 'error' : 'errors'}`,
    warnings: (n: number) => `${fmt(n, 'en')} ${n === 1 ? 'warning' : 'warnings'}`,
    error: 'ERROR',
    warning: 'WARNING',
    line: 'line',
    sheet: 'sheet',
    field: 'field',
    column: 'column',
    expected: 'expected',
    found: 'found',
    redacted: '«not shown»',
    suggestion: 'did you mean',
    more: (n: number) => `… and ${fmt(n, 'en')} more`,
    truncated: 'Note: not every sample is in this report (truncated).',
    none: 'No problems found.',
  },
} as const;

export function fmt(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
}

export function where(sample: Sample, w: (typeof words)[Lang]): string {
  if (sample.sheet !== undefined)
    return `${sample.file} [${w.sheet} ${sample.sheet}${sample.cell ? `!${sample.cell}` : ''}]`;
  return sample.line !== undefined ? `${sample.file}:${sample.line}` : sample.file;
}
