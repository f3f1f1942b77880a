// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExample, useSchemaValidator } from '../__fixtures__/scenarios.js';
import { buildDocument } from '../render/document.js';
import type { SettlementEntry, StakeholderResult } from '../result-types.js';
import { parseScenario } from '../scenario/parse.js';
import { runScenario } from './run-scenario.js';
import { cashCheck, localSettlement, paymentByResults } from './settlement-checks.js';

beforeAll(useSchemaValidator);

const party = (id: string, npv: number) => ({ id, npv }) as unknown as StakeholderResult;
const entry = (id: string, contribution: number, yearly: number[]) =>
  ({ id, contribution, yearly }) as unknown as SettlementEntry;

describe('a settlement a council can negotiate: hand-computed', () => {
  // Three parties: the operator short 100; the Rijk 300 ahead, all cashable; the insurer 50 ahead.
  // Two years, discount factors 1 and 0.5, payments from the first year: an annuity of 1.5.
  const input = {
    stakeholders: [party('exploitant', -100), party('rijk', 300), party('zorgverzekeraar', 50)],
    settles: [true, true, true],
    rawNpv: [-100, 300, 50],
    cashable: [0, 300, 50],
    discount: [1, 0.5],
    firstPaymentYear: 0,
    currency: 'EUR',
  };

  it('without the Rijk only the insurer’s 50 is there: 50 stays uncovered, 33.33 a year', () => {
    const local = localSettlement(input, 1);
    const byId = Object.fromEntries(local.settlement.map((e) => [e.id, e]));
    expect(byId.rijk!.contribution).toBe(0);
    expect(byId.zorgverzekeraar!.contribution).toBe(-50);
    expect(byId.exploitant!.contribution).toBe(50);
    expect(local.summary.shortfall).toBe(50);
    // 50 / (1 + 0.5) = 33.33 in each year from the base year.
    expect(local.uncovered).toEqual([33.33, 33.33]);
    expect(local.summary.warning?.en).toContain('stays uncovered');
  });

  it('nothing is uncovered before the base year', () => {
    const local = localSettlement({ ...input, firstPaymentYear: 1 }, 1);
    // 50 / 0.5 = 100 in the second year only.
    expect(local.uncovered).toEqual([0, 100]);
  });

  it('the cash check names the year in which a payment exceeds that year’s cashable surplus', () => {
    const entries = [entry('exploitant', 30, [20, 20]), entry('gemeente', -30, [-20, -20])];
    const check = cashCheck(
      entries,
      [
        [0, 0],
        [25, 10],
      ],
      [2026, 2027],
      'EUR',
    );
    expect(check.breaks).toEqual([{ id: 'gemeente', year: 2027, payment: 20, cashable: 10 }]);
    expect(check.warning?.nl).toContain('2027 gemeente');
    expect(
      cashCheck(
        entries,
        [
          [0, 0],
          [25, 25],
        ],
        [2026, 2027],
        'EUR',
      ).warning,
    ).toBeNull();
  });

  it('payment by results: 150 over 10 and 20 person-years (PV 10 + 20 × 0.5 = 20) is 7.50 each', () => {
    const entries = [entry('exploitant', 150, [0, 0]), entry('gemeente', -150, [0, 0])];
    const pbr = paymentByResults(entries, [150, -150], [10, 20], [1, 0.5], 0);
    expect(pbr.pvOutcomes).toBe(20);
    expect(pbr.contributors).toEqual([{ id: 'gemeente', perOutcome: 7.5, yearly: [75, 150] }]);
    // The PV of the payments at the planned outcomes is the contribution: 75 + 150 × 0.5 = 150.
  });

  it('Delft: the local settlement leaves the Rijk out and the full one records an instrument per contributor', () => {
    const r = runScenario(loadExample('delft'), { runs: 0 });
    const rijk = r.localSettlement.settlement.find((e) => e.id === 'rijk')!;
    expect(rijk.contribution).toBe(0);
    const sum = r.localSettlement.settlement.reduce((a, e) => a + e.contribution, 0);
    expect(Math.abs(sum)).toBeLessThan(0.05);
    expect(r.localSettlement.summary.shortfall).toBeGreaterThan(r.settlementSummary.shortfall);
    for (const e of r.settlement.filter((x) => x.contribution < 0))
      expect(e.instrument).not.toBeNull();
    expect(r.settlement.find((e) => e.id === 'gemeente')!.instrument).toBe('re-integratiebudget');
  });

  it('an instrument named in the scenario replaces the default and reaches the report', () => {
    const scenario = loadExample('delft');
    const gemeente = scenario.belanghebbenden.find((b) => b.id === 'gemeente');
    if (gemeente) gemeente.instrument = 'fonds-of-sib';
    else
      scenario.belanghebbenden.push({
        id: 'gemeente',
        naam: { nl: 'Gemeente', en: 'Municipality' },
        instrument: 'fonds-of-sib',
      });
    // The changed scenario is still valid against the standard.
    expect(
      parseScenario(JSON.stringify(scenario)).issues.filter((i) => i.severity === 'error'),
    ).toEqual([]);
    const r = runScenario(scenario, { runs: 0 });
    expect(r.settlement.find((e) => e.id === 'gemeente')!.instrument).toBe('fonds-of-sib');
    const doc = buildDocument(r, 'en');
    const table = doc.blocks.find((b) => b.kind === 'table' && b.head.includes('Instrument'));
    if (table?.kind !== 'table') throw new Error('no instrument table');
    expect(table.rows.find((row) => row[0] === r.stakeholders[1]!.name.en)?.[2]).toBe(
      'Foundation or social impact bond',
    );
  });
});
