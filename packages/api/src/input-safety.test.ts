// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Generated from the OpenAPI document: every path and query parameter of every route gets a NUL
 * byte, invalid UTF-8, an over-long value and SQL metacharacters, over real HTTP, on both
 * databases. Every answer is a 4xx problem, `/health` keeps answering, and every attempt on a
 * logged route leaves one access-log entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from './index.js';
import { appFor, DATABASES, type Keys, seedTenants } from './test-support/harness.js';
import type { Role } from './types.js';

interface Param {
  name: string;
  in: string;
}
interface Op {
  parameters?: Array<Param | { $ref: string }>;
  requestBody?: unknown;
  'x-roles'?: Role[];
  'x-access-log'?: string;
}
const doc = (await openApiDocument()) as { paths: Record<string, Record<string, Op>> };

/** Hostile values, already percent-encoded as they go on the wire. */
const HOSTILE: Record<string, string> = {
  nul: '%00',
  'nul inside': 'CL-A1%00x',
  'invalid utf-8': '%FF%FE',
  'truncated utf-8': '%C3%28',
  'encoded surrogate': '%ED%A0%80',
  overlong: 'A'.repeat(5000),
  'sql quote': encodeURIComponent("CL-A1' OR '1'='1"),
  'sql comment': encodeURIComponent('1; DROP TABLE records;--'),
  'sql metacharacters': encodeURIComponent('%_\\$1"\';'),
};

const ID_FOR: Record<string, string> = {
  organisaties: 'OZ-A1',
  abonnementen: 'AB-A1',
  clienten: 'CL-A1',
  deelnemers: 'DN-A1',
  trainingen: 'TR-A1',
  coachingcontacten: 'CC-A1',
  bezoeken: 'BZ-A1',
  signalen: 'SG-A1',
  uren: 'UR-A1',
  facturen: 'FA-A1',
  uitkomsten: 'UK-A1',
  diensten: 'DI-A',
};

interface Case {
  method: string;
  url: string;
  role: Role;
  logged: boolean;
  label: string;
  body?: string;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const roles = op['x-roles'];
      if (!roles?.length) continue;
      // The most powerful role the route allows, so that the value reaches the handler.
      const role = (['beheerder', 'planner', ...roles] as Role[]).find((r) => roles.includes(r))!;
      const resource = path.split('/')[1]!;
      const valid = (name: string) =>
        name === 'entiteit' ? 'clienten' : (ID_FOR[resource] ?? 'X');
      const pathNames = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const queryNames = (op.parameters ?? [])
        .filter((p): p is Param => 'in' in p && p.in === 'query')
        .map((p) => p.name);
      const build = (at: { path?: string; query?: string }, value: string) => {
        const p = path.replace(/\{(\w+)\}/g, (_, n: string) => (n === at.path ? value : valid(n)));
        return `/api/v1${p}${at.query ? `?${at.query}=${value}` : ''}`;
      };
      const body = op.requestBody ? '{}' : undefined;
      for (const [kind, value] of Object.entries(HOSTILE)) {
        for (const name of pathNames)
          out.push({
            method: method.toUpperCase(),
            url: build({ path: name }, value),
            role,
            logged: !!op['x-access-log'],
            label: `${method.toUpperCase()} ${path} path ${name}: ${kind}`,
            ...(body ? { body } : {}),
          });
        for (const name of queryNames)
          out.push({
            method: method.toUpperCase(),
            url: build({ query: name }, value),
            role,
            logged: !!op['x-access-log'],
            label: `${method.toUpperCase()} ${path} query ${name}: ${kind}`,
            ...(body ? { body } : {}),
          });
      }
      if (op.requestBody) {
        for (const [kind, text] of [
          ['nul in body', '{"id":"CL-\\u0000","startDatum":"2024-01-01"}'],
          ['lone surrogate in body', '{"id":"\\ud800","opvolging":"\\udc00x"}'],
          ['nul in a key', '{"a\\u0000":1}'],
        ] as const)
          out.push({
            method: method.toUpperCase(),
            url: build({}, ''),
            role,
            logged: !!op['x-access-log'],
            label: `${method.toUpperCase()} ${path} body: ${kind}`,
            body: text,
          });
      }
    }
  }
  return out;
}

describe.each(DATABASES)('hostile parameters on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  let base: string;
  beforeAll(async () => {
    ctx = await appFor(kind, 'input_safety', {
      rateLimit: { max: 1_000_000, timeWindow: 60_000 },
    });
    keys = await seedTenants(ctx.app);
    // A port the system picks: a fixed one can be held by another program's connection.
    base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => ctx?.close());

  const logCount = async () =>
    Number(
      (await ctx.app.zorghub.db.query<{ n: number }>('SELECT count(*)::int AS n FROM access_log'))
        .rows[0]!.n,
    );

  it('answers every one with a 4xx problem, keeps answering /health and logs every attempt', async () => {
    const all = cases();
    expect(all.length).toBeGreaterThan(300);
    const failures: string[] = [];
    const before = await logCount();
    let expectedEntries = 0;
    for (const [i, c] of all.entries()) {
      const r = await fetch(`${base}${c.url}`, {
        method: c.method,
        headers: {
          authorization: `Bearer ${keys.A[c.role]}`,
          ...(c.body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(c.body !== undefined ? { body: c.body } : {}),
      });
      const text = await r.text();
      if (c.logged) expectedEntries++;
      if (r.status < 400 || r.status >= 500) failures.push(`${c.label} → ${r.status}`);
      else if (!/application\/problem\+json/.test(r.headers.get('content-type') ?? ''))
        failures.push(`${c.label} → ${r.status} without problem+json`);
      else if (text.includes('\u0000')) failures.push(`${c.label} → echoed a NUL`);
      if (i % 50 === 0) {
        const health = await fetch(`${base}/api/v1/health`);
        if (health.status !== 200) failures.push(`/health → ${health.status} after ${c.label}`);
      }
    }
    expect(failures).toEqual([]);
    expect((await fetch(`${base}/api/v1/health`)).status).toBe(200);
    // Entries of refusals the router answered are written just after the answer.
    for (let t = 0; t < 50 && (await logCount()) - before < expectedEntries; t++)
      await new Promise((r) => setTimeout(r, 100));
    expect((await logCount()) - before).toBe(expectedEntries);
    // The server still works: a normal read succeeds and is logged.
    const ok = await fetch(`${base}/api/v1/clienten/CL-A1`, {
      headers: { authorization: `Bearer ${keys.A.beheerder}` },
    });
    expect(ok.status).toBe(200);
  }, 180_000);

  it('maps a database data error to a 400 without the database’s words, and the connection survives', async () => {
    const { databaseProblem } = await import('./plugins/problem.js');
    const db = ctx.app.zorghub.db;
    const error = await db
      .query('SELECT 1 FROM records WHERE id = $1', ['a\u0000b'])
      .catch((e: unknown) => e);
    const p = databaseProblem(error as { code?: string });
    expect(p?.status).toBe(400);
    expect(p?.detail).not.toMatch(/0x00|UTF8/);
    expect((await db.query<{ x: number }>('SELECT 1 AS x')).rows).toEqual([{ x: 1 }]);
    // And inside a transaction: rolled back, the connection handed back in working order.
    await expect(
      db.transaction((tx) => tx.query('SELECT 1 FROM records WHERE id = $1', ['\u0000'])),
    ).rejects.toMatchObject({ code: '22021' });
    expect((await db.query<{ x: number }>('SELECT 1 AS x')).rows).toEqual([{ x: 1 }]);
  });
});
