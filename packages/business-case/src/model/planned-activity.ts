// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * What the scenario plans, per year or per month: intake, person-years at work and leavers per
 * destination, cohort by cohort and in total. Monitoring compares these with what the hub's data
 * shows (plan and actual); per month the model always follows people month by month.
 */
import type { PeriodeEenheidCode } from '@zorghub/schemas';
import { DESTINATIONS, type Destination, type Scenario } from '../types.js';
import { compileScenario } from './compile.js';
import { type CohortDraw, DESTINATION_COUNT, simulateCohort } from './timing.js';

export interface PlannedPeriod {
  /** `2026` per year, `2026-05` per month. */
  period: string;
  intake: number;
  /** Person-years at work in the period (per month: person-years, so 12 people a month is 1). */
  personYearsAtWork: number;
  leavers: Record<Destination, number>;
}

export interface PlannedCohort {
  id: string;
  periods: PlannedPeriod[];
}

/** The periods planned activity is counted in: codes of the standard's `periode-eenheid`. */
export const RESOLUTIONS = ['jaar', 'maand'] as const satisfies readonly PeriodeEenheidCode[];
export type Resolution = (typeof RESOLUTIONS)[number];

export interface PlannedActivity {
  resolution: Resolution;
  cohorts: PlannedCohort[];
  total: PlannedPeriod[];
}

export function plannedActivity(
  scenario: Scenario,
  options: { resolution?: Resolution } = {},
): PlannedActivity {
  const resolution = options.resolution ?? 'jaar';
  const model = compileScenario(scenario);
  const convention = resolution === 'maand' ? 'maand' : model.convention;
  const perYear = resolution === 'maand' ? 12 : 1;
  const slots = model.horizon * perYear;
  const value = (i: number) => (i < 0 ? 0 : (model.base[i] as number));
  const label = (slot: number) =>
    resolution === 'maand'
      ? `${model.startYear + Math.floor(slot / 12)}-${String((slot % 12) + 1).padStart(2, '0')}`
      : String(model.startYear + slot);
  const g = model.g as Record<string, number>;
  const shares: [number, number, number] = [
    value(g.jobcoachAandeelJaar1 as number),
    value(g.jobcoachAandeelJaar2 as number),
    value(g.jobcoachAandeelJaar3 as number),
  ];
  const total: PlannedPeriod[] = Array.from({ length: slots }, (_, slot) => ({
    period: label(slot),
    intake: 0,
    personYearsAtWork: 0,
    leavers: Object.fromEntries(DESTINATIONS.map((d) => [d, 0])) as Record<Destination, number>,
  }));
  const cohorts = model.cohorts.map((c) => {
    const draw: CohortDraw = {
      intakeTime: c.intakeTime,
      startYearIndex: c.startOffset,
      intake: value(c.intake),
      trainingDropout: value(c.dropout),
      placement: value(c.placement),
      trainingYears: value(c.trainingWeeks) / 52,
      disregardYears: 0,
      rates: Float64Array.from(c.outflows.map((o) => value(o.rate))),
      lags: Int32Array.from(c.outflows.map((o) => o.lag)),
      destinations: Int32Array.from(c.outflows.map((o) => o.destinationIndex)),
      coachShares: shares,
    };
    const sink = {
      intake: new Float64Array(slots),
      workerYears: new Float64Array(slots),
      coachedYears: new Float64Array(slots),
      disregardYears: new Float64Array(slots),
      leavers: new Float64Array(slots * DESTINATION_COUNT),
      leaversYearGone: new Float64Array(slots * DESTINATION_COUNT),
    };
    simulateCohort(
      draw,
      model.horizon,
      convention,
      sink,
      resolution === 'maand' ? 'window' : 'year',
    );
    const periods = Array.from({ length: slots }, (_, slot) => {
      const leavers = Object.fromEntries(
        DESTINATIONS.map((d, k) => [d, sink.leavers[k * slots + slot] as number]),
      ) as Record<Destination, number>;
      const period: PlannedPeriod = {
        period: label(slot),
        intake: sink.intake[slot] as number,
        personYearsAtWork: sink.workerYears[slot] as number,
        leavers,
      };
      const sum = total[slot] as PlannedPeriod;
      sum.intake += period.intake;
      sum.personYearsAtWork += period.personYearsAtWork;
      for (const d of DESTINATIONS) sum.leavers[d] += leavers[d];
      return period;
    });
    return { id: c.id, periods };
  });
  return { resolution, cohorts, total };
}
