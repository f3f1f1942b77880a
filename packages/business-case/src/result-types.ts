// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { HouseholdIncome } from './income/household.js';
import type { IncomeRule } from './income/rules.js';
import type { LocalizedText, StakeholderId } from './types.js';

/**
 * When a party's cumulative discounted net turns positive for good: in a year and month, never
 * negative (`alwaysPositive`), still negative at the end (`notWithinHorizon`), or no money at all.
 */
export type Payback =
  | { status: 'year'; year: number; month: number }
  | { status: 'alwaysPositive' | 'notWithinHorizon' | 'noFlows' };

export interface StakeholderResult {
  id: StakeholderId;
  name: LocalizedText;
  /** Financial view: every line this party pays or receives, transfers included. */
  pvCosts: number;
  pvBenefits: number;
  npv: number;
  bcr: number | null;
  payback: Payback;
  /** NPV of the cashable lines only. */
  cashableNpv: number;
  /** Social-value (MKBA) view: transfers left out. */
  mkba: { pvCosts: number; pvBenefits: number; npv: number };
  byType: { fiscal: number; economic: number; social: number };
  yearly: { costs: number[]; benefits: number[]; net: number[]; cumulativeNet: number[] };
}

export interface LineResult {
  id: string;
  name: LocalizedText;
  calculation: string;
  category: 'kosten' | 'baten';
  type: 'fiscaal' | 'economisch' | 'sociaal';
  cashable: boolean;
  transfer: boolean;
  funding: boolean;
  payer: StakeholderId | null;
  receiver: StakeholderId | null;
  /** The municipal budget the line runs through, if any (`buig`, `participatiebudget`, `wmo`, `overig`). */
  budget: string | null;
  /** The valuation of the work this line measures, if it does. */
  outputValuation: string | null;
  /** False for a transfer and for a valuation of the work the scenario did not choose. */
  countsForSociety: boolean;
  yearly: number[];
  pv: number;
}

export interface SettlementEntry {
  id: StakeholderId;
  /** What the contribution would be paid through (a code of `scenario-instrument`), or null. */
  instrument: string | null;
  npvBefore: number;
  deficit: number;
  cashableSurplus: number;
  /** Positive: the party receives; negative: the party contributes. All entries sum to zero. */
  contribution: number;
  npvAfter: number;
  yearly: number[];
}

export interface SettlementTransfer {
  from: StakeholderId;
  to: StakeholderId;
  amount: number;
  yearly: number[];
}

export interface PercentileSummary {
  p5: number;
  p50: number;
  p95: number;
  mean: number;
  probabilityPositive: number;
}

