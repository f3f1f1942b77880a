// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Object-level authorisation of the references in a write (OWASP API1): every id in a body
 * (organisation, subscription, client, visit, worker, service) must name a record the caller may
 * reference; one it may not is answered exactly as one that does not exist (422 `x-reference`,
 * the same words), so a write reveals nothing about another organisation's records.
 */
import type { EntiteitCode } from '@zorghub/schemas';
import type { Queryable } from '../db.js';
import { problem } from '../problem.js';
import type { Principal, Role } from '../types.js';
import { getRow, type Row, rowCols, type Scope } from './store.js';

/** `visited`: a worker may name a client (or subscription) only through one of their own visits. */
type RefScope = Scope | 'visited';

const ALL_HUB = { beheerder: 'hub', planner: 'hub', jobcoach: 'hub' } as const;

/** How far each role may reference each entity. A role without an entry references none. */
export const REFERENCE_SCOPE: Readonly<Record<string, Partial<Record<Role, RefScope>>>> = {
  organisatie: { ...ALL_HUB, zorgorganisatie: 'self', financier: 'self' },
  abonnement: { ...ALL_HUB, zorgorganisatie: 'careOrg', medewerker: 'visited' },
  client: { ...ALL_HUB, zorgorganisatie: 'careOrg', medewerker: 'visited' },
  bezoek: { ...ALL_HUB, zorgorganisatie: 'careOrg', medewerker: 'participant' },
  // A care organisation books a visit with a named worker and service of the hub.
  deelnemer: { ...ALL_HUB, zorgorganisatie: 'hub', medewerker: 'participant' },
  dienst: { ...ALL_HUB, zorgorganisatie: 'hub', medewerker: 'hub', financier: 'hub' },
  factuur: { beheerder: 'hub', zorgorganisatie: 'careOrg' },
} satisfies Partial<Record<EntiteitCode, Partial<Record<Role, RefScope>>>>;

/** The answer for a reference that is unknown or not the caller's: the same for both. */
export function noSuchReference(field: string, id: string, entity: string) {
  return problem(422, `${field} ${id} bestaat niet / does not exist`, {
    invalidParams: [{ name: field, code: 'x-reference', reason: `no such ${entity}` }],
  });
}

async function visitedBy(
  q: Queryable,
  p: Principal,
  column: 'client_id' | 'parent_id',
  id: string,
): Promise<boolean> {
  if (!p.participantId) return false;
  const { rows } = await q.query(
    `SELECT 1 FROM records WHERE hub_id = $1 AND entity = 'bezoek' AND participant_id = $2 AND ${column} = $3 LIMIT 1`,
    [p.hubId, p.participantId, id],
  );
  return rows.length > 0;
}

/** The referenced record when it exists and the caller may reference it; otherwise the 422. */
export async function referencedRow(
  q: Queryable,
  p: Principal,
  entity: string,
  id: string,
  field: string,
): Promise<Row> {
  const row = await getRow(q, p.hubId, entity, id);
  const scope = REFERENCE_SCOPE[entity]?.[p.role];
  let ok = !!row && !!scope;
  if (row && scope) {
    const cols = rowCols(row);
    if (scope === 'careOrg') ok = cols.careOrgId === p.orgId;
    else if (scope === 'participant')
      ok = !!p.participantId && cols.participantId === p.participantId;
    else if (scope === 'self') ok = row.id === p.orgId;
    else if (scope === 'visited')
      ok = await visitedBy(q, p, entity === 'client' ? 'client_id' : 'parent_id', row.id);
  }
  if (!ok || !row) throw noSuchReference(field, id, entity);
  return row;
}

export interface Reference {
  field: string;
  entity: string;
}

/** Checks every reference of `data` that is set; returns the rows by field. */
export async function checkReferences(
  q: Queryable,
  p: Principal,
  refs: readonly Reference[],
  data: Record<string, unknown>,
): Promise<Record<string, Row>> {
  const out: Record<string, Row> = {};
  for (const r of refs) {
    const v = data[r.field];
    if (typeof v === 'string') out[r.field] = await referencedRow(q, p, r.entity, v, r.field);
  }
  return out;
}

/** A 422 for two references that do not belong together (both visible to the caller). */
export function mismatch(field: string, detail: string) {
  return problem(422, detail, {
    invalidParams: [{ name: field, code: 'x-reference', reason: 'does not belong together' }],
  });
}
