// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * An entity as the tools see it, derived from its schema: names, kind and scope, and the fields
 * with their columns, types, privacy, codelists and references; and the order to load entities in.
 * Browser-safe.
 */
import {
  type EntityInfo,
  type EntityKind,
  type EntityScope,
  entityKinds,
  type FieldInfo,
  isObject,
  type JsonSchema,
  type LocalizedText,
  type Privacy,
  privacyClasses,
  scopeKeys,
} from './model.js';
import { parsePointer, resolvePointer } from './pointer.js';

const FIELD_TYPES = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object']);

/** Resolves a local `$ref` ('#/$defs/x') against the root; other refs are left alone. */
export function resolveLocal(root: JsonSchema, node: JsonSchema): JsonSchema {
  let current = node;
  const seen = new Set<string>();
  while (typeof current.$ref === 'string' && current.$ref.startsWith('#/')) {
    const ref: string = current.$ref;
    if (seen.has(ref)) break;
    seen.add(ref);
    const target = resolvePointer(root, parsePointer(ref));
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
      // required inside each item of the list (a line of an invoice needs its amount)
      collectFields(root, items, `${path}[].`, `${pathEn}[].`, true, privacy, out, depth + 1);
    }
  }
}

/** Entity names of the standard, for schemas that do not carry `x-entity`. */
export function entityNamesOf(schema: JsonSchema, fileName: string) {
  const meta = isObject(schema['x-entity']) ? schema['x-entity'] : {};
  const name = typeof meta.name === 'string' ? meta.name : fileName;
  const kind: EntityKind = (entityKinds as readonly unknown[]).includes(meta.kind)
    ? meta.kind
    : 'record';
  const scope: EntityScope = {};
  if (isObject(meta.scope))
    for (const key of scopeKeys)
      if (typeof meta.scope[key] === 'string') scope[key] = meta.scope[key];
  return {
    name,
    plural: typeof meta.plural === 'string' ? meta.plural : name,
    english: typeof meta.english === 'string' ? meta.english : name,
    englishPlural: typeof meta.englishPlural === 'string' ? meta.englishPlural : name,
    kind,
    ...(kind === 'record' ? { scope } : {}),
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
 * Entities ordered so that an entity comes after every entity its fields refer to (reference
 * cycles are broken in the given order): the order to load a data package in.
 */
export function referenceOrder<E extends Pick<EntityInfo, 'name' | 'fields'>>(
  all: readonly E[],
): E[] {
  const byName = new Map(all.map((e) => [e.name, e]));
  const ordered: E[] = [];
  const done = new Set<string>();
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (done.has(name) || visiting.has(name)) return;
    const entity = byName.get(name);
    if (!entity) return;
    visiting.add(name);
    for (const field of entity.fields)
      if (field.reference && field.reference !== name) visit(field.reference);
    visiting.delete(name);
    done.add(name);
    ordered.push(entity);
  };
  for (const e of all) visit(e.name);
  return ordered;
}