export interface BusinessCaseResult {
  resultSchemaVersion: '2.0.0';
  scenario: {
    id: string;
    name: string;
    region: string | null;
    currency: string;
    priceYear: number;
    startYear: number;
    startMonth: number;
    baseYear: number;
    timeConvention: string;
    outputValuation: string;
    /** Whether the base case applies the optimism bias by grade; the Monte Carlo always does. */
    optimismInBaseCase: boolean;
    horizonYears: number;
    discountRate: number;
  };
  years: number[];
  stakeholders: StakeholderResult[];
  society: {
    pvCosts: number;
    pvBenefits: number;
    npv: number;
    bcr: number | null;
    /** PV of benefits to society / PV of the investment (inputs), as the SROI guide defines it. */
    sroi: number | null;
    /** PV of the inputs: everything the operator pays, and the real resources others put in. */
    investment: number;
    payback: Payback;
    /** Sum of the public bodies' fiscal values (transfers between them cancel). */
    fiscalValue: number;
    /** Per public body the change in its own budgets (its NPV). */
    fiscalByBody: Array<{ id: StakeholderId; value: number }>;
    economicValue: number;
    socialValue: number;
    publicValue: number;
    /** Start-up money from outside the eight parties: in the stakeholders' NPVs, not in society's. */
    externalFunding: number;
    yearly: { net: number[]; cumulativeNet: number[] };
  };
  lines: LineResult[];
  activity: {
    workers: number[];
    hours: number[];
    billableHours: number[];
    subscriptions: number[];
    intake: number[];
    outflow: {
      regularJob: number[];
      otherWork: number[];
      backToAssistance: number[];
      dropout: number[];
    };
  };
  participantsNetIncome: { yearly: number[]; pv: number };
  /** What the workers gain: net household income per household type on assistance and in the job. */
  householdIncome: {
    /** False when the scenario has no paid job (no wage or no hours): then no households. */
    applicable: boolean;
    hoursPerWeek: number;
    paidWeeks: number;
    hourlyWage: number;
    rulesYear: number;
    households: HouseholdIncome[];
    rules: Array<IncomeRule & { key: string }>;
    /** A household type that gains nothing from the job or loses (also in the result's warnings). */
    warnings: LocalizedText[];
    /** Says which year's rules were used when that is not the price year. */
    rulesNote: LocalizedText | null;
  };
  fundingGap: {
    yearly: number[];
    funding: number[];
    remaining: number[];
    pv: number;
    pvRemaining: number;
  };
  breakEven: {
    tariff: { base: number; value: number | null };
    subscriptionsPerYear: { base: number; value: number | null };
  };
  switchingValues: Array<{
    key: string;
    label: LocalizedText;
    unit: string;
    base: number;
    value: number | null;
    changePercent: number | null;
  }>;
  tornado: Array<{
    key: string;
    label: LocalizedText;
    low: number;
    high: number;
    npvLow: number;
    npvHigh: number;
    swing: number;
  }>;
  monteCarlo: PercentileSummary & {
    runs: number;
    seed: number;
    uncertainInputs: number;
    stakeholders: Array<PercentileSummary & { id: StakeholderId }>;
    histogram: { edges: number[]; counts: number[] };
    /** Declared rank correlations (only when the scenario has them) and the Spearman ρ reached. */
    correlations?: Array<{ between: [string, string]; rankCorrelation: number; achieved: number }>;
  };
  settlement: SettlementEntry[];
  settlementTransfers: SettlementTransfer[];
  settlementSummary: {
    totalDeficit: number;
    totalCashableSurplus: number;
    covered: number;
    shortfall: number;
    warning: LocalizedText | null;
  };
  /** Society's and each party's NPV at the standard discount rate, its alternatives and the scenario's own. */
  discountScenarios: Array<{
    rate: number;
    label: LocalizedText;
    /** True for the rate the scenario uses (its headline figures). */
    scenario: boolean;
    societyNpv: number;
    npv: Array<{ id: StakeholderId; npv: number }>;
  }>;
  /** The settlement without the Rijk, with what stays uncovered per year (level, from the base year). */
  localSettlement: {
    settlement: SettlementEntry[];
    transfers: SettlementTransfer[];
    summary: BusinessCaseResult['settlementSummary'];
    uncovered: number[];
  };
  /** Years in which a contributor's payment exceeds its cashable surplus of that year. */
  cashCheck: {
    breaks: Array<{ id: StakeholderId; year: number; payment: number; cashable: number }>;
    warning: LocalizedText | null;
  };
  /** The contributions as a price per realised outcome (person-year at work). */
  paymentByResults: {
    outcome: 'persoonsjaar-aan-het-werk';
    pvOutcomes: number;
    contributors: Array<{ id: StakeholderId; perOutcome: number; yearly: number[] }>;
  };
  inputs: Array<{
    key: string;
    label: LocalizedText;
    value: number;
    unit: string;
    source: string;
    sourceYear: number | null;
    priceYear: number | null;
    assumption: boolean;
    distribution: { type: string; min: number; mode: number; max: number } | null;
    /** Evidence grade 1–5: the parameter's, else its library entry's, else 5 for an assumption. */
    grade: number | null;
    /** Id of the parameter-library entry the value comes from, or null. */
    library: string | null;
  }>;
  warnings: LocalizedText[];
}
