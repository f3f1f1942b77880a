/**
 * The model of the standard shared by the generator, the root entry and regional profiles:
 * public types, deriving the tabular mapping from a schema, inlining closed codelists, and the
 * conventions every schema must follow. Browser-safe: no Node imports.
 */

import type { ErrorObject } from 'ajv';

/** A precompiled validator: returns whether `data` is valid; `errors` holds ajv's errors. */
export interface ValidateFn {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export type Privacy = 'none' | 'pseudonymous' | 'personal' | 'special';
export const privacyClasses: readonly Privacy[] = ['none', 'pseudonymous', 'personal', 'special'];

export interface LocalizedText {
  nl: string;
  en: string;
}

export interface FieldInfo {
  /** Dotted for nested objects, e.g. 'geplandStartOp' or 'adres.postcode'; '[]' marks array items. */
  path: string;
  /** CSV/XLSX header (Dutch): equals path. */
  columnNl: string;
  /** English alias header, e.g. 'plannedStartAt'. */
  columnEn: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  format?: string;
  required: boolean;
  privacy: Privacy;
  codelist?: string;
  reference?: string;
  deprecated?: boolean;
  title: LocalizedText;
  description: LocalizedText;
}

export interface EntityInfo {
  name: string;
  plural: string;
  english: string;
  englishPlural: string;
  $id: string;
  idField: string;
  title: LocalizedText;
  description: LocalizedText;
  fields: FieldInfo[];
}

export interface Code {
  code: string;
  labelNl: string;
  labelEn: string;
  descriptionNl?: string;
  descriptionEn?: string;
  deprecated: boolean;
  replacedBy?: string;
}

export interface Codelist {
  name: string;
  open: boolean;
  codes: Code[];
}

/** Codelist metadata kept beside the codes (codelists/index.json). */
export interface CodelistMeta {
  title: LocalizedText;
  description: LocalizedText;
}

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema documents are untyped JSON
export type JsonSchema = Record<string, any>;

const FIELD_TYPES = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object']);

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Resolves a local `$ref` ('#/$defs/x') against the root; other refs are left alone. */
export function resolveLocal(root: JsonSchema, node: JsonSchema): JsonSchema {
  let current = node;
  const seen = new Set<string>();
  while (typeof current.$ref === 'string' && current.$ref.startsWith('#/')) {
    const ref: string = current.$ref;
    if (seen.has(ref)) break;
    seen.add(ref);
    let target: unknown = root;
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      target = isObject(target) ? target[key] : undefined;
    }
    if (!isObject(target)) break;
    // Keywords beside $ref (2020-12 allows them) override the target's annotations.
    const { $ref: _ref, ...rest } = current;
    current = { ...target, ...rest };
  }
  return current;
}

function schemaType(node: JsonSchema): FieldInfo['type'] {
  const t = node.type;
  const candidates: unknown[] = Array.isArray(t) ? t.filter((x) => x !== 'null') : [t];
  const first = candidates.find((x): x is string => typeof x === 'string' && FIELD_TYPES.has(x));
  if (first) return first as FieldInfo['type'];
  if (isObject(node.properties)) return 'object';
  if (node.items !== undefined) return 'array';
  if (Array.isArray(node.enum) && node.enum.every((v: unknown) => typeof v === 'string'))
    return 'string';
  if (Array.isArray(node.oneOf) || Array.isArray(node.anyOf)) return 'object';
  return 'string';
}

function text(
  node: JsonSchema,
  fallback: string,
): { title: LocalizedText; description: LocalizedText } {
  const titleNl = typeof node.title === 'string' ? node.title : fallback;
  const descNl = typeof node.description === 'string' ? node.description : '';
  return {
    title: {
      nl: titleNl,
      en: typeof node['x-title-en'] === 'string' ? node['x-title-en'] : titleNl,
    },
    description: {
      nl: descNl,
      en: typeof node['x-description-en'] === 'string' ? node['x-description-en'] : descNl,
    },
  };
}

function privacyOf(node: JsonSchema, inherited: Privacy): Privacy {
  const p = node['x-privacy'];
  return typeof p === 'string' && (privacyClasses as readonly string[]).includes(p)
    ? (p as Privacy)
    : inherited;
}

