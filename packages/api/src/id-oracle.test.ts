// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * No existence oracle in a create, generated from the OpenAPI document: every create route × every
 * role it allows × the id of every seeded record of that entity (care organisations A1 and A2 of
 * hub A, B1 of hub B). An id of a record the role may read is its own duplicate and gets a 409 that
 * says so; an id of a record it may not read must be answered exactly as a fresh, unknown id
 * (status, ETag, body apart from the id), never with anything of that record, and the record is
 * left as it was; an id taken only in another hub is no collision at all. And an
 * Idempotency-Key another credential already used is answered as a fresh key.
 */
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from './index.js';
import {
  appFor,
  DATABASES,
  type Keys,
  seedTenants,
  tenantRecords,
} from './test-support/harness.js';
import type { Role } from './types.js';

interface Op {
  requestBody?: unknown;
  'x-roles'?: Role[];
}
const doc = (await openApiDocument()) as { paths: Record<string, Record<string, Op>> };

const TENANTS = [
  { hub: 'A', t: 'A1' },
  { hub: 'A', t: 'A2' },
  { hub: 'B', t: 'B1' },
] as const;

/** The seeded records by collection path, for every tenant. */
function seeded(path: string): Array<{ entity: string; data: Record<string, unknown> }> {
  return TENANTS.flatMap(({ hub, t }) => tenantRecords(hub, t)).filter(
    (r) => `/${collectionOf(r.entity)}` === path,
  );
}
const COLLECTION: Record<string, string> = {
  organisatie: 'organisaties',
  abonnement: 'abonnementen',
  client: 'clienten',
  deelnemer: 'deelnemers',
  training: 'trainingen',
  coachingcontact: 'coachingcontacten',
  bezoek: 'bezoeken',
  signaal: 'signalen',
  urenregistratie: 'uren',
  factuur: 'facturen',
  uitkomst: 'uitkomsten',
};
const collectionOf = (entity: string) => COLLECTION[entity] ?? entity;

let serial = 0;
/** A valid body as tenant A1 sends it (its own references), with the given id. */
function bodyFor(entity: string, id: string): Record<string, unknown> {
  const rec = tenantRecords('A', 'A1').find((r) => r.entity === entity)!;
  const data: Record<string, unknown> = { ...rec.data, id };
  if (entity === 'signaal') data.bezoekId = 'BZ-A1';
  if (entity === 'factuur') data.factuurnummer = `N-${++serial}`;
  if (entity === 'bezoek') {
    // A fresh quarter of an hour each time, so the subscription's hours never refuse it.
    const n = ++serial;
    const day = String(1 + (n % 28)).padStart(2, '0');
    const hour = String(8 + Math.floor(n / 28)).padStart(2, '0');
    data.geplandStartOp = `2024-06-${day}T${hour}:00:00+02:00`;
    data.geplandEindOp = `2024-06-${day}T${hour}:15:00+02:00`;
  }
  return data;
}

/** What must be equal for a foreign and an unknown id: status, ETag and the body without its id. */
function shape(r: { statusCode: number; body: string; headers: Record<string, unknown> }) {
  let body: unknown = r.body;
  try {
    const json = JSON.parse(r.body) as Record<string, unknown>;
    const { id: _id, instance: _instance, ...rest } = json;
    body = rest;
  } catch {}
  return { status: r.statusCode, etag: r.headers.etag, location: !!r.headers.location, body };
}

