// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * What the API takes from the standard (`@zorghub/schemas`): the entities it stores, their bundled
 * JSON Schemas (request and response bodies), their fields with privacy class (`getEntity` →
 * `FieldInfo`), the codes of their closed codelists, and the standard's own ajv (its vocabulary:
 * `codelist`, `x-privacy`, …) for validating whole records.
 */
import {
  codelists,
  createAjv,
  type EntiteitCode,
  type EntityInfo,
  type FieldInfo,
  getEntity,
  getSchema,
} from '@zorghub/schemas';

/**
 * The exchange entities the API stores, in reference order (a record only points at entities listed
 * before it): the order to load a data package in, and the entities that can be exported.
 */
export const STORED_ENTITIES: readonly EntiteitCode[] = [
  'organisatie',
  'dienst',
  'abonnement',
  'client',
  'deelnemer',
  'training',
  'coachingcontact',
  'bezoek',
  'signaal',
  'urenregistratie',
  'factuur',
  'uitkomst',
];

/** PascalCase component name for an entity: 'urenregistratie' → 'Urenregistratie'. */
export const componentName = (entity: string) => entity.charAt(0).toUpperCase() + entity.slice(1);

/** The standard's description of an entity; throws for a name the standard does not know. */
export function entityInfo(entity: string): EntityInfo {
  const info = getEntity(entity);
  if (!info) throw new Error(`@zorghub/schemas has no entity "${entity}"`);
  return info;
}

const schemas = new Map<string, Record<string, unknown>>();

/** The standard's bundled JSON Schema for an entity (the request and response body). */
export function entitySchema(entity: string): Record<string, unknown> {
  let s = schemas.get(entity);
  if (!s) {
    s = getSchema(entity) as Record<string, unknown>;
    schemas.set(entity, s);
  }
  return s;
}

type Validate = ((data: unknown) => boolean) & {
  errors?: Array<{
    instancePath: string;
    message?: string;
    keyword: string;
    params?: Record<string, unknown>;
  }> | null;
};

let ajv: ReturnType<typeof createAjv> | undefined;
/** The standard's ajv (its vocabulary registered), for runtime compiling. */
export function bodyAjv(): { compile(schema: object): Validate } {
  ajv ??= createAjv();
  return ajv as unknown as { compile(schema: object): Validate };
}

const validators = new Map<string, Validate>();

/** Compiled validator for a whole record of an entity. */
export function recordValidator(entity: string): Validate {
  let v = validators.get(entity);
  if (!v) {
    v = bodyAjv().compile(entitySchema(entity));
    validators.set(entity, v);
  }
  return v;
}

/** Top-level fields of an entity (not the items of nested objects or lists), with their privacy class. */
export function entityFields(entity: string): FieldInfo[] {
  return entityInfo(entity).fields.filter((f) => !f.path.includes('.') && !f.path.includes('[]'));
}

/** The codes of the closed codelist on a field. */
export function fieldCodes(entity: string, field: string): string[] {
  const name = entityInfo(entity).fields.find((f) => f.path === field)?.codelist;
  const list = name ? codelists[name] : undefined;
  if (!list) throw new Error(`${entity}.${field} has no codelist in the standard`);
  return list.codes.map((c) => c.code);
}

/** The entity's Dutch name and plural. */
export function entityNames(entity: string): { name: string; plural: string } {
  const { name, plural } = entityInfo(entity);
  return { name, plural };
}
