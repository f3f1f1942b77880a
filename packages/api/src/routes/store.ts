// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../db.js';
import { problem } from '../problem.js';
import type { Principal, Role } from '../types.js';

/**
 * How far a role sees into an entity: the whole hub, its own care organisation, itself as worker,
 * its own organisation record, or (role particulier) the records of its own household.
 */
export type Scope = 'hub' | 'careOrg' | 'participant' | 'self' | 'household';

export interface Row {
  id: string;
  data: Record<string, unknown>;
  version: number;
  care_org_id: string | null;
  client_id: string | null;
  participant_id: string | null;
  parent_id: string | null;
  household_id?: string | null;
}

export interface Columns {
  careOrgId: string | null;
  clientId: string | null;
  participantId: string | null;
  parentId: string | null;
  /** The private household the record belongs to (abonnement, bezoek, factuur, …), if any. */
  householdId?: string | null;
}

export const MAX_PAGE_SIZE = 100;

/** The scoping columns a row was stored with. */
export const rowCols = (r: Row): Columns => ({
  careOrgId: r.care_org_id,
  clientId: r.client_id,
  participantId: r.participant_id,
  parentId: r.parent_id,
  householdId: r.household_id ?? null,
});

/** SQL condition (and its parameters) limiting rows to what the principal may see. */
export function scopeCondition(
  scope: Scope,
  principal: Principal,
  startAt: number,
): { sql: string; params: unknown[] } {
  switch (scope) {
    case 'hub':
      return { sql: '', params: [] };
    case 'careOrg':
      return { sql: ` AND care_org_id = $${startAt}`, params: [principal.orgId] };
    case 'participant':
      return {
        sql: ` AND participant_id = $${startAt}`,
        params: [principal.participantId ?? '\u0000none'],
      };
    case 'self':
      return { sql: ` AND id = $${startAt}`, params: [principal.orgId] };
    case 'household':
      return {
        sql: ` AND household_id = $${startAt}`,
        params: [principal.huishoudenId ?? '\u0000none'],
      };
  }
}

export function inScope(scope: Scope, principal: Principal, cols: Columns, id: string): boolean {
  switch (scope) {
    case 'hub':
      return true;
    case 'careOrg':
      return cols.careOrgId === principal.orgId;
    case 'participant':
      return !!principal.participantId && cols.participantId === principal.participantId;
    case 'self':
      return id === principal.orgId;
    case 'household':
      return !!principal.huishoudenId && cols.householdId === principal.huishoudenId;
  }
}

export function scopeOf(map: Partial<Record<Role, Scope>>, principal: Principal): Scope {
  const s = map[principal.role];
  if (!s)
    throw problem(403, `Rol ${principal.role} heeft hier geen toegang / Role has no access here`);
  return s;
}

export async function getRow(
  q: Queryable,
  hubId: string,
  entity: string,
  id: string,
  lock = false,
): Promise<Row | undefined> {
  const { rows } = await q.query<Row>(
    `SELECT id, data, version, care_org_id, client_id, participant_id, parent_id, household_id FROM records
     WHERE hub_id = $1 AND entity = $2 AND id = $3${lock ? ' FOR UPDATE' : ''}`,
    [hubId, entity, id],
  );
  return rows[0];
}

/** Inserts a new record; false when the id is taken (the caller decides what that may reveal). */
export async function insertRow(
  q: Queryable,
  hubId: string,
  entity: string,
  id: string,
  data: object,
  c: Columns,
): Promise<boolean> {
  const r = await q.query(
    `INSERT INTO records (hub_id, entity, id, care_org_id, client_id, participant_id, parent_id, household_id, data)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT DO NOTHING`,
    [
      hubId,
      entity,
      id,
      c.careOrgId,
      c.clientId,
      c.participantId,
      c.parentId,
      c.householdId ?? null,
      JSON.stringify(data),
    ],
  );
  return (r.rowCount ?? 0) > 0;
}

export async function updateRow(
  q: Queryable,
  hubId: string,
  entity: string,
  id: string,
  data: object,
  c: Columns,
): Promise<number> {
  const { rows } = await q.query<{ version: number }>(
    `UPDATE records SET data = $4, care_org_id = $5, client_id = $6, participant_id = $7, parent_id = $8,
       household_id = $9, version = version + 1, updated_at = now()
     WHERE hub_id = $1 AND entity = $2 AND id = $3 RETURNING version`,
    [
      hubId,
      entity,
      id,
      JSON.stringify(data),
      c.careOrgId,
      c.clientId,
      c.participantId,
      c.parentId,
      c.householdId ?? null,
    ],
  );
  return rows[0]!.version;
}

/** Looks up the client's care organisation; 422 when the client does not exist in this hub. */
export async function clientCareOrg(
  q: Queryable,
  hubId: string,
  clientId: unknown,
): Promise<string | null> {
  if (typeof clientId !== 'string') return null;
  const { rows } = await q.query<{ care_org_id: string | null }>(
    "SELECT care_org_id FROM records WHERE hub_id = $1 AND entity = 'client' AND id = $2",
    [hubId, clientId],
  );
  if (!rows[0]) {
    throw problem(422, `clientId ${clientId} bestaat niet / does not exist`, {
      invalidParams: [{ name: 'clientId', code: 'x-reference', reason: 'no such client' }],
    });
  }
  return rows[0].care_org_id;
}

export async function mustExist(
  q: Queryable,
  hubId: string,
  entity: string,
  id: unknown,
  field: string,
) {
  if (typeof id !== 'string') return;
  const { rows } = await q.query(
    'SELECT 1 FROM records WHERE hub_id = $1 AND entity = $2 AND id = $3',
    [hubId, entity, id],
  );
  if (!rows[0]) {
    throw problem(422, `${field} ${id} bestaat niet / does not exist`, {
      invalidParams: [{ name: field, code: 'x-reference', reason: `no such ${entity}` }],
    });
  }
}

/** The private household of a subscription (null for an organisation's, or none). */
export async function subscriptionHousehold(
  q: Queryable,
  hubId: string,
  subscriptionId: unknown,
): Promise<string | null> {
  if (typeof subscriptionId !== 'string') return null;
  const { rows } = await q.query<{ household_id: string | null }>(
    "SELECT household_id FROM records WHERE hub_id = $1 AND entity = 'abonnement' AND id = $2",
    [hubId, subscriptionId],
  );
  return rows[0]?.household_id ?? null;
}

/** A string value, or null (for a scoping column). */
export const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** Scoping columns, the ones not given null. */
export const columnsOf = (c: Partial<Columns>): Columns => ({
  careOrgId: null,
  clientId: null,
  participantId: null,
  parentId: null,
  ...c,
});
