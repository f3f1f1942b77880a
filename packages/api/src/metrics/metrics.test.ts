// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
// A parser nobody here wrote: it reads the exposition format as Prometheus does.
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app.js';
import { createApiKey } from '../auth.js';
import { startServer } from '../server.js';

// Each test opens several databases (PGlite takes seconds to start on a loaded machine).
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const TOKEN = 'metrics-token-for-the-test-0123';

interface Family {
  name: string;
  type: string;
  metrics: Array<{
    value?: string;
    labels?: Record<string, string>;
    buckets?: Record<string, string>;
    count?: string;
  }>;
}

const apps: FastifyInstance[] = [];
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  for (const close of closers.splice(0)) await close();
});

function family(families: Family[], name: string): Family {
  const found = families.find((f) => f.name === name);
  if (!found) throw new Error(`metric ${name} missing; have ${families.map((f) => f.name)}`);
  return found;
}

const sample = (f: Family, labels: Record<string, string>) =>
  f.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));

describe('Prometheus metrics', () => {
  it('counts requests by route and status, times them, and shows the pool and the access log', async () => {
    const app = await buildApp({ dataDir: 'memory://', metrics: { token: TOKEN } });
    apps.push(app);
    const key = await createApiKey(app.zorghub.db, {
      hubId: 'HUB-M',
      orgId: 'HUB-M',
      role: 'beheerder',
    });
    const auth = { authorization: `Bearer ${key.apiKey}` };
    for (let i = 0; i < 3; i++)
      expect((await app.inject({ url: '/api/v1/clienten', headers: auth })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/v1/clienten/CL-0001', headers: auth })).statusCode).toBe(
      404,
    );
    expect((await app.inject({ url: '/api/v1/clienten' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/v1/bestaat-niet' })).statusCode).toBe(404);

    // Without the credential, or with another one: refused, and nothing of the metrics shown.
    const anonymous = await app.inject({ url: '/metrics' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(anonymous.body).not.toContain('zorghub_http_requests_total');
    const wrong = await app.inject({
      url: '/metrics',
      headers: { authorization: `Bearer ${key.apiKey}` },
    });
    expect(wrong.statusCode).toBe(401);

    const scrape = await app.inject({
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(scrape.statusCode).toBe(200);
    expect(scrape.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const families = parsePrometheusTextFormat(scrape.body) as Family[];

    const requests = family(families, 'zorghub_http_requests_total');
    expect(requests.type).toBe('COUNTER');
    const list = { method: 'GET', route: '/api/v1/clienten' };
    expect(sample(requests, { ...list, status: '200' })?.value).toBe('3');
    expect(sample(requests, { ...list, status: '401' })?.value).toBe('1');
    // The route's template, never the id of a client.
    expect(
      sample(requests, { method: 'GET', route: '/api/v1/clienten/:id', status: '404' })?.value,
    ).toBe('1');
    expect(scrape.body).not.toContain('CL-0001');
    // An unknown path is one label, not a series per path.
    expect(scrape.body).not.toContain('bestaat-niet');
    expect(sample(requests, { route: 'unmatched', status: '404' })?.value).toBe('1');

    const latency = family(families, 'zorghub_http_request_duration_seconds');
    expect(latency.type).toBe('HISTOGRAM');
    // parse-prometheus-text-format merges the series of a labelled histogram into one, so its
    // lines are read here: cumulative buckets that end in +Inf = _count = 3 answers.
    const series = (suffix: string) =>
      [
        ...scrape.body.matchAll(
          new RegExp(`^zorghub_http_request_duration_seconds_${suffix}\\{([^}]*)\\} (\\S+)$`, 'gm'),
        ),
      ]
        .filter((m) => m[1]!.includes('route="/api/v1/clienten"') && m[1]!.includes('status="200"'))
        .map((m) => ({ le: /le="([^"]+)"/.exec(m[1]!)?.[1], value: Number(m[2]) }));
    const buckets = series('bucket');
    expect(buckets.map((b) => b.le)).toContain('0.1');
    expect(buckets.at(-1)).toEqual({ le: '+Inf', value: 3 });
    for (let i = 1; i < buckets.length; i++)
      expect(buckets[i]!.value).toBeGreaterThanOrEqual(buckets[i - 1]!.value);
    expect(series('count')).toEqual([{ le: undefined, value: 3 }]);
    expect(series('sum')[0]!.value).toBeGreaterThan(0);

    expect(family(families, 'zorghub_db_pool_max').metrics[0]?.value).toBe('1'); // PGlite: one
    expect(Number(family(families, 'zorghub_db_pool_connections').metrics[0]?.value)).toBe(1);
    expect(family(families, 'zorghub_db_pool_waiting').metrics[0]?.value).toBe('0');

    // Every access-log entry in the table was counted: 3 reads, one 404, one refusal.
    const rows = await app.zorghub.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE result LIKE 'geslaagd:%'",
    );
    const writes = family(families, 'zorghub_access_log_writes_total');
    expect(sample(writes, { outcome: 'written', result: 'geslaagd' })?.value).toBe(
      String(rows.rows[0]!.n),
    );
    expect(rows.rows[0]!.n).toBe(3);
    expect(sample(writes, { outcome: 'written', result: 'geweigerd' })?.value).toBe('2');
    // Node's process metrics come along.
    expect(families.some((f) => f.name === 'zorghub_process_resident_memory_bytes')).toBe(true);
  });

  it('serves /metrics on a port of its own when ZORGHUB_METRICS_PORT says so', async () => {
    const server = await startServer({
      dataDir: 'memory://',
      port: 0,
      logger: false,
      handleSignals: false,
      metrics: { token: TOKEN },
      metricsPort: 0,
    });
    closers.push(server.close);
    expect(server.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    // Not on the API's port.
    expect((await fetch(server.url.replace('/api/v1', '/metrics'))).status).toBe(404);
    expect((await fetch(server.metricsUrl!)).status).toBe(401);
    const scrape = await fetch(server.metricsUrl!, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(scrape.status).toBe(200);
    const families = parsePrometheusTextFormat(await scrape.text()) as Family[];
    expect(
      sample(family(families, 'zorghub_http_requests_total'), {
        route: '/api/v1/health',
        status: '200',
      })?.value,
    ).toBe('1');
  });
});
