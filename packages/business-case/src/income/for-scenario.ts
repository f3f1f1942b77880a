// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The household incomes of a scenario: its wage, hours, weeks and norm, with the income rules. */
import type { BusinessCaseResult } from '../result-types.js';
import type { Scenario } from '../types.js';
import { householdIncome } from './household.js';
import { INCOME_RULES_2025, type IncomeRules } from './rules.js';

export function scenarioHouseholdIncome(
  scenario: Scenario,
  rules: IncomeRules = INCOME_RULES_2025,
): BusinessCaseResult['householdIncome'] {
  const p = scenario.parameters;
  const cohort = scenario.cohorten[0];
  const hoursPerWeek = cohort?.urenPerWeek.waarde ?? 16;
  const paidWeeks = cohort?.betaaldeWeken.waarde ?? 52;
  const paid = p.uurloon.waarde > 0 && hoursPerWeek > 0;
  const { households, warnings } = householdIncome({
    hourlyWage: p.uurloon.waarde,
    holidayPay: p.vakantiegeld.waarde,
    hoursPerWeek,
    paidWeeks,
    singleNormMonth: p.bijstandsnormMaand.waarde,
    rules,
  });
  const rulesYear = Math.max(...Object.values(rules).map((x) => x.year));
  const rulesNote =
    !paid || rulesYear === scenario.prijsjaar
      ? null
      : {
          nl: `De inkomensberekening per huishouden gebruikt de regels van ${rulesYear} (belastingen, toeslagen, vrijlating), niet geïndexeerd naar het prijsjaar ${scenario.prijsjaar}: de regels van ${scenario.prijsjaar} waren hier niet beschikbaar. Regels met status "invoer" moet u zelf bevestigen.`,
          en: `The household income calculation uses the ${rulesYear} rules (taxes, allowances, disregard), not indexed to the price year ${scenario.prijsjaar}: the ${scenario.prijsjaar} rules were not available here. Rules with the status "input" are yours to confirm.`,
        };
  return {
    applicable: paid,
    hoursPerWeek,
    paidWeeks,
    hourlyWage: p.uurloon.waarde,
    rulesYear,
    households: paid ? households : [],
    rules: Object.entries(rules).map(([key, x]) => ({ key, ...x })),
    warnings: paid ? warnings : [],
    rulesNote,
  };
}
