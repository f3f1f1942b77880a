// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { clone, gmcaScenario, readExample, useSchemaValidator } from '../__fixtures__/scenarios.js';
import { parseScenario } from '../scenario/parse.js';
import type { Parameter, Scenario } from '../types.js';
import { runScenario } from './run-scenario.js';

beforeAll(useSchemaValidator);

const fraction = (waarde: number, extra: Partial<Parameter> = {}): Parameter => ({
  waarde,
  eenheid: 'fractie',
  bron: 'aanname',
  ...extra,
});

/**
 * GMCA E&E1.0 (one person-year, not discounted) with the NHS saving at evidence grade 3 (correction
 * 20 %) and a fixed cost of GBP 1,000 at grade 4 (correction 30 %). The earnings have no grade.
 * By hand: NHS 566 × (1 − 0.2) = 452.80; cost 1,000 × (1 + 0.3) = 1,300;
 * society 452.80 + 14,044 − 1,300 = 13,196.80 (the benefit saving is a transfer).
 * Without the correction: 566 + 14,044 − 1,000 = 13,610.
 */
function graded(): Scenario {
  const s = clone(gmcaScenario());
  s.bewijsklassen['3'] = fraction(0.2);
  s.bewijsklassen['4'] = fraction(0.3);
  const nhs = s.regels.find((l) => l.id === 'nhs');
  if (!nhs) throw new Error('fixture without the NHS line');
  nhs.bewijsklasse = 3;
  s.regels.push({
    id: 'beheer',
    naam: { nl: 'Beheer', en: 'Management' },
    berekening: 'vast',
    categorie: 'kosten',
    soort: 'economisch',
    verzilverbaar: true,
    transfer: false,
    betaler: 'rijk',
    bewijsklasse: 4,
    eenheidswaarde: {
      waarde: 1000,
      eenheid: 'GBP/jaar',
      bron: 'aanname',
      prijsjaar: 2013,
    },
  });
  return s;
}

const pvOf = (r: ReturnType<typeof runScenario>, id: string) =>
  r.lines.find((l) => l.id === id)?.pv;

describe('optimism bias by evidence grade (hand-computed)', () => {
  it('lowers a graded benefit and raises a graded cost in the base case and in every draw', () => {
    const r = runScenario(graded(), { runs: 200, seed: 1 });
    expect(r.scenario.optimismInBaseCase).toBe(true);
    expect(pvOf(r, 'nhs')).toBeCloseTo(452.8, 6);
    expect(pvOf(r, 'beheer')).toBeCloseTo(1300, 6);
    expect(pvOf(r, 'inkomen')).toBeCloseTo(14_044, 6);
    expect(r.society.npv).toBeCloseTo(13_196.8, 6);
    // No input is uncertain: every draw equals the corrected base case.
    expect(r.monteCarlo.mean).toBeCloseTo(13_196.8, 6);
    expect(r.monteCarlo.p5).toBeCloseTo(13_196.8, 6);
  });

  it('optimismeInBasisgeval: false leaves the base case unadjusted while the Monte Carlo still corrects', () => {
    const s = graded();
    s.optimismeInBasisgeval = false;
    const r = runScenario(s, { runs: 200, seed: 1 });
    expect(r.scenario.optimismInBaseCase).toBe(false);
    expect(pvOf(r, 'nhs')).toBeCloseTo(566, 6);
    expect(pvOf(r, 'beheer')).toBeCloseTo(1000, 6);
    expect(r.society.npv).toBeCloseTo(13_610, 6);
    expect(r.monteCarlo.mean).toBeCloseTo(13_196.8, 6);
    expect(r.monteCarlo.p95).toBeCloseTo(13_196.8, 6);
  });

  it('an uncertain correction is drawn: triangular(0, 0.2, 0.4) on grade 3 averages 0.2', () => {
    const s = graded();
    s.bewijsklassen['3'] = fraction(0.2, { verdeling: { type: 'driehoek', min: 0, max: 0.4 } });
    const r = runScenario(s, { runs: 10_000, seed: 7 });
    // NHS 566 × (1 − X), X symmetric around 0.2: the mean stays 13,196.80; the spread is
    // 566 × sd(X) = 566 × 0.0816 ≈ 46, so 10,000 draws put the mean within ±3 of it.
    expect(r.monteCarlo.mean).toBeGreaterThan(13_196.8 - 3);
    expect(r.monteCarlo.mean).toBeLessThan(13_196.8 + 3);
    // Triangular(0, 0.2, 0.4): P(X > x) = (0.4 − x)² / 0.08 = 0.05 gives x = 0.4 − √0.004 = 0.33675,
    // so P5 and P95 of society lie 566 × 0.13675 = 77.40 either side of 13,196.80.
    expect(r.monteCarlo.p5).toBeCloseTo(13_119.4, -1);
    expect(r.monteCarlo.p95).toBeCloseTo(13_274.2, -1);
  });

  it('the standard rejects a switch that is not true or false, naming the field', () => {
    const raw = parseYaml(readExample('delft'), { merge: true });
    raw.optimismeInBasisgeval = 'ja';
    const parsed = parseScenario(stringify(raw));
    expect(parsed.scenario).toBeUndefined();
    const issue = parsed.issues.find((i) => i.path === '/optimismeInBasisgeval');
    expect(issue?.severity).toBe('error');
    expect(issue?.message.en).toMatch(/boolean/);
  });
});
