import { randomUUID } from 'node:crypto';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { appendAccessLog } from './audit.js';
import { type Authenticator, createAuthenticator, type OidcOptions } from './auth.js';
import { type Db, openDb } from './db.js';
import { runIdempotent } from './idempotency.js';
import { migrate } from './migrations.js';
import { API_VERSION, buildOpenApi } from './openapi.js';
import { Problem, problem, titleFor } from './problem.js';
import { referencePage } from './reference.js';
import { allRoutes, componentSchemas } from './routes/index.js';
import type { AuditInfo, HandlerContext, Principal, RouteDef } from './types.js';
import { createValidators } from './validation.js';

export const BASE = '/api/v1';

export interface BuildAppOptions {
  /** `postgres://…`; defaults to the DATABASE_URL environment variable, else the embedded PGlite. */
  databaseUrl?: string;
  /** PGlite data folder (default `.zorghub/data`); `memory://` for a throw-away database. */
  dataDir?: string;
  /** PostgreSQL schema to use (tests use one per file). */
  schema?: string;
  /** Load the Delft example data and create demo API keys. */
  demo?: boolean;
  logger?: boolean | object;
  oidc?: OidcOptions;
  /** Origins allowed by CORS (default: ZORGHUB_CORS_ORIGINS, comma-separated; none otherwise). */
  corsOrigins?: string[];
  /** Requests per minute per credential (or per address when unauthenticated); false when a gateway limits. */
  rateLimit?: { max: number; timeWindow: number } | false;
  bodyLimit?: number;
  /** Per-request time limit in ms for the handler (503 after it). */
  handlerTimeout?: number;
  /** Use an already opened database (tests, the benchmark). */
  db?: Db;
}

export interface ZorghubState {
  db: Db;
  routes: RouteDef[];
  auth: Authenticator;
  ready: boolean;
  /** Every route the router knows (METHOD path), for the router-vs-OpenAPI test. */
  registered: string[];
  demoCredentials?: Array<{ role: string; organisation: string; apiKey: string }>;
}

declare module 'fastify' {
  interface FastifyInstance {
    zorghub: ZorghubState;
  }
  interface FastifyRequest {
    principal?: Principal;
  }
}

