// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** `/metrics` on a port of its own (ZORGHUB_METRICS_PORT), so that it need not pass the ingress. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { hasMetricsCredential, METRICS_UNAUTHORIZED } from './plugin.js';

export async function startMetricsServer(
  registry: Registry,
  token: string,
  host: string,
  port: number,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const problem = (status: number, body: object, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/problem+json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      problem(404, {
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: 'Only GET /metrics',
      });
      return;
    }
    if (!hasMetricsCredential(req.headers, token)) {
      problem(401, METRICS_UNAUTHORIZED, { 'www-authenticate': 'Bearer realm="zorghub-metrics"' });
      return;
    }
    registry.metrics().then(
      (text) => {
        res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
        res.end(text);
      },
      () => problem(500, { type: 'about:blank', title: 'Internal Server Error', status: 500 }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/metrics`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
