// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { BusinessCaseResult } from '../result-types.js';
import { Formatter, type Lang } from './format.js';

/** Okabe–Ito palette: distinguishable with the common forms of colour blindness. */
const PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#8C6D1F',
];
const COST = '#B5402A';
const BENEFIT = '#1F7A5A';

export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const n = (x: number): string => (Math.round(x * 10) / 10).toString();

/** Upper bound of a character's width in the report's SVG font (12 px sans-serif). */
export const CHAR_WIDTH = 7.2;

/** The text shortened with an ellipsis so that it fits `width` pixels. */
export function fit(text: string, width: number): string {
  const max = Math.max(1, Math.floor(width / CHAR_WIDTH));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const span = max - min;
  const step0 = span / count;
  const mag = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => span / s <= count) ?? 10 * mag;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step)
    ticks.push(Math.abs(v) < 1e-9 ? 0 : v);
  return ticks;
}

function compact(f: Intl.NumberFormat, x: number): string {
  return f.format(x);
}

function open(width: number, height: number, title: string, desc: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t d"><title>${esc(title)}</title><desc>${esc(desc)}</desc>`;
}

function formatters(lang: Lang, currency: string) {
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  return {
    short: new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    }),
    f: new Formatter(lang, currency),
  };
}

export function costsBenefitsChart(
  result: BusinessCaseResult,
  lang: Lang,
  caption: string,
  labels: { costs: string; benefits: string },
): string {
  const { short, f } = formatters(lang, result.scenario.currency);
  const rows = result.stakeholders;
  const width = 760;
  const left = 230;
  const right = 30;
  const rowH = 34;
  const top = 36;
  const height = top + rows.length * rowH + 40;
  const max = Math.max(1, ...rows.map((r) => Math.max(r.pvCosts, r.pvBenefits)));
  const scale = (x: number) => ((width - left - right) * x) / max;
  const desc = rows
    .map(
      (r) =>
        `${r.name[lang]}: ${labels.costs} ${f.money(r.pvCosts)}, ${labels.benefits} ${f.money(r.pvBenefits)}`,
    )
    .join('; ');
  let s = open(width, height, caption, desc);
  s += `<rect x="${left}" y="8" width="12" height="12" fill="${COST}"/><text x="${left + 18}" y="18">${esc(labels.costs)}</text>`;
  s += `<rect x="${left + 120}" y="8" width="12" height="12" fill="${BENEFIT}"/><text x="${left + 138}" y="18">${esc(labels.benefits)}</text>`;
  for (const t of niceTicks(0, max)) {
    const x = left + scale(t);
    s += `<line x1="${n(x)}" y1="${top - 4}" x2="${n(x)}" y2="${top + rows.length * rowH}" stroke="#ddd"/><text x="${n(x)}" y="${top + rows.length * rowH + 16}" text-anchor="middle">${esc(compact(short, t))}</text>`;
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    s += `<text x="${left - 8}" y="${y + 20}" text-anchor="end">${esc(fit(r.name[lang], left - 12))}</text>`;
    s += `<rect x="${left}" y="${y + 4}" width="${n(scale(r.pvCosts))}" height="12" fill="${COST}"><title>${esc(`${labels.costs}: ${f.money(r.pvCosts)}`)}</title></rect>`;
    s += `<rect x="${left}" y="${y + 17}" width="${n(scale(r.pvBenefits))}" height="12" fill="${BENEFIT}"><title>${esc(`${labels.benefits}: ${f.money(r.pvBenefits)}`)}</title></rect>`;
  });
  return `${s}</svg>`;
}

