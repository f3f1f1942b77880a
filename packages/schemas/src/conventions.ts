// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The conventions every schema of the standard (and of a profile) must follow. Browser-safe. */
import { type Codelist, isObject, type JsonSchema, privacyClasses } from './model.js';

/**
 * Checks the conventions of the standard on one schema and returns readable problems
 * (empty when the schema follows them). `where` is how the schema is named in messages.
 */
export function checkSchemaConventions(
  schema: JsonSchema,
  codelists: Readonly<Record<string, Codelist>>,
  where: string,
  options: { requireEnglishNames?: boolean; entityNames?: readonly string[] } = {},
): string[] {
  const problems: string[] = [];
  if (schema.$schema !== 'https://json-schema.org/draft/2020-12/schema')
    problems.push(`${where}: "$schema" must be "https://json-schema.org/draft/2020-12/schema"`);
  if (
    typeof schema.$id !== 'string' ||
    !/^https:\/\/zorghub\.nl\/standaard\/[0-9]+\.[0-9]+\/.+\.schema\.json$/.test(schema.$id)
  )
    problems.push(
      `${where}: "$id" must be versioned like https://zorghub.nl/standaard/1.0/<name>.schema.json, found ${JSON.stringify(schema.$id)}`,
    );
  const annotations = (node: JsonSchema, at: string) => {
    for (const key of ['title', 'description', 'x-title-en', 'x-description-en']) {
      if (typeof node[key] !== 'string' || node[key].trim() === '')
        problems.push(
          `${at}: "${key}" is missing or empty (Dutch and English title and description are required)`,
        );
    }
    const p = node['x-privacy'];
    if (!(privacyClasses as readonly string[]).includes(p))
      problems.push(
        `${at}: "x-privacy" must be one of ${privacyClasses.join(', ')}, found ${JSON.stringify(p)}`,
      );
  };
  annotations(schema, where);
  const scope = isObject(schema['x-entity']) ? schema['x-entity'].scope : undefined;
  if (isObject(scope))
    for (const [key, path] of Object.entries(scope)) {
      const [first, ...rest] = String(path).split('.');
      const prop = isObject(schema.properties) ? schema.properties[first!] : undefined;
      if (!isObject(prop))
        problems.push(
          `${where}: "x-entity.scope.${key}" names "${first}", which is not among the properties`,
        );
      else if (rest.length > 0 && typeof prop['x-reference'] !== 'string')
        problems.push(
          `${where}: "x-entity.scope.${key}" follows "${first}", which has no "x-reference"`,
        );
    }
  if (!Array.isArray(schema.examples) || schema.examples.length === 0)
    problems.push(`${where}: "examples" must hold at least one complete, valid record`);

  // Subschemas under these keywords only constrain declared properties: they need no annotations.
  const constraintKeywords = new Set([
    'if',
    'then',
    'else',
    'not',
    'allOf',
    'anyOf',
    'oneOf',
    'dependentSchemas',
    'contains',
  ]);
  const visit = (node: unknown, at: string, isProperty: boolean, constraint: boolean) => {
    if (Array.isArray(node)) {
      for (const [i, n] of node.entries()) visit(n, `${at}/${i}`, false, constraint);
      return;
    }
    if (!isObject(node)) return;
    if (isProperty && !constraint) {
      annotations(node, at);
      if (options.requireEnglishNames && typeof node['x-name-en'] !== 'string')
        problems.push(`${at}: "x-name-en" (English column name) is missing`);
      // Dutch API Design Rules: …Op is a date-time, …Datum a date, and the other way round.
      const name = at.slice(at.lastIndexOf('/') + 1);
      const format = node.format;
      if (/[a-z]Op$/.test(name) && format !== 'date-time')
        problems.push(`${at}: a name ending in "Op" is a moment and needs "format": "date-time"`);
      if (/[a-z]Datum$|^datum$/.test(name) && format !== 'date')
        problems.push(`${at}: a name ending in "Datum" is a date and needs "format": "date"`);
      if (format === 'date-time' && !/[a-z]Op$/.test(name))
        problems.push(`${at}: a date-time field needs a name ending in "Op" (like gemeldOp)`);
      if (format === 'date' && !/[a-z]Datum$|^datum$/.test(name))
        problems.push(`${at}: a date field needs a name ending in "Datum" (like startDatum)`);
    }
    const reference = node['x-reference'];
    if (reference !== undefined && options.entityNames && !options.entityNames.includes(reference))
      problems.push(
        `${at}: "x-reference" names "${String(reference)}", which is not an entity of the standard`,
      );
    const isObjectSchema = node.type === 'object' || isObject(node.properties);
    if (
      !constraint &&
      isObjectSchema &&
      node.additionalProperties !== false &&
      node.unevaluatedProperties !== false
    )
      problems.push(`${at}: objects must set "additionalProperties": false`);
    if (!constraint && isObject(node.properties) && Array.isArray(node.required))
      for (const name of node.required)
        if (!(name in node.properties))
          problems.push(`${at}: "required" names "${name}", which is not among the properties`);
    if (typeof node.codelist === 'string' && !codelists[node.codelist])
      problems.push(
        `${at}: codelist "${node.codelist}" does not exist (expected codelists/${node.codelist}.csv)`,
      );
    if (node.deprecated !== undefined && typeof node.deprecated !== 'boolean')
      problems.push(`${at}: "deprecated" must be true or false`);
    for (const [key, value] of Object.entries(node)) {
      if (key === 'examples' || key === 'enum' || key === 'const' || key === 'default') continue;
      if (key === 'properties' && isObject(value)) {
        const seen = new Set<string>();
        for (const [prop, sub] of Object.entries(value)) {
          if (isObject(sub) && typeof sub['x-name-en'] === 'string') {
            if (seen.has(sub['x-name-en']))
              problems.push(
                `${at}/properties/${prop}: "x-name-en" ${JSON.stringify(sub['x-name-en'])} is used twice in the same object`,
              );
            seen.add(sub['x-name-en']);
          }
          visit(sub, `${at}/properties/${prop}`, true, constraint);
        }
      } else if (key === '$defs' && isObject(value)) {
        for (const [def, sub] of Object.entries(value))
          visit(sub, `${at}/$defs/${def}`, false, constraint);
      } else if (typeof value === 'object' && value !== null) {
        visit(value, `${at}/${key}`, false, constraint || constraintKeywords.has(key));
      }
    }
  };
  visit(schema, where, false, false);
  return problems;
}
