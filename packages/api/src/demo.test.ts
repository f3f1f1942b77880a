// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appFor, DATABASES } from './test-support/harness.js';

describe.each(DATABASES)('the demo (zorghub serve --demo) on %s', { timeout: 120_000 }, (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  beforeAll(async () => {
    ctx = await appFor(kind, 'demo', { demo: true });
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('loads the Delft data package and gives a key for every role', async () => {
    const roles = (ctx.app.zorghub.demoCredentials ?? []).map((c) => c.role.split(' ')[0]);
    expect(roles).toEqual([
      'beheerder',
      'planner',
      'jobcoach',
      'medewerker',
      'zorgorganisatie',
      'financier',
      'particulier',
    ]);
    const planner = ctx.app.zorghub.demoCredentials!.find((c) => c.role === 'planner')!;
    const r = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/bezoeken?pageSize=5',
      headers: { authorization: `Bearer ${planner.apiKey}` },
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().resultaten).toHaveLength(5);
  });

  it('has a demo household that signs in with its key and sees its own visits and invoice', async () => {
    const household = ctx.app.zorghub.demoCredentials!.find((c) =>
      c.role.startsWith('particulier'),
    )!;
    const get = (url: string) =>
      ctx.app.inject({
        url: `/api/v1${url}`,
        headers: { authorization: `Bearer ${household.apiKey}` },
      });
    expect((await get('/sessie')).json()).toMatchObject({
      rol: 'particulier',
      huishoudenId: 'HH-DEMO-1',
    });
    expect((await get('/huishoudens/HH-DEMO-1')).statusCode).toBe(200);
    const visits = (await get('/bezoeken')).json().resultaten;
    expect(visits).toHaveLength(3);
    expect((await get('/facturen')).json().resultaten.map((f: { id: string }) => f.id)).toEqual([
      'FA-DEMO-HH1',
    ]);
  });

  it('leaves the records table analyzed, so a page is read in key order and not sorted', async () => {
    const { rows } = await ctx.app.zorghub.db.query<{ reltuples: number }>(
      "SELECT reltuples::float8 AS reltuples FROM pg_class WHERE relname = 'records' AND relnamespace = to_regnamespace(current_schema())",
    );
    // -1 (PostgreSQL 14+) or 0 until the table is analyzed or vacuumed
    expect(Number(rows[0]?.reltuples)).toBeGreaterThan(1000);
  });
});
