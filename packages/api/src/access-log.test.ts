// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeAccessLog, verifyAccessLog } from './audit-verify.js';
import { createApiKey } from './auth.js';
import { openApiDocument } from './index.js';
import { CASES, REFUSALS } from './test-support/access-log-cases.js';
import { appFor, DATABASES, type Keys, seedTenants } from './test-support/harness.js';

const BOGUS_KEY = 'zh_bogus_key_that_does_not_exist_0000000000';

describe.each(DATABASES)('NEN 7513 access log on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  /** A key of hub A that only the key-route cases expire and revoke. */
  let spareKey: string;
  beforeAll(async () => {
    ctx = await appFor(kind, 'accesslog', { rateLimit: { max: 100_000, timeWindow: 60_000 } });
    keys = await seedTenants(ctx.app);
    // A sent invoice of household HH-PA (direct debit, active mandate), so that the direct-debit
    // file of 2026-11 has something to collect (an empty month is a 404).
    const invoice = {
      id: 'FA-PA-11',
      factuurnummer: '2026-11-PA',
      huishoudenId: 'HH-PA',
      abonnementId: 'AB-PA',
      factuurDatum: '2026-11-01',
      periodeStartDatum: '2026-11-01',
      periodeEindDatum: '2026-11-01',
      status: 'verzonden',
      regels: [],
      totaalExclBtwInCenten: 12_001,
      btwBedragInCenten: 0,
      totaalInclBtwInCenten: 12_001,
    };
    await ctx.app.zorghub.db.query(
      'INSERT INTO records (hub_id, entity, id, parent_id, household_id, data) VALUES ($1, $2, $3, $4, $5, $6)',
      ['HUB-A', 'factuur', invoice.id, 'AB-PA', 'HH-PA', JSON.stringify(invoice)],
    );
    spareKey = (
      await createApiKey(ctx.app.zorghub.db, { hubId: 'HUB-A', orgId: 'OZ-A1', role: 'planner' })
    ).id;
  });
  afterAll(async () => ctx.close());

  const count = async () =>
    Number(
      (await ctx.app.zorghub.db.query<{ n: number }>('SELECT count(*)::int AS n FROM access_log'))
        .rows[0]!.n,
    );

  it('the table lists exactly the routes the OpenAPI document marks as logged', async () => {
    const doc = (await openApiDocument()) as {
      paths: Record<string, Record<string, { 'x-access-log'?: string }>>;
    };
    const logged = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => op['x-access-log'])
        .map(([m]) => `${m.toUpperCase()} ${p}`),
    );
    expect(new Set(logged)).toEqual(new Set(CASES.map((c) => `${c.method} ${c.path}`)));
  });

  it.each(CASES.map((c) => [`${c.method} ${c.url}`, c] as const))(
    '%s writes exactly one entry',
    async (_label, c) => {
      const before = await count();
      const r = await ctx.app.inject({
        method: c.method,
        url: `/api/v1${c.url.replace('{sleutel}', spareKey)}`,
        headers: { authorization: `Bearer ${keys.A[c.role]}` },
        ...(c.payload ? { payload: c.payload } : {}),
      });
      expect(r.statusCode).toBeLessThan(300);
      expect(await count()).toBe(before + 1);
      const { rows } = await ctx.app.zorghub.db.query<{
        action: string;
        client_id: string | null;
        actor_role: string;
        result: string;
        origin: string;
      }>(
        'SELECT action, client_id, actor_role, result, origin FROM access_log ORDER BY seq DESC LIMIT 1',
      );
      expect(rows[0]).toMatchObject({
        action: c.action,
        client_id: c.clientId,
        actor_role: c.role,
      });
      expect(rows[0]!.result).toMatch(/^geslaagd:2/);
      expect(rows[0]!.origin).not.toBe('');
    },
  );

  it.each(REFUSALS.map((c) => [`${c.method} ${c.url}: ${c.label}`, c] as const))(
    '%s writes exactly one entry with its result',
    async (_label, c) => {
      const before = await count();
      const token = c.as === 'none' ? undefined : c.as === 'bogus' ? BOGUS_KEY : keys.A[c.as];
      const r = await ctx.app.inject({
        method: c.method,
        url: `/api/v1${c.url}`,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(typeof c.payload === 'string' ? { 'content-type': 'application/json' } : {}),
        },
        ...(c.payload !== undefined ? { payload: c.payload } : {}),
      });
      expect(r.statusCode, r.body).toBe(c.status);
      expect(await count()).toBe(before + 1);
      const { rows } = await ctx.app.zorghub.db.query<Record<string, string | null>>(
        'SELECT hub_id, actor, actor_org, actor_role, action, client_id, result, origin FROM access_log ORDER BY seq DESC LIMIT 1',
      );
      const row = rows[0]!;
      const anonymous = c.as === 'none' || c.as === 'bogus';
      expect(row).toMatchObject({
        action: c.action,
        client_id: c.clientId,
        result: c.result,
        actor_role: anonymous ? 'anoniem' : c.as,
        hub_id: anonymous ? 'anoniem' : 'HUB-A',
      });
      if (anonymous) expect(row.actor).toBe('anoniem');
      expect(row.origin).not.toBe('');
      const text = JSON.stringify(row);
      if (token) expect(text).not.toContain(token.slice(-16));
    },
  );

  it('keeps the hash chain intact across refusals', async () => {
    expect((await verifyAccessLog(ctx.app.zorghub.db)).ok).toBe(true);
  });

  it('logs refused access to client data too, and nothing for other data', async () => {
    const before = await count();
    const denied = await ctx.app.inject({
      url: '/api/v1/clienten/CL-A2',
      headers: { authorization: `Bearer ${keys.A.zorgorganisatie}` },
    });
    expect(denied.statusCode).toBe(404);
    expect(await count()).toBe(before + 1);
    await ctx.app.inject({
      url: '/api/v1/diensten',
      headers: { authorization: `Bearer ${keys.A.planner}` },
    });
    expect(await count()).toBe(before + 1);
  });

  it('gives a client overview of who accessed the data', async () => {
    const r = await ctx.app.inject({
      url: '/api/v1/clienten/CL-A1/toegangsoverzicht?vanafDatum=2000-01-01',
      headers: { authorization: `Bearer ${keys.A.beheerder}` },
    });
    const roles = r.json().toegangen.map((t: { rol: string }) => t.rol);
    expect(roles).toEqual(expect.arrayContaining(['zorgorganisatie', 'medewerker']));
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const db = ctx.app.zorghub.db;
    await expect(db.query("UPDATE access_log SET actor = 'x'")).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM access_log')).rejects.toThrow(/append-only/);
    await expect(db.query('TRUNCATE access_log')).rejects.toThrow(/append-only/);
    expect(await purgeAccessLog(db, 1827)).toBe(0);
    await expect(purgeAccessLog(db, 30)).rejects.toThrow(/at least 1827/);
  });

  it('is hash-chained: verification passes, and finds an entry changed behind the trigger', async () => {
    const db = ctx.app.zorghub.db;
    const ok = await verifyAccessLog(db);
    expect(ok.ok).toBe(true);
    expect(ok.entries).toBeGreaterThan(CASES.length);
    await db.query('ALTER TABLE access_log DISABLE TRIGGER access_log_append_only');
    await db.query(
      "UPDATE access_log SET actor_role = 'beheerder' WHERE seq = (SELECT min(seq) + 2 FROM access_log)",
    );
    await db.query('ALTER TABLE access_log ENABLE TRIGGER access_log_append_only');
    const broken = await verifyAccessLog(db);
    expect(broken.ok).toBe(false);
    expect(broken.firstBroken?.reason).toMatch(/mismatch/);
  });
});
