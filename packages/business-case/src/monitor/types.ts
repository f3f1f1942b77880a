// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The types of monitoring: what the hub's own records show (actuals), set beside what the scenario
 * assumed (plan against actual), the calibrated rates and the re-estimated case. Browser-safe.
 */
import type { EntiteitCode } from '@zorghub/schemas';
import type { BusinessCaseResult } from '../result-types.js';
import type { Destination, LocalizedText, StakeholderId } from '../types.js';

/** One record of a data package, tagged with its entity (a code of the codelist `entiteit`). */
export interface MonitorRecord {
  entity: EntiteitCode;
  record: Record<string, unknown>;
}

/** Counters of one calendar month (`period` is `YYYY-MM`), for one cohort or the whole hub. */
export interface PeriodActuals {
  period: string;
  /** People who started training. */
  intake: number;
  trainingDropouts: number;
  placements: number;
  /** Person-months in the hub job (a person at work the whole month counts 1). */
  personMonthsAtWork: number;
  /** Contract hours of the people at work (hours a week × weeks at work). */
  contractHours: number;
  /** Hours registered, leave left out. */
  workedHours: number;
  /** Hours of the kind `dienstverlening` (with clients): the declarable hours. */
  declarableHours: number;
  coachingContacts: number;
  coachingHours: number;
  leavers: Record<Destination, number>;
  /** Executed visits and their hours (actual start to end). */
  visits: number;
  visitHours: number;
  signals: number;
  /** Subscription hours sold (hub total only; zero per cohort). */
  subscriptionHoursSold: number;
  /** Revenue invoiced excluding VAT, in euros (hub total only). */
  revenueInvoiced: number;
}

/** Time from a signal being raised (`gemeldOp`) to its acknowledgement (`ontvangenOp`). */
export interface SignalTiming {
  signals: number;
  acknowledged: number;
  meanHours: number | null;
  maxHours: number | null;
  /** Acknowledged within 1, 4, 24 and 72 hours, and later. */
  within: { h1: number; h4: number; h24: number; h72: number; later: number };
}

/** Leavers by how long they were in the hub job when they left. */
export interface OutflowTiming {
  under3Months: number;
  from3To6Months: number;
  from6To12Months: number;
  from12To24Months: number;
  over24Months: number;
}

export interface CohortActuals {
  /** The cohort as the data names it (`YYYY-MM`), or `?` for records without a known participant. */
  cohort: string;
  /** The scenario cohort it is compared with, or null when it matches none. */
  scenarioCohort: string | null;
  participants: number;
  intake: number;
  stillInTraining: number;
  trainingDropouts: number;
  completedTraining: number;
  placed: number;
  atWorkAtEnd: number;
  personYearsAtWork: number;
  /** Mean contract hours a week of the people placed. */
  meanContractHoursPerWeek: number | null;
  contractHours: number;
  workedHours: number;
  declarableHours: number;
  coachingContacts: number;
  coachingHours: number;
  /** Coaching hours in the first year of employment, and the worked hours in that year. */
  coachingHoursYear1: number;
  workedHoursYear1: number;
  leavers: Record<Destination, number>;
  /** Leavers by the destination code the data used (codelist `uitstroombestemming`). */
  leaversByDataDestination: Record<string, number>;
  outflowTiming: OutflowTiming;
  signals: SignalTiming;
  visits: number;
  visitHours: number;
  periods: PeriodActuals[];
}

export interface PackageActuals {
  /** The date the actuals run to (`YYYY-MM-DD`): the package's `aangemaaktOp`, or the last date seen. */
  asOf: string;
  /** First and last month with any record. */
  firstPeriod: string | null;
  lastPeriod: string | null;
  /** Records read per entity, and records left out because they were invalid. */
  records: Record<string, number>;
  invalidRecordsLeftOut: number;
  /** Municipality codes of the participants, with counts. */
  municipalities: Record<string, number>;
  cohorts: CohortActuals[];
  total: Omit<CohortActuals, 'cohort' | 'scenarioCohort'>;
  subscriptions: {
    count: number;
    hoursSold: number;
    hoursUsed: number;
    hoursPerSubscriptionYear: number | null;
  };
  invoices: {
    count: number;
    revenue: number;
    invoicedHours: number;
    /** Revenue per invoiced hour (lines with unit `uur`), in euros. */
    pricePerHour: number | null;
    creditedOrDraftLeftOut: number;
  };
}

