// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { type BuildAppOptions, buildApp } from './app.js';
import { ConfigError, serverEnv } from './config/env.js';
import { startMetricsServer } from './metrics/server.js';

export interface StartServerOptions extends Omit<BuildAppOptions, 'logger'> {
  port?: number;
  host?: string;
  logger?: boolean | object;
  /** Stop gracefully on SIGTERM/SIGINT (default true). */
  handleSignals?: boolean;
  /** A port of its own for `/metrics` (default ZORGHUB_METRICS_PORT); needs a metrics token. */
  metricsPort?: number;
}

export async function startServer(options: StartServerOptions = {}): Promise<{
  url: string;
  /** Where Prometheus scrapes, when metrics have a port of their own. */
  metricsUrl?: string;
  close(): Promise<void>;
  demoCredentials?: Array<{ role: string; organisation: string; apiKey: string }>;
}> {
  // Host and port from ZORGHUB_HOST/ZORGHUB_PORT unless given; a wrong variable is a ConfigError.
  const env = serverEnv();
  const { metricsPort: portOption, ...appOptions } = options;
  const metricsPort = portOption ?? env.metrics?.port;
  const token = options.metrics ? options.metrics.token : env.metrics?.token;
  if (metricsPort !== undefined && !token)
    throw new ConfigError([
      'ZORGHUB_METRICS_TOKEN: ontbreekt / missing; a metrics port is set, and /metrics needs a credential',
    ]);
  const app = await buildApp({
    ...appOptions,
    ...(metricsPort !== undefined && token ? { metrics: { token, route: false } } : {}),
    logger: options.logger ?? true,
  });
  const host = options.host ?? env.host;
  const address = await app.listen({ port: options.port ?? env.port, host });
  const metrics =
    metricsPort !== undefined && token && app.metrics
      ? await startMetricsServer(app.metrics, token, host, metricsPort)
      : undefined;
  let closing: Promise<void> | undefined;
  // Graceful: stop accepting, let in-flight requests finish, then close the database.
  const close = () => {
    closing ??= (async () => {
      app.zorghub.ready = false;
      await metrics?.close();
      await app.close();
    })();
    return closing;
  };
  if (options.handleSignals !== false) {
    const onSignal = (signal: NodeJS.Signals) => {
      app.log.info({ signal }, 'shutting down');
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }
  return {
    url: `${address}/api/v1`,
    ...(metrics ? { metricsUrl: metrics.url } : {}),
    close,
    ...(app.zorghub.demoCredentials ? { demoCredentials: app.zorghub.demoCredentials } : {}),
  };
}
