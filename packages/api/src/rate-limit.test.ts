// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from './app.js';
import {
  appFor,
  DATABASES,
  dbOptions,
  dropSchema,
  type Keys,
  seedTenants,
} from './test-support/harness.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

// The limiter counts what was verified: requests per credential, failed logins per client address.
// Addresses are set per request (inject's remoteAddress), as the peer of a TCP connection would be.
const FAILED = 25;
const MAX = 40;

const bogusKey = () => `zh_${randomBytes(24).toString('base64url')}`;

describe.each(DATABASES)('rate limits on the verified identity on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  beforeAll(async () => {
    ctx = await appFor(kind, 'rate_limit', {
      rateLimit: { max: MAX, timeWindow: 60_000, failedLogins: FAILED },
    });
    keys = await seedTenants(ctx.app);
  });
  afterAll(async () => ctx.close());

  const get = (remoteAddress: string, headers: Record<string, string>, url = '/api/v1/diensten') =>
    ctx.app.inject({ url, headers, remoteAddress });

  it('limits random bogus tokens per address, before they are checked', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++)
      statuses.push(
        (await get('192.0.2.10', { authorization: `Bearer ${bogusKey()}` })).statusCode,
      );
    expect(statuses.slice(0, FAILED)).toEqual(Array(FAILED).fill(401));
    expect(statuses.slice(FAILED)).toEqual(Array(200 - FAILED).fill(429));
    const refused = await get('192.0.2.10', { authorization: `Bearer ${bogusKey()}` });
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json().detail).toMatch(/failed logins/);
    // Once over the limit a good key from that address is refused too: a 200 would tell a guesser
    // that this key is the right one.
    expect(
      (await get('192.0.2.10', { authorization: `Bearer ${keys.A.planner}` })).statusCode,
    ).toBe(429);
    // Other addresses keep their own count.
    expect((await get('192.0.2.11', { authorization: `Bearer ${bogusKey()}` })).statusCode).toBe(
      401,
    );
    expect(
      (await get('192.0.2.12', { authorization: `Bearer ${keys.A.planner}` })).statusCode,
    ).toBe(200);
  });

  it("does not lock out a victim's key with requests that carry its suffix", async () => {
    const victim = keys.B.planner;
    const suffix = victim.slice(-16);
    const attacker: number[] = [];
    for (let i = 0; i < 620; i++) {
      const forged = `zh_${randomBytes(18).toString('base64url').slice(0, 16)}${suffix}`;
      attacker.push((await get('198.51.100.66', { authorization: `Bearer ${forged}` })).statusCode);
    }
    expect(attacker.filter((s) => s === 401)).toHaveLength(FAILED);
    expect(attacker.filter((s) => s === 429)).toHaveLength(620 - FAILED);
    const own: number[] = [];
    for (let i = 0; i < 10; i++)
      own.push((await get('203.0.113.5', { authorization: `Bearer ${victim}` })).statusCode);
    expect(own).toEqual(Array(10).fill(200));
  });

  it('gives a valid credential a limit of its own, whatever address it comes from', async () => {
    const key = keys.B.jobcoach;
    const statuses: number[] = [];
    for (let i = 0; i < MAX + 5; i++)
      statuses.push(
        (await get(`203.0.113.${10 + (i % 50)}`, { authorization: `Bearer ${key}` })).statusCode,
      );
    expect(statuses.slice(0, MAX)).toEqual(Array(MAX).fill(200));
    expect(statuses.slice(MAX)).toEqual(Array(5).fill(429));
    // Another credential from the same addresses is not affected.
    expect(
      (await get('203.0.113.10', { authorization: `Bearer ${keys.B.beheerder}` })).statusCode,
    ).toBe(200);
  });
});

describe('rate limits shared by two API processes on one PostgreSQL database', () => {
  const options = { ...dbOptions('postgres', 'rate_limit_two'), logger: false };
  const limit = { max: 10, timeWindow: 60_000, failedLogins: 6, syncMs: 20 };
  let one: FastifyInstance;
  let two: FastifyInstance;
  let keys: { A: Keys; B: Keys };
  beforeAll(async () => {
    one = await buildApp({ ...options, rateLimit: limit });
    two = await buildApp({ ...options, rateLimit: limit });
    keys = await seedTenants(one);
  });
  afterAll(async () => {
    await two.close();
    await dropSchema(one, options);
    await one.close();
  });

  const quiet = () => new Promise((r) => setTimeout(r, 150));
  const on = (app: FastifyInstance, authorization: string, remoteAddress = '192.0.2.50') =>
    app
      .inject({ url: '/api/v1/diensten', headers: { authorization }, remoteAddress })
      .then((r) => r.statusCode);

  it('counts a credential once across both processes', async () => {
    const auth = `Bearer ${keys.A.planner}`;
    const first: number[] = [];
    for (let i = 0; i < 6; i++) first.push(await on(one, auth));
    await quiet();
    const second: number[] = [];
    for (let i = 0; i < 5; i++) second.push(await on(two, auth));
    expect(first).toEqual(Array(6).fill(200));
    // Alone, the second process would have allowed all five (and ten in all).
    expect(second).toEqual([200, 200, 200, 200, 429]);
    await quiet();
    expect(await on(one, auth)).toBe(429);
  });

  it('counts failed logins of one address across both processes', async () => {
    const bad = () => `Bearer ${bogusKey()}`;
    const first: number[] = [];
    for (let i = 0; i < 4; i++) first.push(await on(one, bad(), '192.0.2.77'));
    await quiet();
    const second: number[] = [];
    for (let i = 0; i < 4; i++) second.push(await on(two, bad(), '192.0.2.77'));
    expect(first).toEqual([401, 401, 401, 401]);
    expect(second).toEqual([401, 401, 429, 429]);
  });
});
