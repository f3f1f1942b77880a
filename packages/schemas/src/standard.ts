// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The published standard as data: entities, codelists, bundled schemas and the precompiled
 * validators. Kept apart from ./index.ts so that the Node validator can load it without ajv's
 * compiler (about 25 ms of start-up); ./index.ts re-exports all of it. Browser-safe.
 */

import { referenceOrder } from './entity-info.js';
import { codelistData, codelistMetaData } from './generated/codelists.js';
import { entityData } from './generated/entities.js';
import { bundledSchemas } from './generated/schemas.js';
import { validators } from './generated/validators/index.js';
import type { Codelist, CodelistMeta, EntityInfo, JsonSchema, ValidateFn } from './model.js';

export { standardVersion } from './version.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** All entities of the standard with their tabular mapping, in a stable order. */
export const entities: readonly EntityInfo[] = deepFreeze(entityData);

/**
 * The entities whose records are exchanged in data packages and stored by the API (kind
 * `record`), in reference order: an entity comes after every entity it refers to.
 */
export const recordEntities: readonly EntityInfo[] = Object.freeze(
  referenceOrder(entities.filter((e) => e.kind === 'record')),
);

/** All codelists by name. */
export const codelists: Readonly<Record<string, Codelist>> = deepFreeze(codelistData);

/** Title and description of every codelist, in Dutch and English. */
export const codelistMeta: Readonly<Record<string, CodelistMeta>> = deepFreeze(codelistMetaData);

/** An entity name as looked up: without accents, trimmed, lower case. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();
}

const aliases = new Map<string, EntityInfo>();
for (const e of entities)
  for (const alias of [e.name, e.plural, e.english, e.englishPlural]) {
    const key = normaliseName(alias);
    if (!aliases.has(key)) aliases.set(key, e);
  }

/** Finds an entity by Dutch or English name, singular or plural, case- and accent-insensitive. */
export function getEntity(nameOrAlias: string): EntityInfo | undefined {
  return aliases.get(normaliseName(nameOrAlias));
}

function entityOrThrow(entity: string): EntityInfo {
  const info = getEntity(entity);
  if (!info)
    throw new Error(
      `Unknown entity "${entity}"; expected one of: ${entities.map((e) => e.name).join(', ')}`,
    );
  return info;
}

/** The bundled, self-contained JSON Schema 2020-12 of an entity (closed codelists as enum). A fresh copy. */
export function getSchema(entity: string): JsonSchema {
  return structuredClone(bundledSchemas[entityOrThrow(entity).name]!);
}

/** The precompiled ajv validator of an entity; after a call, `.errors` holds ajv's ErrorObject[]. */
export function getValidator(entity: string): ValidateFn {
  return validators[entityOrThrow(entity).name]!;
}
