// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * What an access-log entry says, as an auditor reads it: the purpose (X-Doel or the role's
 * default), the clients a list or an export returned (so a client's access overview is complete),
 * and the object of an idempotent replay, which keeps the first answer's status and ETag.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appFor, DATABASES, type Keys, seedTenants } from './test-support/harness.js';

describe.each(DATABASES)('what the access log records on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  beforeAll(async () => {
    ctx = await appFor(kind, 'access_log_content', {
      rateLimit: { max: 1_000_000, timeWindow: 60_000 },
    });
    keys = await seedTenants(ctx.app);
  });
  afterAll(async () => ctx.close());

  const last = async () =>
    (
      await ctx.app.zorghub.db.query<{
        purpose: string;
        client_ids: string[] | null;
        object_id: string | null;
        client_id: string | null;
        action: string;
      }>(
        'SELECT purpose, client_ids, object_id, client_id, action FROM access_log ORDER BY seq DESC LIMIT 1',
      )
    ).rows[0]!;

  it('records the purpose sent in X-Doel, the role’s default without it, and refuses a malformed one', async () => {
    const get = (headers: Record<string, string>) =>
      ctx.app.inject({
        url: '/api/v1/clienten/CL-A1',
        headers: { authorization: `Bearer ${keys.A.zorgorganisatie}`, ...headers },
      });
    expect((await get({ 'x-doel': 'inzageverzoek' })).statusCode).toBe(200);
    expect((await last()).purpose).toBe('inzageverzoek');
    expect((await get({})).statusCode).toBe(200);
    expect((await last()).purpose).toBe('zorgverlening');
    const bad = await get({ 'x-doel': '<script>' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('X-Doel');
    expect(await last()).toMatchObject({ purpose: 'zorgverlening', action: 'read' });
  });

  it('lists the clients a list, a search and an export returned, and shows them in the access overview', async () => {
    const as = (role: keyof Keys, url: string) =>
      ctx.app.inject({ url, headers: { authorization: `Bearer ${keys.A[role]}` } });
    expect((await as('planner', '/api/v1/bezoeken')).statusCode).toBe(200);
    expect((await last()).client_ids?.sort()).toEqual(['CL-A1', 'CL-A2']);
    expect((await as('zorgorganisatie', '/api/v1/signalen')).statusCode).toBe(200);
    expect((await last()).client_ids).toEqual(['CL-A1']);
    expect((await as('beheerder', '/api/v1/exports/clienten')).statusCode).toBe(200);
    expect((await last()).client_ids?.sort()).toEqual(['CL-A1', 'CL-A2']);
    const overview = await as('beheerder', '/api/v1/clienten/CL-A2/toegangsoverzicht');
    const actions = overview.json().toegangen.map((t: { actie: string }) => t.actie);
    expect(actions).toEqual(expect.arrayContaining(['search', 'export']));
    // The other care organisation's client was not in the zorgorganisatie's signal list.
    const rows = overview.json().toegangen as Array<{ rol: string; objectSoort: string }>;
    expect(rows.some((t) => t.rol === 'zorgorganisatie' && t.objectSoort === 'signaal')).toBe(
      false,
    );
  });

  it('logs a replay with its object, with the first answer’s status and ETag', async () => {
    const post = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/signalen',
        headers: {
          authorization: `Bearer ${keys.A.medewerker}`,
          'idempotency-key': 'replay-key-0001',
        },
        payload: {
          id: 'SG-A50',
          clientId: 'CL-A1',
          bezoekId: 'BZ-A1',
          categorie: 'eenzaamheid',
          urgentie: 'normaal',
        },
      });
    const first = await post();
    expect(first.statusCode).toBe(201);
    const again = await post();
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(await last()).toMatchObject({
      object_id: 'SG-A50',
      client_id: 'CL-A1',
      action: 'create',
    });
  });
});
