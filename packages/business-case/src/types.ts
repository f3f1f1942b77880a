/**
 * The business-case scenario as it is written in YAML or JSON. Its types are the data standard's
 * generated `Scenario` type (`packages/schemas/schema/scenario.schema.json`), not a second copy;
 * validation always goes through the standard's validator.
 */
import type { Scenario as StandardScenario } from '@zorghub/schemas';

export type Scenario = StandardScenario;
export type ScenarioParameters = Scenario['parameters'];
export type Parameter = ScenarioParameters['discontovoet'];
export type Distribution = NonNullable<Parameter['verdeling']>;
export type StakeholderEntry = Scenario['belanghebbenden'][number];
export type Cohort = Scenario['cohorten'][number];
export type Outflow = Cohort['uitstroom'][number];
export type Line = Scenario['regels'][number];

export const STAKEHOLDER_IDS = [
  'exploitant',
  'gemeente',
  'rijk',
  'zorgverzekeraar',
  'zorgorganisaties',
  'deelnemers',
  'clienten',
  'mantelzorgers',
] as const;
export type StakeholderId = (typeof STAKEHOLDER_IDS)[number];

export const DESTINATIONS = [
  'regulier-werk',
  'ander-werk',
  'terug-naar-uitkering',
  'uitval',
] as const;
export type Destination = (typeof DESTINATIONS)[number];

export const CALCULATIONS = [
  'loon',
  'werkgeverslasten',
  'loonheffing',
  'loonkostensubsidie',
  'training',
  'jobcoaching',
  'abonnement',
  'particulier',
  'bijstand',
  'bijstand-uitstroom',
  'per-werkende',
  'per-uur',
  'per-declarabel-uur',
  'per-instroom',
  'per-uitstroom-regulier',
  'per-uitstroom-ander-werk',
  'vast',
] as const;
export type Calculation = (typeof CALCULATIONS)[number];

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
