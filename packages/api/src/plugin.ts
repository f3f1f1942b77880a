// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * `zorghubApi`: the whole reference API as one Fastify plugin, for `buildApp` and for a region's own
 * Fastify server (`app.register(zorghubApi, { databaseUrl })`). It opens and migrates the database,
 * then registers one plugin per concern — in this order, because each one's hooks rely on the ones
 * before it — and the routes, all under /api/v1 in a context of their own: the API's hooks, error
 * handler and 404/405 answers apply to its own routes only. The parent sees `app.zorghub`.
 */
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { auditKeyFromEnv } from './audit.js';
import { checkpointAccessLog, checkpointSeconds } from './audit-verify.js';
import { type Authenticator, createAuthenticator, type OidcOptions } from './auth.js';
import { serverEnv } from './config/env.js';
import { loadRegionConfig, type RegionConfig } from './config/region.js';
import { type Db, openDb } from './db.js';
import { migrate } from './migrations.js';
import { buildOpenApi } from './openapi/document.js';
import accessLog, { unroutedAccessLog } from './plugins/access-log.js';
import authentication from './plugins/authentication.js';
import cors from './plugins/cors.js';
import etag from './plugins/etag.js';
import idempotency from './plugins/idempotency.js';
import inputText from './plugins/input-text.js';
import notFound from './plugins/not-found.js';
import privacy from './plugins/privacy.js';
import problem from './plugins/problem.js';
import { type Counter, memoryCounter, sharedCounter } from './plugins/rate-counter.js';
import rateLimit, { failedLogins } from './plugins/rate-limit.js';
import { indexRoutes } from './plugins/route-index.js';
import securityHeaders from './plugins/security-headers.js';
import transaction from './plugins/transaction.js';
import { allRoutes, componentSchemas } from './routes/index.js';
import { BASE, registerRoute } from './routes/register.js';
import signInConfigRoutes from './routes/sign-in-config.js';
import systemRoutes from './routes/system.js';
import type { Role, RouteDef } from './types.js';
import { createValidators } from './validation.js';

export interface ZorghubApiOptions {
  /** `postgres://…`; defaults to the DATABASE_URL environment variable, else the embedded PGlite. */
  databaseUrl?: string;
  /** PGlite data folder (default `.zorghub/data`); `memory://` for a throw-away database. */
  dataDir?: string;
  /** PostgreSQL schema to use (tests use one per file). */
  schema?: string;
  /** Use an already opened database (tests, the benchmark); it is not closed with the app. */
  db?: Db;
  oidc?: OidcOptions;
  /** Origins allowed by CORS (default: ZORGHUB_CORS_ORIGINS, comma-separated; none otherwise). */
  corsOrigins?: string[];
  /**
   * Requests per window per credential (or per address when unauthenticated), and failed logins
   * per window per address (`failedLogins`, default ZORGHUB_RATE_LIMIT_FAILED_LOGINS, else 30);
   * false when a gateway limits. On PostgreSQL the counts are shared by every process, at most
   * `syncMs` (default 200) apart.
   */
  rateLimit?: { max: number; timeWindow: number; failedLogins?: number; syncMs?: number } | false;
  /** Roles that see optional `x-privacy: special` fields (default ZORGHUB_PRIVACY_SPECIAL_ROLES). */
  specialFieldRoles?: Role[];
  /**
   * The region's zorghub.config.ts, loaded (`loadRegionConfig`): its identity at /regio, the hourly
   * tariff of new hour-based subscriptions, the services the hub offers. Default: the file
   * ZORGHUB_CONFIG names, else none.
   */
  region?: RegionConfig;
}

export interface ZorghubState {
  db: Db;
  routes: RouteDef[];
  auth: Authenticator;
  ready: boolean;
  /** Every route the router knows (METHOD path), for the router-vs-OpenAPI test. */
  registered: string[];
  /** Logs an attempt on a logged route that the router refused before any hook ran. */
  logUnrouted?: (req: FastifyRequest, status: number) => Promise<void>;
  demoCredentials?: Array<{ role: string; organisation: string; apiKey: string }>;
  /** The region configuration the server runs with, if any. */
  region?: RegionConfig;
  /** The OpenID provider staff tokens come from, if any (the app's CSP allows its origin). */
  oidc?: OidcOptions;
}

declare module 'fastify' {
  interface FastifyInstance {
    zorghub: ZorghubState;
  }
}

/**
 * Signed checkpoints of the access log every `ZORGHUB_AUDIT_CHECKPOINT_SECONDS` (default 300) and
 * at shutdown: into the database, the anchor file (`ZORGHUB_AUDIT_ANCHOR_FILE`) and the log.
 */