export function cumulativeChart(result: BusinessCaseResult, lang: Lang, caption: string): string {
  const { short, f } = formatters(lang, result.scenario.currency);
  const width = 760;
  const height = 380;
  const right = 200;
  const top = 20;
  const bottom = 40;
  const series = result.stakeholders.map((s) => s.yearly.cumulativeNet);
  const all = series.flat();
  const min = Math.min(0, ...all);
  const max = Math.max(0, ...all, 1);
  // Room for the longest axis label, so that none is cut off at the left edge.
  const longest = Math.max(...niceTicks(min, max, 6).map((t) => compact(short, t).length));
  const left = Math.max(80, Math.ceil(longest * CHAR_WIDTH) + 14);
  const years = result.years;
  const x = (i: number) =>
    left + (years.length > 1 ? ((width - left - right) * i) / (years.length - 1) : 0);
  const y = (v: number) => top + ((height - top - bottom) * (max - v)) / (max - min || 1);
  const desc = result.stakeholders
    .map(
      (s) =>
        `${s.name[lang]}: ${f.money(s.yearly.cumulativeNet.at(-1) ?? 0)} ${lang === 'nl' ? 'in' : 'by'} ${years.at(-1)}`,
    )
    .join('; ');
  let s = open(width, height, caption, desc);
  for (const t of niceTicks(min, max, 6)) {
    s += `<line x1="${left}" y1="${n(y(t))}" x2="${width - right}" y2="${n(y(t))}" stroke="${t === 0 ? '#666' : '#e2e2e2'}"/><text x="${left - 6}" y="${n(y(t) + 4)}" text-anchor="end">${esc(compact(short, t))}</text>`;
  }
  const every = Math.max(1, Math.ceil(years.length / 10));
  years.forEach((yr, i) => {
    if (i % every === 0)
      s += `<text x="${n(x(i))}" y="${height - bottom + 18}" text-anchor="middle">${yr}</text>`;
  });
  series.forEach((values, si) => {
    const colour = PALETTE[si % PALETTE.length] as string;
    const dash = si >= 4 ? ' stroke-dasharray="6 3"' : '';
    const points = values.map((v, i) => `${n(x(i))},${n(y(v))}`).join(' ');
    s += `<polyline points="${points}" fill="none" stroke="${colour}" stroke-width="2"${dash}/>`;
    const ly = top + 6 + si * 20;
    const name = result.stakeholders[si]?.name[lang] ?? '';
    s += `<line x1="${width - right + 12}" y1="${ly}" x2="${width - right + 36}" y2="${ly}" stroke="${colour}" stroke-width="2"${dash}/><text x="${width - right + 42}" y="${ly + 4}">${esc(fit(name, right - 46))}</text>`;
  });
  return `${s}</svg>`;
}

export function tornadoChart(
  result: BusinessCaseResult,
  lang: Lang,
  caption: string,
  labels: { low: string; high: string },
): string {
  const { short, f } = formatters(lang, result.scenario.currency);
  const rows = result.tornado;
  const width = 760;
  const left = 300;
  const right = 30;
  const rowH = 24;
  const top = 20;
  const height = top + Math.max(1, rows.length) * rowH + 40;
  const baseNpv = result.society.npv;
  const values = rows.flatMap((r) => [r.npvLow, r.npvHigh]).concat(baseNpv);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (v: number) => left + ((width - left - right) * (v - min)) / span;
  const desc = rows
    .map((r) => `${r.label[lang]}: ${f.money(r.npvLow)} – ${f.money(r.npvHigh)}`)
    .join('; ');
  let s = open(width, height + 22, caption, desc || caption);
  const legendY = height + 8;
  s += `<rect x="${left}" y="${legendY}" width="12" height="12" fill="#D55E00"/><text x="${left + 18}" y="${legendY + 10}">${esc(labels.low)}</text>`;
  const second = left + Math.max(140, 18 + Math.ceil(labels.low.length * CHAR_WIDTH) + 16);
  s += `<rect x="${second}" y="${legendY}" width="12" height="12" fill="#0072B2"/><text x="${second + 18}" y="${legendY + 10}">${esc(labels.high)}</text>`;
  for (const t of niceTicks(min, max)) {
    s += `<line x1="${n(x(t))}" y1="${top - 4}" x2="${n(x(t))}" y2="${top + rows.length * rowH}" stroke="#e2e2e2"/><text x="${n(x(t))}" y="${top + rows.length * rowH + 16}" text-anchor="middle">${esc(compact(short, t))}</text>`;
  }
  rows.forEach((r, i) => {
    const yy = top + i * rowH;
    const lo = Math.min(r.npvLow, r.npvHigh);
    const hi = Math.max(r.npvLow, r.npvHigh);
    const label = r.label[lang];
    s += `<text x="${left - 8}" y="${yy + 16}" text-anchor="end">${esc(fit(label, left - 12))}</text>`;
    s += `<rect x="${n(Math.min(x(r.npvLow), x(baseNpv)))}" y="${yy + 4}" width="${n(Math.abs(x(r.npvLow) - x(baseNpv)))}" height="16" fill="#D55E00"><title>${esc(`${f.money(r.npvLow)}`)}</title></rect>`;
    s += `<rect x="${n(Math.min(x(r.npvHigh), x(baseNpv)))}" y="${yy + 4}" width="${n(Math.abs(x(r.npvHigh) - x(baseNpv)))}" height="16" fill="#0072B2"><title>${esc(`${f.money(r.npvHigh)}`)}</title></rect>`;
    void lo;
    void hi;
  });
  s += `<line x1="${n(x(baseNpv))}" y1="${top - 6}" x2="${n(x(baseNpv))}" y2="${top + rows.length * rowH + 2}" stroke="#000" stroke-width="1.5"/>`;
  return `${s}</svg>`;
}

