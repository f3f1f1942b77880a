// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Document = behaviour for the success statuses, driven by the OpenAPI document: every operation
 * the document publishes gets a valid request (its row in test-support/valid-requests.ts) and must
 * answer the success status the document declares (200, 201, 202, 204), with the documented media
 * type, headers (API-Version, ETag, Location) and a body that validates against the documented
 * response schema. An operation without a row fails the test by name. On both databases.
 * The client-error statuses are in status-coverage.test.ts, 409 and 422 in
 * status-coverage-conflicts.test.ts, 500 and 503 in status-coverage-faults.test.ts.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RegionConfig } from './config/region.js';
import { openApiDocument } from './index.js';
import { appFor, DATABASES, type Keys, seedTenants } from './test-support/harness.js';
import { sampleConfig } from './test-support/region-project.js';
import { requestContext, responseValidator } from './test-support/request-context.js';
import { VALID_REQUESTS } from './test-support/valid-requests.js';
import type { Role } from './types.js';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

interface Response {
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: object }>;
}
interface Op {
  operationId: string;
  responses: Record<string, Response>;
  'x-roles'?: Role[];
}
const doc = (await openApiDocument()) as {
  paths: Record<string, Record<string, Op>>;
  components: object;
};
const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);
const rolesOf = (method: string, path: string) =>
  doc.paths[path]?.[method.toLowerCase()]?.['x-roles'];
const validate = responseValidator(doc);
const mediaType = (header: unknown) =>
  String(header ?? '')
    .split(';')[0]!
    .trim();
const isJson = (type: string) => /[/+]json$/.test(type);

/** What is wrong with an answer, measured against the documented success responses. */
function check(op: Op, answer: Awaited<ReturnType<FastifyInstance['inject']>>): string[] {
  const documented = Object.keys(op.responses).filter((s) => s.startsWith('2'));
  const status = String(answer.statusCode);
  if (!documented.includes(status))
    return [`answered ${status}, documented ${documented.join('/')}: ${answer.body.slice(0, 300)}`];
  const response = op.responses[status]!;
  const problems: string[] = [];
  for (const header of Object.keys(response.headers ?? {}))
    if (header !== 'Link' && answer.headers[header.toLowerCase()] === undefined)
      problems.push(`no ${header} header`);
  const content = response.content ?? {};
  if (Object.keys(content).length === 0) {
    if (answer.body !== '') problems.push(`a body, where none is documented`);
    return problems;
  }
  const type = mediaType(answer.headers['content-type']);
  const media = content[type];
  if (!media) return [...problems, `media type ${type}, documented ${Object.keys(content)}`];
  if (isJson(type) && media.schema)
    problems.push(...validate(media.schema, answer.json()).map((e) => `body ${e}`));
  return problems;
}

describe.each(DATABASES)('every operation answers its documented success status (%s)', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let region: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  let regionKeys: { A: Keys; B: Keys };
  beforeAll(async () => {
    ctx = await appFor(kind, 'status_success', {
      rateLimit: false,
      signup: { hubId: 'HUB-A', hourlyCents: 3000, max: 1000 },
    });
    keys = await seedTenants(ctx.app);
    region = await appFor(kind, 'status_success_region', {
      rateLimit: false,
      region: sampleConfig as unknown as RegionConfig,
    });
    regionKeys = await seedTenants(region.app);
  });
  afterAll(async () => {
    await ctx?.close();
    await region?.close();
  });

  it('has a valid request for every operation, and each gets its documented answer', async () => {
    const c = requestContext(ctx.app, keys, rolesOf, {
      region: { app: region.app, keys: regionKeys },
    });
    const noRow: string[] = [];
    const wrong: string[] = [];
    for (const { path, method, op } of operations) {
      const name = `${op.operationId} (${method} ${path})`;
      const row = VALID_REQUESTS[op.operationId];
      if (!row) {
        noRow.push(`${name}: add a valid request to test-support/valid-requests.ts`);
        continue;
      }
      try {
        const answer = await c.send(method, path, await row(c));
        for (const p of check(op, answer)) wrong.push(`${name}: ${p}`);
      } catch (e) {
        wrong.push(`${name}: ${(e as Error).message}`);
      }
    }
    const unknown = Object.keys(VALID_REQUESTS).filter(
      (id) => !operations.some(({ op }) => op.operationId === id),
    );
    expect(noRow).toEqual([]);
    expect(unknown, 'rows for operations the document does not publish').toEqual([]);
    expect(wrong).toEqual([]);
  });
});
