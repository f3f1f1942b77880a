// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiKey, listApiKeys, revokeApiKey } from './auth.js';
import { appFor, DATABASES, seedTenants } from './test-support/harness.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 240_000 });

describe.each(DATABASES)('API keys: list, revoke, expiry on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  beforeAll(async () => {
    ctx = await appFor(kind, 'api_keys', { rateLimit: { max: 100_000, timeWindow: 60_000 } });
    await seedTenants(ctx.app);
  });
  afterAll(async () => ctx.close());

  const status = async (key: string) =>
    (await ctx.app.inject({ url: '/api/v1/diensten', headers: { authorization: `Bearer ${key}` } }))
      .statusCode;
  const make = (extra: { expiresAt?: string; label?: string } = {}) =>
    createApiKey(ctx.app.zorghub.db, { hubId: 'HUB-A', orgId: 'HUB-A', role: 'planner', ...extra });

  it('refuses a key after its expiry, also one the server has just accepted', async () => {
    const past = await make({ expiresAt: '2020-01-01T00:00:00Z' });
    expect(await status(past.apiKey)).toBe(401);
    const later = await make({ expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(await status(later.apiKey)).toBe(200);
    const soon = await make({ expiresAt: new Date(Date.now() + 1_500).toISOString() });
    expect(await status(soon.apiKey)).toBe(200);
    await new Promise((r) => setTimeout(r, 2_000));
    // Within the 10 s key cache, but past the expiry: refused.
    expect(await status(soon.apiKey)).toBe(401);
    await expect(make({ expiresAt: 'volgende week' })).rejects.toThrow(/not a date/);
  });

  it('revokes a key, once', async () => {
    const key = await make({ label: 'te intrekken' });
    expect(await revokeApiKey(ctx.app.zorghub.db, key.id)).toBe(true);
    expect(await revokeApiKey(ctx.app.zorghub.db, key.id)).toBe(false);
    expect(await revokeApiKey(ctx.app.zorghub.db, 'key_onbekend')).toBe(false);
    expect(await status(key.apiKey)).toBe(401);
  });

  it('lists keys with their state and never their hash', async () => {
    const active = await make({ label: 'lijst-actief' });
    const gone = await make({ label: 'lijst-ingetrokken' });
    await revokeApiKey(ctx.app.zorghub.db, gone.id);
    const expired = await make({ label: 'lijst-verlopen', expiresAt: '2021-06-01T12:00:00Z' });
    const list = await listApiKeys(ctx.app.zorghub.db, { hubId: 'HUB-A' });
    const byId = new Map(list.map((k) => [k.id, k]));
    expect(byId.get(active.id)).toMatchObject({
      state: 'active',
      label: 'lijst-actief',
      revokedAt: null,
    });
    expect(byId.get(gone.id)?.state).toBe('revoked');
    expect(byId.get(gone.id)?.revokedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(byId.get(expired.id)).toMatchObject({
      state: 'expired',
      expiresAt: '2021-06-01T12:00:00Z',
    });
    expect(list.every((k) => k.hubId === 'HUB-A')).toBe(true);
    expect(JSON.stringify(list)).not.toMatch(/hash|zh_/);
    expect((await listApiKeys(ctx.app.zorghub.db)).length).toBeGreaterThan(list.length);
  });
});
