// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Runs a scenario: evaluates the compiled model once for the base case and assembles the result:
 * each party's financial view (transfers included) and social view (transfers out), society, the
 * operator's funding gap and break-even, then settlement, sensitivity and the Monte Carlo.
 */
import { scenarioHouseholdIncome } from '../income/for-scenario.js';
import { compileScenario } from '../model/compile.js';
import { Evaluator } from '../model/evaluate.js';
import { libraryEntry } from '../parameters/lookup.js';
import type { BusinessCaseResult, StakeholderResult } from '../result-types.js';
import { type Scenario, STAKEHOLDER_IDS, type StakeholderId } from '../types.js';
import { activityOf } from './activity.js';
import { correlationsOf } from './correlate.js';
import { discountScenarios } from './discount-scenarios.js';
import { assertFinite } from './finite.js';
import { monteCarlo } from './monte-carlo.js';
import { cents, ratio } from './numbers.js';
import { operatorFigures } from './operator.js';
import { payback, paybackResult } from './payback.js';
import { sensitivity } from './sensitivity.js';
import { settle } from './settlement.js';
import { cashCheck, localSettlement, paymentByResults } from './settlement-checks.js';
import { addUpViews, type PartyTotals } from './views.js';

export interface RunOptions {
  /** Monte Carlo runs; default 10,000; 0 skips the simulation. */
  runs?: number;
  /** Seed of the random generator; default 20260101. */
  seed?: number;
}

