// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * CORS for an allowlist of origins (@fastify/cors): an allowed origin gets its own origin back, the
 * response headers a client needs, and preflights that name exactly the methods of that path;
 * any other origin gets no CORS headers, and its preflight is answered as the path would be (405).
 */
import cors from '@fastify/cors';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import type { RouteIndex } from './route-index.js';

export interface CorsOptions {
  origins: readonly string[];
  routes: RouteIndex;
}

const EXPOSED = ['API-Version', 'ETag', 'Link', 'Location', 'Retry-After'];
const ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Idempotency-Key',
  'If-Match',
  'If-None-Match',
  'X-Api-Key',
];

const corsPlugin: FastifyPluginAsync<CorsOptions> = async (app, { origins, routes }) => {
  const allowed = new Set(origins);
  await app.register(cors, {
    delegator: (req, cb) => {
      const origin = req.headers.origin;
      if (typeof origin !== 'string' || !allowed.has(origin)) {
        cb(null, { origin: false });
        return;
      }
      const methods = routes.allowedMethods(req.url.split('?')[0] ?? '');
      if (req.method === 'OPTIONS' && methods.length === 0) {
        cb(null, { origin: false }); // a preflight for a path that does not exist: 404
        return;
      }
      cb(null, {
        origin,
        methods,
        allowedHeaders: ALLOWED_HEADERS,
        exposedHeaders: EXPOSED,
        maxAge: 600,
        strictPreflight: true,
      });
    },
  });
};

export default fp(corsPlugin, { name: 'zorghub-cors', fastify: '5.x' });
