// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Time as it happens: one cohort followed from intake through training into the hub job and out of
 * it, so that no person-year is counted twice.
 *
 * Time `t` is in years since 1 January of the scenario's first year. A cohort's intake is at
 * `t = (start year − first year) + (start month − 1) / 12`; its placed workers start the hub job
 * `trainingWeeks / 52` later. From then on the model walks through *windows*: calendar years
 * (convention `midden-jaar`) or calendar months (`maand`), each cut at the start of the job. In a
 * window of length `f` years with the stock `S` at its start and outflow rates `p` per destination
 * (summing to `P`, those in force after their lag):
 *
 * - leavers `L = S × (1 − (1 − P)^f)`, split over destinations as `p / P`, all leaving at the middle
 *   of the window (the mid-year convention; with `maand` the middle of the month);
 * - person-years at work `f × (S − L / 2)`: a leaver counts half the window in the job and the other
 *   half in the new state, never both;
 * - for each destination the number of leavers `E` in the year and `Φ`, the sum over leavers of the
 *   part of the year already gone when they left: a leaver spends `1 − φ` of the year of leaving in
 *   the new state, and `φ` of the year in which a state of limited duration ends.
 */
import { type ScenarioTijdconventieCode, scenarioTijdconventieCodes } from '@zorghub/schemas';

/** The standard's `scenario-tijdconventie`: when in a year the model counts an event. */
export type TimeConvention = ScenarioTijdconventieCode;
export const TIME_CONVENTIONS: readonly TimeConvention[] = scenarioTijdconventieCodes;

/** Where a cohort's numbers come from, already evaluated for one draw of the inputs. */
export interface CohortDraw {
  /** Years since the first year at which the cohort's training starts. */
  intakeTime: number;
  /** Calendar-year index of the cohort's start year (the employment year counts from it in `midden-jaar`). */
  startYearIndex: number;
  intake: number;
  trainingDropout: number;
  placement: number;
  trainingYears: number;
  /** Years after the start of the job during which the earnings disregard applies. */
  disregardYears: number;
  /** Outflow rates per year and the employment year from which each applies. */
  rates: Float64Array;
  lags: Int32Array;
  /** Destination index (0 regular job, 1 other work, 2 back to assistance, 3 dropout) of each outflow. */
  destinations: Int32Array;
  /** Share of hours with a job coach by year of employment: first, second, third and later. */
  coachShares: [number, number, number];
}

/** Yearly quantities one cohort adds to (arrays of the horizon's length; destinations × horizon). */
export interface CohortSink {
  intake: Float64Array;
  /** Person-years in the hub job. */
  workerYears: Float64Array;
  /** Person-years in the hub job weighted by the job-coach share of their employment year. */
  coachedYears: Float64Array;
  /** Person-years in the hub job within the earnings-disregard period. */
  disregardYears: Float64Array;
  /** Leavers per destination and year (`E`), flattened destination-major. */
  leavers: Float64Array;
  /** Σ leavers × part of the year gone when they left (`Φ`), flattened destination-major. */
  leaversYearGone: Float64Array;
}

export const DESTINATION_COUNT = 4;

/** The integral of the stock over [from, to) when `leavers` leave at `exit` (from ≤ to ≤ window end). */
function stockIntegral(
  stock: number,
  leavers: number,
  exit: number,
  from: number,
  to: number,
): number {
  if (to <= from) return 0;
  if (to <= exit) return stock * (to - from);
  if (from >= exit) return (stock - leavers) * (to - from);
  return stock * (exit - from) + (stock - leavers) * (to - exit);
}

/**
 * Follows one cohort through the horizon and adds what it does to `sink`. `horizon` is the number
 * of calendar years; windows beyond it are not walked.
 */
export function simulateCohort(
  cohort: CohortDraw,
  horizon: number,
  convention: TimeConvention,
  sink: CohortSink,
  /** `window`: add to the window's own slot (a month with `maand`) instead of its year. */
  bucket: 'year' | 'window' = 'year',
): void {
  const perYear = convention === 'maand' ? 12 : 1;
  const slots = bucket === 'window' ? horizon * perYear : horizon;
  const intakeSlot = Math.floor(cohort.intakeTime * (bucket === 'window' ? perYear : 1) + 1e-9);
  if (intakeSlot >= 0 && intakeSlot < slots) sink.intake[intakeSlot] += cohort.intake;
  const jobStart = cohort.intakeTime + cohort.trainingYears;
  const disregardEnd = jobStart + cohort.disregardYears;
  let stock = cohort.intake * (1 - cohort.trainingDropout) * cohort.placement;
  if (!(stock > 0)) return;
  const first = Math.max(0, Math.floor(jobStart * perYear + 1e-9));
  const last = horizon * perYear;
  const outflows = cohort.rates.length;
  for (let w = first; w < last && stock > 0; w++) {
    const start = Math.max(jobStart, Math.max(0, w / perYear));
    const end = (w + 1) / perYear;
    const length = end - start;
    if (length <= 1e-12) continue;
    const year = convention === 'maand' ? Math.floor(w / 12) : w;
    const slot = bucket === 'window' ? w : year;
    const employmentYear =
      convention === 'maand' ? Math.floor(start - jobStart + 1e-9) : year - cohort.startYearIndex;
    let total = 0;
    for (let o = 0; o < outflows; o++)
      if (employmentYear >= (cohort.lags[o] as number)) total += cohort.rates[o] as number;
    const capped = Math.min(1, total);
    const leaving = capped > 0 ? stock * (1 - (1 - capped) ** length) : 0;
    const exit = start + length / 2;
    const atWork = length * (stock - leaving / 2);
    sink.workerYears[slot] += atWork;
    const share =
      employmentYear <= 0
        ? cohort.coachShares[0]
        : employmentYear === 1
          ? cohort.coachShares[1]
          : cohort.coachShares[2];
    sink.coachedYears[slot] += atWork * share;
    if (disregardEnd > start)
      sink.disregardYears[slot] += stockIntegral(
        stock,
        leaving,
        exit,
        start,
        Math.min(end, disregardEnd),
      );
    if (leaving > 0) {
      const gone = exit - year;
      for (let o = 0; o < outflows; o++) {
        if (employmentYear < (cohort.lags[o] as number)) continue;
        const out = (leaving * (cohort.rates[o] as number)) / total;
        const at = (cohort.destinations[o] as number) * slots + slot;
        sink.leavers[at] += out;
        sink.leaversYearGone[at] += out * gone;
      }
    }
    stock -= leaving;
  }
}

/**
 * The yearly exposure to a state that people enter at a flow: `E − Φ` in the year they enter,
 * whole years after, and `Φ` in the year a state of `duration` years ends; each year weighted by
 * `keep^(years since entering)` (drop-off). `into` receives the result for a unit value of 1.
 */
export function stateExposure(
  leavers: Float64Array,
  yearGone: Float64Array,
  offset: number,
  horizon: number,
  duration: number,
  keep: number,
  into: Float64Array,
): void {
  const tailWeight = keep ** duration;
  for (let i = 0; i < horizon; i++) {
    let x = (leavers[offset + i] as number) - (yearGone[offset + i] as number);
    let weight = 1;
    for (let k = 1; k < duration && i - k >= 0; k++) {
      weight *= keep;
      x += (leavers[offset + i - k] as number) * weight;
    }
    if (i - duration >= 0) x += (yearGone[offset + i - duration] as number) * tailWeight;
    into[i] = x;
  }
}
