// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { Lang } from './types';

// Intl formatters are costly to create; the page formats a few hundred numbers per update.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

export function money(value: number, lang: Lang, currency: string): string {
  return formatter(
    `money-${lang}-${currency}`,
    () =>
      new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      }),
  ).format(Math.round(value));
}

export function ratio(value: number | null, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return formatter(
    `ratio-${lang}`,
    () => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }),
  ).format(value);
}

export function percent(value: number, lang: Lang): string {
  return formatter(
    `percent-${lang}`,
    () =>
      new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
        style: 'percent',
        maximumFractionDigits: 0,
      }),
  ).format(value);
}

export function download(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
