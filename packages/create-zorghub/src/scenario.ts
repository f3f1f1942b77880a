// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2

import type { ScenarioBelanghebbendeCode } from '@zorghub/schemas';
import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Scalar,
  type YAMLMap,
  type Node as YamlNode,
} from 'yaml';
import type { Answers } from './resolve.js';

type Num = { node: Scalar; value: number };

/**
 * Changes are written into the original text at the scalars' source ranges, so the file keeps its
 * exact layout and comments, and nothing has to be re-serialised.
 */
class Edits {
  private readonly byStart = new Map<number, { end: number; text: string }>();
  set(node: Scalar, text: string): void {
    const [start, end] = node.range!;
    this.byStart.set(start, { end, text });
  }
  number(n: Num): number {
    const edit = this.byStart.get(n.node.range![0]);
    return edit ? Number(edit.text) : n.value;
  }
  apply(source: string): string {
    let out = source;
    for (const [start, { end, text }] of [...this.byStart].sort((a, b) => b[0] - a[0]))
      out = out.slice(0, start) + text + out.slice(end);
    return out;
  }
}

function numberIn(map: YAMLMap, key: string): Num | undefined {
  const node = map.get(key, true);
  return isScalar(node) && typeof node.value === 'number'
    ? { node, value: node.value as number }
    : undefined;
}

/** A parameter `{ waarde, eenheid, bron, verdeling?: { min, max, … } }` (or a plain number). */
interface Parameter {
  waarde: Num;
  spread: Num[];
}

function parameterOf(node: unknown): Parameter | undefined {
  if (isScalar(node) && typeof node.value === 'number')
    return { waarde: { node, value: node.value }, spread: [] };
  if (!isMap(node)) return undefined;
  const waarde = numberIn(node, 'waarde') ?? numberIn(node, 'value');
  if (!waarde) return undefined;
  const spread: Num[] = [];
  const verdeling = node.get('verdeling', true) ?? node.get('distribution', true);
  if (isMap(verdeling)) {
    for (const pair of verdeling.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (key === 'type') continue;
      if (isScalar(pair.value) && typeof pair.value.value === 'number')
        spread.push({ node: pair.value, value: pair.value.value as number });
    }
  }
  return { waarde, spread };
}

/** Scales a parameter (its distribution too, so that min ≤ value ≤ max still holds). */
function scale(edits: Edits, p: Parameter, factor: number, round: (n: number) => number): void {
  const waarde = round(p.waarde.value * factor);
  edits.set(p.waarde.node, String(waarde));
  for (const s of p.spread) edits.set(s.node, String(round(s.value * factor)));
  if (p.spread.length >= 2) {
    // min and max are the first and last numbers of a distribution in the standard.
    const lo = p.spread[0]!;
    const hi = p.spread[p.spread.length - 1]!;
    if (edits.number(lo) > waarde) edits.set(lo.node, String(waarde));
    if (edits.number(hi) < waarde) edits.set(hi.node, String(waarde));
    // Rounding must not collapse the distribution: the standard wants min < max.
    if (edits.number(hi) <= edits.number(lo))
      edits.set(hi.node, String(round(edits.number(lo) + Math.max(1, waarde) * 0.5)));
  }
}

/** Sets a parameter to a new value, moving its distribution along in proportion. */
function setTo(edits: Edits, p: Parameter, value: number, round: (n: number) => number): void {
  const factor = p.waarde.value === 0 ? 1 : value / p.waarde.value;
  scale(edits, p, factor, round);
  edits.set(p.waarde.node, String(value));
}

const yearKeys = new Set(['startjaar', 'vanJaar', 'totJaar']);

/**
 * Fills the Delft scenario in for this region, keeping its comments, sources and distributions:
 * names and the region; every cohort's intake scaled so the first cohort takes the region's
 * expected intake (later cohorts keep their proportion); contract hours per week; the
 * subscription tariff; and all years moved so the first cohort starts in `startYear`.
 */
