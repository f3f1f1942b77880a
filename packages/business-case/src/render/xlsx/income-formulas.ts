// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Spreadsheet formulas for the household income calculation, the same arithmetic as
 * `income/tax.ts`: box 1 tax, the general, labour and combination tax credits, the allowances and
 * the child-related budget, each over cells that hold the income rules.
 *
 * The gross-up (the gross assistance that brings the net income to the norm) is solved in closed
 * form instead of by bisection: the net income of an assessed income x is min(x, h(x)) with
 * h(x) = x − box1(x) + general credit(x) + K, where K is the household's labour and combination
 * credit. Both are increasing, so the x that gives a net of T is max(T, h⁻¹(T)); h is piecewise
 * linear between the breakpoints of the brackets and of the credit's taper, and h⁻¹ is read from a
 * small table of those breakpoints (`GrossUpTable`).
 */
import type { IncomeRuleKey } from '../../income/rules.js';

/** The absolute reference of the cell that holds a rule's value. */
export type RuleRef = (key: IncomeRuleKey) => string;

/** Box 1 tax on a taxable income (before credits). */
export function box1Formula(r: RuleRef, taxable: string): string {
  const t = `MAX(0,${taxable})`;
  return `(MIN(${t},${r('bracket1Limit')})*${r('bracket1Rate')}+MAX(0,MIN(${t},${r('bracket2Limit')})-${r('bracket1Limit')})*${r('bracket2Rate')}+MAX(0,${t}-${r('bracket2Limit')})*${r('bracket3Rate')})`;
}

export function generalCreditFormula(r: RuleRef, taxable: string): string {
  return `MAX(0,${r('generalCreditMax')}-${r('generalCreditTaperRate')}*MAX(0,${taxable}-${r('generalCreditTaperStart')}))`;
}

export function labourCreditFormula(r: RuleRef, wage: string): string {
  const w = `MAX(0,${wage})`;
  const [l1, l2, l3] = [r('labourCreditLimit1'), r('labourCreditLimit2'), r('labourCreditLimit3')];
  const [r1, r2, r3] = [r('labourCreditRate1'), r('labourCreditRate2'), r('labourCreditRate3')];
  const at1 = `${l1}*${r1}`;
  const at2 = `(${at1}+(${l2}-${l1})*${r2})`;
  const max = `(${at2}+(${l3}-${l2})*${r3})`;
  return `IF(${w}<=${l1},${w}*${r1},IF(${w}<=${l2},${at1}+(${w}-${l1})*${r2},IF(${w}<=${l3},${at2}+(${w}-${l2})*${r3},MAX(0,${max}-(${w}-${l3})*${r('labourCreditTaperRate')}))))`;
}

/** The combination credit: a single parent's only (`partner` and `children` are cells). */
export function combinationCreditFormula(
  r: RuleRef,
  wage: string,
  partner: string,
  children: string,
): string {
  const start = r('combinationCreditStart');
  return `IF(OR(${partner}=1,${children}=0,${wage}<=${start}),0,MIN(${r('combinationCreditMax')},(${wage}-${start})*${r('combinationCreditRate')}))`;
}

/** Income tax after credits; `credits` is the cell sum of the labour and combination credits. */
export function incomeTaxFormula(r: RuleRef, taxable: string, credits: string): string {
  return `MAX(0,${box1Formula(r, taxable)}-(${generalCreditFormula(r, taxable)}+${credits}))`;
}

export function healthAllowanceFormula(r: RuleRef, assessed: string, partner: string): string {
  const threshold = r('healthThreshold');
  const premium = `${r('healthStandardPremium')}*IF(${partner}=1,2,1)`;
  const norm = `IF(${partner}=1,${r('healthNormCouple')},${r('healthNormSingle')})*${threshold}+${r('healthNormTaper')}*MAX(0,${assessed}-${threshold})`;
  return `MAX(0,${premium}-(${norm}))`;
}

export function rentAllowanceFormula(r: RuleRef, assessed: string, partner: string): string {
  return `MAX(0,IF(${partner}=1,${r('rentAllowanceCouple')},${r('rentAllowanceSingle')})-${r('rentAllowanceTaperRate')}*MAX(0,${assessed}-${r('rentAllowanceTaperStart')}))`;
}

export function childBudgetFormula(
  r: RuleRef,
  assessed: string,
  partner: string,
  children: string,
): string {
  const full = `${children}*${r('childBudgetPerChild')}+IF(${partner}=1,0,${r('childBudgetSingleParent')})`;
  const start = `IF(${partner}=1,${r('childBudgetTaperStartCouple')},${r('childBudgetTaperStartSingle')})`;
  return `IF(${children}=0,0,MAX(0,${full}-${r('childBudgetTaperRate')}*MAX(0,${assessed}-${start})))`;
}

/** The breakpoints of h (column of five cells, ascending), h − K at each, and the slope after each. */
export interface GrossUpTable {
  breakpoints: string;
  values: string;
  slopes: string;
}

/** The five breakpoints of h, unsorted: zero, both bracket limits, the start and end of the taper. */
export function breakpointFormulas(r: RuleRef): string[] {
  const start = r('generalCreditTaperStart');
  return [
    '0',
    r('bracket1Limit'),
    r('bracket2Limit'),
    start,
    `${start}+${r('generalCreditMax')}/${r('generalCreditTaperRate')}`,
  ];
}

/** h(q) − K at a breakpoint q: q − box1(q) + general credit(q). */
export function grossUpValueFormula(r: RuleRef, q: string): string {
  return `${q}-${box1Formula(r, q)}+${generalCreditFormula(r, q)}`;
}

/**
 * The assessed income (wage plus gross assistance) whose net income is `target`, for a household
 * whose labour and combination credits sum to `credits`.
 */
export function grossUpFormula(table: GrossUpTable, target: string, credits: string): string {
  const u = `(${target}-${credits})`;
  const m = `MATCH(${u},${table.values},1)`;
  return `MAX(${target},IFERROR(INDEX(${table.breakpoints},${m})+(${u}-INDEX(${table.values},${m}))/INDEX(${table.slopes},${m}),0))`;
}