function collectFields(
  root: JsonSchema,
  objectNode: JsonSchema,
  prefixNl: string,
  prefixEn: string,
  parentRequired: boolean,
  inheritedPrivacy: Privacy,
  out: FieldInfo[],
  depth: number,
): void {
  if (depth > 8) return;
  const node = resolveLocal(root, objectNode);
  const properties = isObject(node.properties) ? node.properties : {};
  const required = new Set<string>(Array.isArray(node.required) ? node.required : []);
  for (const [key, rawProp] of Object.entries(properties)) {
    if (!isObject(rawProp)) continue;
    const prop = resolveLocal(root, rawProp);
    const nameEn = typeof prop['x-name-en'] === 'string' ? prop['x-name-en'] : key;
    const path = prefixNl + key;
    const pathEn = prefixEn + nameEn;
    const type = schemaType(prop);
    const privacy = privacyOf(prop, inheritedPrivacy);
    const isRequired = parentRequired && required.has(key);
    const items = isObject(prop.items) ? resolveLocal(root, prop.items) : undefined;
    const codelist =
      typeof prop.codelist === 'string'
        ? prop.codelist
        : items && typeof items.codelist === 'string'
          ? items.codelist
          : undefined;
    const reference =
      typeof prop['x-reference'] === 'string'
        ? prop['x-reference']
        : items && typeof items['x-reference'] === 'string'
          ? items['x-reference']
          : undefined;
    const format =
      typeof prop.format === 'string'
        ? prop.format
        : items && type === 'array' && typeof items.format === 'string'
          ? items.format
          : undefined;
    const field: FieldInfo = {
      path,
      columnNl: path,
      columnEn: pathEn,
      type,
      ...(format ? { format } : {}),
      required: isRequired,
      privacy,
      ...(codelist ? { codelist } : {}),
      ...(reference ? { reference } : {}),
      ...(prop.deprecated === true ? { deprecated: true } : {}),
      ...text(prop, key),
    };
    out.push(field);
    if (type === 'object' && isObject(prop.properties)) {
      collectFields(root, prop, `${path}.`, `${pathEn}.`, isRequired, privacy, out, depth + 1);
    } else if (type === 'array' && items && schemaType(items) === 'object') {
      collectFields(root, items, `${path}[].`, `${pathEn}[].`, false, privacy, out, depth + 1);
    }
  }
}

/** Entity names of the standard, for schemas that do not carry `x-entity`. */
export function entityNamesOf(schema: JsonSchema, fileName: string) {
  const meta = isObject(schema['x-entity']) ? schema['x-entity'] : {};
  const name = typeof meta.name === 'string' ? meta.name : fileName;
  return {
    name,
    plural: typeof meta.plural === 'string' ? meta.plural : name,
    english: typeof meta.english === 'string' ? meta.english : name,
    englishPlural: typeof meta.englishPlural === 'string' ? meta.englishPlural : name,
    idField: typeof meta.idField === 'string' ? meta.idField : 'id',
  };
}

/** Derives the entity description and tabular mapping from a (source or bundled) schema. */
export function deriveEntityInfo(schema: JsonSchema, fileName: string): EntityInfo {
  const names = entityNamesOf(schema, fileName);
  const fields: FieldInfo[] = [];
  collectFields(schema, schema, '', '', true, privacyOf(schema, 'none'), fields, 0);
  return {
    ...names,
    $id: typeof schema.$id === 'string' ? schema.$id : '',
    ...text(schema, names.name),
    fields,
  };
}

/**
 * Returns a copy of a source schema with closed codelists inlined as `enum` on every node that
 * carries `codelist`. Open codelists stay a plain string (they only warn). Codes that are
 * deprecated stay valid (they warn in the validator) until they are removed.
 */
export function bundleSchema(
  schema: JsonSchema,
  codelists: Readonly<Record<string, Codelist>>,
): JsonSchema {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isObject(node)) return node;
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'examples' || key === 'const' || key === 'default') {
        out[key] = structuredClone(value);
      } else if (key === 'enum' && typeof node.codelist === 'string') {
        // replaced below from the codelist
      } else {
        out[key] = walk(value);
      }
    }
    if (typeof node.codelist === 'string') {
      const list = codelists[node.codelist];
      if (list && !list.open) {
        // Keep key order stable: put enum right after codelist.
        const ordered: JsonSchema = {};
        for (const [key, value] of Object.entries(out)) {
          ordered[key] = value;
          if (key === 'codelist') ordered.enum = list.codes.map((c) => c.code);
        }
        return ordered;
      }
    }
    return out;
  };
  return walk(schema) as JsonSchema;
}

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