describe.each(DATABASES)('no existence oracle in a create on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  beforeAll(async () => {
    ctx = await appFor(kind, 'id_oracle', { rateLimit: { max: 1_000_000, timeWindow: 60_000 } });
    keys = await seedTenants(ctx.app);
  });
  afterAll(async () => ctx.close());

  const post = (role: Role, path: string, body: unknown, headers: Record<string, string> = {}) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/v1${path}`,
      headers: {
        authorization: `Bearer ${keys.A[role]}`,
        'content-type': 'application/json',
        ...headers,
      },
      payload: JSON.stringify(body),
    });

  it('answers an id taken by an invisible record as a fresh one, and the caller’s own as a 409', async () => {
    const failures: string[] = [];
    let foreignCases = 0;
    let ownCases = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      const op = ops.post;
      if (!op?.requestBody || path.includes('{') || path.includes('_')) continue;
      const records = seeded(path);
      if (!records.length) continue;
      for (const role of op['x-roles'] ?? []) {
        for (const rec of records) {
          const entity = rec.entity;
          const takenId = String(rec.data.id);
          const visible =
            (
              await ctx.app.inject({
                url: `/api/v1${path}/${takenId}`,
                headers: { authorization: `Bearer ${keys.A[role]}` },
              })
            ).statusCode === 200;
          const body = bodyFor(entity, takenId);
          const unknown = await post(role, path, { ...body, id: `ZZ-${++serial}` });
          const taken = await post(role, path, body);
          const label = `${role} POST ${path} id ${takenId} (${visible ? 'own' : 'foreign'})`;
          if (visible) {
            ownCases++;
            if (unknown.statusCode === 201 && taken.statusCode !== 409)
              failures.push(`${label} → ${taken.statusCode}, expected 409: ${taken.body}`);
            if (taken.statusCode === 409 && taken.json().code !== 'bestaatAl')
              failures.push(`${label}: 409 without code bestaatAl: ${taken.body}`);
            continue;
          }
          const sameHub = takenId.slice(-2, -1) === 'A';
          if (sameHub) foreignCases++;
          const a = shape(unknown);
          const b = shape(taken);
          if (JSON.stringify(a) !== JSON.stringify(b))
            failures.push(
              `${label} → ${taken.statusCode} ${taken.body.slice(0, 200)} differs from unknown → ${unknown.statusCode} ${unknown.body.slice(0, 200)}`,
            );
          if (taken.statusCode === 201) {
            const id = taken.json().id as string;
            if (sameHub && id === takenId) failures.push(`${label}: stored under the foreign id`);
            if (taken.headers.location !== `/api/v1${path}/${id}`)
              failures.push(`${label}: Location ${taken.headers.location} is not the new id`);
          }
          // The foreign record itself is untouched.
          const stored = await ctx.app.zorghub.db.query<{ data: Record<string, unknown> }>(
            'SELECT data FROM records WHERE hub_id = $1 AND entity = $2 AND id = $3',
            [`HUB-${takenId.slice(-2, -1)}`, entity, takenId],
          );
          if (!isDeepStrictEqual(stored.rows[0]?.data, rec.data))
            failures.push(`${label}: the foreign record changed`);
        }
      }
    }
    // Same-hub records the role may not read (another care organisation's, another worker's).
    expect(foreignCases).toBeGreaterThanOrEqual(4);
    expect(ownCases).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  }, 240_000);

  it('answers an Idempotency-Key another credential used as a fresh key', async () => {
    const key = 'shared-key-0001';
    const first = await post('zorgorganisatie', '/clienten', bodyFor('client', 'CL-idem-1'), {
      'idempotency-key': key,
    });
    expect(first.statusCode).toBe(201);
    const failures: string[] = [];
    for (const role of ['beheerder', 'planner'] as const) {
      // The same request (would replay the other's answer) and a different one (would be a 422).
      for (const id of ['CL-idem-1', `CL-idem-${role}`]) {
        const body = bodyFor('client', id);
        const reused = await post(role, '/clienten', body, { 'idempotency-key': key });
        if (reused.headers['idempotent-replayed'])
          failures.push(`${role} ${id}: replayed another credential’s answer`);
        const fresh = await post(
          role,
          '/clienten',
          { ...body, id: `${id}-x` },
          {
            'idempotency-key': `fresh-${role}-${id}`,
          },
        );
        const expected = id === 'CL-idem-1' ? 409 : fresh.statusCode;
        if (reused.statusCode !== expected)
          failures.push(`${role} ${id}: ${reused.statusCode} ${reused.body.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
