// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app.js';
import type { TrustProxy } from './variables.js';

// Each test opens several databases (PGlite takes seconds to start on a loaded machine).
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

// Real HTTP over loopback: the peer is 127.0.0.1, and X-Forwarded-For is what a proxy (or a
// spoofing client) sends. The access log, the rate limiter and the request log must agree on the
// client's address, and only a trusted peer may tell it.
const apps: FastifyInstance[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function start(trustProxy: TrustProxy | undefined) {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const app = await buildApp({
    dataDir: 'memory://',
    ...(trustProxy === undefined ? {} : { trustProxy }),
    rateLimit: { max: 2, timeWindow: 60_000 },
    logger: { level: 'info', stream },
  });
  apps.push(app);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const get = (path: string, forwardedFor?: string) =>
    fetch(`${address}/api/v1${path}`, {
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    });
  const origins = async () =>
    (
      await app.zorghub.db.query<{ origin: string }>('SELECT origin FROM access_log ORDER BY seq')
    ).rows.map((r) => r.origin);
  const loggedAddresses = () =>
    lines
      .map((l) => (l.req as { remoteAddress?: string } | undefined)?.remoteAddress)
      .filter(Boolean);
  return { get, origins, loggedAddresses };
}

describe('ZORGHUB_TRUST_PROXY: the client address behind a proxy', () => {
  it('by default uses the peer address and ignores a spoofed X-Forwarded-For', async () => {
    const { get, origins, loggedAddresses } = await start(undefined);
    // A refused read of client data is logged (NEN 7513) with the address it came from.
    expect((await get('/clienten', '198.51.100.9')).status).toBe(401);
    expect(await origins()).toEqual(['127.0.0.1']);
    expect(loggedAddresses()).toContain('127.0.0.1');
    expect(loggedAddresses()).not.toContain('198.51.100.9');
    // Changing the header does not buy a fresh rate-limit budget.
    expect((await get('/health', '198.51.100.1')).status).toBe(200);
    expect((await get('/health', '198.51.100.2')).status).toBe(200);
    expect((await get('/health', '198.51.100.3')).status).toBe(429);
  });

  it('behind a trusted proxy takes the client from X-Forwarded-For', async () => {
    const { get, origins, loggedAddresses } = await start(['127.0.0.1']);
    expect((await get('/clienten', '203.0.113.7')).status).toBe(401);
    // proxy-addr walks the chain from the right: the first untrusted hop is the client.
    expect((await get('/clienten', '192.0.2.1, 203.0.113.8')).status).toBe(401);
    expect(await origins()).toEqual(['203.0.113.7', '203.0.113.8']);
    expect(loggedAddresses()).toEqual(expect.arrayContaining(['203.0.113.7', '203.0.113.8']));
    expect(loggedAddresses()).not.toContain('127.0.0.1');
    // The limiter counts per client, not per proxy.
    expect((await get('/health', '203.0.113.20')).status).toBe(200);
    expect((await get('/health', '203.0.113.20')).status).toBe(200);
    expect((await get('/health', '203.0.113.20')).status).toBe(429);
    expect((await get('/health', '203.0.113.21')).status).toBe(200);
  });

  it('ignores the header from a peer outside the trusted list', async () => {
    const { get, origins } = await start(['10.0.0.0/8']);
    expect((await get('/clienten', '203.0.113.7')).status).toBe(401);
    expect(await origins()).toEqual(['127.0.0.1']);
    expect((await get('/health', '203.0.113.30')).status).toBe(200);
    expect((await get('/health', '203.0.113.31')).status).toBe(200);
    expect((await get('/health', '203.0.113.32')).status).toBe(429);
  });
});
