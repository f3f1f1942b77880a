// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from './index.js';
import { appFor, DATABASES, type Keys, seedTenants } from './test-support/harness.js';
import { ROLES } from './types.js';

interface Param {
  name: string;
  in: string;
}
const doc = (await openApiDocument()) as {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Array<Param | { $ref: string }>;
        requestBody?: unknown;
        responses: Record<string, unknown>;
      }
    >
  >;
};
const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({
    method: method.toUpperCase() as 'GET',
    path,
    query: (op.parameters ?? [])
      .filter((p): p is Param => 'in' in p && p.in === 'query')
      .map((p) => p.name),
    hasBody: !!op.requestBody,
    statuses: Object.keys(op.responses),
  })),
);

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'CL-A1',
    'CL-B1',
    "1' OR '1'='1",
    '../../etc/passwd',
    '%00',
    '\u0000',
    'a'.repeat(300),
    '{id}',
    '🙂',
    '-1',
    '1e309',
    'null',
  ),
);
const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(
    fc.constantFrom(
      'id',
      'clientId',
      'status',
      'deelnemerId',
      'abonnementId',
      'maand',
      'opvolging',
      '__proto__',
      'constructor',
    ),
    fc.jsonValue({ maxDepth: 2 }),
  ),
  fc.record({
    id: hostile,
    clientId: hostile,
    startDatum: fc.oneof(fc.string(), fc.constant('2024-02-30')),
    status: hostile,
  }),
);

describe.each(DATABASES)('fuzzing from the OpenAPI document on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  beforeAll(async () => {
    // Sign-up configured, as npm start and a region with households have it: without it the public
    // sign-up routes answer a documented 503 ("not set up"), and the fuzzer would not reach them.
    ctx = await appFor(kind, 'fuzz', {
      rateLimit: { max: 1_000_000, timeWindow: 60_000 },
      signup: { hubId: 'HUB-A', hourlyCents: 3000, max: 1_000_000 },
    });
    keys = await seedTenants(ctx.app);
  });
  afterAll(async () => ctx.close());

  it('never answers a malformed or hostile request with a 5xx, and errors are problem+json', async () => {
    const undocumented = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...operations),
        fc.constantFrom(...ROLES),
        fc.array(hostile, { minLength: 2, maxLength: 2 }),
        fc.dictionary(
          fc.oneof(
            fc.constantFrom('page', 'pageSize', 'formaat', 'clientId', 'vanafDatum'),
            fc.string({ maxLength: 8 }),
          ),
          hostile,
          { maxKeys: 3 },
        ),
        fc.oneof(
          jsonish.map((v) => JSON.stringify(v)),
          fc.string(),
          fc.constant('{"a":'),
          fc.constant(''),
        ),
        fc.record({
          contentType: fc.constantFrom(
            'application/json',
            'application/merge-patch+json',
            'text/plain',
            'application/xml',
            'multipart/form-data; boundary=x',
            undefined,
          ),
          ifMatch: fc.option(fc.oneof(fc.string(), fc.constant('"v1"'), fc.constant('*'))),
          idempotencyKey: fc.option(
            fc.oneof(fc.string({ maxLength: 200 }), fc.constant('key-12345678')),
          ),
          auth: fc.constantFrom('own', 'foreign', 'garbage', 'none'),
        }),
        async (op, role, pathValues, query, body, h) => {
          let i = 0;
          const path = op.path.replace(/\{\w+\}/g, () =>
            encodeURIComponent(pathValues[i++ % 2] ?? 'x'),
          );
          const qs = new URLSearchParams(
            Object.entries(query).map(([k, v]) => [k, String(v)] as [string, string]),
          ).toString();
          const headers: Record<string, string> = {};
          if (h.auth === 'own') headers.authorization = `Bearer ${keys.A[role]}`;
          if (h.auth === 'foreign') headers.authorization = `Bearer ${keys.B[role]}`;
          if (h.auth === 'garbage')
            headers.authorization = `Bearer ${pathValues[0]?.replace(/[^\x20-\x7e]/g, '') ?? ''}`;
          if (h.contentType && op.method !== 'GET') headers['content-type'] = h.contentType;
          if (h.ifMatch) headers['if-match'] = h.ifMatch.replace(/[^\x20-\x7e]/g, '');
          if (h.idempotencyKey)
            headers['idempotency-key'] = h.idempotencyKey.replace(/[^\x20-\x7e]/g, '');
          const r = await ctx.app.inject({
            method: op.method,
            url: `/api/v1${path}${qs ? `?${qs}` : ''}`,
            headers,
            ...(op.method !== 'GET' && op.method !== 'DELETE' ? { payload: body } : {}),
          });
          if (r.statusCode >= 500)
            throw new Error(
              `${op.method} ${path}?${qs} → ${r.statusCode}: ${r.body.slice(0, 200)}`,
            );
          if (r.statusCode >= 400)
            expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
          // Every answer is one the document names for this operation.
          if (!op.statuses.includes(String(r.statusCode)))
            undocumented.add(`${op.method} ${op.path} → ${r.statusCode}`);
        },
      ),
      { numRuns: 400, seed: 7513 },
    );
    expect([...undocumented].sort()).toEqual([]);
  }, 120_000);
});
