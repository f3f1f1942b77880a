// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Compiles a scenario into index-based form: every parameter becomes one input in a flat vector,
 * cohorts and lines refer to inputs by index, and skimming becomes a derived line. The evaluator can
 * then run the model thousands of times without looking anything up by name.
 */
import { getSchema, type ScenarioInstrumentCode } from '@zorghub/schemas';
import {
  type Calculation,
  DESTINATIONS,
  FLOW_CALCULATIONS,
  type Line,
  type LocalizedText,
  type Parameter,
  type Scenario,
  STAKEHOLDER_IDS,
  type StakeholderId,
} from '../types.js';
import { DESTINATION_LABELS, PARAMETER_LABELS, STAKEHOLDER_LABELS } from './labels.js';
import type { TimeConvention } from './timing.js';

/** Money units start with the currency; a unit ending in `/jaar` is an amount per year. */
const perYear = (unit: string | undefined): boolean => unit?.endsWith('/jaar') ?? false;

const PEOPLE: readonly StakeholderId[] = ['deelnemers', 'clienten', 'mantelzorgers'];

/** The instrument that would carry a party's contribution unless the scenario names another. */
const DEFAULT_INSTRUMENT: Partial<Record<StakeholderId, ScenarioInstrumentCode>> = {
  gemeente: 're-integratiebudget',
  rijk: 'rijksregeling',
  zorgverzekeraar: 'zorgverzekeraarcontract',
  zorgorganisaties: 'abonnementstarief',
};

/** One input of the model: every parameter in the scenario, flattened. */
export interface InputRef {
  /** Stable key, e.g. `parameters.uurloon`, `cohorten[0].instroom`, `regels[3].deadweight`. */
  key: string;
  label: LocalizedText;
  param: Parameter;
  /** Exponent for price indexing: scenario price year minus the parameter's price year. */
  indexExponent: number;
}

/** A cost or benefit line after compilation, including lines the model derives (skimming). */
export interface CompiledLine {
  id: string;
  name: LocalizedText;
  calculation: Calculation | 'afroming';
  category: 'kosten' | 'baten';
  type: 'fiscaal' | 'economisch' | 'sociaal';
  cashable: boolean;
  transfer: boolean;
  funding: boolean;
  payer: number; // stakeholder index or -1
  receiver: number;
  unit: number; // input index or -1
  factor: number;
  deadweight: number;
  attribution: number;
  displacement: number;
  dropOff: number;
  duration: number; // years an event counts (1 = only the year itself)
  grade: number; // input index of the optimism correction, or -1
  from: number; // year index, inclusive
  to: number; // year index, inclusive
  /**
   * A flow line whose unit value is per year in the new state (such as assistance saved after
   * outflow into work): it counts the exposure after the event, not the event itself.
   */
  perYearInState: boolean;
  /** A yearly fixed amount that counts pro rata in the hub's first year (from its start month). */
  proRata: boolean;
  /** The municipal budget the line runs through, when the municipality pays or receives it. */
  budget: string | null;
  /** The valuation of the work this line measures, if it measures the work itself. */
  outputValuation: string | null;
  /**
   * How the line counts for society: `out` (a transfer, or a valuation of the work the scenario
   * did not choose), `flow` (a real cost or benefit between payer and receiver), or
   * `buyersValue` (a payment that is the chosen valuation of the work: the buyer receives output
   * worth what it pays).
   */
  social: 'out' | 'flow' | 'buyersValue';
  /** For a derived skimming line: the index of the line it skims. */
  source: number;
  derived: boolean;
}

export interface CompiledCohort {
  id: string;
  startOffset: number;
  /** Years since 1 January of the first year at which training starts (start year and month). */
  intakeTime: number;
  /** Input index of the training time in weeks, or -1 (no training time). */
  trainingWeeks: number;
  intake: number;
  dropout: number;
  placement: number;
  hours: number;
  weeks: number;
  outflows: Array<{ destination: string; destinationIndex: number; rate: number; lag: number }>;
}

/** The scenario turned into index-based form so that it can be evaluated thousands of times. */
export interface CompiledModel {
  scenario: Scenario;
  horizon: number;
  startYear: number;
  /** The year present values are discounted to (`basisjaar`, default the start year). */
  baseYear: number;
  /** Month (1–12) in which the hub starts in its first year. */
  startMonth: number;
  convention: TimeConvention;
  /** The valuation of the work that counts once (`outputWaardering`). */
  outputValuation: string;
  years: number[];
  inputs: InputRef[];
  inputIndex: Map<string, number>;
  /** The base case's input values (the optimism corrections at 0 when `optimismeInBasisgeval` is false). */
  base: Float64Array;
  /** The values the Monte Carlo starts from: every input as the scenario gives it, corrections included. */
  drawBase: Float64Array;
  /** The input indexes of the optimism corrections of grades 1–5 (-1 when absent). */
  grades: number[];
  /** Whether the base case applies the optimism corrections (`optimismeInBasisgeval`, default true). */
  optimismInBaseCase: boolean;
  g: Record<string, number>; // general parameter -> input index (-1 when absent)
  cohorts: CompiledCohort[];
  lines: CompiledLine[];
  stakeholders: Array<{
    id: StakeholderId;
    name: LocalizedText;
    settles: boolean;
    /** What the party's settlement contribution would be paid through; null for people. */
    instrument: ScenarioInstrumentCode | null;
  }>;
}

