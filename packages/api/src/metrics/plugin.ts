// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Prometheus metrics (prom-client): requests by route and status, latency histograms, the database
 * pool and the access-log writes, plus Node's process metrics. Labels carry the route *template*
 * (`/api/v1/clienten/:id`), never a path with ids or a query: nothing about a client leaves this
 * way. `/metrics` needs `Authorization: Bearer <ZORGHUB_METRICS_TOKEN>`; it is served on the API's
 * own port, or on a port of its own (`ZORGHUB_METRICS_PORT`, see `server.ts`).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { observeAccessLogWrites } from '../audit.js';
import type { Db } from '../db.js';

export interface MetricsOptions {
  /** The credential Prometheus sends (`Authorization: Bearer …`). */
  token: string;
  /** Serve `/metrics` on the API's own port (default); false when a separate server serves it. */
  route?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The metrics registry (set when metrics are on). */
    metrics?: Registry;
  }
}

/** True when the request carries the metrics credential (compared in constant time). */
export function hasMetricsCredential(headers: IncomingHttpHeaders, token: string): boolean {
  const header = headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

export const METRICS_UNAUTHORIZED = {
  type: 'about:blank',
  title: 'Unauthorized',
  status: 401,
  detail:
    'Metrics vragen om Authorization: Bearer <ZORGHUB_METRICS_TOKEN> / metrics need Authorization: Bearer <ZORGHUB_METRICS_TOKEN>',
};

function createRegistry(db: () => Db | undefined): {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  duration: Histogram<'method' | 'route' | 'status'>;
  stop: () => void;
} {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'zorghub_' });
  const requests = new Counter({
    name: 'zorghub_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'zorghub_http_request_duration_seconds',
    help: 'Time from receiving a request to sending its answer, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const pool = (name: string, help: string, pick: (s: ReturnType<Db['poolStats']>) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const current = db();
        if (current) this.set(pick(current.poolStats()));
      },
    });
  pool('zorghub_db_pool_connections', 'Open database connections', (s) => s.total);
  pool('zorghub_db_pool_idle', 'Idle database connections', (s) => s.idle);
  pool('zorghub_db_pool_waiting', 'Queries waiting for a database connection', (s) => s.waiting);
  pool('zorghub_db_pool_max', 'Largest number of database connections', (s) => s.max);
  const writes = new Counter({
    name: 'zorghub_access_log_writes_total',
    help: 'NEN 7513 access-log entries written (outcome=written) or that could not be (outcome=failed), by kind of result',
    labelNames: ['outcome', 'result'] as const,
    registers: [registry],
  });
  const stop = observeAccessLogWrites((outcome, result) => writes.inc({ outcome, result }));
  return { registry, requests, duration, stop };
}

const metricsPlugin: FastifyPluginAsync<MetricsOptions> = async (app, opts) => {
  const { registry, requests, duration, stop } = createRegistry(() =>
    app.hasDecorator('zorghub') ? app.zorghub.db : undefined,
  );
  app.decorate('metrics', registry);
  app.addHook('onClose', async () => stop());

  app.addHook('onResponse', async (req, reply) => {
    // The route's template, or one label for every unmatched path (no ids, no free text).
    const route = req.routeOptions.url ?? 'unmatched';
    if (route === '/metrics') return;
    const labels = { method: req.method, route, status: String(reply.statusCode) };
    requests.inc(labels);
    duration.observe(labels, reply.elapsedTime / 1000);
  });

  if (opts.route !== false) {
    app.get('/metrics', async (req, reply) => {
      if (!hasMetricsCredential(req.headers, opts.token)) {
        reply
          .code(401)
          .header('www-authenticate', 'Bearer realm="zorghub-metrics"')
          .type('application/problem+json');
        return JSON.stringify(METRICS_UNAUTHORIZED);
      }
      reply.header('cache-control', 'no-store').type(registry.contentType);
      return registry.metrics();
    });
  }
};

export default fp(metricsPlugin, { name: 'zorghub-metrics', fastify: '5.x' });
