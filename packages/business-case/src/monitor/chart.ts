// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Plan against actual for one cohort as inline SVG, in the style of render/svg.ts: workers at work
 * per month, planned (dashed) and actual (solid), with the leavers of each month as bars.
 */
import { Formatter, type Lang } from '../render/format.js';
import { esc } from '../render/svg.js';
import type { MonitorResult } from './types.js';

const PLAN = '#0072B2';
const ACTUAL = '#D55E00';
const LEAVERS = '#CC79A7';
const n = (x: number): string => (Math.round(x * 10) / 10).toString();

export function planActualChart(
  series: MonitorResult['series'][number],
  lang: Lang,
  caption: string,
): string {
  const f = new Formatter(lang, 'EUR');
  const nl = lang === 'nl';
  const width = 760;
  const height = 300;
  const left = 56;
  const right = 170;
  const top = 20;
  const bottom = 44;
  const periods = series.periods;
  const max = Math.max(1, ...periods.flatMap((p) => [p.plannedAtWork, p.actualAtWork]));
  const step = max <= 10 ? 2 : max <= 25 ? 5 : max <= 50 ? 10 : Math.ceil(max / 50) * 10;
  const top1 = Math.ceil(max / step) * step;
  const x = (i: number) =>
    left + (periods.length > 1 ? ((width - left - right) * i) / (periods.length - 1) : 0);
  const y = (v: number) => top + ((height - top - bottom) * (top1 - v)) / top1;
  const last = periods.at(-1);
  const desc = last
    ? nl
      ? `${last.period}: gepland ${f.number(Math.round(last.plannedAtWork * 10) / 10)}, werkelijk ${f.number(Math.round(last.actualAtWork * 10) / 10)} aan het werk`
      : `${last.period}: planned ${f.number(Math.round(last.plannedAtWork * 10) / 10)}, actual ${f.number(Math.round(last.actualAtWork * 10) / 10)} at work`
    : nl
      ? 'geen maanden'
      : 'no months';
  let s = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img"><title>${esc(caption)}</title><desc>${esc(desc)}</desc>`;
  for (let t = 0; t <= top1 + 1e-9; t += step)
    s += `<line x1="${left}" y1="${n(y(t))}" x2="${width - right}" y2="${n(y(t))}" stroke="${t === 0 ? '#666' : '#e2e2e2'}"/><text x="${left - 6}" y="${n(y(t) + 4)}" text-anchor="end">${t}</text>`;
  const every = Math.max(1, Math.ceil(periods.length / 8));
  periods.forEach((p, i) => {
    if (i % every === 0)
      s += `<text x="${n(x(i))}" y="${height - bottom + 18}" text-anchor="middle">${p.period}</text>`;
    if (p.actualLeavers > 0)
      s += `<rect x="${n(x(i) - 4)}" y="${n(y(p.actualLeavers))}" width="8" height="${n(y(0) - y(p.actualLeavers))}" fill="${LEAVERS}"><title>${esc(`${p.period}: ${p.actualLeavers} ${nl ? 'uitgestroomd' : 'left'}`)}</title></rect>`;
  });
  const line = (values: number[], colour: string, dash: string) =>
    `<polyline points="${values.map((v, i) => `${n(x(i))},${n(y(v))}`).join(' ')}" fill="none" stroke="${colour}" stroke-width="2"${dash}/>`;
  s += line(
    periods.map((p) => p.plannedAtWork),
    PLAN,
    ' stroke-dasharray="6 3"',
  );
  s += line(
    periods.map((p) => p.actualAtWork),
    ACTUAL,
    '',
  );
  const legend: Array<[string, string, string]> = [
    [PLAN, ' stroke-dasharray="6 3"', nl ? 'gepland aan het werk' : 'planned at work'],
    [ACTUAL, '', nl ? 'werkelijk aan het werk' : 'actually at work'],
  ];
  legend.forEach(([colour, dash, label], i) => {
    const ly = top + 6 + i * 20;
    s += `<line x1="${width - right + 12}" y1="${ly}" x2="${width - right + 36}" y2="${ly}" stroke="${colour}" stroke-width="2"${dash}/><text x="${width - right + 42}" y="${ly + 4}">${esc(label)}</text>`;
  });
  const ly = top + 6 + 2 * 20;
  s += `<rect x="${width - right + 18}" y="${ly - 6}" width="12" height="12" fill="${LEAVERS}"/><text x="${width - right + 42}" y="${ly + 4}">${esc(nl ? 'uitgestroomd' : 'left')}</text>`;
  return `${s}</svg>`;
}
