import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Queryable } from './db.js';
import { problem } from './problem.js';
import type { HandlerResult, Principal } from './types.js';

const KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

/**
 * Runs a POST at most once per Idempotency-Key (per caller). The key is stored in the same
 * transaction as the write, so a retry after a crash either finds both or neither.
 */
export async function runIdempotent(
  tx: Queryable,
  req: FastifyRequest,
  principal: Principal,
  run: () => Promise<HandlerResult>,
): Promise<HandlerResult> {
  const header = req.headers['idempotency-key'];
  if (header === undefined) return run();
  if (typeof header !== 'string' || !KEY.test(header)) {
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
  const fingerprint = createHash('sha256')
    .update(`${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`)
    .digest('hex');
  // Serialise callers that use the same key, so the second waits and then replays.
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
    `${principal.hubId}|${principal.id}|${header}`,
  ]);
  const { rows } = await tx.query<{
    fingerprint: string;
    status: number;
    body: string;
    location: string | null;
  }>(
    'SELECT fingerprint, status, body, location FROM idempotency_keys WHERE hub_id = $1 AND principal = $2 AND key = $3',
    [principal.hubId, principal.id, header],
  );
  const seen = rows[0];
  if (seen) {
    if (seen.fingerprint !== fingerprint) {
      throw problem(
        422,
        'Deze Idempotency-Key is al gebruikt voor een ander verzoek / This Idempotency-Key was used for a different request',
      );
    }
    return {
      status: seen.status,
      body: seen.body === '' ? undefined : JSON.parse(seen.body),
      headers: {
        'idempotent-replayed': 'true',
        ...(seen.location ? { location: seen.location } : {}),
      },
    };
  }
  const result = await run();
  await tx.query(
    'INSERT INTO idempotency_keys (hub_id, principal, key, fingerprint, status, body, location) VALUES ($1,$2,$3,$4,$5,$6,$7)',
    [
      principal.hubId,
      principal.id,
      header,
      fingerprint,
      result.status ?? 201,
      result.body === undefined ? '' : JSON.stringify(result.body),
      result.headers?.location ?? null,
    ],
  );
  return result;
}
