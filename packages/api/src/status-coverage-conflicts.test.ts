// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Document = behaviour for 409 and 422, driven by the OpenAPI document: every operation that
 * documents 409 or 422 gets the request of its row in test-support/conflict-requests.ts and must
 * answer that status as problem+json (the document's Problem schema, `status` the same). An
 * operation that documents one without a row fails by name, and so does a row for an operation
 * that does not document it (the document promises only what happens). On both databases.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openApiDocument } from './index.js';
import { CONFLICT_REQUESTS, UNPROCESSABLE_REQUESTS } from './test-support/conflict-requests.js';
import { appFor, DATABASES, type Keys, seedTenants } from './test-support/harness.js';
import {
  type RequestRow,
  requestContext,
  responseValidator,
} from './test-support/request-context.js';
import type { Role } from './types.js';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

interface Op {
  operationId: string;
  responses: Record<string, unknown>;
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
const PROBLEM = { $ref: '#/components/schemas/Problem' };

const TABLES: Array<{ status: string; file: string; rows: Record<string, RequestRow> }> = [
  { status: '409', file: 'CONFLICT_REQUESTS', rows: CONFLICT_REQUESTS },
  { status: '422', file: 'UNPROCESSABLE_REQUESTS', rows: UNPROCESSABLE_REQUESTS },
];

/** What is wrong with an answer that should be problem+json with `status`. */
function check(status: string, answer: Awaited<ReturnType<FastifyInstance['inject']>>): string[] {
  if (String(answer.statusCode) !== status)
    return [`answered ${answer.statusCode}, expected ${status}: ${answer.body.slice(0, 300)}`];
  const type = String(answer.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) return [`content-type ${type}`];
  const body = answer.json() as { status?: number };
  const problems = validate(PROBLEM, body).map((e) => `problem ${e}`);
  if (String(body.status) !== status) problems.push(`problem status ${body.status}`);
  return problems;
}

describe.each(DATABASES)('every documented 409 and 422 is produced (%s)', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  beforeAll(async () => {
    ctx = await appFor(kind, 'status_conflicts', {
      rateLimit: false,
      signup: { hubId: 'HUB-A', hourlyCents: 3000, max: 1000 },
    });
    keys = await seedTenants(ctx.app);
  });
  afterAll(async () => ctx?.close());

  it.each(TABLES)('answers $status where the document says', async ({ status, file, rows }) => {
    const c = requestContext(ctx.app, keys, rolesOf);
    const noRow: string[] = [];
    const wrong: string[] = [];
    for (const { path, method, op } of operations) {
      if (!(status in op.responses)) continue;
      const name = `${op.operationId} (${method} ${path})`;
      const row = rows[op.operationId];
      if (!row) {
        noRow.push(`${name}: add a request for ${status} to ${file} (conflict-requests.ts)`);
        continue;
      }
      try {
        for (const p of check(status, await c.send(method, path, await row(c))))
          wrong.push(`${name}: ${p}`);
      } catch (e) {
        wrong.push(`${name}: ${(e as Error).message}`);
      }
    }
    const undocumented = Object.keys(rows).filter(
      (id) => !operations.some(({ op }) => op.operationId === id && status in op.responses),
    );
    expect(noRow).toEqual([]);
    expect(undocumented, `rows for operations that do not document ${status}`).toEqual([]);
    expect(wrong).toEqual([]);
  });
});
