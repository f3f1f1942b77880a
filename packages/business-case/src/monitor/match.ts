// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Does the package fit the scenario? Data cohorts (`YYYY-MM`) are matched to the scenario's
 * cohorts: a data cohort belongs to the scenario cohort that started last at or before it, when
 * that start is less than a year earlier (a yearly scenario cohort takes the classes of its year).
 * Also checked: the region (the scenario's `GMxxxx` code against the participants' municipality)
 * and whether the package's months overlap the scenario's horizon.
 */
import type { Scenario } from '../types.js';
import { monthLabel, monthOfLabel } from './dates.js';
import type { MonitorIssue, PackageActuals } from './types.js';

/** Month index of each scenario cohort's start. */
export function scenarioCohortMonths(scenario: Scenario): number[] {
  return scenario.cohorten.map((c) => c.startjaar * 12 + (c.startmaand ?? 1) - 1);
}

/** The scenario cohort (index) a data cohort belongs to, or -1. */
export function matchCohort(scenario: Scenario, cohort: string): number {
  const month = monthOfLabel(cohort);
  if (!Number.isFinite(month)) return -1;
  const starts = scenarioCohortMonths(scenario);
  let best = -1;
  starts.forEach((start, i) => {
    if (start <= month && month - start < 12 && (best < 0 || start > (starts[best] as number)))
      best = i;
  });
  return best;
}

export interface Fit {
  /** Data cohort → scenario cohort index. */
  cohortIndex: Map<string, number>;
  issues: MonitorIssue[];
}

/** Matches cohorts and checks region and period; errors mean the package cannot be compared. */
export function fitPackage(scenario: Scenario, actuals: PackageActuals): Fit {
  const issues: MonitorIssue[] = [];
  const cohortIndex = new Map<string, number>();
  if (actuals.total.participants === 0)
    issues.push({
      code: 'no-participants',
      severity: 'error',
      message: {
        nl: 'het datapakket bevat geen deelnemers (deelnemers.*): zonder deelnemers is er niets te vergelijken met het scenario',
        en: 'the data package holds no participants (deelnemers.*): without participants there is nothing to compare with the scenario',
      },
    });
  const unmatched: string[] = [];
  for (const c of actuals.cohorts) {
    if (c.cohort === '?') continue;
    const index = matchCohort(scenario, c.cohort);
    if (index >= 0) cohortIndex.set(c.cohort, index);
    else if (c.intake > 0) unmatched.push(c.cohort);
  }
  if (unmatched.length > 0) {
    const list = scenario.cohorten
      .map((c) => `${c.id} (${monthLabel(c.startjaar * 12 + (c.startmaand ?? 1) - 1)})`)
      .join(', ');
    const matchedAny = cohortIndex.size > 0;
    issues.push({
      code: 'unmatched-cohort',
      severity: matchedAny ? 'warning' : 'error',
      message: {
        nl: `cohort ${unmatched.join(', ')} in het datapakket past bij geen scenariocohort (verwacht een start in de twaalf maanden na ${list}); voeg een cohort toe aan het scenario of controleer het veld cohort van de deelnemers`,
        en: `cohort ${unmatched.join(', ')} in the data package matches no scenario cohort (expected a start within twelve months after ${list}); add a cohort to the scenario or check the participants' cohort field`,
      },
    });
  }
  const region = /GM\d{4}/.exec(scenario.regio ?? '')?.[0];
  const codes = Object.keys(actuals.municipalities);
  if (region && codes.length > 0 && !codes.includes(region))
    issues.push({
      code: 'region-mismatch',
      severity: 'error',
      message: {
        nl: `het scenario gaat over ${scenario.regio}, maar de deelnemers in het datapakket komen uit ${codes.join(', ')}; kies het scenario van deze regio`,
        en: `the scenario is about ${scenario.regio}, but the participants in the data package are from ${codes.join(', ')}; choose the scenario of this region`,
      },
    });
  const start = scenario.startjaar * 12 + (scenario.startmaand ?? 1) - 1;
  const end = scenario.startjaar * 12 + scenario.horizonJaren * 12 - 1;
  const first = actuals.firstPeriod ? monthOfLabel(actuals.firstPeriod) : Number.NaN;
  const last = actuals.lastPeriod ? monthOfLabel(actuals.lastPeriod) : Number.NaN;
  if (Number.isFinite(first) && (last < start || first > end))
    issues.push({
      code: 'no-overlap',
      severity: 'error',
      message: {
        nl: `het datapakket loopt van ${actuals.firstPeriod} tot ${actuals.lastPeriod}, het scenario van ${monthLabel(start)} tot ${monthLabel(end)}: er is geen periode die ze gemeen hebben`,
        en: `the data package runs from ${actuals.firstPeriod} to ${actuals.lastPeriod}, the scenario from ${monthLabel(start)} to ${monthLabel(end)}: they share no period`,
      },
    });
  return { cohortIndex, issues };
}
