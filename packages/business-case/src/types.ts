/**
 * The business-case scenario as it is written in YAML or JSON. The names are the Dutch names of the
 * data standard (`packages/schemas/schema/scenario.schema.json`); this file mirrors that schema for
 * TypeScript only — validation always goes through the standard's validator.
 */
export interface Distribution {
  type: 'driehoek' | 'pert';
  min: number;
  modus?: number;
  max: number;
}

export interface Parameter {
  waarde: number;
  eenheid: string;
  bron: string;
  bronJaar?: number;
  prijsjaar?: number;
  toelichting?: string;
  verdeling?: Distribution;
}

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

export interface Outflow {
  bestemming: Destination;
  kansPerJaar: Parameter;
  vertragingJaren: number;
}

export interface Cohort {
  id: string;
  startjaar: number;
  instroom: Parameter;
  uitvalTraining: Parameter;
  plaatsing: Parameter;
  urenPerWeek: Parameter;
  betaaldeWeken: Parameter;
  uitstroom: Outflow[];
}

export interface Line {
  id: string;
  naam: LocalizedText;
  berekening: Calculation;
  categorie: 'kosten' | 'baten';
  soort: 'fiscaal' | 'economisch' | 'sociaal';
  verzilverbaar: boolean;
  transfer: boolean;
  betaler?: StakeholderId;
  ontvanger?: StakeholderId;
  eenheidswaarde?: Parameter;
  factor?: Parameter;
  vanJaar?: number;
  totJaar?: number;
  deadweight?: Parameter;
  attributie?: Parameter;
  verdringing?: Parameter;
  bewijsklasse?: number;
  afname?: Parameter;
  duurJaren?: number;
  afroming?: boolean;
  financiering?: boolean;
}

export interface StakeholderEntry {
  id: StakeholderId;
  naam: LocalizedText;
  verrekenen?: boolean;
}

export interface ScenarioParameters {
  discontovoet: Parameter;
  prijsindex?: Parameter;
  uurloon: Parameter;
  vakantiegeld: Parameter;
  werkgeverslasten: Parameter;
  loonheffing: Parameter;
  bijstandsnormMaand: Parameter;
  behoudAandeelGemeente: Parameter;
  tariefAbonnement: Parameter;
  tariefParticulier?: Parameter;
  declarabelAandeel: Parameter;
  particulierAandeel?: Parameter;
  urenPerAbonnement: Parameter;
  trainingKosten: Parameter;
  jobcoachTarief: Parameter;
  jobcoachAandeelJaar1: Parameter;
  jobcoachAandeelJaar2: Parameter;
  jobcoachAandeelJaar3: Parameter;
  loonwaarde?: Parameter;
  lksOpslag?: Parameter;
}

export interface Scenario {
  id: string;
  naam: string;
  beschrijving?: string;
  regio?: string;
  valuta: 'EUR' | 'GBP';
  startjaar: number;
  horizonJaren: number;
  prijsjaar: number;
  parameters: ScenarioParameters;
  bewijsklassen: Record<'1' | '2' | '3' | '4' | '5', Parameter>;
  belanghebbenden: StakeholderEntry[];
  cohorten: Cohort[];
  regels: Line[];
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