/** A value with its interval (credible interval of the posterior, 90 % by default). */
export interface Estimate {
  mean: number;
  low: number;
  high: number;
}

export interface Calibration {
  key: string;
  /** JSON Pointer of the scenario input, e.g. `/cohorten/0/uitvalTraining`. */
  path: string;
  label: LocalizedText;
  method: 'beta-binomial' | 'gamma-poisson';
  prior: Estimate & { strength: number };
  /** Successes (events) and trials (people or person-years) seen. */
  events: number;
  trials: number;
  posterior: Estimate;
  /** From the cohort's own records, or pooled over the cohorts seen (for cohorts not started yet). */
  evidence: 'own' | 'pooled';
}

export interface Comparison {
  key: string;
  path: string;
  label: LocalizedText;
  unit: string;
  scenarioCohort: string | null;
  planned: number;
  /** The scenario's own uncertainty range (its distribution's min and max), when it has one. */
  range: { min: number; max: number } | null;
  realised: number | null;
  /** How many observations the realised value rests on (people, person-years, hours). */
  basis: number;
  deviation: number | null;
  relativeDeviation: number | null;
  outsideRange: boolean | null;
  /** Change in each party's NPV when only this input takes its realised value (euros). */
  npvEffect: Partial<Record<StakeholderId, number>> | null;
}

/** The seeds' risk: people leave faster than planned, so the operator misses revenue it counted on. */
export interface OutflowRiskCheck {
  plannedRatePerYear: number;
  realisedRatePerYear: number | null;
  personYears: number;
  leavers: number;
  faster: boolean;
  /** PV of the operator's revenue lines with the realised outflow minus the plan (negative: shortfall). */
  revenueEffect: number;
  operatorNpvEffect: number;
  message: LocalizedText;
}

export interface MonitorIssue {
  code: 'region-mismatch' | 'no-overlap' | 'unmatched-cohort' | 'no-participants';
  severity: 'error' | 'warning';
  message: LocalizedText;
}

export interface MonitorResult {
  monitorSchemaVersion: '1.0.0';
  scenario: {
    id: string;
    name: string;
    region: string | null;
    currency: string;
    startYear: number;
    horizonYears: number;
  };
  actuals: PackageActuals;
  comparisons: Comparison[];
  outflowRisk: OutflowRiskCheck;
  calibrations: Calibration[];
  /** Planned against actual per scenario cohort and month, for the charts. */
  series: Array<{
    scenarioCohort: string;
    periods: Array<{
      period: string;
      plannedAtWork: number;
      actualAtWork: number;
      plannedLeavers: number;
      actualLeavers: number;
    }>;
  }>;
  plan: { npv: Partial<Record<StakeholderId, number>> };
  reestimated: {
    npv: Partial<Record<StakeholderId, number>>;
    /** Re-estimated NPV minus the plan's, per party. */
    npvChange?: Partial<Record<StakeholderId, number>>;
    changes: ScenarioChange[];
  };
  issues: MonitorIssue[];
}

/** One input the re-estimated scenario changes. */
export interface ScenarioChange {
  path: string;
  from: number;
  to: number;
  /** The credible interval of a calibrated value; it becomes the input's distribution. */
  interval?: { low: number; high: number };
  why: LocalizedText;
}

export interface MonitorOptions {
  /** The date to count up to (`YYYY-MM-DD`); default the manifest's `aangemaaktOp` or the last date seen. */
  asOf?: string;
  /** Width of the intervals; default 0.9. */
  interval?: number;
  /** Skip the NPV runs (for speed in the browser); NPV effects are then null. */
  npv?: boolean;
}

export type { BusinessCaseResult };
