// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The operator's own figures: its yearly funding gap (onrendabele top) before and after start-up
 * money, and the break-even tariff and subscriptions. The operator's NPV is linear in its
 * subscription revenue, so the break-even tariff is the tariff scaled by 1 − NPV / revenue.
 */
import type { CompiledModel } from '../model/compile.js';
import type { Evaluation, Evaluator } from '../model/evaluate.js';
import type { BusinessCaseResult } from '../result-types.js';
import { STAKEHOLDER_IDS } from '../types.js';
import { cents, ratio, sum } from './numbers.js';
import type { Views } from './views.js';

export function operatorFigures(
  model: CompiledModel,
  evaluator: Evaluator,
  evaluation: Evaluation,
  views: Views,
  operatorNpv: number,
): Pick<BusinessCaseResult, 'fundingGap' | 'breakEven'> {
  const discount = Array.from(evaluation.discount);
  const pvOf = (a: number[]): number =>
    a.reduce((acc, x, i) => acc + x * (discount[i] as number), 0);
  const operator = views.parties[STAKEHOLDER_IDS.indexOf('exploitant')];
  const costs = operator?.costs ?? [];
  const benefits = operator?.benefits ?? [];
  const funding = views.fundingYearly;
  const gap = costs.map((c, i) =>
    Math.max(0, c - ((benefits[i] as number) - (funding[i] as number))),
  );
  const remaining = gap.map((x, i) => Math.max(0, x - (funding[i] as number)));
  const g = model.g as Record<string, number>;
  const baseTariff = evaluator.money(model.base, g.tariefAbonnement as number);
  const revenue = views.subscriptionRevenuePv;
  const scale = revenue > 0 ? 1 - operatorNpv / revenue : null;
  const workers = Array.from(evaluation.drivers.workers);
  const activeYears = workers.filter((w) => w > 0).length;
  const baseSubs = activeYears > 0 ? sum(evaluation.drivers.subscriptions) / activeYears : 0;
  return {
    fundingGap: {
      yearly: gap.map(cents),
      funding: funding.map(cents),
      remaining: remaining.map(cents),
      pv: cents(pvOf(gap)),
      pvRemaining: cents(pvOf(remaining)),
    },
    breakEven: {
      tariff: { base: cents(baseTariff), value: scale === null ? null : cents(baseTariff * scale) },
      subscriptionsPerYear: {
        base: ratio(baseSubs),
        value: scale === null ? null : ratio(baseSubs * scale),
      },
    },
  };
}
