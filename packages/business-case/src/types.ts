// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The business-case scenario as it is written in YAML or JSON. Its types are the data standard's
 * generated `Scenario` type (`packages/schemas/schema/scenario.schema.json`) and its codes come from
 * the standard's codelists, not a second copy; validation always goes through the standard's
 * validator. The two subsets of calculations below are the model's own knowledge of what each
 * calculation does.
 */
import {
  type Scenario as StandardScenario,
  scenarioBelanghebbendeCodes,
  scenarioBelanghebbendeLabels,
  scenarioBerekeningCodes,
  scenarioUitstroombestemmingCodes,
  scenarioUitstroombestemmingLabels,
} from '@zorghub/schemas';

export type Scenario = StandardScenario;
export type ScenarioParameters = Scenario['parameters'];
export type Parameter = ScenarioParameters['discontovoet'];
export type Distribution = NonNullable<Parameter['verdeling']>;
export type StakeholderEntry = Scenario['belanghebbenden'][number];
export type Cohort = Scenario['cohorten'][number];
export type Outflow = Cohort['uitstroom'][number];
export type Line = Scenario['regels'][number];

export type StakeholderId = StakeholderEntry['id'];
export type Destination = Outflow['bestemming'];
export type Calculation = Line['berekening'];

/** The stakeholders (codelist `scenario-belanghebbende`); the model indexes them in this order. */
export const STAKEHOLDER_IDS: readonly StakeholderId[] = scenarioBelanghebbendeCodes;
/** Where people go when they leave the hub (codelist `scenario-uitstroombestemming`). */
export const DESTINATIONS: readonly Destination[] = scenarioUitstroombestemmingCodes;
/** How a line's yearly quantity is computed (codelist `scenario-berekening`). */
export const CALCULATIONS: readonly Calculation[] = scenarioBerekeningCodes;
/** Stakeholder and destination labels (nl/en), from the standard. */
export const STAKEHOLDER_CODE_LABELS = scenarioBelanghebbendeLabels;
export const DESTINATION_CODE_LABELS = scenarioUitstroombestemmingLabels;

/**
 * The public bodies: their fiscal value is the change in their own budgets. The health insurer
 * counts as one because it carries the public health insurance (Zvw), as the NHS does in the GMCA
 * model.
 */
export const PUBLIC_BODIES: readonly StakeholderId[] = ['gemeente', 'rijk', 'zorgverzekeraar'];

/** Calculations whose quantity is an event (a flow): these may carry a drop-off and a duration. */
export const FLOW_CALCULATIONS: readonly Calculation[] = [
  'bijstand-uitstroom',
  'per-instroom',
  'per-uitstroom-regulier',
  'per-uitstroom-ander-werk',
];
/** Calculations that need a unit value of their own. */
export const UNIT_CALCULATIONS: readonly Calculation[] = [
  'per-werkende',
  'per-uur',
  'per-declarabel-uur',
  'per-instroom',
  'per-uitstroom-regulier',
  'per-uitstroom-ander-werk',
  'vast',
];

export interface LocalizedText {
  nl: string;
  en: string;
}

/** One problem found in a scenario: where, what was expected, what was found. */
export interface ScenarioIssue {
  code: string;
  severity: 'error' | 'warning';
  /** JSON Pointer into the scenario, e.g. `/cohorten/0/urenPerWeek/waarde`. */
  path: string;
  /** 1-based line in the YAML/JSON text, when known. */
  line?: number;
  expected: string;
  found: string;
  message: LocalizedText;
}
