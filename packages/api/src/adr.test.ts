// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from './index.js';
import { appFor, DATABASES, seedTenants } from './test-support/harness.js';

// The ADR ruleset is read from ../shared/adr-2.2.0 next to the repository root, never copied in
// (ZORGHUB_ADR_RULESET names another place, for a clone that has no ../shared beside it).
const REPO_ROOT = resolve(__dirname, '../../..');
const RULESET = [
  process.env.ZORGHUB_ADR_RULESET,
  resolve(REPO_ROOT, '../shared/adr-2.2.0/media/linter.yaml'),
].find((path): path is string => path !== undefined && path !== '' && existsSync(path));

describe('OpenAPI document', () => {
  it('passes the ADR 2.2.0 Spectral ruleset with zero errors', async () => {
    const doc = await openApiDocument();
    const dir = mkdtempSync(join(tmpdir(), 'zorghub-oas-'));
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    // Without the shared ruleset, Spectral's own OpenAPI rules: a real lint all the same.
    let ruleset = RULESET;
    if (!ruleset) {
      ruleset = join(dir, 'spectral-oas.yaml');
      writeFileSync(ruleset, 'extends: ["spectral:oas"]\n');
    }
    let out: string;
    try {
      out = execFileSync(
        process.execPath,
        [
          require.resolve('@stoplight/spectral-cli/dist/index.js'),
          'lint',
          '-r',
          ruleset,
          file,
          '-f',
          'json',
          '--quiet',
        ],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
    } catch (error) {
      out = String((error as { stdout?: string }).stdout ?? '');
    }
    const results = JSON.parse(out.slice(out.indexOf('['))) as Array<{
      code: string;
      severity: number;
      path: string[];
      message: string;
    }>;
    const errors = results
      .filter((r) => r.severity === 0)
      .map((r) => `${r.code} at ${r.path.join('.')}: ${r.message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('OpenAPI document and Redocly', () => {
  it('passes Redocly CLI lint (recommended rules) with zero errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zorghub-redocly-'));
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(await openApiDocument()));
    const cli = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin/cli.js');
    let out: string;
    try {
      out = execFileSync(process.execPath, [cli, 'lint', file, '--format=json'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      });
    } catch (error) {
      out = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out.slice(out.indexOf('{'))) as {
      totals: { errors: number };
      problems: Array<{
        ruleId: string;
        severity: string;
        message: string;
        location: Array<{ pointer: string }>;
      }>;
    };
    const errors = report.problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
    expect(errors).toEqual([]);
    expect(report.totals.errors).toBe(0);
  }, 120_000);
});

describe.each(DATABASES)('Dutch API Design Rules on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: Awaited<ReturnType<typeof seedTenants>>;
  beforeAll(async () => {
    ctx = await appFor(kind, 'adr', {
      corsOrigins: ['https://portaal.example.nl'],
      rateLimit: { max: 40, timeWindow: 60_000 },
    });
    keys = await seedTenants(ctx.app);
  });
  afterAll(async () => ctx.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    ctx.app.inject({ url, headers });

  it('has the same routes in the router as in the OpenAPI document', async () => {
    const doc = (await openApiDocument()) as { paths: Record<string, Record<string, unknown>> };
    const fromDoc = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} /api/v1${p}`),
    );
    const fromRouter = ctx.app.zorghub.registered.map((r) => r.replace(/:(\w+)/g, '{$1}'));
    expect(new Set(fromRouter)).toEqual(new Set(fromDoc));
  });

  it('answers health and readiness without credentials', async () => {
    expect((await get('/api/v1/health')).statusCode).toBe(200);
    const ready = await get('/api/v1/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json().database).toBe(kind === 'pglite' ? 'pglite' : 'pg');
  });

  it('sends API-Version and the security headers on success and on errors', async () => {
    for (const url of ['/api/v1/health', '/api/v1/nergens', '/api/v1/clienten']) {
      const r = await get(url);
      expect(r.headers['api-version']).toBe('1.0.0');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['strict-transport-security']).toMatch(/max-age=/);
      expect(r.headers['cache-control']).toBe('no-store');
    }
  });

  it('answers 404, 405, 415 and 401 as problem+json, and does not redirect a trailing slash', async () => {
    const auth = { authorization: `Bearer ${keys.A.beheerder}` };
    const cases = [
      { r: await get('/api/v1/clienten/', auth), status: 404 },
      { r: await get('/api/v1/onbekend', auth), status: 404 },
      {
        r: await ctx.app.inject({ method: 'PATCH', url: '/api/v1/clienten', headers: auth }),
        status: 405,
      },
      {
        r: await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/clienten',
          headers: { ...auth, 'content-type': 'text/plain' },
          payload: 'x',
        }),
        status: 415,
      },
      { r: await get('/api/v1/clienten'), status: 401 },
      {
        r: await get('/api/v1/clienten', { authorization: 'Bearer zh_nietbestaand' }),
        status: 401,
      },
      { r: await get('/api/v1/clienten?pageSize=101', auth), status: 400 },
      { r: await get('/api/v1/clienten?page_size=10', auth), status: 400 },
    ];
    for (const { r, status } of cases) {
      expect(r.statusCode).toBe(status);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      const body = r.json();
      expect(body.status).toBe(status);
      expect(typeof body.title).toBe('string');
      expect(typeof body.detail).toBe('string');
    }
    expect(cases[2]!.r.headers.allow).toContain('GET');
  });

  it('answers 405 with Allow for an unknown method and for a method an action path lacks', async () => {
    const auth = { authorization: `Bearer ${keys.A.beheerder}` };
    const query = await ctx.app.inject({
      method: 'QUERY' as never,
      url: '/api/v1/clienten',
      headers: auth,
    });
    expect(query.statusCode).toBe(405);
    expect(query.headers.allow).toBe('GET, POST');
    // An action is not an id: PUT on /facturen/_genereer must not reach PUT /facturen/{id}.
    const put = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/facturen/_genereer',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(put.statusCode).toBe(405);
    expect(put.headers.allow).toBe('POST');
    expect(put.headers['content-type']).toMatch(/^application\/problem\+json/);
    // Every path of the document answers 405 with exactly its documented methods.
    const doc = (await openApiDocument()) as { paths: Record<string, Record<string, unknown>> };
    for (const [path, ops] of Object.entries(doc.paths)) {
      const documented = Object.keys(ops).map((m) => m.toUpperCase());
      const url = `/api/v1${path.replace(/\{[^}]+\}/g, 'X1')}`;
      const r = await ctx.app.inject({ method: 'PROPFIND' as never, url, headers: auth });
      expect(r.statusCode, url).toBe(405);
      expect(r.headers.allow?.toString().split(', ').sort(), url).toEqual(documented.sort());
    }
  });

  it('answers actions with the documented status, replays them unchanged, and takes an optional body as optional', async () => {
    const doc = (await openApiDocument()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const success = (path: string) =>
      Object.keys(doc.paths[path]!.post!.responses).filter((c) => c.startsWith('2'));
    const as = (role: 'beheerder' | 'planner' | 'zorgorganisatie', extra = {}) => ({
      authorization: `Bearer ${keys.A[role]}`,
      ...extra,
    });
    const run = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/facturen/_genereer',
      headers: as('beheerder'),
      payload: { maand: '2024-03' },
    });
    // 201 when the run made new invoices, 200 when there was nothing new: both documented.
    expect(success('/facturen/_genereer')).toContain(String(run.statusCode));
    // A replay answers as the first answer did: the same status and the same ETag.
    const change = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/bezoeken/BZ-A1/_status',
        headers: as('planner', { 'idempotency-key': 'adr-replay-0001' }),
        payload: { status: 'geannuleerdDoorClient' },
      });
    const first = await change();
    const replay = await change();
    expect(success('/bezoeken/{id}/_status')).toEqual([String(first.statusCode)]);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.statusCode).toBe(first.statusCode);
    expect(replay.headers.etag).toBe(first.headers.etag);
    // _ontvangst documents its body as optional: leaving it out is accepted.
    const ack = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/signalen/SG-A1/_ontvangst',
      headers: as('zorgorganisatie'),
    });
    expect(success('/signalen/{id}/_ontvangst')).toEqual([String(ack.statusCode)]);
  });

  it('paginates with page/pageSize and a Link header', async () => {
    const r = await get('/api/v1/clienten?page=1&pageSize=1', {
      authorization: `Bearer ${keys.A.beheerder}`,
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().resultaten).toHaveLength(1);
    expect(r.headers.link).toContain('rel="next"');
    const last = await get('/api/v1/clienten?page=2&pageSize=1', {
      authorization: `Bearer ${keys.A.beheerder}`,
    });
    expect(last.headers.link).not.toContain('rel="next"');
    expect(last.headers.link).toContain('rel="prev"');
  });

  it('publishes OpenAPI to any origin and the reference page without a CDN', async () => {
    const r = await get('/api/v1/openapi.json', { origin: 'https://elders.example' });
    expect(r.headers['access-control-allow-origin']).toBe('*');
    expect(r.json().openapi).toBe('3.1.0');
    const page = await get('/api/v1/reference');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('openapi.json');
    expect(page.body).not.toMatch(/<script[^>]+src=|https:\/\/cdn/);
  });

  it('allows CORS only for allowlisted origins', async () => {
    const auth = { authorization: `Bearer ${keys.A.beheerder}` };
    const ok = await get('/api/v1/clienten', { ...auth, origin: 'https://portaal.example.nl' });
    expect(ok.headers['access-control-allow-origin']).toBe('https://portaal.example.nl');
    const no = await get('/api/v1/clienten', { ...auth, origin: 'https://kwaad.example' });
    expect(no.headers['access-control-allow-origin']).toBeUndefined();
    const pre = await ctx.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/clienten',
      headers: { origin: 'https://portaal.example.nl', 'access-control-request-method': 'POST' },
    });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-methods']).toContain('POST');
  });

  it('limits the request rate with a 429 problem', async () => {
    const auth = { authorization: `Bearer ${keys.B.planner}` };
    let last = 0;
    for (let i = 0; i < 45; i++) last = (await get('/api/v1/diensten', auth)).statusCode;
    expect(last).toBe(429);
    const r = await get('/api/v1/diensten', auth);
    expect(r.headers['content-type']).toMatch(/problem\+json/);
    expect(r.headers['retry-after']).toBeDefined();
  });
});
