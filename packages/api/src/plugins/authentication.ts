// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Authentication and the role check, before the body is validated (an unauthenticated caller
 * learns nothing about the schema). A route opts in with `config.roles`; `request.principal` is
 * who is calling, the tenant (hub and organisation) taken from the credential only.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Authenticator } from '../auth.js';
import { problem } from '../problem.js';
import type { Principal, Role } from '../types.js';
import { type FailedLogins, failedLoginProblem } from './rate-limit.js';
import { onRoutesWhere } from './route-hooks.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Verifies the credential in these headers (API key or OIDC token); throws a 401/503 problem. */
    authenticate: Authenticator['authenticate'];
  }
  interface FastifyRequest {
    principal?: Principal;
    /** Set when the credential was checked and refused. */
    authenticationFailed?: boolean;
  }
  interface FastifyContextConfig {
    /** Roles that may call this route; routes without it need no credential. */
    roles?: readonly Role[];
    /** A route of the API's table that anyone may call (the household sign-up and sign-in link). */
    publicRoute?: boolean;
    /** The operation's name in the OpenAPI document. */
    operationId?: string;
  }
}

export interface AuthenticationOptions {
  authenticator: Authenticator;
  /** Failed logins per client address; without it they are not limited (a gateway does it). */
  failedLogins?: FailedLogins;
}

const authentication: FastifyPluginAsync<AuthenticationOptions> = async (app, opts) => {
  app.decorate('authenticate', opts.authenticator.authenticate);
  app.decorateRequest('principal', undefined);
  app.decorateRequest('authenticationFailed', false);
  onRoutesWhere(app, (route) => !!route.config?.roles, {
    preValidation: async (req: FastifyRequest, reply: FastifyReply) => {
      const { roles, operationId } = req.routeOptions.config;
      const limit = opts.failedLogins;
      const refuse = (retry: { retryAfterS: number }) => {
        req.authenticationFailed = true;
        reply.header('retry-after', String(retry.retryAfterS));
        return failedLoginProblem(limit!.max, retry.retryAfterS);
      };
      const blocked = limit?.check(req.ip);
      if (blocked) throw refuse(blocked);
      let principal: Principal;
      try {
        principal = await opts.authenticator.authenticate(req.headers);
      } catch (error) {
        req.authenticationFailed = true;
        if (limit && (error as { status?: number }).status === 401) {
          const over = await limit.fail(req.ip);
          if (over) throw refuse(over);
        }
        throw error;
      }
      req.principal = principal;
      if (!roles!.includes(principal.role)) {
        throw problem(
          403,
          `Rol ${principal.role} mag ${operationId ?? 'dit'} niet uitvoeren / Role not allowed`,
        );
      }
    },
  });
};

export default fp(authentication, { name: 'zorghub-authentication', fastify: '5.x' });
