// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * ETag / If-None-Match / If-Match. A record's version is its ETag (`"v3"`); a GET whose
 * `If-None-Match` names the current version is answered 304 without a body; a change whose
 * `If-Match` names another version is refused with 412 (`checkIfMatch`).
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { problem } from '../problem.js';
import { onRoutesWhere } from './route-hooks.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The answer carries an ETag: a GET honours If-None-Match. */
    etag?: boolean;
  }
}

export const etagOf = (version: number) => `"v${version}"`;

function listOf(header: string | string[]): string[] {
  return (Array.isArray(header) ? header.join(',') : header).split(',').map((s) => s.trim());
}

/** 412 when If-Match is given and does not name the current version. */
export function checkIfMatch(header: string | string[] | undefined, version: number) {
  if (header === undefined) return;
  const values = listOf(header);
  const etag = etagOf(version);
  if (values.includes('*') || values.includes(etag) || values.includes(`W/${etag}`)) return;
  throw problem(
    412,
    `If-Match komt niet overeen met de huidige versie ${etag}; haal de resource opnieuw op / The resource has changed; fetch it again`,
  );
}

const etagPlugin: FastifyPluginAsync = async (app) => {
  onRoutesWhere(app, (route) => route.method === 'GET' && !!route.config?.etag, {
    onSend: async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      const ifNoneMatch = req.headers['if-none-match'];
      if (ifNoneMatch === undefined || reply.statusCode !== 200) return payload;
      const etag = reply.getHeader('etag');
      if (typeof etag !== 'string' || !listOf(ifNoneMatch).includes(etag)) return payload;
      reply.code(304).removeHeader('content-type').removeHeader('content-length');
      return null;
    },
  });
};

export default fp(etagPlugin, { name: 'zorghub-etag', fastify: '5.x' });
