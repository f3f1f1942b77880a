// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The counters of one cohort (or of the whole hub) while a package streams by. */
import { DESTINATIONS, type Destination } from '../types.js';
import { monthLabel } from './dates.js';
import type { CohortActuals, OutflowTiming, PeriodActuals, SignalTiming } from './types.js';

export const zeroLeavers = (): Record<Destination, number> =>
  Object.fromEntries(DESTINATIONS.map((d) => [d, 0])) as Record<Destination, number>;

function emptyPeriod(month: number): PeriodActuals {
  return {
    period: monthLabel(month),
    intake: 0,
    trainingDropouts: 0,
    placements: 0,
    personMonthsAtWork: 0,
    contractHours: 0,
    workedHours: 0,
    declarableHours: 0,
    coachingContacts: 0,
    coachingHours: 0,
    leavers: zeroLeavers(),
    visits: 0,
    visitHours: 0,
    signals: 0,
    subscriptionHoursSold: 0,
    revenueInvoiced: 0,
  };
}

export class Tally {
  participants = 0;
  intake = 0;
  stillInTraining = 0;
  trainingDropouts = 0;
  completedTraining = 0;
  placed = 0;
  atWorkAtEnd = 0;
  contractPerWeekSum = 0;
  coachingHoursYear1 = 0;
  workedHoursYear1 = 0;
  leaversByDataDestination: Record<string, number> = {};
  timing: OutflowTiming = {
    under3Months: 0,
    from3To6Months: 0,
    from6To12Months: 0,
    from12To24Months: 0,
    over24Months: 0,
  };
  signals = 0;
  acknowledged = 0;
  ackSum = 0;
  ackMax = Number.NEGATIVE_INFINITY;
  within = { h1: 0, h4: 0, h24: 0, h72: 0, later: 0 };
  readonly months = new Map<number, PeriodActuals>();

  month(month: number): PeriodActuals {
    let p = this.months.get(month);
    if (!p) {
      p = emptyPeriod(month);
      this.months.set(month, p);
    }
    return p;
  }

  summary(): Omit<CohortActuals, 'cohort' | 'scenarioCohort'> {
    const periods = [...this.months.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
    const sum = (f: (p: PeriodActuals) => number) => periods.reduce((n, p) => n + f(p), 0);
    const leavers = zeroLeavers();
    for (const p of periods) for (const d of DESTINATIONS) leavers[d] += p.leavers[d];
    const signals: SignalTiming = {
      signals: this.signals,
      acknowledged: this.acknowledged,
      meanHours: this.acknowledged > 0 ? this.ackSum / this.acknowledged : null,
      maxHours: this.acknowledged > 0 ? this.ackMax : null,
      within: { ...this.within },
    };
    return {
      participants: this.participants,
      intake: this.intake,
      stillInTraining: this.stillInTraining,
      trainingDropouts: this.trainingDropouts,
      completedTraining: this.completedTraining,
      placed: this.placed,
      atWorkAtEnd: this.atWorkAtEnd,
      personYearsAtWork: sum((p) => p.personMonthsAtWork) / 12,
      meanContractHoursPerWeek: this.placed > 0 ? this.contractPerWeekSum / this.placed : null,
      contractHours: sum((p) => p.contractHours),
      workedHours: sum((p) => p.workedHours),
      declarableHours: sum((p) => p.declarableHours),
      coachingContacts: sum((p) => p.coachingContacts),
      coachingHours: sum((p) => p.coachingHours),
      coachingHoursYear1: this.coachingHoursYear1,
      workedHoursYear1: this.workedHoursYear1,
      leavers,
      leaversByDataDestination: { ...this.leaversByDataDestination },
      outflowTiming: { ...this.timing },
      signals,
      visits: sum((p) => p.visits),
      visitHours: sum((p) => p.visitHours),
      periods,
    };
  }
}
