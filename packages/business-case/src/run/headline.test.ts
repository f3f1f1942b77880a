// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { beforeAll, describe, expect, it } from 'vitest';
import { clone, gmcaScenario, loadExample, useSchemaValidator } from '../__fixtures__/scenarios.js';
import { buildDocument } from '../render/document.js';
import { Formatter } from '../render/format.js';
import { summarize } from './monte-carlo.js';
import { runScenario } from './run-scenario.js';

beforeAll(useSchemaValidator);

describe('headline: the Monte Carlo beside the deterministic case', () => {
  it('summarises draws by hand: percentiles between order statistics, mean, share above zero', () => {
    const s = summarize(Float64Array.from([7, -2, 3, -1, 0, 6, 1, 5, 2, 4]));
    // Sorted −2 … 7; P5 at position 9 × 0.05 = 0.45, P95 at 8.55, P50 at 4.5.
    expect(s.p5).toBeCloseTo(-1.55, 10);
    expect(s.p50).toBeCloseTo(2.5, 10);
    expect(s.p95).toBeCloseTo(6.55, 10);
    expect(s.mean).toBeCloseTo(2.5, 10);
    // Zero is not a positive NPV: 7 of the 10 draws are above zero.
    expect(s.probabilityPositive).toBe(0.7);
  });

  it('a skewed input moves the mean away from the deterministic case (hand-computed)', () => {
    // GMCA E&E1.0 with the earnings uncertain: triangular(0, 0, 30,000), mean 10,000.
    const scenario = clone(gmcaScenario());
    const earnings = scenario.regels.find((l) => l.id === 'inkomen')!;
    earnings.eenheidswaarde = {
      ...earnings.eenheidswaarde!,
      waarde: 0,
      verdeling: { type: 'driehoek', min: 0, modus: 0, max: 30_000 },
    };
    const r = runScenario(scenario, { runs: 10_000, seed: 3 });
    // Deterministic: society keeps only the NHS saving (the benefit is a transfer).
    expect(r.society.npv).toBeCloseTo(566, 2);
    // Mean 566 + 10,000; the standard error of 10,000 draws is about 71.
    expect(r.monteCarlo.mean).toBeGreaterThan(10_566 - 300);
    expect(r.monteCarlo.mean).toBeLessThan(10_566 + 300);
    expect(r.monteCarlo.probabilityPositive).toBe(1);
    // The participant gains X − 9,234: P(X > 9,234) = ((30,000 − 9,234) / 30,000)² = 0.4791.
    const participant = r.monteCarlo.stakeholders.find((x) => x.id === 'deelnemers')!;
    expect(participant.probabilityPositive).toBeGreaterThan(0.4791 - 0.02);
    expect(participant.probabilityPositive).toBeLessThan(0.4791 + 0.02);
    const rijk = r.monteCarlo.stakeholders.find((x) => x.id === 'rijk')!;
    expect(rijk.mean).toBeCloseTo(9234, 2);
  });

  it('the report shows per party the deterministic NPV, the mean, the P5–P95 range and P(NPV > 0)', () => {
    const r = runScenario(loadExample('delft'), { runs: 2000, seed: 11 });
    for (const lang of ['nl', 'en'] as const) {
      const f = new Formatter(lang, r.scenario.currency);
      const doc = buildDocument(r, lang);
      const table = doc.blocks.find(
        (b) =>
          b.kind === 'table' &&
          b.head[2] === (lang === 'nl' ? 'Gemiddelde (Monte Carlo)' : 'Mean (Monte Carlo)'),
      );
      expect(table?.kind).toBe('table');
      if (table?.kind !== 'table') return;
      expect(table.rows).toHaveLength(9);
      expect(table.rows[0]).toEqual([
        lang === 'nl' ? 'Samenleving (MKBA)' : 'Society (social CBA)',
        f.money(r.society.npv),
        f.money(r.monteCarlo.mean),
        `${f.money(r.monteCarlo.p5)} – ${f.money(r.monteCarlo.p95)}`,
        f.percent(r.monteCarlo.probabilityPositive),
      ]);
      r.stakeholders.forEach((party, i) => {
        const mc = r.monteCarlo.stakeholders.find((x) => x.id === party.id)!;
        expect(table.rows[i + 1]).toEqual([
          party.name[lang],
          f.money(party.npv),
          f.money(mc.mean),
          `${f.money(mc.p5)} – ${f.money(mc.p95)}`,
          f.percent(mc.probabilityPositive),
        ]);
      });
      const summary = doc.blocks.find(
        (b) => b.kind === 'paragraph' && b.text.includes(f.money(r.monteCarlo.mean)),
      );
      expect(summary).toBeDefined();
    }
  });
});
