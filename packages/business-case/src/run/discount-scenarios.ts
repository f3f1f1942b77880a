// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The discount rate as a scenario: society's and each party's NPV at the standard rate of the
 * Werkgroep discontovoet 2020 (2.25 % real) and its alternatives (−1 %, the risk-free rate for
 * provably risk-free flows; 3 %, the standard before 2020), and at the scenario's own rate.
 */
import type { CompiledModel } from '../model/compile.js';
import type { Evaluator } from '../model/evaluate.js';
import type { BusinessCaseResult } from '../result-types.js';
import { STAKEHOLDER_IDS } from '../types.js';
import { cents } from './numbers.js';

const RATES = [
  {
    rate: 0.0225,
    label: {
      nl: 'Standaard (Werkgroep discontovoet 2020: −1 % risicovrij + 3,25 % risico-opslag)',
      en: 'Standard (Werkgroep discontovoet 2020: −1 % risk-free + 3.25 % risk premium)',
    },
  },
  {
    rate: -0.01,
    label: {
      nl: 'Risicovrij (alleen voor aantoonbaar risicovrije stromen)',
      en: 'Risk-free (only for provably risk-free flows)',
    },
  },
  { rate: 0.03, label: { nl: 'Standaard vóór 2020', en: 'Standard before 2020' } },
];

export function discountScenarios(
  ev: Evaluator,
  model: CompiledModel,
): BusinessCaseResult['discountScenarios'] {
  const index = model.inputIndex.get('parameters.discontovoet');
  if (index === undefined) return [];
  const own = model.base[index] as number;
  const rates = RATES.some((r) => Math.abs(r.rate - own) < 1e-12)
    ? RATES
    : [{ rate: own, label: { nl: 'Dit scenario', en: 'This scenario' } }, ...RATES];
  const v = Float64Array.from(model.base);
  return rates.map(({ rate, label }) => {
    v[index] = rate;
    const e = ev.evaluate(v);
    return {
      rate,
      label,
      scenario: Math.abs(rate - own) < 1e-12,
      societyNpv: cents(e.societyNpv),
      npv: STAKEHOLDER_IDS.map((id, s) => ({ id, npv: cents(e.npv[s] as number) })),
    };
  });
}
