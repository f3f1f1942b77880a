// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Adds a hook to the routes that need it only (as @fastify/rate-limit does), so that a route pays
 * for the concerns it has: the health check runs no transaction hooks, a list no idempotency check.
 * Route hooks run after the instance's hooks, in the order the plugins added them.
 */
import type { FastifyInstance, RouteOptions } from 'fastify';

type HookName =
  | 'preValidation'
  | 'preHandler'
  | 'preSerialization'
  | 'onSend'
  | 'onError'
  | 'onResponse';

export function onRoutesWhere(
  app: FastifyInstance,
  where: (route: RouteOptions) => boolean,
  hooks: Partial<Record<HookName, unknown>>,
) {
  app.addHook('onRoute', (route) => {
    if (!where(route)) return;
    const r = route as unknown as Record<HookName, unknown>;
    for (const [name, hook] of Object.entries(hooks) as Array<[HookName, unknown]>) {
      const existing = r[name];
      r[name] = existing === undefined ? [hook] : [...[existing].flat(), hook];
    }
  });
}
