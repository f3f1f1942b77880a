// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { beforeAll, describe, expect, it } from 'vitest';
import { clone, gmcaScenario, loadExample, useSchemaValidator } from '../__fixtures__/scenarios.js';
import { parseScenario } from '../scenario/parse.js';
import { payback } from './payback.js';
import { runScenario } from './run-scenario.js';

beforeAll(() => useSchemaValidator());

describe('published figures', () => {
  it('reproduces GMCA E&E1.0: fiscal value 9,800 and public value 14,610 without the transfer', () => {
    const parsed = parseScenario(JSON.stringify(gmcaScenario()), 'json');
    expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const result = runScenario(parsed.scenario!, { runs: 0 });
    expect(result.society.fiscalValue).toBe(9800);
    expect(result.society.economicValue).toBe(14044);
    expect(result.society.publicValue).toBe(14610);
    // The benefit saving is a transfer: it moves money between the claimant and government only.
    expect(result.society.npv).toBe(14610);
    const rijk = result.stakeholders.find((s) => s.id === 'rijk')!;
    expect(rijk.npv).toBe(9234);
    expect(rijk.mkba.npv).toBe(0);
  });
});

describe('hand-checkable cases', () => {
  it('at a 0 % discount rate the NPV is the plain sum of the yearly nets', () => {
    const scenario = loadExample('delft');
    scenario.parameters.discontovoet.waarde = 0;
    const result = runScenario(scenario, { runs: 0 });
    for (const s of result.stakeholders) {
      const plain = s.yearly.net.reduce((a, b) => a + b, 0);
      expect(s.npv).toBeCloseTo(plain, 1);
      expect(s.yearly.cumulativeNet.at(-1)).toBeCloseTo(s.npv, 1);
    }
    const societyPlain = result.society.yearly.net.reduce((a, b) => a + b, 0);
    expect(result.society.npv).toBeCloseTo(societyPlain, 1);
  });

  it('discounts to the base year: each year counts (1 + r)^−(year − base year)', () => {
    const result = runScenario(loadExample('delft'), { runs: 0 });
    const base = result.scenario.baseYear;
    const byHand = result.society.yearly.net.reduce(
      (a, x, i) => a + x * 1.0225 ** -(result.years[i]! - base),
      0,
    );
    expect(result.society.npv).toBeCloseTo(byHand, 0);
    // Discounted to the start year instead, a positive later stream is worth less than its plain sum.
    const atStart = loadExample('delft');
    delete atStart.basisjaar;
    const early = runScenario(atStart, { runs: 0 });
    const plain = early.society.yearly.net.reduce((a, b) => a + b, 0);
    expect(early.society.npv).toBeLessThan(plain);
  });

  it('the settlement sums to zero and leaves no settling payer below zero when covered', () => {
    const result = runScenario(loadExample('delft'), { runs: 0 });
    const total = result.settlement.reduce((a, s) => a + s.contribution, 0);
    expect(Math.abs(total)).toBeLessThan(0.05);
    for (let y = 0; y < result.years.length; y++) {
      expect(Math.abs(result.settlement.reduce((a, s) => a + (s.yearly[y] ?? 0), 0))).toBeLessThan(
        0.05,
      );
    }
    const payers = result.settlement.filter((s) => s.deficit > 0);
    expect(payers.length).toBeGreaterThan(0);
    if (result.settlementSummary.shortfall === 0) {
      for (const p of payers) expect(p.npvAfter).toBeGreaterThanOrEqual(-0.05);
      expect(result.settlementSummary.warning).toBeNull();
    }
    const gainers = result.settlement.filter((s) => s.contribution < 0);
    for (const g of gainers) expect(-g.contribution).toBeLessThanOrEqual(g.cashableSurplus + 0.01);
  });

  it('warns in plain words when the cashable surplus cannot cover the deficits', () => {
    const scenario = loadExample('delft');
    scenario.parameters.tariefAbonnement.waarde = 5;
    // Only the municipality may settle across domains here; its cashable surplus is too small.
    for (const s of scenario.belanghebbenden)
      if (s.id === 'rijk' || s.id === 'zorgverzekeraar') s.verrekenen = false;
    const result = runScenario(scenario, { runs: 0 });
    expect(result.settlementSummary.shortfall).toBeGreaterThan(0);
    expect(result.settlementSummary.warning?.nl).toMatch(/niet genoeg/);
    expect(result.settlementSummary.warning?.en).toMatch(/cannot cover/);
  });

  it('society NPV equals the stakeholders NPVs with transfers netted out', () => {
    const result = runScenario(loadExample('delft'), { runs: 0 });
    const sumFinancial = result.stakeholders.reduce((a, s) => a + s.npv, 0);
    expect(result.society.npv).toBeCloseTo(sumFinancial - result.society.externalFunding, 0);
    const sumMkba = result.stakeholders.reduce((a, s) => a + s.mkba.npv, 0);
    expect(result.society.npv).toBeCloseTo(sumMkba, 0);
  });

  it('doubling every cohort doubles every line that scales with people', () => {
    const base = loadExample('delft');
    const doubled = clone(base);
    for (const c of doubled.cohorten) c.instroom.waarde *= 2;
    const a = runScenario(base, { runs: 0 });
    const b = runScenario(doubled, { runs: 0 });
    let checked = 0;
    a.lines.forEach((line, i) => {
      const other = b.lines[i]!;
      if (line.calculation === 'vast') {
        expect(other.pv).toBeCloseTo(line.pv, 2);
        return;
      }
      expect(other.pv).toBeCloseTo(line.pv * 2, 0);
      checked++;
    });
    expect(checked).toBeGreaterThan(10);
  });

  it('assistance saved follows earnings so that supplementary assistance keeps running', () => {
    const scenario = loadExample('delft');
    delete scenario.regels.find((l) => l.id === 'bijstand')!.deadweight;
    const result = runScenario(scenario, { runs: 0 });
    const line = result.lines.find((l) => l.calculation === 'bijstand')!;
    const workers = result.activity.workers[0]!;
    const perWorker = line.yearly[0]! / workers;
    // 16 h × 52 weeks × 14.71 × 1.08 × (1 − 0.04) is below the yearly norm of 12 × 1,395.
    const earnings = 16 * 52 * 14.71 * 1.08 * (1 - 0.04);
    expect(perWorker).toBeCloseTo(earnings, 0);
    expect(perWorker).toBeLessThan(12 * 1395);
    scenario.cohorten[0]!.urenPerWeek.waarde = 36;
    const full = runScenario(scenario, { runs: 0 });
    const fullLine = full.lines.find((l) => l.calculation === 'bijstand')!;
    expect(fullLine.yearly[0]! / full.activity.workers[0]!).toBeCloseTo(12 * 1395, 0);
  });

  it('skims off the share the municipality does not keep to central government', () => {
    const result = runScenario(loadExample('delft'), { runs: 0 });
    const saved = result.lines.find((l) => l.id === 'bijstand')!;
    const skimmed = result.lines.find((l) => l.id === 'bijstand-afroming')!;
    expect(skimmed.payer).toBe('gemeente');
    expect(skimmed.receiver).toBe('rijk');
    expect(skimmed.pv).toBeCloseTo(saved.pv * 0.5, 1);
  });

  it('break-even tariff brings the operator NPV to zero', () => {
    const scenario = loadExample('delft');
    const result = runScenario(scenario, { runs: 0 });
    // The break-even tariff is reported at the scenario price year; the input has its own price year.
    const tariff = result.breakEven.tariff.value!;
    const p = scenario.parameters;
    const index =
      (1 + (p.prijsindex?.waarde ?? 0)) **
      (scenario.prijsjaar - (p.tariefAbonnement.prijsjaar ?? scenario.prijsjaar));
    expect(result.breakEven.tariff.base).toBeCloseTo(p.tariefAbonnement.waarde * index, 2);
    scenario.parameters.tariefAbonnement.waarde = tariff / index;
    const again = runScenario(scenario, { runs: 0 });
    const revenue = again.lines.find((l) => l.calculation === 'abonnement')!.pv;
    // The tariff is rounded to the cent: the NPV is zero within half a cent per billable hour.
    const halfCent = (revenue / tariff) * 0.005;
    expect(Math.abs(again.stakeholders.find((s) => s.id === 'exploitant')!.npv)).toBeLessThan(
      halfCent,
    );
    expect(result.stakeholders.find((s) => s.id === 'exploitant')!.npv).toBeLessThan(-halfCent);
  });

  it('switching values bring the society NPV to zero', () => {
    const scenario = loadExample('delft');
    const result = runScenario(scenario, { runs: 0 });
    const sv = result.switchingValues.find(
      (s) => s.key === 'regels[5].eenheidswaarde' && s.value !== null,
    )!;
    expect(sv).toBeDefined();
    scenario.regels[5]!.eenheidswaarde!.waarde = sv.value!;
    expect(Math.abs(runScenario(scenario, { runs: 0 }).society.npv)).toBeLessThan(50);
    // A pure transfer cannot switch the social NPV.
    expect(
      result.switchingValues.find((s) => s.key === 'parameters.behoudAandeelGemeente')!.value,
    ).toBeNull();
  });

  it('the Monte Carlo is seeded: same seed same percentiles, another seed different ones', () => {
    const scenario = loadExample('delft');
    const a = runScenario(scenario, { runs: 2000, seed: 7 }).monteCarlo;
    const b = runScenario(scenario, { runs: 2000, seed: 7 }).monteCarlo;
    const c = runScenario(scenario, { runs: 2000, seed: 8 }).monteCarlo;
    expect(a).toEqual(b);
    expect(c.p50).not.toBe(a.p50);
    expect(a.p5).toBeLessThan(a.p50);
    expect(a.p50).toBeLessThan(a.p95);
    expect(a.histogram.counts.reduce((x, y) => x + y, 0)).toBe(2000);
    expect(a.stakeholders).toHaveLength(8);
    expect(a.probabilityPositive).toBeGreaterThanOrEqual(0);
    expect(a.probabilityPositive).toBeLessThanOrEqual(1);
  });

  it('persistence comes from the cohort or from drop-off, never both', () => {
    const scenario = loadExample('delft');
    const line = scenario.regels.find((l) => l.berekening === 'per-werkende')!;
    line.afname = { waarde: 0.2, eenheid: 'fractie', bron: 'aanname' };
    const parsed = parseScenario(JSON.stringify(scenario), 'json');
    expect(parsed.scenario).toBeUndefined();
    const issue = parsed.issues.find((i) => i.code === 'scenario.persistenceTwice')!;
    expect(issue.path).toMatch(/^\/regels\/\d+\/afname$/);
  });

  it('drop-off makes an outflow effect fade year by year, counting the year of leaving in part', () => {
    // Cohorts that start in January without training, so that every year is a whole window and
    // leavers leave half-way through it (mid-year convention).
    const scenario = loadExample('delft');
    for (const c of scenario.cohorten) {
      delete c.startmaand;
      delete c.trainingWeken;
    }
    delete scenario.startmaand;
    const result = runScenario(scenario, { runs: 0 });
    const regular = result.lines.find((l) => l.id === 'inkomen-regulier')!;
    // In 2021 the 2021 leavers count half a year; in 2022 the 2022 leavers half a year and the 2021
    // leavers a whole year at 85 %.
    const out = result.activity.outflow.regularJob;
    const factor = regular.yearly[0]! / (out[0]! * 0.5);
    expect(regular.yearly[1]! / factor).toBeCloseTo(out[1]! * 0.5 + out[0]! * 0.85, 2);
  });
});

