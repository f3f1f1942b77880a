// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
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
  labels: {
    parameters: Record<string, InputLabel>;
    cohort: Record<string, InputLabel>;
    /** `scenario-eenheid` code → label per language (from the standard's codelist). */
    units: Record<string, { nl: string; en: string }>;
    /** The scenario's `bron` text → the same source per language. */
    sources: Record<string, { nl: string; en: string }>;
  };
}

export type Lang = 'nl' | 'en';
