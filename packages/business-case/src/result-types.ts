import type { LocalizedText, StakeholderId } from './types.js';

export interface Payback {
  year: number;
  month: number;
}

export interface StakeholderResult {
  id: StakeholderId;
  name: LocalizedText;
  /** Financial view: every line this party pays or receives, transfers included. */
  pvCosts: number;
  pvBenefits: number;
  npv: number;
  bcr: number | null;
  payback: Payback | null;
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
  yearly: number[];
  pv: number;
}

export interface SettlementEntry {
  id: StakeholderId;
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
  resultSchemaVersion: '1.0.0';
  scenario: {
    id: string;
    name: string;
    region: string | null;
    currency: string;
    priceYear: number;
    startYear: number;
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
    sroi: number | null;
    payback: Payback | null;
    fiscalValue: number;
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
  }>;
  warnings: LocalizedText[];
}
