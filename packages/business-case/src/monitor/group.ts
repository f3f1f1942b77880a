// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The actuals of the data cohorts that belong to one scenario cohort, added together. */
import { DESTINATIONS, type Destination } from '../types.js';
import type { CohortActuals, PackageActuals } from './types.js';

export interface CohortEvidence {
  /** Index of the scenario cohort. */
  index: number;
  dataCohorts: string[];
  intake: number;
  trainingDropouts: number;
  completedTraining: number;
  placed: number;
  contractPerWeekSum: number;
  personYearsAtWork: number;
  leavers: Record<Destination, number>;
  coachingHoursYear1: number;
  workedHoursYear1: number;
  /** Month → person-months at work and leavers. */
  months: Map<string, { atWork: number; leavers: number }>;
}

export function evidenceByCohort(
  actuals: PackageActuals,
  cohortIndex: Map<string, number>,
): Map<number, CohortEvidence> {
  const out = new Map<number, CohortEvidence>();
  for (const c of actuals.cohorts) {
    const index = cohortIndex.get(c.cohort);
    if (index === undefined) continue;
    let e = out.get(index);
    if (!e) {
      e = {
        index,
        dataCohorts: [],
        intake: 0,
        trainingDropouts: 0,
        completedTraining: 0,
        placed: 0,
        contractPerWeekSum: 0,
        personYearsAtWork: 0,
        leavers: Object.fromEntries(DESTINATIONS.map((d) => [d, 0])) as Record<Destination, number>,
        coachingHoursYear1: 0,
        workedHoursYear1: 0,
        months: new Map(),
      };
      out.set(index, e);
    }
    add(e, c);
  }
  return out;
}

function add(e: CohortEvidence, c: CohortActuals): void {
  e.dataCohorts.push(c.cohort);
  e.intake += c.intake;
  e.trainingDropouts += c.trainingDropouts;
  e.completedTraining += c.completedTraining;
  e.placed += c.placed;
  e.contractPerWeekSum += (c.meanContractHoursPerWeek ?? 0) * c.placed;
  e.personYearsAtWork += c.personYearsAtWork;
  for (const d of DESTINATIONS) e.leavers[d] += c.leavers[d];
  e.coachingHoursYear1 += c.coachingHoursYear1;
  e.workedHoursYear1 += c.workedHoursYear1;
  for (const p of c.periods) {
    const m = e.months.get(p.period) ?? { atWork: 0, leavers: 0 };
    m.atWork += p.personMonthsAtWork;
    m.leavers += DESTINATIONS.reduce((n, d) => n + p.leavers[d], 0);
    e.months.set(p.period, m);
  }
}
