// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Which methods the router answers on a path, from the routes as they are registered: the `Allow`
 * header of a 405 and the methods a CORS preflight may name.
 */
import type { FastifyInstance } from 'fastify';

export interface RouteIndex {
  /** Every route the router knows as `METHOD /url` (Fastify's `:param` form), HEAD left out. */
  readonly registered: string[];
  /** The methods registered on a concrete path, e.g. ['GET', 'POST'] for /api/v1/clienten. */
  allowedMethods(path: string): string[];
  /**
   * The methods of a route whose URL is exactly this path (an action such as /facturen/_genereer),
   * or undefined: such a path is never also an id for the parametric routes beside it.
   */
  staticMethods(path: string): string[] | undefined;
}

/** Starts recording `app`'s routes; call before the routes are registered. */
export function indexRoutes(app: FastifyInstance): RouteIndex {
  const registered: string[] = [];
  const routes: Array<{ method: string; url: string }> = [];
  let matchers: Array<{ method: string; re: RegExp }> | undefined;
  app.addHook('onRoute', (r) => {
    if (r.url.includes('*')) return; // @fastify/cors' preflight catch-all
    for (const method of [r.method].flat()) {
      if (method === 'HEAD') continue;
      registered.push(`${method} ${r.url}`);
      routes.push({ method, url: r.url });
      matchers = undefined;
      exact = undefined;
    }
  });
  let exact: Map<string, string[]> | undefined;
  const staticMethods = (path: string) => {
    if (!exact) {
      exact = new Map();
      for (const r of routes)
        if (!r.url.includes(':')) exact.set(r.url, [...(exact.get(r.url) ?? []), r.method]);
    }
    return exact.get(path);
  };
  return {
    registered,
    staticMethods,
    allowedMethods(path) {
      const fixed = staticMethods(path);
      if (fixed) return fixed;
      matchers ??= routes.map((r) => ({
        method: r.method,
        re: new RegExp(`^${r.url.replace(/:\w+/g, '[^/]+')}$`),
      }));
      return [...new Set(matchers.filter((m) => m.re.test(path)).map((m) => m.method))];
    },
  };
}