const SECURITY_HEADERS: Record<string, string> = {
  'cache-control': 'no-store',
  'content-security-policy': "frame-ancestors 'none'",
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

const LOG_REDACT = ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'];

export async function buildApp(options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL ?? undefined;
  const db =
    options.db ??
    (await openDb({
      databaseUrl,
      dataDir: options.dataDir ?? process.env.ZORGHUB_DATA_DIR,
      schema: options.schema,
    }));
  await migrate(db);

  const loggerOption =
    options.logger === undefined || options.logger === false
      ? false
      : {
          level: process.env.ZORGHUB_LOG_LEVEL ?? 'info',
          redact: { paths: LOG_REDACT, censor: '[verborgen]' },
          ...(typeof options.logger === 'object' ? options.logger : {}),
          // Only the method, the path without the query and the status: no health content, no tokens.
          serializers: {
            req: (req: FastifyRequest) => ({
              method: req.method,
              path: req.url.split('?')[0],
              id: req.id,
            }),
            res: (res: FastifyReply) => ({ statusCode: res.statusCode }),
          },
        };

  const app = Fastify({
    logger: loggerOption as never,
    bodyLimit: options.bodyLimit ?? 256 * 1024,
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
    return503OnClosing: true,
    genReqId: () => randomUUID(),
    // Malformed URLs (bad escapes, over-long parameters) get a problem+json too.
    frameworkErrors: (error, req, res) => {
      const reply = res as unknown as FastifyReply;
      reply.header('api-version', API_VERSION);
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
      const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
      reply
        .code(status)
        .type('application/problem+json')
        .send({
          type: `https://zorghub.nl/problemen/${status}`,
          title: status === 414 ? 'URI te lang / URI too long' : titleFor(400),
          status,
          detail:
            status === 414
              ? 'Een padparameter is te lang / A path parameter is too long'
              : 'Ongeldige URL / Malformed URL',
          instance: `urn:uuid:${req.id}`,
        });
    },
    routerOptions: {
      maxParamLength: 200,
      ignoreTrailingSlash: false,
      ignoreDuplicateSlashes: false,
    },
  });

  const registered: string[] = [];
  app.addHook('onRoute', (r) => {
    for (const m of [r.method].flat()) if (m !== 'HEAD') registered.push(`${m} ${r.url}`);
  });
  const routes = allRoutes();
  const auth = createAuthenticator(db, options.oidc ?? oidcFromEnv());
  const state: ZorghubState = { db, routes, auth, ready: true, registered };
  app.decorate('zorghub', state);

  const validators = createValidators();
  app.setValidatorCompiler(({ schema, httpPart }) => validators.compile(schema, httpPart) as never);

  // JSON only; anything else on a request with a body is a 415.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(
    'application/merge-patch+json',
    { parseAs: 'string' },
    app.getDefaultJsonParser('error', 'error'),
  );

  const corsOrigins = new Set(
    options.corsOrigins ??
      (process.env.ZORGHUB_CORS_ORIGINS ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
  );

  app.addHook('onRequest', async (req, reply) => {
    reply.header('api-version', API_VERSION);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    const origin = req.headers.origin;
    if (typeof origin === 'string' && corsOrigins.has(origin)) {
      reply.header('access-control-allow-origin', origin);
      reply.header('vary', 'Origin');
      reply.header(
        'access-control-expose-headers',
        'API-Version, ETag, Link, Location, Retry-After',
      );
    }
    // No trailing slashes, and no redirect either: a 404 (an empty path parameter would match otherwise).
    const path = req.url.split('?')[0] ?? '';
    if (path.length > 1 && path.endsWith('/')) {
      sendProblem(
        app,
        req,
        reply,
        problem(
          404,
          `Geen resource op ${path} (zonder slash aan het eind) / No resource here (no trailing slash)`,
        ),
      );
      return reply;
    }
  });

  const rateLimit = options.rateLimit ?? {
    max: Number(process.env.ZORGHUB_RATE_LIMIT ?? 600),
    timeWindow: 60_000,
  };
  if (rateLimit)
    await app.register(import('@fastify/rate-limit'), {
      global: true,
      max: rateLimit.max,
      timeWindow: rateLimit.timeWindow,
      // Rate-limit headers only on the 429 itself: computing them on every answer costs throughput.
      addHeadersOnExceeding: {
        'x-ratelimit-limit': false,
        'x-ratelimit-remaining': false,
        'x-ratelimit-reset': false,
      },
      keyGenerator: (req) => {
        const a = req.headers.authorization ?? req.headers['x-api-key'];
        return typeof a === 'string' ? `cred:${a.slice(-16)}` : `ip:${req.ip}`;
      },
      errorResponseBuilder: (_req, context) => {
        const p = problem(
          429,
          `Maximaal ${context.max} verzoeken per minuut / At most ${context.max} requests per minute; retry after ${context.after}`,
        );
        return Object.assign(p, { statusCode: 429 });
      },
    });

  app.setErrorHandler((error: FastifyError | Problem, req, reply) => {
    sendProblem(app, req, reply, toProblem(error, req));
  });

  const matchers = routes.map((r) => ({
    method: r.method,
    re: new RegExp(`^${BASE}${r.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
  const systemPaths = ['/health', '/ready', '/openapi.json', '/reference'].map(
    (p) => `${BASE}${p}`,
  );

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    const allowed = [
      ...matchers.filter((m) => m.re.test(path)).map((m) => m.method),
      ...(systemPaths.includes(path) ? ['GET'] : []),
    ];
    if (req.method === 'OPTIONS' && allowed.length > 0) {
      const origin = req.headers.origin;
      if (typeof origin === 'string' && corsOrigins.has(origin)) {
        reply
          .header('access-control-allow-methods', allowed.join(', '))
          .header(
            'access-control-allow-headers',
            'Authorization, Content-Type, Idempotency-Key, If-Match, If-None-Match, X-Api-Key',
          )
          .header('access-control-max-age', '600')
          .code(204)
          .send();
        return;
      }
      reply.header('allow', allowed.join(', '));
      sendProblem(
        app,
        req,
        reply,
        problem(405, `Methode OPTIONS is hier niet toegestaan / OPTIONS is not allowed here`),
      );
      return;
    }
    if (allowed.length > 0) {
      reply.header('allow', [...new Set(allowed)].join(', '));
      sendProblem(
        app,
        req,
        reply,
        problem(
          405,
          `Methode ${req.method} is niet toegestaan op ${path}; wel: ${allowed.join(', ')} / Method not allowed`,
        ),
      );
      return;
    }
    sendProblem(
      app,
      req,
      reply,
      problem(404, `Geen resource op ${path} / No resource at this path`),
    );
  });

  // System routes: no authentication.
  app.get(`${BASE}/health`, async () => ({ status: 'ok' }));
  app.get(`${BASE}/ready`, async (_req, reply) => {
    try {
      await db.query('SELECT 1');
      if (!state.ready) throw new Error('closing');
      return { status: 'ok', database: db.kind };
    } catch {
      throw problem(
        503,
        'Database niet bereikbaar of server sluit af / Database unreachable or shutting down',
      );
    } finally {
      void reply;
    }
  });
  const openapi = buildOpenApi(routes, componentSchemas());
  app.get(`${BASE}/openapi.json`, async (_req, reply) => {
    reply.header('access-control-allow-origin', '*');
    reply.header('cache-control', 'public, max-age=300');
    return openapi;
  });
  app.get(`${BASE}/reference`, async (_req, reply) => {
    reply.header(
      'content-security-policy',
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    );
    reply.type('text/html; charset=utf-8');
    return referencePage();
  });

  const handlerTimeout = options.handlerTimeout ?? 15_000;
  for (const route of routes) registerRoute(app, route, handlerTimeout);

  app.addHook('onClose', async () => {
    state.ready = false;
    if (!options.db) await db.close();
  });

  if (options.demo) {
    const { loadDemo } = await import('./demo.js');
    state.demoCredentials = await loadDemo(db);
  }
  return app;
}

function oidcFromEnv(): OidcOptions | undefined {
  const issuer = process.env.ZORGHUB_OIDC_ISSUER;
  const audience = process.env.ZORGHUB_OIDC_AUDIENCE;
  if (!issuer || !audience) return undefined;
  return {
    issuer,
    audience,
    jwksFile: process.env.ZORGHUB_OIDC_JWKS_FILE,
    jwksUrl: process.env.ZORGHUB_OIDC_JWKS_URL,
  };
}

function toProblem(error: FastifyError | Problem, req: FastifyRequest): Problem {
  if (error instanceof Problem) return error;
  const e = error as FastifyError & {
    validation?: Array<{
      instancePath: string;
      message?: string;
      keyword: string;
      params?: Record<string, unknown>;
    }>;
    validationContext?: string;
  };
  if (e.validation) {
    const where = e.validationContext ?? 'body';
    const invalidParams = e.validation.map((v) => {
      let name = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
      if (v.keyword === 'required' && v.params?.missingProperty) {
        name = [name, String(v.params.missingProperty)].filter(Boolean).join('.');
      }
      if (v.keyword === 'additionalProperties' && v.params?.additionalProperty) {
        name = [name, String(v.params.additionalProperty)].filter(Boolean).join('.');
      }
      return { name: name || where, code: v.keyword, reason: v.message ?? 'ongeldig / invalid' };
    });
    const first = invalidParams[0];
    return problem(
      400,
      `Ongeldige ${where}: ${first ? `${first.name} ${first.reason}` : 'onbekend'} / Invalid ${where}`,
      { invalidParams },
    );
  }
  const status = e.statusCode ?? 500;
  if (status === 415) {
    return problem(
      415,
      `Content-Type ${req.headers['content-type'] ?? '(geen)'} wordt niet ondersteund; gebruik application/json / use application/json`,
    );
  }
  if (status === 413)
    return problem(413, 'Bericht is groter dan toegestaan / Request body too large');
  if (status === 429) return problem(429, e.message);
  if (status >= 400 && status < 500) {
    // Fastify's own client errors (bad JSON, empty body …): one line, no internals.
    return problem(status, `${e.message.split('\n')[0]}`);
  }
  req.log.error(
    { err: { type: e.name, code: e.code, message: e.message.slice(0, 200) } },
    'request failed',
  );
  return problem(500, 'Er ging iets mis aan onze kant / Something went wrong on our side');
}

export function sendProblem(
  app: FastifyInstance,
  req: FastifyRequest,
  reply: FastifyReply,
  p: Problem,
) {
  void app;
  reply
    .code(p.status)
    .type('application/problem+json')
    .send({
      type: `https://zorghub.nl/problemen/${p.status}`,
      title: p.title || titleFor(p.status),
      status: p.status,
      detail: p.detail,
      instance: `urn:uuid:${req.id}`,
      ...p.extra,
    });
}

/** Who a refused, unauthenticated attempt is logged as (never the token it carried). */
const ANONYMOUS = 'anoniem';
const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;
const authFailed = new WeakSet<FastifyRequest>();
const reachedHandler = new WeakSet<FastifyRequest>();

/** The access log's result: `ongeldig` for invalid input, `mislukt` for a server fault, else `geweigerd`. */
export function accessResult(status: number): string {
  if (status === 400 || status === 413 || status === 415 || status === 422)
    return `ongeldig:${status}`;
  if (status >= 500) return `mislukt:${status}`;
  return `geweigerd:${status}`;
}

function registerRoute(app: FastifyInstance, route: RouteDef, handlerTimeout: number) {
  const url = `${BASE}${route.path.replace(/\{(\w+)\}/g, ':$1')}`;
  const paramNames = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const querySchema = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries((route.query ?? []).map((p) => [p.name, p.schema])),
    required: (route.query ?? []).filter((p) => p.required).map((p) => p.name),
  };
  const isWrite = route.method !== 'GET';
  app.route({
    method: route.method,
    url,
    schema: {
      querystring: querySchema,
      ...(paramNames.length
        ? {
            params: {
              type: 'object',
              properties: Object.fromEntries(
                paramNames.map((n) => [
                  n,
                  { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9._-]+$' },
                ]),
              ),
            },
          }
        : {}),
      ...(route.body ? { body: route.body.schema } : {}),
    },
    // Authenticate before validation: an unauthenticated caller learns nothing about the schema.
    preValidation: async (req) => {
      let principal: Principal;
      try {
        principal = await app.zorghub.auth.authenticate(req.headers);
      } catch (error) {
        authFailed.add(req);
        throw error;
      }
      if (!route.roles.includes(principal.role)) {
        req.principal = principal;
        throw problem(
          403,
          `Rol ${principal.role} mag ${route.operationId} niet uitvoeren / Role not allowed`,
        );
      }
      req.principal = principal;
    },
    // A refusal before the handler (401, role-level 403, 400 on params/query/body, 413, 415) on a
    // route that touches client or signal data is still an access attempt: one entry, with result.
    ...(route.audit
      ? {
          onError: async (req: FastifyRequest, _reply: FastifyReply, error: FastifyError) => {
            if (reachedHandler.has(req)) return; // the handler wrote the entry itself
            const status = error instanceof Problem ? error.status : (error.statusCode ?? 500);
            // A rate-limited request is shed unread; logging it would let a flood serialise writers.
            if (status === 429) return;
            let principal = req.principal;
            if (!principal && !authFailed.has(req)) {
              principal = await app.zorghub.auth.authenticate(req.headers).catch(() => undefined);
            }
            const id = (req.params as Record<string, unknown> | undefined)?.id;
            const objectId = typeof id === 'string' && SAFE_ID.test(id) ? id : null;
            await app.zorghub.db
              .transaction((tx) =>
                appendAccessLog(tx, {
                  hubId: principal?.hubId ?? ANONYMOUS,
                  at: new Date().toISOString(),
                  actor: principal?.id ?? ANONYMOUS,
                  actorOrg: principal?.orgId ?? ANONYMOUS,
                  actorRole: principal?.role ?? ANONYMOUS,
                  onBehalfOf: principal?.orgId ?? ANONYMOUS,
                  action: route.audit!.action,
                  objectType: route.audit!.objectType,
                  objectId,
                  clientId: route.audit!.objectType === 'client' ? objectId : null,
                  result: accessResult(status),
                  origin: req.ip,
                }),
              )
              .catch((e) =>
                req.log.error(
                  { err: { message: String(e).slice(0, 200) } },
                  'access log write failed',
                ),
              );
          },
        }
      : {}),
    handler: async (req, reply) => {
      reachedHandler.add(req);
      const principal = req.principal!;
      const db = app.zorghub.db;
      let audit: AuditInfo | undefined = route.audit ? { ...route.audit } : undefined;
      const run = async (q: HandlerContext['q']) =>
        route.handler({
          req,
          reply,
          principal,
          q,
          db,
          params: req.params as Record<string, string>,
          query: req.query as Record<string, unknown>,
          body: req.body,
          audit: (info) => {
            if (audit) audit = { ...audit, ...info };
          },
        });
      const withTimeout = <T>(p: Promise<T>) =>
        new Promise<T>((resolve, reject) => {
          const t = setTimeout(
            () => reject(problem(503, 'Verzoek duurde te lang / Request timed out')),
            handlerTimeout,
          );
          p.then(
            (v) => {
              clearTimeout(t);
              resolve(v);
            },
            (e) => {
              clearTimeout(t);
              reject(e);
            },
          );
        });
      const entryFor = (result: string) => ({
        hubId: principal.hubId,
        at: new Date().toISOString(),
        actor: principal.id,
        actorOrg: principal.orgId,
        actorRole: principal.role,
        onBehalfOf: principal.orgId,
        action: audit!.action,
        objectType: audit!.objectType,
        objectId: audit!.objectId ?? null,
        clientId: audit!.clientId ?? null,
        result,
        origin: req.ip,
      });
      try {
        const result = await withTimeout(
          isWrite
            ? db.transaction(async (tx) => {
                const r =
                  route.method === 'POST'
                    ? await runIdempotent(tx, req, principal, () => run(tx))
                    : await run(tx);
                if (audit) await appendAccessLog(tx, entryFor(`geslaagd:${r.status ?? 200}`));
                return r;
              })
            : (async () => {
                const r = await run(db);
                if (audit)
                  await db.transaction((tx) =>
                    appendAccessLog(tx, entryFor(`geslaagd:${r.status ?? 200}`)),
                  );
                return r;
              })(),
        );
        if (result.headers) for (const [k, v] of Object.entries(result.headers)) reply.header(k, v);
        reply.code(result.status ?? route.success.status);
        if (result.contentType) reply.type(result.contentType);
        if (result.body === undefined) return reply.send();
        return reply.send(result.body);
      } catch (error) {
        if (audit) {
          const status = error instanceof Problem ? error.status : 500;
          await db
            .transaction((tx) => appendAccessLog(tx, entryFor(accessResult(status))))
            .catch((e) =>
              req.log.error(
                { err: { message: String(e).slice(0, 200) } },
                'access log write failed',
              ),
            );
        }
        throw error;
      }
    },
  });
}