function startCheckpoints(app: FastifyInstance, db: Db): () => Promise<void> {
  if (!auditKeyFromEnv())
    app.log.warn(
      'ZORGHUB_AUDIT_KEY is not set: the access log is hash-chained but not signed (a recomputed chain would not be detected)',
    );
  const seconds = checkpointSeconds();
  const run = async () => {
    const cp = await checkpointAccessLog(db).catch((e: unknown) => {
      app.log.error({ err: { message: String(e).slice(0, 200) } }, 'access-log checkpoint failed');
      return undefined;
    });
    if (cp) app.log.info({ checkpoint: cp }, 'toegangslog-checkpoint');
  };
  if (!(seconds > 0)) return async () => {};
  const timer = setInterval(run, seconds * 1000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await run();
  };
}

const zorghubApiPlugin: FastifyPluginAsync<ZorghubApiOptions> = async (app, options) => {
  // Defaults from the environment, checked: a wrong variable stops the start with its name.
  const env = serverEnv();
  // Before the database opens: a wrong file stops the start without leaving a connection behind.
  let region = options.region;
  if (!region && env.configFile) {
    const loaded = await loadRegionConfig(env.configFile);
    for (const warning of loaded.warnings) app.log.warn(warning);
    region = loaded.config;
  }
  const db =
    options.db ??
    (await openDb({
      databaseUrl: options.databaseUrl ?? env.databaseUrl,
      dataDir: options.dataDir ?? env.dataDir,
      schema: options.schema,
      poolSize: env.dbPool,
    }));
  await migrate(db);
  const routes = allRoutes(region);
  const components = componentSchemas();
  const oidc = options.oidc ?? env.oidc;
  const auth = createAuthenticator(db, oidc);
  const state: ZorghubState = {
    db,
    routes,
    auth,
    ready: true,
    registered: [],
    logUnrouted: unroutedAccessLog(db, routes, auth.authenticate),
    ...(region ? { region } : {}),
    ...(oidc ? { oidc } : {}),
  };
  app.decorate('zorghub', state);
  const stopCheckpoints = startCheckpoints(app, db);
  const limit = options.rateLimit ?? { max: env.rateLimit, timeWindow: 60_000 };
  // PGlite is embedded (one process); on PostgreSQL every process behind the balancer shares counts.
  const counter: Counter | undefined = !limit
    ? undefined
    : db.kind === 'pg'
      ? sharedCounter(db, {
          syncMs: limit.syncMs,
          onError: (e) =>
            app.log.warn(
              { err: { message: String(e).slice(0, 200) } },
              'rate-limit counts not shared this time (kept for the next sync)',
            ),
        })
      : memoryCounter();
  app.addHook('onClose', async () => {
    state.ready = false;
    await counter?.close();
    await stopCheckpoints();
    if (!options.db) await db.close();
  });

  await app.register(
    async (api) => {
      const index = indexRoutes(api);
      state.registered = index.registered;
      // Bodies with the standard's own ajv, parameters with a coercing one (see validation.ts).
      const validators = createValidators();
      api.setValidatorCompiler(
        ({ schema, httpPart }) => validators.compile(schema, httpPart) as never,
      );
      // JSON only; anything else on a request with a body is a 415.
      api.removeContentTypeParser('text/plain');
      api.addContentTypeParser(
        'application/merge-patch+json',
        { parseAs: 'string' },
        api.getDefaultJsonParser('error', 'error'),
      );
      await api.register(problem);
      await api.register(notFound, { routes: index });
      await api.register(securityHeaders);
      await api.register(cors, { origins: options.corsOrigins ?? env.corsOrigins, routes: index });
      await api.register(authentication, {
        authenticator: auth,
        ...(limit && counter
          ? {
              failedLogins: failedLogins(
                counter,
                limit.failedLogins ?? env.rateLimitFailedLogins,
                limit.timeWindow,
              ),
            }
          : {}),
      });
      if (limit && counter)
        await api.register(rateLimit, { max: limit.max, timeWindow: limit.timeWindow, counter });
      await api.register(privacy, { roles: options.specialFieldRoles ?? env.specialFieldRoles });
      await api.register(inputText);
      await api.register(transaction, { db });
      await api.register(etag);
      await api.register(accessLog, { db });
      await api.register(idempotency);

      await api.register(systemRoutes, {
        db,
        openapi: buildOpenApi(routes, components),
        isReady: () => state.ready,
      });
      await api.register(signInConfigRoutes, { ...(oidc ? { oidc } : {}) });
      for (const route of routes) registerRoute(api, route, db, components);
    },
    { prefix: BASE },
  );
};

/** The reference API as a Fastify plugin. */
export const zorghubApi = fp(zorghubApiPlugin, { name: 'zorghub-api', fastify: '5.x' });
