// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Security headers on every answer, errors included: helmet's standard set, plus the API's own two
 * (`API-Version`, ADR; `Cache-Control: no-store`, as answers carry personal data).
 *
 * The headers are helmet's (the library behind @fastify/helmet), computed once at start-up and
 * then set as they are: @fastify/helmet runs `helmet(options)` again on every request, which
 * builds and validates the whole policy each time — measured at about a third of a simple GET's
 * time on these machines (see the note of issue 11).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import { API_VERSION } from '../version.js';

/** An API answers with JSON only: it loads nothing and is framed nowhere. */
export const API_CSP = { defaultSrc: ["'none'"], frameAncestors: ["'none'"] };

const OPTIONS: HelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: API_CSP },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true, preload: false },
  xFrameOptions: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
};

/** The headers helmet sets for these options, as a plain record. */
export function helmetHeaders(options: HelmetOptions = OPTIONS): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader(name: string, value: unknown) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, () => {});
  return headers;
}

const securityHeaders: FastifyPluginAsync = async (app) => {
  const headers = {
    ...helmetHeaders(),
    'api-version': API_VERSION,
    'cache-control': 'no-store',
  };
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(headers);
    done();
  });
};

export default fp(securityHeaders, { name: 'zorghub-security-headers', fastify: '5.x' });
