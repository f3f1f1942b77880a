// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Whose a record is: the ids of its care organisation, client, participant and parent record, read
 * through the entity's `x-entity.scope` (see {@link EntityScope}). The API scopes access with
 * them; loading data and seeding tests use the same function. Browser-safe.
 */
import type { EntityInfo, EntityScope } from './model.js';
import { scopeKeys } from './model.js';

export type ScopeValues = Record<keyof EntityScope, string | null>;

/**
 * Looks up `field` of the `entity` record with id `id` (for a scope path that follows a
 * reference, like `clientId.zorgorganisatieId`). Returns undefined or null when there is none.
 */
export type ScopeLookup = (entity: string, id: string, field: string) => unknown;

const text = (v: unknown): string | null =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;

/** The scope of one record; a followed reference is resolved with `lookup` (null without it). */
export async function recordScope(
  entity: EntityInfo,
  record: Readonly<Record<string, unknown>>,
  lookup?: ScopeLookup,
): Promise<ScopeValues> {
  const out: ScopeValues = { organisation: null, client: null, participant: null, parent: null };
  const scope = entity.scope ?? {};
  for (const key of scopeKeys) {
    const path = scope[key];
    if (!path) continue;
    const dot = path.indexOf('.');
    if (dot === -1) {
      out[key] = text(record[path]);
      continue;
    }
    const via = path.slice(0, dot);
    const id = text(record[via]);
    const target = entity.fields.find((f) => f.path === via)?.reference;
    if (id === null || !target || !lookup) continue;
    out[key] = text(await lookup(target, id, path.slice(dot + 1)));
  }
  return out;
}
