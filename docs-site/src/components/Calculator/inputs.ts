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

function sourceText(p: ParameterLike): string {
  return p.bronJaar ? `${p.bron} (${p.bronJaar})` : p.bron;
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
      unit: p.eenheid,
      source: sourceText(p),
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
        unit: p.eenheid,
        source: sourceText(p),
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

/** Reads a number typed in Dutch or English style ("1.234,5", "1,234.5", "0,25", "16"). */
export function parseNumber(raw: string): number | undefined {
  const s = raw
    .trim()
    .replace(/\s|\u00a0/g, '')
    .replace(/^−/, '-');
  if (s === '' || !/^-?[\d.,]+$/.test(s)) return undefined;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let normalised: string;
  if (lastComma > lastDot) normalised = s.replace(/\./g, '').replace(',', '.');
  else if (lastDot > lastComma && lastComma >= 0) normalised = s.replace(/,/g, '');
  else normalised = s;
  if ((normalised.match(/\./g) ?? []).length > 1) return undefined;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : undefined;
}

const inputFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};

export function formatInput(value: number, lang: Lang): string {
  inputFormats[lang] ??= new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    maximumFractionDigits: 6,
    useGrouping: false,
  });
  return inputFormats[lang].format(value);
}
