// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExample, useSchemaValidator } from '../__fixtures__/scenarios.js';
import { runScenario } from '../run/run-scenario.js';
import { strings } from './format.js';
import { CHAR_WIDTH, incomeChart } from './income-chart.js';
import { costsBenefitsChart, cumulativeChart, histogramChart, tornadoChart } from './svg.js';

beforeAll(useSchemaValidator);

interface Box {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Every text of an SVG as a box: as wide as its characters at CHAR_WIDTH (12 px), 12 px high. */
function textBoxes(svg: string): Box[] {
  const boxes: Box[] = [];
  for (const m of svg.matchAll(/<text x="(-?[\d.]+)" y="(-?[\d.]+)"([^>]*)>([^<]*)<\/text>/g)) {
    const x = Number(m[1]);
    const y = Number(m[2]);
    const attrs = m[3] as string;
    const text = (m[4] as string)
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
    const w = text.length * CHAR_WIDTH;
    const x0 = /text-anchor="end"/.test(attrs)
      ? x - w
      : /text-anchor="middle"/.test(attrs)
        ? x - w / 2
        : x;
    boxes.push({ text, x0, x1: x0 + w, y0: y - 10, y1: y + 2 });
  }
  return boxes;
}

function defects(svg: string): string[] {
  const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg) ?? [];
  const width = Number(w);
  const height = Number(h);
  const boxes = textBoxes(svg);
  const out: string[] = [];
  for (const b of boxes)
    if (b.x0 < 0 || b.x1 > width || b.y0 < 0 || b.y1 > height) out.push(`cut: ${b.text}`);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as Box;
      const b = boxes[j] as Box;
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1)
        out.push(`overlap: ${a.text} / ${b.text}`);
    }
  return out;
}

describe('pictures without defects: no label overlaps another or is cut off', () => {
  for (const name of ['delft', 'drechtsteden', 'apeldoorn'])
    for (const lang of ['nl', 'en'] as const)
      it(`${name} (${lang})`, () => {
        const result = runScenario(loadExample(name), { runs: 300, seed: 2 });
        const t = strings(lang);
        const charts = {
          costsBenefits: costsBenefitsChart(result, lang, 'c', {
            costs: t.costs as string,
            benefits: t.benefits as string,
          }),
          cumulative: cumulativeChart(result, lang, 'c'),
          tornado: tornadoChart(result, lang, 'c', {
            low: t.tornadoLow as string,
            high: t.tornadoHigh as string,
          }),
          histogram: histogramChart(result, lang, 'c'),
          ...(result.householdIncome.applicable ? { income: incomeChart(result, lang, 'c') } : {}),
        };
        for (const [chart, svg] of Object.entries(charts)) expect(defects(svg), chart).toEqual([]);
      });
});
