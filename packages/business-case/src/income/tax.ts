// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Income tax and allowances for one household in a year, from the rules in `rules.ts`: box 1 tax
 * minus the general, labour and combination tax credits (never below zero), the health-care
 * allowance, the rent allowance and the child-related budget on the assessed income.
 */
import type { IncomeRules } from './rules.js';

export interface HouseholdShape {
  partner: boolean;
  children: number;
}

const v = (rules: IncomeRules, key: keyof IncomeRules): number => rules[key].value;

export function boxOneTax(taxable: number, r: IncomeRules): number {
  const l1 = v(r, 'bracket1Limit');
  const l2 = v(r, 'bracket2Limit');
  const t = Math.max(0, taxable);
  return (
    Math.min(t, l1) * v(r, 'bracket1Rate') +
    Math.max(0, Math.min(t, l2) - l1) * v(r, 'bracket2Rate') +
    Math.max(0, t - l2) * v(r, 'bracket3Rate')
  );
}

export function generalCredit(taxable: number, r: IncomeRules): number {
  const taper =
    v(r, 'generalCreditTaperRate') * Math.max(0, taxable - v(r, 'generalCreditTaperStart'));
  return Math.max(0, v(r, 'generalCreditMax') - taper);
}

export function labourCredit(wage: number, r: IncomeRules): number {
  const l1 = v(r, 'labourCreditLimit1');
  const l2 = v(r, 'labourCreditLimit2');
  const l3 = v(r, 'labourCreditLimit3');
  const w = Math.max(0, wage);
  const at1 = l1 * v(r, 'labourCreditRate1');
  const at2 = at1 + (l2 - l1) * v(r, 'labourCreditRate2');
  const max = at2 + (l3 - l2) * v(r, 'labourCreditRate3');
  if (w <= l1) return w * v(r, 'labourCreditRate1');
  if (w <= l2) return at1 + (w - l1) * v(r, 'labourCreditRate2');
  if (w <= l3) return at2 + (w - l2) * v(r, 'labourCreditRate3');
  return Math.max(0, max - (w - l3) * v(r, 'labourCreditTaperRate'));
}

/** The combination credit for a single parent with a child under 12 (a partner without earnings earns more, so a couple's only earner gets none). */
export function combinationCredit(wage: number, h: HouseholdShape, r: IncomeRules): number {
  if (h.partner || h.children === 0 || wage <= v(r, 'combinationCreditStart')) return 0;
  return Math.min(
    v(r, 'combinationCreditMax'),
    (wage - v(r, 'combinationCreditStart')) * v(r, 'combinationCreditRate'),
  );
}

/** Income tax after credits: credits reduce the tax to zero at most. */
export function incomeTax(
  taxable: number,
  wage: number,
  h: HouseholdShape,
  r: IncomeRules,
): number {
  const credits = generalCredit(taxable, r) + labourCredit(wage, r) + combinationCredit(wage, h, r);
  return Math.max(0, boxOneTax(taxable, r) - credits);
}

export function healthAllowance(assessed: number, h: HouseholdShape, r: IncomeRules): number {
  const threshold = v(r, 'healthThreshold');
  const premium = v(r, 'healthStandardPremium') * (h.partner ? 2 : 1);
  const norm =
    v(r, h.partner ? 'healthNormCouple' : 'healthNormSingle') * threshold +
    v(r, 'healthNormTaper') * Math.max(0, assessed - threshold);
  return Math.max(0, premium - norm);
}

export function rentAllowance(assessed: number, h: HouseholdShape, r: IncomeRules): number {
  const base = v(r, h.partner ? 'rentAllowanceCouple' : 'rentAllowanceSingle');
  const taper =
    v(r, 'rentAllowanceTaperRate') * Math.max(0, assessed - v(r, 'rentAllowanceTaperStart'));
  return Math.max(0, base - taper);
}

export function childBudget(assessed: number, h: HouseholdShape, r: IncomeRules): number {
  if (h.children === 0) return 0;
  const full =
    h.children * v(r, 'childBudgetPerChild') + (h.partner ? 0 : v(r, 'childBudgetSingleParent'));
  const start = v(r, h.partner ? 'childBudgetTaperStartCouple' : 'childBudgetTaperStartSingle');
  return Math.max(0, full - v(r, 'childBudgetTaperRate') * Math.max(0, assessed - start));
}

/**
 * The gross amount of assistance `g` on top of the wage that brings the net income (wage plus
 * assistance, after tax) to `targetNet`. Net income rises with `g` (the marginal rate is below 1),
 * so bisection finds it to well under a cent.
 */
export function grossUp(
  targetNet: number,
  wage: number,
  h: HouseholdShape,
  r: IncomeRules,
): number {
  const net = (g: number) => wage + g - incomeTax(wage + g, wage, h, r);
  if (net(0) >= targetNet) return 0;
  let lo = 0;
  let hi = Math.max(1, targetNet * 3);
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (net(mid) < targetNet) lo = mid;
    else hi = mid;
  }
  return hi;
}
