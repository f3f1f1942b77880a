// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { Scenario } from '@zorghub/business-case';
import type { CalculatorData, Lang } from './types';

/** The cohort fields a user can change on screen, in the order a reader thinks about them. */
export const COHORT_FIELDS = [
  'instroom',
  'uitvalTraining',
  'plaatsing',
  'urenPerWeek',
  'betaaldeWeken',
] as const;

export interface InputDef {
  /** JSON Pointer of the value in the scenario, e.g. `/parameters/uurloon/waarde`. */
  pointer: string;
  group: 'parameters' | string;
  key: string;
  label: string;
  description: string;
  unit: string;
  source: string;
}

interface ParameterLike {
  waarde: number;
  eenheid: string;
  bron: string;
  bronJaar?: number;
}

function sourceText(p: ParameterLike, labels: CalculatorData['labels'], lang: Lang): string {
  const bron = labels.sources?.[p.bron]?.[lang] ?? p.bron;
  return p.bronJaar ? `${bron} (${p.bronJaar})` : bron;
}

function unitText(p: ParameterLike, labels: CalculatorData['labels'], lang: Lang): string {
  return labels.units?.[p.eenheid]?.[lang] ?? p.eenheid;
}

/** Every number a reader can change: all scenario parameters and the main cohort figures. */
export function inputDefs(
  scenario: Scenario,
  labels: CalculatorData['labels'],
  lang: Lang,
): InputDef[] {
  const pick = (l: CalculatorData['labels']['parameters'][string] | undefined, key: string) => ({
    label: (lang === 'nl' ? l?.nl : l?.en) || key,
    description: (lang === 'nl' ? l?.descriptionNl : l?.descriptionEn) || '',
  });
  const defs: InputDef[] = [];
  const params = scenario.parameters as unknown as Record<string, ParameterLike | undefined>;
  for (const [key, p] of Object.entries(params)) {
    if (!p || typeof p.waarde !== 'number') continue;
    defs.push({
      pointer: `/parameters/${key}/waarde`,
      group: 'parameters',
      key,
      ...pick(labels.parameters[key], key),
      unit: unitText(p, labels, lang),
      source: sourceText(p, labels, lang),
    });
  }
  scenario.cohorten.forEach((cohort, i) => {
    const c = cohort as unknown as Record<string, ParameterLike | undefined>;
    for (const key of COHORT_FIELDS) {
      const p = c[key];
      if (!p || typeof p.waarde !== 'number') continue;
      defs.push({
        pointer: `/cohorten/${i}/${key}/waarde`,
        group: cohort.id,
        key,
        ...pick(labels.cohort[key], key),
        unit: unitText(p, labels, lang),
        source: sourceText(p, labels, lang),
      });
    }
  });
  return defs;
}

export function getAt(scenario: Scenario, pointer: string): number {
  let node: unknown = scenario;
  for (const part of pointer.split('/').slice(1)) node = (node as Record<string, unknown>)[part];
  return node as number;
}

/** A copy of the scenario with one value replaced (the original is left untouched). */
export function setAt(scenario: Scenario, pointer: string, value: number): Scenario {
  const copy = structuredClone(scenario);
  const parts = pointer.split('/').slice(1);
  let node = copy as unknown as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts[parts.length - 1]!] = value;
  return copy;
}
