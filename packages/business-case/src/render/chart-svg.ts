// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The SVG of a chart block, the same for every format that shows charts (the HTML report, and
 * the council document as an image), and the chart's own description for alt text.
 */
import type { BusinessCaseResult } from '../result-types.js';
import type { Block } from './blocks.js';
import { type Lang, strings } from './format.js';
import { incomeChart } from './income-chart.js';
import { costsBenefitsChart, cumulativeChart, histogramChart, tornadoChart } from './svg.js';

export type ChartBlock = Extract<Block, { kind: 'chart' }>;

export function chartSvg(result: BusinessCaseResult, lang: Lang, b: ChartBlock): string {
  const t = strings(lang);
  switch (b.chart) {
    case 'costsBenefits':
      return costsBenefitsChart(result, lang, b.caption, {
        costs: t.costs as string,
        benefits: t.benefits as string,
      });
    case 'cumulative':
      return cumulativeChart(result, lang, b.caption);
    case 'tornado':
      return tornadoChart(result, lang, b.caption, {
        low: t.tornadoLow as string,
        high: t.tornadoHigh as string,
      });
    case 'income':
      return incomeChart(result, lang, b.caption);
    default:
      return histogramChart(result, lang, b.caption);
  }
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** The text of the chart's `<desc>`: what the chart shows, in words, for alt text. */
export function chartDescription(svg: string): string {
  const desc = /<desc>([\s\S]*?)<\/desc>/.exec(svg)?.[1] ?? '';
  return desc.replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m);
}

/** The chart's size in pixels, from its root element. */
export function chartSize(svg: string): { width: number; height: number } {
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 760);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 400);
  return { width, height };
}
