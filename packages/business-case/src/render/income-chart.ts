// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Net household income per household type as grouped horizontal bars: on assistance, in the job
 * during the earnings disregard and after it. Legend entries are placed by the width of their text
 * (at most 7.2 px a character at the report's 12 px), so they never overlap.
 */
import type { BusinessCaseResult } from '../result-types.js';
import { Formatter, type Lang } from './format.js';
import { CHAR_WIDTH } from './svg.js';

const COLOURS = ['#56B4E9', '#E69F00', '#0072B2'];
const STATES = ['bijstand', 'baan-vrijlating', 'baan'];

export { CHAR_WIDTH };

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (x: number): string => (Math.round(x * 10) / 10).toString();

export function incomeChart(result: BusinessCaseResult, lang: Lang, caption: string): string {
  const f = new Formatter(lang, result.scenario.currency);
  const households = result.householdIncome.households;
  const width = 760;
  const left = 210;
  const right = 90;
  const rowH = 16;
  const groupH = STATES.length * rowH + 14;
  const top = 44;
  const height = top + households.length * groupH + 10;
  const max = Math.max(
    1,
    ...households.flatMap((h) =>
      h.states.filter((s) => STATES.includes(s.id)).map((s) => s.netIncome),
    ),
  );
  const scale = (x: number) => ((width - left - right) * Math.max(0, x)) / max;
  const stateNames = STATES.map(
    (id) => households[0]?.states.find((s) => s.id === id)?.name[lang] ?? id,
  );
  const desc = households
    .map(
      (h) =>
        `${h.name[lang]}: ${h.states
          .filter((s) => STATES.includes(s.id))
          .map((s) => `${s.name[lang]} ${f.money(s.netIncome)}`)
          .join(', ')}`,
    )
    .join('; ');
  let s = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t d"><title>${esc(caption)}</title><desc>${esc(desc)}</desc>`;
  // Legend: each entry starts after the previous one's text, wrapping to a second line if needed.
  let x = 10;
  let y = 8;
  stateNames.forEach((name, i) => {
    const w = 18 + name.length * CHAR_WIDTH + 16;
    if (x + w > width - 10) {
      x = 10;
      y += 18;
    }
    s += `<rect x="${n(x)}" y="${y}" width="12" height="12" fill="${COLOURS[i]}"/><text x="${n(x + 18)}" y="${y + 10}">${esc(name)}</text>`;
    x += w;
  });
  households.forEach((h, gi) => {
    const gy = top + gi * groupH;
    const label = h.name[lang].length > 28 ? `${h.name[lang].slice(0, 27)}…` : h.name[lang];
    s += `<text x="${left - 8}" y="${gy + rowH + 12}" text-anchor="end">${esc(label)}</text>`;
    STATES.forEach((id, si) => {
      const state = h.states.find((x) => x.id === id);
      if (!state) return;
      const by = gy + si * rowH;
      const bw = scale(state.netIncome);
      s += `<rect x="${left}" y="${by + 2}" width="${n(bw)}" height="${rowH - 4}" fill="${COLOURS[si]}"><title>${esc(`${state.name[lang]}: ${f.money(state.netIncome)}`)}</title></rect>`;
      s += `<text x="${n(left + bw + 4)}" y="${by + rowH - 4}" font-size="11">${esc(f.money(state.netIncome))}</text>`;
    });
  });
  return `${s}</svg>`;
}
