// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { householdIncome } from './household.js';
import { INCOME_RULES_2025 } from './rules.js';
import { grossUp, incomeTax, labourCredit } from './tax.js';

const delftJob = { hourlyWage: 14.71, holidayPay: 0.08, hoursPerWeek: 16, singleNormMonth: 1395 };
const single = { partner: false, children: 0 };

describe('what the workers gain: hand-computed with the 2025 rules', () => {
  it('taxes a 16-hour minimum-wage job: box 1 minus the general and labour credits', () => {
    // Gross 14.71 × 1.08 × 16 h × 52 weeks = 13,217.82; box 1 at 35.82 % = 4,734.62.
    const wage = 14.71 * 1.08 * 16 * 52;
    expect(wage).toBeCloseTo(13_217.82, 2);
    // Labour credit: 12,169 × 8.053 % + (13,217.82 − 12,169) × 30.03 % = 979.97 + 314.96 = 1,294.93.
    expect(labourCredit(wage, INCOME_RULES_2025)).toBeCloseTo(1294.93, 2);
    // Tax: 4,734.62 − 3,068 (general credit, below its taper) − 1,294.93 = 371.69.
    expect(incomeTax(wage, wage, single, INCOME_RULES_2025)).toBeCloseTo(371.69, 2);
  });

  it('the credits never take the tax below zero', () => {
    expect(incomeTax(5000, 5000, single, INCOME_RULES_2025)).toBe(0);
  });

  it('grosses up assistance: net = 0.6418 g + 3,068 gives g = 21,302.59 for the 16,740 norm', () => {
    expect(grossUp(16_740, 0, single, INCOME_RULES_2025)).toBeCloseTo(21_302.59, 1);
  });

  it('a single person: assistance, the job with the disregard, after it, and the marginal pressure', () => {
    const { households } = householdIncome(delftJob);
    const s = households.find((x) => x.type === 'alleenstaand')!;
    const [assistance, withDisregard, job] = s.states;
    // On assistance: the norm 16,740 plus health-care allowance 2,112 − 1.879 % × 28,406 = 1,578.25
    // plus rent allowance 3,000 − 27 % × (21,302.59 − 18,000) = 2,108.30.
    expect(assistance!.netIncome).toBeCloseTo(20_426.55, 1);
    expect(assistance!.healthAllowance).toBeCloseTo(1578.25, 2);
    expect(assistance!.rentAllowance).toBeCloseTo(2108.3, 1);
    // In the job after the disregard: net wage 12,846.12, topped up by 3,893.88 to the norm; the
    // gross top-up is 3,893.88 / 0.6418 = 6,067.12, assessed income 19,284.93, rent allowance 2,653.07.
    expect(job!.netWage).toBeCloseTo(12_846.12, 1);
    expect(job!.assistance).toBeCloseTo(3893.88, 1);
    expect(job!.assessedIncome).toBeCloseTo(19_284.93, 1);
    expect(job!.netIncome).toBeCloseTo(20_971.32, 1);
    // With the disregard: 25 % × 12,846.12 = 3,211.53, capped at 264 × 12 = 3,168 a year.
    expect(withDisregard!.disregard).toBe(3168);
    expect(withDisregard!.assistance).toBeCloseTo(7061.88, 1);
    expect(withDisregard!.netIncome).toBeCloseTo(22_806.57, 1);
    // Marginal pressure of the step into the job: 1 − (22,806.57 − 20,426.55) / 13,217.82 = 0.8199.
    expect(s.steps[0]!.marginalPressure).toBeCloseTo(0.8199, 3);
    // The end of the disregard changes no wage: no marginal pressure, a loss of 1,835.25.
    expect(s.steps[1]!.marginalPressure).toBeNull();
    expect(s.steps[1]!.netChange).toBeCloseTo(-1835.25, 1);
    expect(s.gainFromWork).toBeCloseTo(544.77, 1);
  });

  it('warns for a household type that gains nothing from the job', () => {
    // Without rent allowance the single person's only gain is gone: same net as on assistance.
    const rules = structuredClone(INCOME_RULES_2025);
    rules.rentAllowanceSingle.value = 0;
    rules.rentAllowanceCouple.value = 0;
    const { households, warnings } = householdIncome({ ...delftJob, rules });
    const s = households.find((x) => x.type === 'alleenstaand')!;
    expect(s.gainFromWork).toBeCloseTo(0, 2);
    expect(warnings.some((w) => w.en.startsWith('Single:'))).toBe(true);
    expect(warnings.some((w) => w.nl.includes('niet op vooruit'))).toBe(true);
  });

  it('a couple uses the couple norm (100/70 of the single norm) and a single parent gets the child budget', () => {
    const { households } = householdIncome(delftJob);
    const couple = households.find((x) => x.type === 'paar')!;
    expect(couple.states[0]!.netWage + couple.states[0]!.assistance).toBeCloseTo(
      (1395 * 12 * 100) / 70,
      1,
    );
    const parent = households.find((x) => x.type === 'alleenstaande-ouder')!;
    // Assessed income 21,302.59 is below the 28,406 taper start: 2,511 + 3,480 in full.
    expect(parent.states[0]!.childBudget).toBe(5991);
    // A single parent with a child gets the combination credit, so less gross is needed in the job.
    expect(parent.states[2]!.incomeTax).toBeLessThan(households[0]!.states[2]!.incomeTax);
  });
});
