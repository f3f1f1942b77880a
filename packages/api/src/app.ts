// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** `buildApp`: a Fastify server set up for the API (limits, logging without health data) with `zorghubApi` registered. */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { serverEnv } from './config/env.js';
import type { TrustProxy } from './config/variables.js';
import metricsPlugin, { type MetricsOptions } from './metrics/plugin.js';
import { type ZorghubApiOptions, zorghubApi } from './plugin.js';
import { frameworkErrors } from './plugins/problem.js';

export interface BuildAppOptions extends ZorghubApiOptions {
  /** Load the Delft example data and create demo API keys. */
  demo?: boolean;
  logger?: boolean | object;
  bodyLimit?: number;
  /** Per-request time limit in ms for the whole request (503 after it). */
  handlerTimeout?: number;
  /** A built `@zorghub/app` folder to serve at /app/ (left out when undefined). */
  appDir?: string;
  /**
   * Which peers may tell the client's address in `X-Forwarded-For` (Fastify's `trustProxy`): true
   * or addresses/CIDRs. Default: ZORGHUB_TRUST_PROXY, else false — the peer's own
   * address is the client's, and a forwarded header is ignored.
   */
  trustProxy?: TrustProxy;
  /**
   * Prometheus metrics at `/metrics` behind a bearer token. Default: on when ZORGHUB_METRICS_TOKEN
   * is set (on this server's port unless ZORGHUB_METRICS_PORT gives one of its own); false: off.
   */
  metrics?: MetricsOptions | false;
}

const LOG_REDACT = ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'];

function loggerOption(logger: BuildAppOptions['logger'], level: string) {
  if (logger === undefined || logger === false) return false;
  return {
    level,
    redact: { paths: LOG_REDACT, censor: '[verborgen]' },
    ...(typeof logger === 'object' ? logger : {}),
    // Only the method, the path without the query and the status: no health content, no tokens.
    serializers: {
      req: (req: FastifyRequest) => ({
        method: req.method,
        path: req.url.split('?')[0],
        id: req.id,
        // The client's address as trustProxy allows it (a proxy's X-Forwarded-For only when trusted).
        remoteAddress: req.ip,
      }),
      res: (res: FastifyReply) => ({ statusCode: res.statusCode }),
    },
  };
}

export async function buildApp(options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const { logger, bodyLimit, handlerTimeout, demo, trustProxy, metrics, appDir, ...apiOptions } =
    options;
  const env = serverEnv();
  let logUnrouted: ((req: FastifyRequest, status: number) => Promise<void>) | undefined;
  const app = Fastify({
    logger: loggerOption(logger, env.logLevel) as never,
    trustProxy: trustProxy ?? env.trustProxy,
    bodyLimit: bodyLimit ?? 256 * 1024,
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
    handlerTimeout: handlerTimeout ?? 15_000,
    return503OnClosing: true,
    // Opening the database and running migrations happens inside the API plugin; on a busy or small
    // machine PGlite's start took longer than Fastify's default of 10 s and the server refused to
    // start. Two minutes still stops a start that hangs.
    pluginTimeout: 120_000,
    genReqId: () => randomUUID(),
    // Malformed URLs (bad escapes, over-long parameters) get a problem+json too.
    frameworkErrors: (error, req, res) => {
      frameworkErrors(error, req, res);
      void logUnrouted?.(req, (res as unknown as FastifyReply).statusCode);
    },
    routerOptions: {
      maxParamLength: 200,
      ignoreTrailingSlash: false,
      ignoreDuplicateSlashes: false,
    },
  });
  // Before the API, so that its hooks see every route.
  const metricsOptions =
    metrics ??
    (env.metrics ? { token: env.metrics.token, route: env.metrics.port === undefined } : false);
  if (metricsOptions) await app.register(metricsPlugin, metricsOptions);
  await app.register(zorghubApi, apiOptions);
  logUnrouted = app.zorghub.logUnrouted;
  if (appDir) {
    const { registerAppStatic } = await import('./app-static.js');
    // The app fetches the provider's discovery document and token endpoint from the browser.
    const issuer = app.zorghub.oidc?.clientId ? app.zorghub.oidc.issuer : undefined;
    await registerAppStatic(app, appDir, issuer ? [new URL(issuer).origin] : []);
  }
  if (demo) {
    const { loadDemo } = await import('./demo.js');
    app.zorghub.demoCredentials = await loadDemo(app.zorghub.db);
  }
  return app;
}
