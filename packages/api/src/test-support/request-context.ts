// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * For the document-driven status tests: what a row of a request table gets to prepare its request
 * (fresh ids, copies of seeded records, records made through the API), how a row's request is sent,
 * and a validator for the answers the OpenAPI document describes.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import type { Role } from '../types.js';
import type { Keys } from './harness.js';

/** One request, as a row of a table describes it. */
export interface TableRequest {
  /** Whose hub-A key signs it; null: no credential (a public route). Default: see `defaultRole`. */
  role?: Role | null;
  /** Path parameters by name ({id}, {maand} …); every one in the path must be given. */
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** The body, sent as JSON (as merge-patch for PATCH); undefined: no body. */
  body?: unknown;
  headers?: Record<string, string>;
  /** The server with a region configuration (for /regio), instead of the default one. */
  server?: 'region';
}

export interface RequestContext {
  app: FastifyInstance;
  keys: { A: Keys; B: Keys };
  /** A fresh id with this prefix, unique in the run. */
  id(prefix: string): string;
  /** A stored record of hub A, read through the API by its administrator, with `over` applied. */
  copy(
    collection: string,
    id: string,
    over?: Record<string, unknown>,
  ): Promise<Record<string, unknown>>;
  /** A copy of a stored record created through the API under a fresh id; returns that id. */
  create(collection: string, id: string, over?: Record<string, unknown>): Promise<string>;
  /** Sends a request and returns the answer (for set-up steps such as a first booking). */
  send(
    method: string,
    path: string,
    request: TableRequest,
  ): Promise<Awaited<ReturnType<FastifyInstance['inject']>>>;
}

/** A row: makes the request (and whatever it needs first) for one operation. */
export type RequestRow = (c: RequestContext) => TableRequest | Promise<TableRequest>;

/** The role a row signs with unless it says: the administrator where allowed, else the first. */
export const defaultRole = (roles: readonly Role[] | undefined): Role | null =>
  roles?.length ? (roles.includes('beheerder') ? 'beheerder' : roles[0]!) : null;

/** Fresh ids, unique in the test file (several contexts may share a database). */
let n = 0;

export function requestContext(
  app: FastifyInstance,
  keys: { A: Keys; B: Keys },
  roleOf: (method: string, path: string) => readonly Role[] | undefined,
  servers: { region?: { app: FastifyInstance; keys: { A: Keys; B: Keys } } } = {},
): RequestContext {
  const ctx: RequestContext = {
    app,
    keys,
    id: (prefix) => `${prefix}-S${++n}`,
    async copy(collection, id, over = {}) {
      const r = await app.inject({
        url: `/api/v1/${collection}/${id}`,
        headers: { authorization: `Bearer ${keys.A.beheerder}` },
      });
      if (r.statusCode !== 200)
        throw new Error(`set-up: GET ${collection}/${id} gave ${r.statusCode}`);
      return { ...r.json(), ...over };
    },
    async create(collection, id, over = {}) {
      const fresh = ctx.id(id.replace(/-.*$/, ''));
      const body = await ctx.copy(collection, id, { id: fresh, ...over });
      const r = await ctx.send('POST', `/${collection}`, { role: 'beheerder', body });
      if (r.statusCode !== 201)
        throw new Error(`set-up: POST ${collection} gave ${r.statusCode}: ${r.body}`);
      return (r.json() as { id: string }).id;
    },
    send(method, path, request) {
      const role = request.role === undefined ? defaultRole(roleOf(method, path)) : request.role;
      let url = `/api/v1${path}`;
      for (const name of [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)) {
        const value = request.params?.[name];
        if (value === undefined) throw new Error(`row for ${method} ${path} gives no {${name}}`);
        url = url.replace(`{${name}}`, encodeURIComponent(value));
      }
      if (request.query) url += `?${new URLSearchParams(request.query)}`;
      const server = request.server === 'region' ? servers.region : { app, keys };
      if (!server) throw new Error(`no ${request.server} server for ${method} ${path}`);
      const headers: Record<string, string> = { ...request.headers };
      if (role) headers.authorization = `Bearer ${server.keys.A[role]}`;
      if (request.body !== undefined)
        headers['content-type'] ??=
          method === 'PATCH' ? 'application/merge-patch+json' : 'application/json';
      return server.app.inject({
        method: method as 'GET',
        url,
        headers,
        ...(request.body === undefined ? {} : { payload: JSON.stringify(request.body) }),
      });
    },
  };
  return ctx;
}

const DOC_ID = 'urn:zorghub:openapi';

/** `$ref: '#/components/…'` made absolute, so a response schema compiles against the document. */
function absolute(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(absolute);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${DOC_ID}${v}` : absolute(v),
    ]),
  );
}

/** Validates a body against a schema of the document (its components resolved); returns the errors. */
export function responseValidator(doc: { components?: object }) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema({ $id: DOC_ID, components: doc.components });
  const cache = new Map<object, ReturnType<Ajv2020['compile']>>();
  return (schema: object, body: unknown): string[] => {
    let validate = cache.get(schema);
    if (!validate) {
      validate = ajv.compile(absolute(schema) as object);
      cache.set(schema, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  };
}
