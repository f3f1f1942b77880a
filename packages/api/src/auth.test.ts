// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

type CryptoKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appFor, DATABASES, type Keys, seedTenants } from './test-support/harness.js';

const ISSUER = 'https://idp.example.nl';
const AUDIENCE = 'zorghub-api';

describe.each(DATABASES)('authentication on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  let privateKey: CryptoKey;
  let otherKey: CryptoKey;
  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const dir = mkdtempSync(join(tmpdir(), 'zorghub-jwks-'));
    const jwksFile = join(dir, 'jwks.json');
    writeFileSync(jwksFile, JSON.stringify({ keys: [jwk] }));
    ctx = await appFor(kind, 'auth', {
      oidc: { issuer: ISSUER, audience: AUDIENCE, jwksFile },
      rateLimit: { max: 100_000, timeWindow: 60_000 },
    });
    keys = await seedTenants(ctx.app);
  });
  afterAll(async () => ctx.close());

  const token = (
    claims: Record<string, unknown> = {},
    opts: { kid?: string; key?: CryptoKey; iss?: string; aud?: string; exp?: string | number } = {},
  ) =>
    new SignJWT({
      zorghub_org: 'OZ-A1',
      zorghub_hub: 'HUB-A',
      zorghub_role: 'zorgorganisatie',
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: opts.kid ?? 'k1' })
      .setSubject('user-1')
      .setIssuer(opts.iss ?? ISSUER)
      .setAudience(opts.aud ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(opts.exp ?? '5m')
      .sign(opts.key ?? privateKey);

  const get = (auth: string, url = '/api/v1/clienten') =>
    ctx.app.inject({ url, headers: { authorization: auth } });

  it('accepts a valid OIDC token and scopes it to the organisation in its claims', async () => {
    const r = await get(`Bearer ${await token()}`);
    expect(r.statusCode).toBe(200);
    expect(r.json().resultaten.map((c: { id: string }) => c.id)).toEqual(['CL-A1']);
  });

  it('rejects wrong issuer, audience, expired tokens, unknown keys, foreign signatures and alg none', async () => {
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(
      JSON.stringify({
        sub: 'x',
        iss: ISSUER,
        aud: AUDIENCE,
        exp: Math.floor(Date.now() / 1000) + 60,
        zorghub_org: 'OZ-A1',
        zorghub_role: 'beheerder',
      }),
    ).toString('base64url')}.`;
    const bad = [
      await token({}, { iss: 'https://kwaad.example' }),
      await token({}, { aud: 'iets-anders' }),
      await token({}, { exp: Math.floor(Date.now() / 1000) - 60 }),
      await token({}, { kid: 'onbekend' }),
      await token({}, { key: otherKey }),
      await token({ zorghub_role: 'koning' }),
      unsigned,
    ];
    for (const t of bad) {
      const r = await get(`Bearer ${t}`);
      expect(r.statusCode).toBe(401);
      expect(r.headers['content-type']).toMatch(/problem\+json/);
    }
  });

  it('stores API keys only as hashes and refuses revoked keys', async () => {
    const db = ctx.app.zorghub.db;
    const { rows } = await db.query<{ hash: string }>('SELECT hash FROM api_keys');
    expect(rows.some((r) => r.hash === keys.A.beheerder)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash))).toBe(true);
    expect((await get(`Bearer ${keys.A.beheerder}`)).statusCode).toBe(200);
    expect(
      (await ctx.app.inject({ url: '/api/v1/clienten', headers: { 'x-api-key': keys.A.planner } }))
        .statusCode,
    ).toBe(200);
  });

  it('does not accept a token in the query string', async () => {
    const r = await ctx.app.inject({ url: `/api/v1/clienten?access_token=${keys.A.beheerder}` });
    expect(r.statusCode).toBe(401);
  });
});

describe.each(DATABASES)('OIDC with a JWKS URL on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let server: Server;
  let privateKey: CryptoKey;
  let unknownKey: CryptoKey;
  const jwksRequests: Array<{ url: string | undefined; authorization: string | undefined }> = [];
  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    unknownKey = (await generateKeyPair('ES256')).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'url-1', alg: 'ES256', use: 'sig' };
    server = createServer((req, res) => {
      jwksRequests.push({ url: req.url, authorization: req.headers.authorization });
      if (req.url !== '/.well-known/jwks.json') {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    ctx = await appFor(kind, 'authurl', {
      oidc: {
        issuer: ISSUER,
        audience: AUDIENCE,
        jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
      },
      rateLimit: { max: 100_000, timeWindow: 60_000 },
    });
    await seedTenants(ctx.app);
  });
  afterAll(async () => {
    await ctx.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const token = (key: CryptoKey, kid: string) =>
    new SignJWT({ zorghub_org: 'OZ-A1', zorghub_hub: 'HUB-A', zorghub_role: 'zorgorganisatie' })
      .setProtectedHeader({ alg: 'ES256', kid })
      .setSubject('user-2')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);
  const get = (t: string) =>
    ctx.app.inject({ url: '/api/v1/clienten', headers: { authorization: `Bearer ${t}` } });

  it('accepts a token signed by a key from the JWKS URL, fetching the key set without the token', async () => {
    const t = await token(privateKey, 'url-1');
    const r = await get(t);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().resultaten.map((c: { id: string }) => c.id)).toEqual(['CL-A1']);
    expect(jwksRequests.length).toBeGreaterThan(0);
    expect(jwksRequests.every((q) => q.url === '/.well-known/jwks.json')).toBe(true);
    expect(jwksRequests.every((q) => q.authorization === undefined)).toBe(true);
  });

  it('rejects a token signed by a key the JWKS does not hold, with or without a known kid', async () => {
    for (const kid of ['url-1', 'url-2']) {
      const r = await get(await token(unknownKey, kid));
      expect(r.statusCode).toBe(401);
      expect(r.headers['content-type']).toMatch(/problem\+json/);
    }
  });

  it('answers 503 (not 401 or 500) while the JWKS URL cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const down = await appFor(kind, 'authdown', {
      oidc: {
        issuer: ISSUER,
        audience: AUDIENCE,
        jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
      },
      rateLimit: false,
    });
    try {
      const r = await down.app.inject({
        url: '/api/v1/clienten',
        headers: { authorization: `Bearer ${await token(privateKey, 'url-1')}` },
      });
      expect(r.statusCode).toBe(503);
      expect(r.headers['content-type']).toMatch(/problem\+json/);
      expect(r.body).toMatch(/JWKS/);
    } finally {
      await down.close();
    }
  });
});