/** The general parameters, in the standard's order (`parameters` of the scenario schema). */
const GENERAL_KEYS = Object.keys(
  (getSchema('scenario') as { properties: { parameters: { properties: object } } }).properties
    .parameters.properties,
);

export function compileScenario(scenario: Scenario): CompiledModel {
  const inputs: InputRef[] = [];
  const inputIndex = new Map<string, number>();
  const add = (key: string, label: LocalizedText, param: Parameter | undefined): number => {
    if (param === undefined) return -1;
    const money = /^(EUR|GBP)/.test(param.eenheid);
    const exponent =
      money && param.prijsjaar !== undefined ? scenario.prijsjaar - param.prijsjaar : 0;
    inputIndex.set(key, inputs.length);
    inputs.push({ key, label, param, indexExponent: exponent });
    return inputs.length - 1;
  };
  const g: Record<string, number> = {};
  const params = scenario.parameters as unknown as Record<string, Parameter | undefined>;
  for (const key of GENERAL_KEYS) {
    g[key] = add(`parameters.${key}`, PARAMETER_LABELS[key] as LocalizedText, params[key]);
  }
  const grades: number[] = [];
  for (const grade of ['1', '2', '3', '4', '5'] as const) {
    grades.push(
      add(
        `bewijsklassen.${grade}`,
        {
          nl: `Optimisme-correctie bewijsklasse ${grade}`,
          en: `Optimism bias, evidence grade ${grade}`,
        },
        scenario.bewijsklassen[grade],
      ),
    );
  }
  const lbl = (prefix: string, field: string): LocalizedText => ({
    nl: `${prefix} · ${PARAMETER_LABELS[field]?.nl ?? field}`,
    en: `${prefix} · ${PARAMETER_LABELS[field]?.en ?? field}`,
  });
  const cohorts: CompiledCohort[] = scenario.cohorten.map((c, i) => ({
    id: c.id,
    startOffset: c.startjaar - scenario.startjaar,
    intakeTime: c.startjaar - scenario.startjaar + ((c.startmaand ?? 1) - 1) / 12,
    trainingWeeks: add(`cohorten[${i}].trainingWeken`, lbl(c.id, 'trainingWeken'), c.trainingWeken),
    intake: add(`cohorten[${i}].instroom`, lbl(c.id, 'instroom'), c.instroom),
    dropout: add(`cohorten[${i}].uitvalTraining`, lbl(c.id, 'uitvalTraining'), c.uitvalTraining),
    placement: add(`cohorten[${i}].plaatsing`, lbl(c.id, 'plaatsing'), c.plaatsing),
    hours: add(`cohorten[${i}].urenPerWeek`, lbl(c.id, 'urenPerWeek'), c.urenPerWeek),
    weeks: add(`cohorten[${i}].betaaldeWeken`, lbl(c.id, 'betaaldeWeken'), c.betaaldeWeken),
    outflows: c.uitstroom.map((o, j) => ({
      destination: o.bestemming,
      destinationIndex: DESTINATIONS.indexOf(o.bestemming),
      rate: add(
        `cohorten[${i}].uitstroom[${j}].kansPerJaar`,
        {
          nl: `${c.id} · uitstroom ${DESTINATION_LABELS[o.bestemming]?.nl ?? o.bestemming}`,
          en: `${c.id} · outflow ${DESTINATION_LABELS[o.bestemming]?.en ?? o.bestemming}`,
        },
        o.kansPerJaar,
      ),
      lag: o.vertragingJaren,
    })),
  }));
  const sIndex = (id: StakeholderId | undefined): number =>
    id === undefined ? -1 : STAKEHOLDER_IDS.indexOf(id);
  const horizon = scenario.horizonJaren;
  const outputValuation = scenario.outputWaardering ?? 'vervangingskosten';
  const lines: CompiledLine[] = [];
  scenario.regels.forEach((l: Line, i) => {
    const name = l.naam;
    const prefix = l.naam.nl;
    const pfx = (field: string): LocalizedText => ({
      nl: `${prefix} · ${PARAMETER_LABELS[field]?.nl ?? field}`,
      en: `${l.naam.en} · ${PARAMETER_LABELS[field]?.en ?? field}`,
    });
    const flow = FLOW_CALCULATIONS.includes(l.berekening);
    const unitPerYear = perYear(l.eenheidswaarde?.eenheid);
    const valuation = l.outputWaardering ?? null;
    const social: CompiledLine['social'] =
      valuation !== null && valuation !== outputValuation
        ? 'out'
        : valuation !== null && l.transfer
          ? 'buyersValue'
          : l.transfer
            ? 'out'
            : 'flow';
    const from = Math.max(0, (l.vanJaar ?? scenario.startjaar) - scenario.startjaar);
    const to = Math.min(
      horizon - 1,
      (l.totJaar ?? scenario.startjaar + horizon - 1) - scenario.startjaar,
    );
    const compiled: CompiledLine = {
      id: l.id,
      name,
      calculation: l.berekening,
      category: l.categorie,
      type: l.soort,
      cashable: l.verzilverbaar,
      transfer: l.transfer,
      funding: l.financiering === true,
      payer: sIndex(l.betaler),
      receiver: sIndex(l.ontvanger),
      unit: add(`regels[${i}].eenheidswaarde`, pfx('eenheidswaarde'), l.eenheidswaarde),
      factor: add(`regels[${i}].factor`, pfx('factor'), l.factor),
      deadweight: add(`regels[${i}].deadweight`, pfx('deadweight'), l.deadweight),
      attribution: add(`regels[${i}].attributie`, pfx('attributie'), l.attributie),
      displacement: add(`regels[${i}].verdringing`, pfx('verdringing'), l.verdringing),
      dropOff: flow ? add(`regels[${i}].afname`, pfx('afname'), l.afname) : -1,
      duration: flow ? (l.duurJaren ?? (l.afname !== undefined ? horizon : 1)) : 1,
      grade: l.bewijsklasse !== undefined ? (grades[l.bewijsklasse - 1] ?? -1) : -1,
      from,
      to,
      perYearInState:
        l.berekening === 'bijstand-uitstroom' ||
        ((l.berekening === 'per-uitstroom-regulier' ||
          l.berekening === 'per-uitstroom-ander-werk') &&
          unitPerYear),
      proRata: l.berekening === 'vast' && unitPerYear,
      budget: l.budget ?? null,
      outputValuation: valuation,
      social,
      source: -1,
      derived: false,
    };
    lines.push(compiled);
    if (l.afroming === true) {
      // The part the municipality does not keep goes to (or, for a cost, comes from) central government.
      const saving = l.ontvanger === 'gemeente';
      lines.push({
        ...compiled,
        id: `${l.id}-afroming`,
        name: saving
          ? {
              nl: `${l.naam.nl}: afroming door het Rijk`,
              en: `${l.naam.en}: skimmed off by central government`,
            }
          : {
              nl: `${l.naam.nl}: deel dat het Rijk via het budget draagt`,
              en: `${l.naam.en}: share central government bears through the budget`,
            },
        calculation: 'afroming',
        category: saving ? 'kosten' : 'baten',
        transfer: true,
        funding: false,
        payer: sIndex(saving ? 'gemeente' : 'rijk'),
        receiver: sIndex(saving ? 'rijk' : 'gemeente'),
        perYearInState: false,
        proRata: false,
        outputValuation: null,
        social: 'out',
        source: lines.length - 1,
        derived: true,
      });
    }
  });
  const named = new Map(scenario.belanghebbenden.map((s) => [s.id, s]));
  const stakeholders = STAKEHOLDER_IDS.map((id) => {
    const entry = named.get(id);
    return {
      id,
      name: entry?.naam ?? STAKEHOLDER_LABELS[id],
      settles: entry?.verrekenen ?? !PEOPLE.includes(id),
      instrument: entry?.instrument ?? DEFAULT_INSTRUMENT[id] ?? null,
    };
  });
  const drawBase = new Float64Array(inputs.map((r) => r.param.waarde));
  const optimismInBaseCase = scenario.optimismeInBasisgeval ?? true;
  const base = Float64Array.from(drawBase);
  if (!optimismInBaseCase) for (const i of grades) if (i >= 0) base[i] = 0;
  return {
    scenario,
    horizon,
    startYear: scenario.startjaar,
    baseYear: scenario.basisjaar ?? scenario.startjaar,
    startMonth: scenario.startmaand ?? 1,
    convention: scenario.tijdconventie ?? 'midden-jaar',
    outputValuation,
    years: Array.from({ length: horizon }, (_, i) => scenario.startjaar + i),
    inputs,
    inputIndex,
    base,
    drawBase,
    grades,
    optimismInBaseCase,
    g,
    cohorts,
    lines,
    stakeholders,
  };
}
