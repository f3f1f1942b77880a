// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * /inlogconfiguratie, without a credential: how the app signs staff in. With OIDC and a client id
 * configured, the provider (issuer), the app's public client id, the scopes and the resource
 * indicator — nothing secret: the app is a public client that proves itself with PKCE. Without it,
 * only API keys (`oidc` left out).
 */
import type { FastifyPluginAsync } from 'fastify';
import type { OidcOptions } from '../auth.js';

export interface SignInConfigOptions {
  oidc?: OidcOptions;
}

export const signInConfigSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['apiSleutel'],
  properties: {
    apiSleutel: {
      type: 'boolean',
      description: 'Inloggen met een API-sleutel kan / API-key sign-in is available',
    },
    oidc: {
      type: 'object',
      additionalProperties: false,
      required: ['issuer', 'clientId', 'scope'],
      properties: {
        issuer: { type: 'string', description: 'Issuer-URL van de provider / Provider issuer URL' },
        clientId: { type: 'string', description: 'Publieke client-id / Public client id' },
        scope: { type: 'string', description: 'Scopes, met spaties / Scopes, space-separated' },
        resource: {
          type: 'string',
          description: 'Resource indicator (RFC 8707) voor het access token / for the access token',
        },
      },
    },
  },
} as const;

/** What the app is told; undefined fields stay out. */
export function signInConfig(oidc: OidcOptions | undefined) {
  return {
    apiSleutel: true,
    ...(oidc?.clientId
      ? {
          oidc: {
            issuer: oidc.issuer,
            clientId: oidc.clientId,
            scope: oidc.scope ?? 'openid',
            ...(oidc.resource ? { resource: oidc.resource } : {}),
          },
        }
      : {}),
  };
}

const signInConfigRoutes: FastifyPluginAsync<SignInConfigOptions> = async (app, opts) => {
  const body = signInConfig(opts.oidc);
  app.get(
    '/inlogconfiguratie',
    { schema: { response: { 200: signInConfigSchema } } },
    async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return body;
    },
  );
};

export default signInConfigRoutes;
