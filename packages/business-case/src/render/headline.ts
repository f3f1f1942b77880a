// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The headline table: per party and for society the deterministic NPV beside the Monte Carlo mean,
 * its 5–95 % range and the probability that the NPV is positive, so that a reader never takes the
 * deterministic case for the expected value.
 */
import type { BusinessCaseResult } from '../result-types.js';
import type { Block } from './blocks.js';
import type { Formatter, Strings } from './format.js';

export function headlineBlock(
  result: BusinessCaseResult,
  lang: 'nl' | 'en',
  t: Strings,
  f: Formatter,
): Block {
  const mc = result.monteCarlo;
  const simulated = mc.runs > 0;
  const range = (p5: number, p95: number): string =>
    simulated ? `${f.money(p5)} – ${f.money(p95)}` : '—';
  const rows: string[][] = [];
  const negative: boolean[][] = [];
  const row = (
    name: string,
    npv: number,
    s: { mean: number; p5: number; p95: number; probabilityPositive: number },
  ) => {
    rows.push([
      name,
      f.money(npv),
      simulated ? f.money(s.mean) : '—',
      range(s.p5, s.p95),
      simulated ? f.percent(s.probabilityPositive) : '—',
    ]);
    negative.push([false, npv < 0, simulated && s.mean < 0, false, false]);
  };
  row(t.society as string, result.society.npv, mc);
  for (const party of result.stakeholders) {
    const s = mc.stakeholders.find((x) => x.id === party.id);
    if (s) row(party.name[lang], party.npv, s);
  }
  return {
    kind: 'table',
    caption: t.headlineCaption as string,
    head: [
      t.stakeholder,
      t.npvDeterministic,
      t.npvMean,
      t.npvRange,
      t.probabilityPositive,
    ] as string[],
    numeric: [false, true, true, true, true],
    rows,
    negative,
  };
}
