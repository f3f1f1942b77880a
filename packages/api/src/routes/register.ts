// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A route of the table as a Fastify route: its schema (validation and serialisation), the config
 * the concern plugins read (roles, access log, transaction), and a handler that hands the route its
 * context and sends what it returns.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db.js';
import { fastifySchema } from '../openapi/route-schema.js';
import type { HandlerContext, RouteDef } from '../types.js';

export const BASE = '/api/v1';

/** The entity of the records a route answers with, from its response schema's component. */
function responseEntity(route: RouteDef): string | undefined {
  const ref = /#\/components\/schemas\/([A-Za-z]+)/.exec(
    JSON.stringify(route.success.schema ?? {}),
  );
  const name = ref?.[1];
  return name ? name.charAt(0).toLowerCase() + name.slice(1) : undefined;
}

export function registerRoute(
  app: FastifyInstance,
  route: RouteDef,
  db: Db,
  components: Record<string, object>,
) {
  app.route({
    method: route.method,
    url: route.path.replace(/\{(\w+)\}/g, ':$1'),
    schema: fastifySchema(route, components),
    config: {
      // No roles: a public route (no credential; see plugins/authentication.ts).
      ...(route.roles.length ? { roles: route.roles } : { publicRoute: true }),
      operationId: route.operationId,
      transaction: route.method !== 'GET',
      ...(route.audit ? { audit: route.audit } : {}),
      ...(route.etag ? { etag: true } : {}),
      ...(route.idempotency === false ? { idempotency: false as const } : {}),
      ...(responseEntity(route) ? { entity: responseEntity(route) } : {}),
    },
    // An optional body (as the document says) may be left out: no body is an empty object.
    ...(route.body && route.body.required === false
      ? {
          preValidation: async (req: { body: unknown }) => {
            if (req.body === undefined || req.body === null) req.body = {};
          },
        }
      : {}),
    handler: async (req, reply) => {
      const ctx: HandlerContext = {
        req,
        reply,
        principal: req.principal!,
        q: req.transaction?.q ?? db,
        db,
        params: req.params as Record<string, string>,
        query: req.query as Record<string, unknown>,
        body: req.body,
        audit: (info) => req.audit(info),
      };
      const result = await route.handler(ctx);
      if (result.headers) reply.headers(result.headers);
      reply.code(result.status ?? route.success.status);
      if (result.contentType) reply.type(result.contentType);
      return result.body === undefined ? reply.send() : reply.send(result.body);
    },
  });
}
