// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Retention terms: signals deleted and ended clients anonymised after their term, each logged (/opschoonrondes). */
import { appendAccessLog } from '../audit.js';
import { serverEnv } from '../config/env.js';
import type { Queryable } from '../db.js';
import type { RouteDef } from '../types.js';

const nowIso = () => new Date().toISOString();

export interface RetentionPolicy {
  /** Signals are deleted this many days after they were raised (default 730). */
  signalDays: number;
  /** Clients whose care ended this many days ago are anonymised (default 730). */
  clientDays: number;
}

export function retentionPolicy(): RetentionPolicy {
  return serverEnv().retention;
}

/** Deletes signals and anonymises clients past their term; every record touched gets an access-log entry. */
export async function runRetention(
  q: Queryable,
  hubId: string,
  actor: { id: string; orgId: string; role: string },
  policy = retentionPolicy(),
) {
  const signalCutoff = new Date(Date.now() - policy.signalDays * 86400000).toISOString();
  const clientCutoff = new Date(Date.now() - policy.clientDays * 86400000)
    .toISOString()
    .slice(0, 10);
  const log = (action: string, objectType: string, objectId: string, clientId: string | null) =>
    appendAccessLog(q, {
      hubId,
      at: nowIso(),
      actor: actor.id,
      actorOrg: actor.orgId,
      actorRole: actor.role,
      onBehalfOf: hubId,
      action,
      objectType,
      objectId,
      clientId,
      result: 'geslaagd:bewaartermijn',
      origin: 'retentie',
    });
  const signals = await q.query<{ id: string; client_id: string | null }>(
    `DELETE FROM records WHERE hub_id = $1 AND entity = 'signaal' AND (data->>'gemeldOp')::timestamptz < $2::timestamptz RETURNING id, client_id`,
    [hubId, signalCutoff],
  );
  for (const s of signals.rows) await log('delete', 'signaal', s.id, s.client_id);
  const clients = await q.query<{ id: string; data: Record<string, unknown> }>(
    `SELECT id, data FROM records WHERE hub_id = $1 AND entity = 'client' AND data->>'eindDatum' < $2
       AND (data ? 'postcodegebied' OR data ? 'leeftijdsklasse' OR data ? 'gemeentecode')`,
    [hubId, clientCutoff],
  );
  for (const c of clients.rows) {
    const { postcodegebied: _p, leeftijdsklasse: _l, gemeentecode: _g, ...rest } = c.data;
    await q.query(
      `UPDATE records SET data = $4, version = version + 1, updated_at = now() WHERE hub_id = $1 AND entity = $2 AND id = $3`,
      [hubId, 'client', c.id, JSON.stringify(rest)],
    );
    await log('change', 'client', c.id, c.id);
  }
  const idem = await q.query(
    `DELETE FROM idempotency_keys WHERE hub_id = $1 AND created_at < now() - interval '7 days'`,
    [hubId],
  );
  const summary = [
    { entity: 'signaal', action: 'verwijderd', count: signals.rows.length, cutoff: signalCutoff },
    {
      entity: 'client',
      action: 'geanonimiseerd',
      count: clients.rows.length,
      cutoff: `${clientCutoff}T00:00:00Z`,
    },
    {
      entity: 'idempotency-key',
      action: 'verwijderd',
      count: idem.rowCount,
      cutoff: new Date(Date.now() - 7 * 86400000).toISOString(),
    },
  ];
  for (const s of summary) {
    await q.query(
      'INSERT INTO retention_runs (hub_id, entity, action, count, cutoff) VALUES ($1,$2,$3,$4,$5)',
      [hubId, s.entity, s.action, s.count, s.cutoff],
    );
  }
  return summary;
}

export function retentionRoute(): RouteDef {
  return {
    method: 'POST',
    path: '/opschoonrondes',
    operationId: 'runOpschoonronde',
    summary:
      'Bewaartermijnen toepassen: oude signalen verwijderen, cliënten anonimiseren (gelogd) / Apply retention terms (logged)',
    tag: 'Beheer',
    roles: ['beheerder'],
    success: {
      status: 200,
      description: 'Wat er is opgeschoond / What was cleaned up',
      schema: {
        type: 'object',
        properties: {
          resultaten: {
            type: 'array',
            description: 'Per entiteit / Per entity',
            items: {
              type: 'object',
              properties: {
                entity: { type: 'string', description: 'Entiteit' },
                action: { type: 'string', description: 'Actie' },
                count: { type: 'integer', description: 'Aantal' },
                cutoff: { type: 'string', format: 'date-time', description: 'Grens / Cut-off' },
              },
            },
          },
        },
      },
    },
    async handler(ctx) {
      const resultaten = await runRetention(ctx.q, ctx.principal.hubId, ctx.principal);
      ctx.req.log.info(
        {
          retention: resultaten.map((r) => ({
            entity: r.entity,
            action: r.action,
            count: r.count,
          })),
        },
        'retention run',
      );
      return { body: { resultaten } };
    },
  };
}