export function scaleScenario(
  delftText: string,
  answers: Answers,
  startYear = new Date().getFullYear(),
): string {
  const doc = parseDocument(delftText);
  if (doc.errors.length > 0)
    throw new Error(`the Delft scenario is not valid YAML: ${doc.errors[0]!.message}`);
  if (!isMap(doc.contents)) throw new Error('the Delft scenario is not a YAML mapping');
  const root = doc.contents as unknown as YAMLMap<string, unknown>;

  const intakes: Parameter[] = [];
  const hours: Parameter[] = [];
  const years: Num[] = [];
  const walk = (node: YamlNode | null | undefined) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const value = pair.value as YamlNode;
        if (key === 'instroom' || key === 'intake') {
          const p = parameterOf(value);
          if (p) intakes.push(p);
        } else if (key === 'urenPerWeek') {
          const p = parameterOf(value);
          if (p) hours.push(p);
        } else if (yearKeys.has(key) && isScalar(value) && typeof value.value === 'number') {
          years.push({ node: value, value: value.value as number });
        }
        walk(value); // aliases (<<: *later) are not followed: the anchored node is changed once
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item as YamlNode);
    }
  };
  walk(root as unknown as YamlNode);

  const edits = new Edits();
  const first = intakes[0]?.waarde.value ?? 0;
  const factor = first > 0 ? answers.intake / first : 1;
  for (const p of intakes) scale(edits, p, factor, (n) => Math.max(1, Math.round(n)));
  for (const p of hours) setTo(edits, p, answers.hoursPerWeek, (n) => Math.round(n * 10) / 10);

  const parameters = root.get('parameters', true);
  const tariff = isMap(parameters)
    ? parameterOf(parameters.get('tariefAbonnement', true))
    : undefined;
  if (tariff) setTo(edits, tariff, answers.tariff, (n) => Math.round(n * 100) / 100);

  const topYear = numberIn(root, 'startjaar');
  const shift = topYear ? startYear - topYear.value : 0;
  for (const y of years) edits.set(y.node, String(y.value + shift));

  // Names: the hub, the region, and the operator and municipality among the stakeholders.
  // Strings are written as JSON, which is valid double-quoted YAML.
  const setText = (map: YAMLMap<string, unknown>, key: string, value: string) => {
    const node = map.get(key, true);
    if (isScalar(node) && node.range) edits.set(node, JSON.stringify(value));
  };
  const delftName = String(root.get('naam') ?? '');
  setText(root, 'naam', answers.hubName);
  setText(
    root,
    'regio',
    answers.municipalityCode
      ? `${answers.municipality} (${answers.municipalityCode})`
      : answers.municipality,
  );
  const slug = answers.municipality
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toUpperCase();
  setText(root, 'id', `SC-${slug || 'REGIO'}-${startYear}`);
  const stakeholders = root.get('belanghebbenden', true);
  if (isSeq(stakeholders)) {
    for (const item of stakeholders.items) {
      if (!isMap(item)) continue;
      // A party of the standard's `scenario-belanghebbende` (the template's scenario is valid).
      const id = String(item.get('id') ?? '') as ScenarioBelanghebbendeCode;
      const naam = item.get('naam', true);
      if (!isMap(naam)) continue;
      const names = naam as unknown as YAMLMap<string, unknown>;
      if (id === 'exploitant') {
        setText(names, 'nl', `${answers.hubName} (sociaal werkbedrijf ${answers.enterprise})`);
        setText(names, 'en', `${answers.hubName} (social enterprise ${answers.enterprise})`);
      } else if (id === 'gemeente') {
        setText(names, 'nl', `Gemeente ${answers.municipality}`);
        setText(names, 'en', `Municipality of ${answers.municipality}`);
      }
    }
  }

  const header = [
    ` Businesscase van ${answers.hubName} (${answers.municipality}), gemaakt met create-zorghub.`,
    ` Uitgangspunt is het voorbeeld "${delftName}": alle waarden, bronnen en verdelingen komen daar`,
    ` vandaan. Aangepast aan deze regio: de instroom (eerste cohort ${answers.intake} kandidaten, latere`,
    ` cohorten in dezelfde verhouding), ${answers.hoursPerWeek} uur per week, een tarief van EUR ${answers.tariff}`,
    ` per uur en de jaren (start ${startYear}). Vervang elke waarde door die van de regio en noem de bron.`,
  ].join('\n');
  const comment = header
    .split('\n')
    .map((line) => `#${line}`)
    .join('\n');
  return `${comment}\n\n${edits.apply(delftText)}`;
}