export function histogramChart(result: BusinessCaseResult, lang: Lang, caption: string): string {
  const { short, f } = formatters(lang, result.scenario.currency);
  const mc = result.monteCarlo;
  const width = 760;
  const height = 320;
  const left = 60;
  const right = 20;
  const top = 24;
  const bottom = 44;
  const edges = mc.histogram.edges;
  const counts = mc.histogram.counts;
  const min = edges[0] ?? 0;
  const max = edges.at(-1) ?? 1;
  const span = max - min || 1;
  const peak = Math.max(1, ...counts);
  const x = (v: number) => left + ((width - left - right) * (v - min)) / span;
  const y = (c: number) => top + (height - top - bottom) * (1 - c / peak);
  const desc = `P5 ${f.money(mc.p5)}, P50 ${f.money(mc.p50)}, P95 ${f.money(mc.p95)}; P(NPV > 0) ${f.percent(mc.probabilityPositive)}`;
  let s = open(width, height, caption, desc);
  counts.forEach((c, i) => {
    const x0 = x(edges[i] ?? min);
    const x1 = x(edges[i + 1] ?? max);
    const positive = (edges[i] ?? 0) >= 0;
    s += `<rect x="${n(x0 + 0.5)}" y="${n(y(c))}" width="${n(Math.max(0.5, x1 - x0 - 1))}" height="${n(height - bottom - y(c))}" fill="${positive ? '#0072B2' : '#D55E00'}"><title>${esc(`${short.format(edges[i] ?? 0)} – ${short.format(edges[i + 1] ?? 0)}: ${c}`)}</title></rect>`;
  });
  for (const t of niceTicks(min, max)) {
    s += `<text x="${n(x(t))}" y="${height - bottom + 16}" text-anchor="middle">${esc(short.format(t))}</text>`;
  }
  for (const [label, v] of [
    ['P5', mc.p5],
    ['P50', mc.p50],
    ['P95', mc.p95],
  ] as const) {
    if (span === 1 && max === min) break;
    s += `<line x1="${n(x(v))}" y1="${top - 4}" x2="${n(x(v))}" y2="${height - bottom}" stroke="#000" stroke-dasharray="4 3"/><text x="${n(x(v))}" y="${top - 8}" text-anchor="middle">${label}</text>`;
  }
  s += `<line x1="${left}" y1="${height - bottom}" x2="${width - right}" y2="${height - bottom}" stroke="#666"/>`;
  return `${s}</svg>`;
}
