// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Serves the hub app (`@zorghub/app`, a built folder) at /app/, on the same origin as /api/v1, so
 * the app needs no CORS and its credential never leaves the origin. Registered by `buildApp` only
 * when it is given the folder (the server and `npm start` pass it when the app has been built;
 * `zorghub serve --no-app` leaves it out).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

// Same origin only (and the OpenID provider, for its discovery document and token endpoint); no
// inline script; the service worker and the API are on this origin too.
const csp = (connect: string[]) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...connect].join(' '),
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');

export async function registerAppStatic(
  app: FastifyInstance,
  appDir: string,
  connectOrigins: string[] = [],
): Promise<void> {
  const CSP = csp(connectOrigins);
  if (!existsSync(join(appDir, 'index.html'))) {
    throw new Error(
      `The app folder ${appDir} has no index.html. Build it first (npm run build -w @zorghub/app) or start without the app (--no-app).`,
    );
  }
  await app.register(async (scope) => {
    scope.addHook('onSend', async (request, reply, payload) => {
      reply.header('Content-Security-Policy', CSP);
      reply.header('X-Content-Type-Options', 'nosniff');
      reply.header('Referrer-Policy', 'no-referrer');
      // The shell and the service worker must be fetched fresh; hashed assets may be cached for long.
      const path = request.url.split('?')[0] ?? '';
      reply.header(
        'Cache-Control',
        path.startsWith('/app/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      if (path === '/app/sw.js') reply.header('Service-Worker-Allowed', '/app/');
      return payload;
    });
    await scope.register(fastifyStatic, {
      root: appDir,
      prefix: '/app/',
      index: ['index.html'],
      wildcard: true,
      decorateReply: false,
      // The app's build writes .br/.gz beside each text file (packages/app/scripts/compress.mjs).
      preCompressed: true,
    });
    scope.get('/app', async (_request, reply) => reply.redirect('/app/', 301));
  });
}
