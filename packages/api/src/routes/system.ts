// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** System routes, without a credential: /health, /ready, /openapi.json and the reference page. */
import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../db.js';
import { API_CSP, helmetHeaders } from '../plugins/security-headers.js';
import { problem } from '../problem.js';
import { referencePage } from '../reference.js';

export interface SystemRoutesOptions {
  db: Db;
  openapi: object;
  /** False while the server shuts down. */
  isReady(): boolean;
}

const statusSchema = {
  type: 'object',
  properties: { status: { type: 'string' }, database: { type: 'string' } },
};

const systemRoutes: FastifyPluginAsync<SystemRoutesOptions> = async (app, opts) => {
  const document = JSON.stringify(opts.openapi);
  const page = referencePage();

  app.get('/health', { schema: { response: { 200: statusSchema } } }, async () => ({
    status: 'ok',
  }));

  app.get('/ready', { schema: { response: { 200: statusSchema } } }, async () => {
    try {
      await opts.db.query('SELECT 1');
      if (!opts.isReady()) throw new Error('closing');
      return { status: 'ok', database: opts.db.kind };
    } catch {
      throw problem(
        503,
        'Database niet bereikbaar of server sluit af / Database unreachable or shutting down',
      );
    }
  });

  // Serialised once: the document does not change while the server runs.
  app.get('/openapi.json', async (_req, reply) => {
    reply
      .header('access-control-allow-origin', '*')
      .header('cache-control', 'public, max-age=300')
      .type('application/json; charset=utf-8');
    return document;
  });

  const pageCsp = helmetHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        ...API_CSP,
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
      },
    },
  })['content-security-policy']!;
  app.get('/reference', async (_req, reply) => {
    reply.header('content-security-policy', pageCsp).type('text/html; charset=utf-8');
    return page;
  });
};

export default systemRoutes;
