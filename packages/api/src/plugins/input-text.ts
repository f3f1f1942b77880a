// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Text PostgreSQL cannot store is refused at the door: a NUL character or a lone UTF-16 surrogate
 * in a query parameter, a path parameter or anywhere in a JSON body is a 400 naming the parameter
 * (or the body field), before any handler passes it to the database. Invalid UTF-8 in a URL is
 * refused by the router already (a malformed escape); in a body it is decoded as U+FFFD.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { problem } from '../problem.js';
import { onRoutesWhere } from './route-hooks.js';

/** NUL, or a surrogate that is not half of a pair (`isWellFormed`, Node 20+). */
const unstorable = (s: string) =>
  s.includes('\0') || !(s as unknown as { isWellFormed(): boolean }).isWellFormed();

/** The dotted path of the first string in `value` that cannot be stored, or undefined. */
export function unstorablePath(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return unstorable(value) ? path : undefined;
  if (value === null || typeof value !== 'object' || depth > 64) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = unstorablePath(value[i], `${path}[${i}]`, depth + 1);
      if (hit) return hit;
    }
    return undefined;
  }
  for (const [k, v] of Object.entries(value)) {
    const name = path ? `${path}.${k}` : k;
    if (unstorable(k)) return name;
    const hit = unstorablePath(v, name, depth + 1);
    if (hit) return hit;
  }
  return undefined;
}

function refuse(where: 'query' | 'params' | 'body', name: string) {
  return problem(
    400,
    `${where === 'body' ? 'Veld' : 'Parameter'} ${name.replace(/[^\x20-\x7e]/g, '?')} bevat een NUL-teken of ongeldige Unicode; verwijder het / ${where === 'body' ? 'Field' : 'Parameter'} contains a NUL character or invalid Unicode, remove it`,
    {
      invalidParams: [
        {
          name: name.replace(/[^\x20-\x7e]/g, '?'),
          code: 'x-text',
          reason: 'expected text without NUL characters or unpaired surrogates',
        },
      ],
    },
  );
}

export function checkText(req: FastifyRequest) {
  for (const where of ['params', 'query', 'body'] as const) {
    const value = req[where];
    const hit = unstorablePath(value, '');
    if (hit !== undefined) throw refuse(where, hit || where);
  }
}

const inputText: FastifyPluginAsync = async (app) => {
  // After authentication (an unauthenticated caller learns nothing) and before the schema check.
  onRoutesWhere(app, (route) => !!route.config?.roles || !!route.config?.publicRoute, {
    preValidation: async (req: FastifyRequest) => checkText(req),
  });
};

export default fp(inputText, {
  name: 'zorghub-input-text',
  fastify: '5.x',
  dependencies: ['zorghub-authentication'],
});
