// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** /api-sleutels: the beheerder lists, creates, expires and revokes the hub's keys; nobody else. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from './auth.js';
import { appFor, DATABASES, type Keys, seedTenants } from './test-support/harness.js';
import { ROLES } from './types.js';

describe.each(DATABASES)('admin API-key routes on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  beforeAll(async () => {
    ctx = await appFor(kind, 'api_key_routes', { rateLimit: false });
    keys = await seedTenants(ctx.app);
  });
  afterAll(async () => ctx.close());

  const call = (
    method: 'GET' | 'POST',
    url: string,
    key: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: `Bearer ${key}`, ...headers },
      ...(body === undefined ? {} : { payload: body as object }),
    });
  const status = async (key: string) =>
    (await ctx.app.inject({ url: '/api/v1/diensten', headers: { authorization: `Bearer ${key}` } }))
      .statusCode;
  const log = async (objectType: string) =>
    (
      await ctx.app.zorghub.db.query<{ action: string; object_id: string | null; result: string }>(
        'SELECT action, object_id, result FROM access_log WHERE object_type = $1 ORDER BY seq',
        [objectType],
      )
    ).rows;

  it('creates a key whose secret works, is answered once and is stored only as a hash', async () => {
    const r = await call('POST', '/api-sleutels', keys.A.beheerder, {
      rol: 'planner',
      organisatieId: 'HUB-A',
      omschrijving: 'planning-laptop',
    });
    expect(r.statusCode, r.body).toBe(201);
    const made = r.json();
    expect(made).toMatchObject({ rol: 'planner', organisatieId: 'HUB-A', status: 'geldig' });
    expect(made.apiSleutel).toMatch(/^zh_/);
    expect(r.headers.location).toBe(`/api/v1/api-sleutels/${made.id}`);
    expect(await status(made.apiSleutel)).toBe(200);
    const stored = await ctx.app.zorghub.db.query<{ hash: string }>(
      'SELECT hash FROM api_keys WHERE id = $1',
      [made.id],
    );
    expect(stored.rows[0]!.hash).toBe(hashApiKey(made.apiSleutel));
    const list = await call('GET', '/api-sleutels', keys.A.beheerder);
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(made.apiSleutel);
    expect(list.body).not.toContain(stored.rows[0]!.hash);
    expect(list.json().resultaten.map((k: { id: string }) => k.id)).toContain(made.id);
    // A worker's key names its worker; other roles name none.
    const worker = await call('POST', '/api-sleutels', keys.A.beheerder, {
      rol: 'medewerker',
      organisatieId: 'HUB-A',
      deelnemerId: 'DN-A1',
    });
    expect(worker.statusCode).toBe(201);
    const workerList = await call('GET', '/bezoeken', worker.json().apiSleutel);
    expect(workerList.statusCode).toBe(200);
    const noWorker = await call('POST', '/api-sleutels', keys.A.beheerder, {
      rol: 'medewerker',
      organisatieId: 'HUB-A',
    });
    expect(noWorker.statusCode).toBe(422);
    expect(noWorker.json().invalidParams[0].name).toBe('deelnemerId');
  });

  it('refuses an Idempotency-Key on create, since the secret is not stored for a replay', async () => {
    const r = await call(
      'POST',
      '/api-sleutels',
      keys.A.beheerder,
      { rol: 'planner', organisatieId: 'HUB-A' },
      { 'idempotency-key': 'sleutel-0001' },
    );
    expect(r.statusCode).toBe(400);
    expect(r.json().detail).toMatch(/Idempotency-Key/);
    const { rows } = await ctx.app.zorghub.db.query(
      'SELECT 1 FROM idempotency_keys WHERE key = $1',
      ['sleutel-0001'],
    );
    expect(rows).toEqual([]);
  });

  it('expires and revokes keys; a revoked key is refused and cannot be revoked again', async () => {
    const a = (
      await call('POST', '/api-sleutels', keys.A.beheerder, {
        rol: 'jobcoach',
        organisatieId: 'HUB-A',
      })
    ).json();
    const b = (
      await call('POST', '/api-sleutels', keys.A.beheerder, {
        rol: 'jobcoach',
        organisatieId: 'HUB-A',
      })
    ).json();
    const later = await call('POST', `/api-sleutels/${a.id}/_verloop`, keys.A.beheerder, {
      verlooptOp: '2099-01-01T00:00:00Z',
    });
    expect(later.statusCode).toBe(200);
    expect(later.json()).toMatchObject({ verlooptOp: '2099-01-01T00:00:00Z', status: 'geldig' });
    const now = await call('POST', `/api-sleutels/${a.id}/_verloop`, keys.A.beheerder);
    expect(now.statusCode).toBe(200);
    expect(now.json().status).toBe('verlopen');
    expect(await status(a.apiSleutel)).toBe(401);
    const revoked = await call('POST', `/api-sleutels/${b.id}/_intrekken`, keys.A.beheerder);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().status).toBe('ingetrokken');
    expect(await status(b.apiSleutel)).toBe(401);
    expect(
      (await call('POST', `/api-sleutels/${b.id}/_intrekken`, keys.A.beheerder)).statusCode,
    ).toBe(409);
  });

  it('answers another hub’s key exactly as an unknown one', async () => {
    const foreign = (
      await call('POST', '/api-sleutels', keys.B.beheerder, {
        rol: 'planner',
        organisatieId: 'HUB-B',
      })
    ).json();
    for (const id of [foreign.id, 'key_onbekend00']) {
      for (const action of ['_intrekken', '_verloop']) {
        const r = await call('POST', `/api-sleutels/${id}/${action}`, keys.A.beheerder);
        expect(r.statusCode).toBe(404);
        expect(r.json().detail).toBe(`api-sleutel ${id} niet gevonden / not found`);
      }
    }
    expect(await status(foreign.apiSleutel)).toBe(200);
    const list = await call('GET', '/api-sleutels', keys.A.beheerder);
    expect(list.json().resultaten.map((k: { id: string }) => k.id)).not.toContain(foreign.id);
    // An organisation of the other hub is an unknown organisation here.
    const other = await call('POST', '/api-sleutels', keys.A.beheerder, {
      rol: 'zorgorganisatie',
      organisatieId: 'OZ-B1',
    });
    const unknown = await call('POST', '/api-sleutels', keys.A.beheerder, {
      rol: 'zorgorganisatie',
      organisatieId: 'OZ-X9',
    });
    expect(other.statusCode).toBe(422);
    expect(unknown.statusCode).toBe(422);
    expect(other.json().detail.replace('OZ-B1', 'X')).toBe(
      unknown.json().detail.replace('OZ-X9', 'X'),
    );
  });

  it('gives every other role the 403 of the other beheerder-only routes, and logs each attempt', async () => {
    const target = (
      await call('POST', '/api-sleutels', keys.A.beheerder, {
        rol: 'planner',
        organisatieId: 'HUB-A',
      })
    ).json();
    const before = (await log('apiSleutel')).length;
    let attempts = 0;
    for (const role of ROLES.filter((r) => r !== 'beheerder')) {
      const key = keys.A[role];
      const reference = await call('POST', '/opschoonrondes', key);
      expect(reference.statusCode).toBe(403);
      for (const [method, url] of [
        ['GET', '/api-sleutels'],
        ['POST', '/api-sleutels'],
        ['POST', `/api-sleutels/${target.id}/_intrekken`],
        ['POST', `/api-sleutels/${target.id}/_verloop`],
      ] as const) {
        const body =
          url === '/api-sleutels' && method === 'POST'
            ? { rol: 'beheerder', organisatieId: 'HUB-A' }
            : undefined;
        const r = await call(method, url, key, body);
        attempts++;
        expect(r.statusCode, `${role} ${method} ${url}`).toBe(403);
        expect(r.json().title).toBe(reference.json().title);
        expect(r.body).not.toContain('zh_');
      }
    }
    expect(await status(target.apiSleutel)).toBe(200);
    const entries = (await log('apiSleutel')).slice(before);
    expect(entries.length).toBe(attempts);
    expect(entries.every((e) => e.result === 'geweigerd:403')).toBe(true);
  });

  it('logs the beheerder’s calls with the key id', async () => {
    const made = (
      await call(
        'POST',
        '/api-sleutels',
        keys.A.beheerder,
        { rol: 'planner', organisatieId: 'HUB-A' },
        { 'x-doel': 'sleutelbeheer' },
      )
    ).json();
    await call('POST', `/api-sleutels/${made.id}/_intrekken`, keys.A.beheerder);
    const { rows } = await ctx.app.zorghub.db.query<{
      action: string;
      purpose: string;
      result: string;
    }>(
      "SELECT action, purpose, result FROM access_log WHERE object_type = 'apiSleutel' AND object_id = $1 ORDER BY seq",
      [made.id],
    );
    expect(rows).toEqual([
      { action: 'create', purpose: 'sleutelbeheer', result: 'geslaagd:201' },
      { action: 'change', purpose: 'beheer', result: 'geslaagd:200' },
    ]);
    const raw = await ctx.app.zorghub.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM access_log WHERE row_to_json(access_log)::text LIKE $1',
      [`%${made.apiSleutel}%`],
    );
    expect(raw.rows[0]!.n).toBe(0);
  });
});
