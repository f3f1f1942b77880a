import { type BuildAppOptions, buildApp } from './app.js';

export interface StartServerOptions extends Omit<BuildAppOptions, 'logger'> {
  port?: number;
  host?: string;
  logger?: boolean | object;
  /** Stop gracefully on SIGTERM/SIGINT (default true). */
  handleSignals?: boolean;
}

export async function startServer(options: StartServerOptions = {}): Promise<{
  url: string;
  close(): Promise<void>;
  demoCredentials?: Array<{ role: string; organisation: string; apiKey: string }>;
}> {
  const app = await buildApp({ ...options, logger: options.logger ?? true });
  const host = options.host ?? '127.0.0.1';
  const address = await app.listen({ port: options.port ?? 3000, host });
  let closing: Promise<void> | undefined;
  // Graceful: stop accepting, let in-flight requests finish, then close the database.
  const close = () => {
    closing ??= (async () => {
      app.zorghub.ready = false;
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
    close,
    ...(app.zorghub.demoCredentials ? { demoCredentials: app.zorghub.demoCredentials } : {}),
  };
}
