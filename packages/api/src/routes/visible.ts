// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Reading and changing one record the caller may see: an invisible record is answered exactly as a
 * missing one (404), and a change runs visible row → If-Match → update → new ETag, in that order.
 */
import type { Queryable } from '../db.js';
import { checkIfMatch, etagOf } from '../plugins/etag.js';
import { notFound } from '../problem.js';
import type { HandlerContext, HandlerResult, Principal } from '../types.js';
import {
  type Columns,
  getRow,
  inScope,
  type Row,
  rowCols,
  type Scope,
  updateRow,
} from './store.js';

/** The row, when it exists and the principal may see it; otherwise 404 (never reveal a foreign object). */
export async function visibleRow(
  q: Queryable,
  principal: Principal,
  cfg: { entity: string },
  scope: Scope,
  id: string,
  lock = false,
): Promise<Row> {
  const row = await getRow(q, principal.hubId, cfg.entity, id, lock);
  if (!row || !inScope(scope, principal, rowCols(row), row.id)) {
    throw notFound(`${cfg.entity} ${id} niet gevonden / not found`);
  }
  return row;
}

/** What a change makes of the current record: the new record, and its scoping columns if they move. */
export type Change = (
  row: Row,
) =>
  | Promise<{ data: Record<string, unknown>; columns?: Columns }>
  | { data: Record<string, unknown>; columns?: Columns };

/**
 * Changes the record at `ctx.params.id`: visible to the caller (else 404), locked, at the version
 * If-Match names (else 412); answers with the new record and its ETag.
 */
export async function changeVisible(
  ctx: HandlerContext,
  entity: string,
  scope: Scope,
  change: Change,
): Promise<HandlerResult> {
  const row = await visibleRow(ctx.q, ctx.principal, { entity }, scope, ctx.params.id!, true);
  ctx.audit({ objectId: row.id, clientId: entity === 'client' ? row.id : row.client_id });
  checkIfMatch(ctx.req.headers['if-match'], row.version);
  const { data, columns } = await change(row);
  // A change that does not name the household keeps the one the record has.
  const cols = columns
    ? { ...columns, householdId: columns.householdId ?? row.household_id ?? null }
    : rowCols(row);
  const version = await updateRow(ctx.q, ctx.principal.hubId, entity, row.id, data, cols);
  return { headers: { etag: etagOf(version) }, body: data };
}
