// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The cross-field rules of a scenario, in reading order: the general parameters and the evidence
 * grades (units, currency, price index), the stakeholders, the cohorts and the lines. The schema has
 * checked the structure before these run; each rule stays quiet about what the schema reports.
 */
import { checkCohorts } from './cohort-rules.js';
import { checkCorrelations } from './correlation-rules.js';
import { type IssueCollector, isObject, type Json } from './issues.js';
import { checkLines } from './line-rules.js';
import { checkParameter, scenarioContext } from './parameter-rules.js';
import { checkPlausibility } from './plausibility-rules.js';
import { checkStakeholders } from './stakeholder-rules.js';
import { GRADE_UNITS, PARAMETER_UNITS } from './units.js';

const GRADES = ['1', '2', '3', '4', '5'] as const;

export function checkRules(root: Json, out: IssueCollector): void {
  if (!isObject(root)) return;
  const context = scenarioContext(root);
  if (isObject(root.parameters)) {
    const params = root.parameters;
    for (const [key, units] of Object.entries(PARAMETER_UNITS))
      checkParameter(params[key], ['parameters', key], context, out, units);
  }
  if (isObject(root.bewijsklassen)) {
    const grades = root.bewijsklassen;
    for (const grade of GRADES)
      checkParameter(grades[grade], ['bewijsklassen', grade], context, out, GRADE_UNITS[grade]);
  }
  checkStakeholders(root, out);
  checkCohorts(root, context, out);
  checkLines(root, context, out);
  checkPlausibility(root, out);
  checkCorrelations(root, out);
}
