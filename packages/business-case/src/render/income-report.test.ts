// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExample, useSchemaValidator } from '../__fixtures__/scenarios.js';
import { runScenario } from '../run/run-scenario.js';
import { buildDocument } from './document.js';
import { Formatter } from './format.js';
import { CHAR_WIDTH, incomeChart } from './income-chart.js';

beforeAll(useSchemaValidator);

interface Box {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The text boxes of an SVG, each as wide as its characters at CHAR_WIDTH and 12 px high. */
function textBoxes(svg: string): Box[] {
  const boxes: Box[] = [];
  for (const m of svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"([^>]*)>([^<]*)<\/text>/g)) {
    const x = Number(m[1]);
    const y = Number(m[2]);
    const text = (m[4] as string).replace(/&amp;/g, '&');
    const w = text.length * CHAR_WIDTH;
    const anchor = /text-anchor="end"/.test(m[3] as string) ? 'end' : 'start';
    const x0 = anchor === 'end' ? x - w : x;
    boxes.push({ text, x0, x1: x0 + w, y0: y - 10, y1: y + 2 });
  }
  return boxes;
}

describe('the household income in the report', () => {
  const result = runScenario(loadExample('delft'), { runs: 0 });

  it('the table shows each household type’s net income per state and its gain, as in the JSON', () => {
    for (const lang of ['nl', 'en'] as const) {
      const f = new Formatter(lang, 'EUR');
      const doc = buildDocument(result, lang);
      const caption =
        lang === 'nl' ? 'Netto huishoudinkomen per jaar' : 'Net household income a year';
      const table = doc.blocks.find((b) => b.kind === 'table' && b.caption === caption);
      if (table?.kind !== 'table') throw new Error('no income table');
      expect(table.rows).toHaveLength(4);
      result.householdIncome.households.forEach((h, i) => {
        expect(table.rows[i]).toEqual([
          h.name[lang],
          ...h.states.map((s) => f.money(s.netIncome)),
          f.money(h.gainFromWork),
        ]);
      });
    }
  });

  it('the chart’s labels stay inside the picture and never overlap', () => {
    for (const lang of ['nl', 'en'] as const) {
      const svg = incomeChart(result, lang, 'x');
      const width = Number(/viewBox="0 0 (\d+) (\d+)"/.exec(svg)?.[1]);
      const height = Number(/viewBox="0 0 (\d+) (\d+)"/.exec(svg)?.[2]);
      const boxes = textBoxes(svg);
      expect(boxes.length).toBeGreaterThan(10);
      for (const b of boxes) {
        expect(b.x0, b.text).toBeGreaterThanOrEqual(0);
        expect(b.x1, b.text).toBeLessThanOrEqual(width);
        expect(b.y0, b.text).toBeGreaterThanOrEqual(0);
        expect(b.y1, b.text).toBeLessThanOrEqual(height);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i] as Box;
          const b = boxes[j] as Box;
          const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
          expect(overlap, `${a.text} / ${b.text}`).toBe(false);
        }
    }
  });
});
