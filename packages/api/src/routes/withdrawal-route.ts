// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * `POST /…/{id}/_intrekken` for a household's record (a consent, a mandate): one shape for both, so
 * they cannot drift apart. The record must be visible to the caller (else 404), it is logged under
 * the household's client pseudonym, checked against If-Match (else 412) and refused with 409 when it
 * was already withdrawn; the changed record is checked against the standard and stored, and what
 * follows (ending subscriptions, the outbox confirmation) runs in the same transaction.
 */
import { type HouseholdContact, householdContact } from '../households/withdrawal.js';
import { checkIfMatch, etagOf } from '../plugins/etag.js';
import { problem } from '../problem.js';
import { componentName } from '../standard.js';
import type { HandlerContext, RouteDef } from '../types.js';
import { actionRoute, type EntityConfig } from './crud.js';
import { assertValid } from './record-validity.js';
import { type Row, rowCols, scopeOf, updateRow } from './store.js';
import { visibleRow } from './visible.js';

export interface Withdrawal {
  config: EntityConfig;
  path: string;
  operationId: string;
  summary: string;
  /** What the 200 answers, in nl / en. */
  answer: string;
  /** The 409's words when the record was already withdrawn; undefined when it may be withdrawn. */
  alreadyWithdrawn(row: Row): string | undefined;
  /** The withdrawn record, at `at` (ISO date-time). */
  withdraw(row: Row, at: string): Record<string, unknown>;
  /** What follows once the withdrawn record is stored. */
  after(
    ctx: HandlerContext,
    row: Row,
    data: Record<string, unknown>,
    household: HouseholdContact | undefined,
    at: Date,
  ): Promise<void>;
}

export function withdrawalRoute(w: Withdrawal): RouteDef {
  const entity = w.config.entity;
  return actionRoute({
    path: w.path,
    operationId: w.operationId,
    summary: w.summary,
    tag: 'Huishoudens',
    roles: ['beheerder', 'planner', 'particulier'],
    audit: { action: 'change', objectType: 'huishouden' },
    conflict: 'Al eerder ingetrokken (`code: alIngetrokken`) / Already withdrawn',
    body: {
      schema: { type: 'object', additionalProperties: false, properties: {} },
      required: false,
    },
    success: {
      status: 200,
      description: w.answer,
      schema: { $ref: `#/components/schemas/${componentName(entity)}` },
    },
    async handler(ctx) {
      const hub = ctx.principal.hubId;
      const scope = scopeOf(w.config.read, ctx.principal);
      const row = await visibleRow(ctx.q, ctx.principal, w.config, scope, ctx.params.id!, true);
      const household = row.household_id
        ? await householdContact(ctx.q, hub, row.household_id)
        : undefined;
      ctx.audit({ objectId: row.id, clientId: household?.clientId ?? null });
      checkIfMatch(ctx.req.headers['if-match'], row.version);
      const refusal = w.alreadyWithdrawn(row);
      if (refusal) throw problem(409, refusal, { code: 'alIngetrokken' });
      const at = new Date();
      const data = w.withdraw(row, at.toISOString());
      assertValid(entity, data);
      const version = await updateRow(ctx.q, hub, entity, row.id, data, rowCols(row));
      await w.after(ctx, row, data, household, at);
      return { headers: { etag: etagOf(version) }, body: data };
    },
  });
}
