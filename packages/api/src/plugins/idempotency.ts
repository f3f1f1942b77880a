// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * `Idempotency-Key` on POST: the first answer is stored in the same transaction as the write, so a
 * retry after a crash finds both or neither; a retry with the same key (and the same request) gets
 * that answer again, marked `Idempotent-Replayed: true`, and changes nothing. Per caller: two
 * callers never share a key.
 */
import { createHash } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { problem } from '../problem.js';
import { onRoutesWhere } from './route-hooks.js';

const KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

function keyOf(req: FastifyRequest): string | undefined {
  const header = req.headers['idempotency-key'];
  if (header === undefined) return undefined;
  if (typeof header === 'string' && KEY.test(header)) return header;
  throw problem(
    400,
    'Idempotency-Key moet 8–128 tekens [A-Za-z0-9_.:-] zijn / must be 8–128 characters',
    {
      invalidParams: [
        {
          name: 'Idempotency-Key',
          code: 'pattern',
          reason: 'expected 8–128 characters [A-Za-z0-9_.:-]',
        },
      ],
    },
  );
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false: the route refuses Idempotency-Key (its answer holds a secret that is not stored). */
    idempotency?: false;
  }
}

const idempotency: FastifyPluginAsync = async (app) => {
  onRoutesWhere(app, (route) => route.method === 'POST' && !!route.config?.transaction, {
    preHandler: replayOrRecord,
  });
};

/** The object a replayed answer is about, for the access-log entry of the replay. */
function auditReplay(req: FastifyRequest, body: string) {
  let record: unknown;
  try {
    record = body ? JSON.parse(body) : undefined;
  } catch {
    return;
  }
  if (record === null || typeof record !== 'object') return;
  const { id, clientId } = record as { id?: unknown; clientId?: unknown };
  if (typeof id !== 'string') return;
  const isClient = req.routeOptions.config.audit?.objectType === 'client';
  req.audit({
    objectId: id,
    clientId: typeof clientId === 'string' ? clientId : isClient ? id : null,
  });
}

async function replayOrRecord(req: FastifyRequest, reply: FastifyReply) {
  const tx = req.transaction;
  const principal = req.principal;
  if (!tx || !principal) return;
  if (req.routeOptions.config.idempotency === false) {
    if (req.headers['idempotency-key'] === undefined) return;
    throw problem(
      400,
      'Idempotency-Key kan hier niet: het antwoord bevat een geheim dat niet bewaard wordt. Stuur het verzoek zonder die header / Idempotency-Key is not accepted here: the answer holds a secret that is not stored; send the request without it',
      {
        invalidParams: [
          { name: 'Idempotency-Key', code: 'x-not-allowed', reason: 'not accepted on this route' },
        ],
      },
    );
  }
  const key = keyOf(req);
  if (key === undefined) return;
  const fingerprint = createHash('sha256')
    .update(`${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`)
    .digest('hex');
  // Serialise callers that use the same key, so the second waits and then replays.
  await tx.q.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
    `${principal.hubId}|${principal.id}|${key}`,
  ]);
  const { rows } = await tx.q.query<{
    fingerprint: string;
    status: number;
    body: string;
    location: string | null;
    etag: string | null;
  }>(
    'SELECT fingerprint, status, body, location, etag FROM idempotency_keys WHERE hub_id = $1 AND principal = $2 AND key = $3',
    [principal.hubId, principal.id, key],
  );
  const seen = rows[0];
  if (seen) {
    if (seen.fingerprint !== fingerprint) {
      throw problem(
        422,
        'Deze Idempotency-Key is al gebruikt voor een ander verzoek / This Idempotency-Key was used for a different request',
      );
    }
    // The same answer as the first time: status, Location, ETag, body — and the access log
    // names the object it is about.
    reply.code(seen.status).header('idempotent-replayed', 'true');
    if (seen.location) reply.header('location', seen.location);
    if (seen.etag) reply.header('etag', seen.etag);
    auditReplay(req, seen.body);
    if (seen.body === '') return reply.send();
    return reply.type('application/json; charset=utf-8').send(seen.body);
  }
  tx.beforeCommit(async (r, payload) => {
    await tx.q.query(
      'INSERT INTO idempotency_keys (hub_id, principal, key, fingerprint, status, body, location, etag) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)',
      [
        principal.hubId,
        principal.id,
        key,
        fingerprint,
        r.statusCode,
        typeof payload === 'string' ? payload : '',
        (r.getHeader('location') as string | undefined) ?? null,
        (r.getHeader('etag') as string | undefined) ?? null,
      ],
    );
  });
}

export default fp(idempotency, {
  name: 'zorghub-idempotency',
  fastify: '5.x',
  dependencies: ['zorghub-authentication', 'zorghub-transaction'],
});
