// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { templateFiles } from '../generated/templates.js';
import { isMoneyUnit, isShareUnit, withoutCurrency } from '../scenario/units.js';

export type Lang = 'nl' | 'en';
export type Strings = Record<string, string>;

export function strings(lang: Lang): Strings {
  return JSON.parse(templateFiles[`strings.${lang}.json`] as string) as Strings;
}

export function template(name: string): string {
  const t = templateFiles[name];
  if (t === undefined) throw new Error(`Report template ${name} is missing`);
  return t;
}

/** Fills `{name}` (strings) or `{{name}}` (templates) placeholders. */
export function fill(text: string, values: Record<string, string>, double = false): string {
  const re = double ? /\{\{(\w+)\}\}/g : /\{(\w+)\}/g;
  return text.replace(re, (m, key: string) => values[key] ?? m);
}

export class Formatter {
  private readonly money0: Intl.NumberFormat;
  private readonly money2: Intl.NumberFormat;
  private readonly num: Intl.NumberFormat;
  private readonly pct: Intl.NumberFormat;
  private readonly pct2: Intl.NumberFormat;
  constructor(
    readonly lang: Lang,
    currency: string,
  ) {
    const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
    this.money0 = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    });
    this.money2 = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: 2,
    });
    this.num = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    this.pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    this.pct2 = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  }
  money(x: number): string {
    return this.money0.format(x === 0 ? 0 : x);
  }
  cents(x: number): string {
    return this.money2.format(x === 0 ? 0 : x);
  }
  number(x: number | null): string {
    return x === null ? '—' : this.num.format(x);
  }
  percent(x: number, precise = false): string {
    return (precise ? this.pct2 : this.pct).format(x);
  }
  ratio(x: number | null): string {
    return x === null ? '—' : this.num.format(x);
  }
  /** A parameter value with its unit: fractions as percentages, money with the currency. */
  value(x: number, unit: string): string {
    if (isShareUnit(unit)) return this.pct2.format(x);
    if (isMoneyUnit(unit)) return `${this.money2.format(x)}${withoutCurrency(unit)}`;
    return `${this.num.format(x)} ${unit}`;
  }
}
