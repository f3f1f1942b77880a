// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes `src/generated/scenario-parameters.ts`: every parameter of the business-case scenario
 * (a node that refers to `#/$defs/parameter`) with its place, title, description and the units it
 * may have (`x-units`), checked against the `scenario-eenheid` codelist for every currency.
 */
import type { Codelist, JsonSchema, ScenarioParameterInfo } from '../src/model.js';

export class ScenarioParameterError extends Error {}

const isObject = (v: unknown): v is JsonSchema =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function groupOf(segments: string[]): ScenarioParameterInfo['group'] {
  if (segments.includes('uitstroom')) return 'uitstroom';
  return segments[0] as ScenarioParameterInfo['group'];
}

/** The parameters of a (source or bundled) scenario schema, in schema order. */
export function scenarioParameterInfo(
  schema: JsonSchema,
  codelists: Readonly<Record<string, Codelist>>,
  where = 'schema/scenario.schema.json',
): { parameters: ScenarioParameterInfo[]; currencies: string[] } {
  const currencies: string[] = Array.isArray(schema.properties?.valuta?.enum)
    ? schema.properties.valuta.enum
    : [];
  const units = new Set((codelists['scenario-eenheid']?.codes ?? []).map((c) => c.code));
  const parameters: ScenarioParameterInfo[] = [];
  const visit = (node: JsonSchema, segments: string[]) => {
    const properties = isObject(node.properties) ? node.properties : {};
    const required = new Set<string>(Array.isArray(node.required) ? node.required : []);
    for (const [key, prop] of Object.entries(properties)) {
      if (!isObject(prop)) continue;
      const here = [...segments, key];
      if (prop.$ref === '#/$defs/parameter') {
        const allowed: string[] | undefined = Array.isArray(prop['x-units'])
          ? prop['x-units']
          : undefined;
        for (const unit of allowed ?? [])
          for (const currency of unit.includes('¤') ? currencies : [''])
            if (!units.has(unit.replace('¤', currency)))
              throw new ScenarioParameterError(
                `${where}: /${here.join('/')} has "x-units" ${JSON.stringify(unit)}, but ${JSON.stringify(unit.replace('¤', currency))} is not a code of codelists/scenario-eenheid.csv`,
              );
        parameters.push({
          key,
          path: `/${here.join('/')}`,
          group: groupOf(here),
          required: required.has(key),
          title: { nl: String(prop.title ?? key), en: String(prop['x-title-en'] ?? key) },
          description: {
            nl: String(prop.description ?? ''),
            en: String(prop['x-description-en'] ?? ''),
          },
          ...(allowed ? { units: allowed } : {}),
        });
      } else if (isObject(prop.items)) visit(prop.items, [...here, '*']);
      else if (isObject(prop.properties)) visit(prop, here);
    }
  };
  visit(schema, []);
  return { parameters, currencies };
}

export function scenarioParametersModule(
  info: { parameters: ScenarioParameterInfo[]; currencies: string[] },
  header: string,
): string {
  const general = info.parameters.filter((p) => p.group === 'parameters').map((p) => p.key);
  return [
    `// ${header}`,
    `import type { ScenarioParameterInfo } from '../model.js';`,
    '',
    '/** Currencies a scenario may be in (`valuta`); `¤` in a unit stands for one of them. */',
    `export const scenarioCurrencies = ${JSON.stringify(info.currencies)} as const;`,
    '',
    '/** Names of the general parameters (`parameters.<name>`), in schema order. */',
    `export const scenarioParameterKeys = ${JSON.stringify(general)} as const;`,
    '',
    '/** Every parameter of the scenario with its place, texts and allowed units. */',
    `export const scenarioParameterData: ScenarioParameterInfo[] = ${JSON.stringify(info.parameters, null, 2)};`,
    '',
  ].join('\n');
}
