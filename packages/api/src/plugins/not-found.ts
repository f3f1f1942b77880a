// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * What the router does not match: 405 with `Allow` for a known path with another method, 404
 * otherwise, and 404 for a path with a trailing slash (no redirect: an empty path parameter would
 * match otherwise). All as problem+json. The 405 is answered in onRequest, before a body is read:
 * an unknown method such as QUERY would otherwise get a 400 about its body, and a method that an
 * action path (/facturen/_genereer) does not have must not reach the `/{id}` route beside it.
 */
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { problem } from '../problem.js';
import { sendProblem } from './problem.js';
import type { RouteIndex } from './route-index.js';

export interface NotFoundOptions {
  routes: RouteIndex;
}

const notFound: FastifyPluginAsync<NotFoundOptions> = async (app, { routes }) => {
  const methodNotAllowed = (method: string, path: string, allowed: string[]) =>
    problem(
      405,
      `Methode ${method} is niet toegestaan op ${path}; wel: ${allowed.join(', ')} / Method not allowed`,
    );
  app.addHook('onRequest', (req, reply, done) => {
    const path = req.url.split('?')[0] ?? '';
    if (req.method !== 'OPTIONS') {
      const fixed = routes.staticMethods(path);
      const allowed = fixed ?? (req.is404 ? routes.allowedMethods(path) : []);
      const asked = req.method === 'HEAD' ? 'GET' : req.method;
      if (allowed.length > 0 && !allowed.includes(asked)) {
        reply.header('allow', allowed.join(', '));
        sendProblem(req, reply, methodNotAllowed(req.method, path, allowed));
        return;
      }
    }
    if (path.length > 1 && path.endsWith('/')) {
      sendProblem(
        req,
        reply,
        problem(
          404,
          `Geen resource op ${path} (zonder slash aan het eind) / No resource here (no trailing slash)`,
        ),
      );
      return;
    }
    done();
  });

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    const allowed = routes.allowedMethods(path);
    if (allowed.length === 0) {
      sendProblem(req, reply, problem(404, `Geen resource op ${path} / No resource at this path`));
      return;
    }
    reply.header('allow', allowed.join(', '));
    sendProblem(req, reply, methodNotAllowed(req.method, path, allowed));
  });
};

export default fp(notFound, { name: 'zorghub-not-found', fastify: '5.x' });
