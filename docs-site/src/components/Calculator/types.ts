import type { BusinessCaseResult, Scenario } from '@zorghub/business-case';

export interface InputLabel {
  nl: string;
  en: string;
  descriptionNl: string;
  descriptionEn: string;
}

/** What scripts/generate.mjs writes to src/generated/calculator.json. */
export interface CalculatorData {
  runs: number;
  scenario: Scenario;
  result: BusinessCaseResult;
  labels: { parameters: Record<string, InputLabel>; cohort: Record<string, InputLabel> };
}

export type Lang = 'nl' | 'en';