/** Computes the whole business case: both views, adjustments, sensitivity, Monte Carlo, settlement. */
export function runScenario(scenario: Scenario, options: RunOptions = {}): BusinessCaseResult {
  const runs = options.runs ?? 10_000;
  const seed = options.seed ?? 20260101;
  const model = compileScenario(scenario);
  const ev = new Evaluator(model);
  const base = ev.evaluate(model.base);
  const h = model.horizon;
  const years = model.years;
  const discount = Array.from(base.discount);
  const views = addUpViews(model, base);
  const pvOf = (a: number[]): number =>
    a.reduce((acc, x, i) => acc + x * (discount[i] as number), 0);
  const lines = views.lines.map(({ line, yearly, pv }) => ({
    id: line.id,
    name: line.name,
    calculation: line.calculation,
    category: line.category,
    type: line.type,
    cashable: line.cashable,
    transfer: line.transfer,
    funding: line.funding,
    payer: line.payer >= 0 ? (STAKEHOLDER_IDS[line.payer] as StakeholderId) : null,
    receiver: line.receiver >= 0 ? (STAKEHOLDER_IDS[line.receiver] as StakeholderId) : null,
    budget: line.budget,
    outputValuation: line.outputValuation,
    countsForSociety: line.social !== 'out',
    yearly: yearly.map(cents),
    pv: cents(pv),
  }));
  const stakeholders: StakeholderResult[] = model.stakeholders.map((s, si) => {
    const party = views.parties[si] as PartyTotals;
    const net = party.costs.map((x, i) => (party.benefits[i] as number) - x);
    let cum = 0;
    const cumulative = net.map((x) => {
      cum += x;
      return cents(cum);
    });
    const pvCosts = pvOf(party.costs);
    const pvBenefits = pvOf(party.benefits);
    return {
      id: s.id,
      name: s.name,
      pvCosts: cents(pvCosts),
      pvBenefits: cents(pvBenefits),
      npv: cents(pvBenefits - pvCosts),
      bcr: pvCosts > 0 ? ratio(pvBenefits / pvCosts) : null,
      payback: paybackResult(payback(net.map((x, i) => x * (discount[i] as number))), years),
      cashableNpv: cents(party.cashable),
      mkba: {
        pvCosts: cents(party.socialCosts),
        pvBenefits: cents(party.socialBenefits),
        npv: cents(party.socialBenefits - party.socialCosts),
      },
      byType: {
        fiscal: cents(party.byType.fiscal),
        economic: cents(party.byType.economic),
        social: cents(party.byType.social),
      },
      yearly: {
        costs: party.costs.map(cents),
        benefits: party.benefits.map(cents),
        net: net.map(cents),
        cumulativeNet: cumulative,
      },
    };
  });
  const society = views.society;
  let scum = 0;
  const societyCumulative = society.net.map((x) => {
    scum += x;
    return cents(scum);
  });
  // Unrounded NPVs, so the settlement matches the workbook's formulas to the cent.
  const rawNpv = views.parties.map((p) => pvOf(p.benefits) - pvOf(p.costs));
  const cashable = views.parties.map((p) => p.cashable);
  const operatorIndex = STAKEHOLDER_IDS.indexOf('exploitant');
  const operator = operatorFigures(model, ev, base, views, rawNpv[operatorIndex] as number);
  // Copy the drivers before further evaluations overwrite the evaluator's buffers.
  const activity = activityOf(base);
  const societyNpv = society.benefits - society.costs;
  // Participants' net income: money lines only (wages, tax, assistance lost, earnings elsewhere), not
  // the social value of work, which is welfare rather than income.
  const participantIndex = STAKEHOLDER_IDS.indexOf('deelnemers');
  const income = new Array<number>(h).fill(0);
  for (const { line, yearly } of views.lines) {
    if (line.type === 'sociaal') continue;
    for (let i = 0; i < h; i++) {
      if (line.receiver === participantIndex) income[i] += yearly[i] as number;
      if (line.payer === participantIndex) income[i] -= yearly[i] as number;
    }
  }

  // Settlement: deficits covered by gainers in proportion to their cashable surplus.

  const settlementInput = {
    stakeholders,
    settles: model.stakeholders.map((x) => x.settles),
    rawNpv,
    cashable,
    discount,
    firstPaymentYear: model.baseYear - model.startYear,
    currency: scenario.valuta,
    instruments: model.stakeholders.map((x) => x.instrument),
  };
  const settled = settle(settlementInput);
  const local = localSettlement(settlementInput, STAKEHOLDER_IDS.indexOf('rijk'));
  // Cashable net per party and year, undiscounted, for the cash check.
  const cashableYearly = STAKEHOLDER_IDS.map(() => new Array<number>(h).fill(0));
  for (const { line, yearly } of views.lines) {
    if (!line.cashable) continue;
    for (let i = 0; i < h; i++) {
      if (line.receiver >= 0) (cashableYearly[line.receiver] as number[])[i] += yearly[i] as number;
      if (line.payer >= 0) (cashableYearly[line.payer] as number[])[i] -= yearly[i] as number;
    }
  }
  const cash = cashCheck(settled.settlement, cashableYearly, years, scenario.valuta);
  const byResults = paymentByResults(
    settled.settlement,
    settled.settlement.map((x) => x.contribution),
    activity.workers,
    discount,
    model.baseYear - model.startYear,
  );
  const { switchingValues, tornado } = sensitivity(ev, model);
  const rates = discountScenarios(ev, model);
  const mc = monteCarlo(ev, model, runs, seed, correlationsOf(scenario, model));
  const households = scenarioHouseholdIncome(scenario);

  const result: BusinessCaseResult = {
    resultSchemaVersion: '2.0.0',
    scenario: {
      id: scenario.id,
      name: scenario.naam,
      region: scenario.regio ?? null,
      currency: scenario.valuta,
      priceYear: scenario.prijsjaar,
      startYear: scenario.startjaar,
      startMonth: model.startMonth,
      baseYear: model.baseYear,
      timeConvention: model.convention,
      outputValuation: model.outputValuation,
      optimismInBaseCase: model.optimismInBaseCase,
      horizonYears: h,
      discountRate: scenario.parameters.discontovoet.waarde,
    },
    years,
    stakeholders,
    society: {
      pvCosts: cents(society.costs),
      pvBenefits: cents(society.benefits),
      npv: cents(societyNpv),
      bcr: society.costs > 0 ? ratio(society.benefits / society.costs) : null,
      sroi: society.investment > 0 ? ratio(society.benefits / society.investment) : null,
      investment: cents(society.investment),
      payback: paybackResult(
        payback(society.net.map((x, i) => x * (discount[i] as number))),
        years,
      ),
      fiscalValue: cents(society.fiscalValue),
      fiscalByBody: society.fiscalByBody.map((b) => ({
        id: STAKEHOLDER_IDS[b.index] as StakeholderId,
        value: cents(b.value),
      })),
      economicValue: cents(society.economicValue),
      socialValue: cents(society.socialValue),
      publicValue: cents(society.publicValue),
      externalFunding: cents(society.externalFunding),
      yearly: { net: society.net.map(cents), cumulativeNet: societyCumulative },
    },
    lines,
    activity,
    participantsNetIncome: { yearly: income.map(cents), pv: cents(pvOf(income)) },
    householdIncome: households,
    ...operator,
    switchingValues,
    tornado,
    discountScenarios: rates,
    monteCarlo: mc,
    ...settled,
    localSettlement: local,
    cashCheck: cash,
    paymentByResults: byResults,
    inputs: model.inputs.map((input) => {
      const p = input.param;
      return {
        key: input.key,
        label: input.label,
        value: p.waarde,
        unit: p.eenheid,
        source: p.bron,
        sourceYear: p.bronJaar ?? null,
        priceYear: p.prijsjaar ?? null,
        assumption: p.bron === 'aanname',
        distribution: p.verdeling
          ? {
              type: p.verdeling.type,
              min: p.verdeling.min,
              mode: p.verdeling.modus ?? p.waarde,
              max: p.verdeling.max,
            }
          : null,
        grade:
          p.bewijsklasse ??
          (p.bibliotheek !== undefined ? libraryEntry(p.bibliotheek)?.bewijsklasse : undefined) ??
          (p.bron === 'aanname' ? 5 : null),
        library: p.bibliotheek ?? null,
      };
    }),
    warnings: [
      ...(mc.uncertainInputs === 0 && runs > 0
        ? [
            {
              nl: 'Geen enkele parameter heeft een verdeling: alle Monte Carlo-trekkingen zijn gelijk.',
              en: 'No parameter has a distribution: every Monte Carlo draw is the same.',
            },
          ]
        : []),
      ...households.warnings,
      ...(cash.warning ? [cash.warning] : []),
    ],
  };
  assertFinite(result, '');
  return result;
}