describe('payback', () => {
  it('finds the year and month in which the cumulative net turns positive for good', () => {
    // −100, then +60 a year: −40 after year 2, +20 after year 3; 40/60 of year 3 is month 8.
    expect(payback([-100, 60, 60])).toEqual({ status: 'year', index: 2, month: 8 });
    expect(payback([-100, 100])).toEqual({ status: 'year', index: 1, month: 12 });
  });

  it('tells a party that never recovers from one that is positive from the first year', () => {
    // Positive, then negative again at the end: no lasting payback within the horizon.
    expect(payback([-100, 150, -80])).toEqual({ status: 'notWithinHorizon' });
    expect(payback([-100, -10])).toEqual({ status: 'notWithinHorizon' });
    // Never negative: nothing to pay back.
    expect(payback([10, 10])).toEqual({ status: 'alwaysPositive' });
    expect(payback([0, 0])).toEqual({ status: 'noFlows' });
  });

  it('reports payback as calendar year and month in the result', () => {
    const result = runScenario(gmcaScenario(), { runs: 0 });
    // GMCA: central government and the insurer gain from the first year; the claimant loses the
    // benefit (a transfer) but gains the earnings; parties without lines have no money at all.
    const status = Object.fromEntries(result.stakeholders.map((s) => [s.id, s.payback.status]));
    expect(status.rijk).toBe('alwaysPositive');
    expect(status.zorgverzekeraar).toBe('alwaysPositive');
    expect(status.gemeente).toBe('noFlows');
    // At a higher tariff the operator starts in deficit (training, start-up) and earns it back.
    const scenario = loadExample('delft');
    scenario.parameters.tariefAbonnement.waarde = 36;
    const delft = runScenario(scenario, { runs: 0 });
    const operator = delft.stakeholders.find((s) => s.id === 'exploitant')!;
    expect(operator.npv).toBeGreaterThan(0);
    const pb = operator.payback;
    if (pb.status !== 'year') throw new Error(`expected a payback year, found ${pb.status}`);
    expect(delft.years).toContain(pb.year);
    expect(pb.month).toBeGreaterThanOrEqual(1);
    expect(pb.month).toBeLessThanOrEqual(12);
    // Before the payback year the discounted cumulative net is negative.
    const index = delft.years.indexOf(pb.year);
    let cumulative = 0;
    for (let i = 0; i < index; i++) cumulative += operator.yearly.net[i]! * 1.0225 ** -i;
    expect(cumulative).toBeLessThan(0);
  });
});

describe("participants' net income", () => {
  it('counts money only: below the norm, extra wages are eaten by the assistance that stops', () => {
    const scenario = loadExample('delft');
    const result = runScenario(scenario, { runs: 0 });
    const participants = result.stakeholders.find((s) => s.id === 'deelnemers')!;
    const social = result.lines
      .filter((l) => l.type === 'sociaal' && l.receiver === 'deelnemers')
      .reduce((a, l) => a + l.pv, 0);
    expect(social).toBeGreaterThan(0);
    expect(result.participantsNetIncome.pv).toBeCloseTo(participants.npv - social, 0);
    // Hub workers earn less than the norm, so wage minus tax minus assistance lost is zero for them;
    // what is left comes from people who moved on to regular jobs.
    const hubOnly = loadExample('delft');
    hubOnly.regels = hubOnly.regels.filter((l) =>
      ['loon', 'loonheffing', 'bijstand'].includes(l.id),
    ) as typeof hubOnly.regels;
    for (const l of hubOnly.regels) delete l.deadweight;
    const trap = runScenario(hubOnly, { runs: 0 });
    expect(Math.abs(trap.participantsNetIncome.pv)).toBeLessThan(1);
  });
});
