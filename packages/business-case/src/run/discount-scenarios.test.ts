// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { beforeAll, describe, expect, it } from 'vitest';
import { clone, gmcaScenario, loadExample, useSchemaValidator } from '../__fixtures__/scenarios.js';
import { runScenario } from './run-scenario.js';

beforeAll(useSchemaValidator);

describe('the discount rate as a scenario', () => {
  it('each rate gives the NPV that a run at that rate gives', () => {
    const scenario = loadExample('delft');
    const r = runScenario(scenario, { runs: 0 });
    expect(r.discountScenarios.map((x) => x.rate)).toEqual([0.0225, -0.01, 0.03]);
    expect(r.discountScenarios.filter((x) => x.scenario).map((x) => x.rate)).toEqual([0.0225]);
    for (const x of r.discountScenarios) {
      const again = clone(scenario);
      again.parameters.discontovoet.waarde = x.rate;
      const direct = runScenario(again, { runs: 0 });
      expect(x.societyNpv).toBeCloseTo(direct.society.npv, 1);
      x.npv.forEach((p, i) => {
        expect(p.npv).toBeCloseTo(direct.stakeholders[i]!.npv, 1);
      });
    }
    // The rate matters: three rates, three different NPVs.
    expect(new Set(r.discountScenarios.map((x) => x.societyNpv)).size).toBe(3);
  });

  it('a scenario with its own rate gets it first, beside the standard ones (hand-computed one year)', () => {
    // GMCA E&E1.0 at 3.5 %: one year, discounted to its own start year, so every rate gives the
    // public value: the 9,234 of benefit is a transfer, 14,044 + 566 = 14,610.
    const r = runScenario(gmcaScenario(), { runs: 0 });
    expect(r.discountScenarios.map((x) => x.rate)).toEqual([0.035, 0.0225, -0.01, 0.03]);
    expect(r.discountScenarios[0]!.scenario).toBe(true);
    for (const x of r.discountScenarios) expect(x.societyNpv).toBeCloseTo(14_610, 2);
  });
});
