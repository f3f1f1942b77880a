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
function scale(p: Parameter, factor: number, round: (n: number) => number): void {
  const waarde = round(p.waarde.value * factor);
  p.waarde.node.value = waarde;
  for (const s of p.spread) s.node.value = round(s.value * factor);
  if (p.spread.length >= 2) {
    // min and max are the first and last numbers of a distribution in the standard.
    const lo = p.spread[0]!;
    const hi = p.spread[p.spread.length - 1]!;
    if ((lo.node.value as number) > waarde) lo.node.value = waarde;
    if ((hi.node.value as number) < waarde) hi.node.value = waarde;
    // Rounding must not collapse the distribution: the standard wants min < max.
    if ((hi.node.value as number) <= (lo.node.value as number))
      hi.node.value = round((lo.node.value as number) + Math.max(1, waarde) * 0.5);
  }
}

/** Sets a parameter to a new value, moving its distribution along in proportion. */
function setTo(p: Parameter, value: number, round: (n: number) => number): void {
  const factor = p.waarde.value === 0 ? 1 : value / p.waarde.value;
  scale(p, factor, round);
  p.waarde.node.value = value;
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

  const first = intakes[0]?.waarde.value ?? 0;
  const factor = first > 0 ? answers.intake / first : 1;
  for (const p of intakes) scale(p, factor, (n) => Math.max(1, Math.round(n)));
  for (const p of hours) setTo(p, answers.hoursPerWeek, (n) => Math.round(n * 10) / 10);

  const parameters = root.get('parameters', true);
  const tariff = isMap(parameters)
    ? parameterOf(parameters.get('tariefAbonnement', true))
    : undefined;
  if (tariff) setTo(tariff, answers.tariff, (n) => Math.round(n * 100) / 100);

  const topYear = numberIn(root, 'startjaar');
  const shift = topYear ? startYear - topYear.value : 0;
  for (const y of years) y.node.value = y.value + shift;

  // Names: the hub, the region, and the operator and municipality among the stakeholders.
  const delftName = String(root.get('naam') ?? '');
  if (root.has('naam')) root.set('naam', answers.hubName);
  if (root.has('regio'))
    root.set(
      'regio',
      answers.municipalityCode
        ? `${answers.municipality} (${answers.municipalityCode})`
        : answers.municipality,
    );
  if (root.has('id')) {
    const slug = answers.municipality
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toUpperCase();
    root.set('id', `SC-${slug || 'REGIO'}-${startYear}`);
  }
  const stakeholders = root.get('belanghebbenden', true);
  if (isSeq(stakeholders)) {
    for (const item of stakeholders.items) {
      if (!isMap(item)) continue;
      const id = String(item.get('id') ?? '');
      const naam = item.get('naam', true);
      if (!isMap(naam)) continue;
      if (id === 'exploitant') {
        naam.set('nl', `${answers.hubName} (sociaal werkbedrijf ${answers.enterprise})`);
        naam.set('en', `${answers.hubName} (social enterprise ${answers.enterprise})`);
      } else if (id === 'gemeente') {
        naam.set('nl', `Gemeente ${answers.municipality}`);
        naam.set('en', `Municipality of ${answers.municipality}`);
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
  doc.commentBefore = doc.commentBefore ? `${header}\n${doc.commentBefore}` : header;
  return doc.toString({ lineWidth: 100 });
}
