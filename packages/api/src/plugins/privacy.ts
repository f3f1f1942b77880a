// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Leaves optional `x-privacy: special` fields out of the responses of routes that return records of
 * an entity with such fields, for every role not in `roles` (see ../privacy.ts). A route names its
 * entity in `config.entity`; only routes whose entity has such fields get the hook.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { minimise } from '../routes/exports.js';
import { entityFields, STORED_ENTITIES } from '../standard.js';
import type { Role } from '../types.js';
import { onRoutesWhere } from './route-hooks.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The entity whose records this route answers with (one, or a page under `resultaten`). */
    entity?: string;
  }
}

export interface PrivacyOptions {
  /** Roles that see optional special fields. */
  roles: readonly Role[];
}

const hasHidden = (entity: string) =>
  (STORED_ENTITIES as readonly string[]).includes(entity) &&
  entityFields(entity).some((f) => f.privacy === 'special' && !f.required);

const privacy: FastifyPluginAsync<PrivacyOptions> = async (app, opts) => {
  const allowed = new Set(opts.roles);
  const hide = (entity: string, value: unknown): unknown => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.resultaten))
      return {
        ...record,
        resultaten: record.resultaten.map((r) =>
          r && typeof r === 'object'
            ? minimise(entity, r as Record<string, unknown>, ['special'])
            : r,
        ),
      };
    return minimise(entity, record, ['special']);
  };
  onRoutesWhere(
    app,
    (route) => typeof route.config?.entity === 'string' && hasHidden(route.config.entity),
    {
      preSerialization: async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
        const role = req.principal?.role;
        if (!role || allowed.has(role) || reply.statusCode >= 300) return payload;
        return hide(req.routeOptions.config.entity!, payload);
      },
    },
  );
};

export default fp(privacy, {
  name: 'zorghub-privacy',
  fastify: '5.x',
  dependencies: ['zorghub-authentication'],
});
