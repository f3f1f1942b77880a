#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Deep pages of visits: page 1,000 (20 a page) of a large visits table through the reference API,
// by keyset cursor and by the deprecated OFFSET `page` parameter, against page 1 in the same run.
// Prints p50/p99 and req/s per case and the p99 ratios to page 1 (target: cursor ≤ 1.2×).
//
//   node bench/api/deep-page.mjs [--db pglite,postgres] [--rows 1000000] [--pglite-rows 200000]
//                                [--duration 10] [--connections 32] [--repeat 2] [--port 42510]
//
// The API runs in a child process of its own (this file with --serve), autocannon here. Needs the
// built API (npx turbo run build --filter=@zorghub/api...). PostgreSQL from
// ZORGHUB_TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), in a schema of its
// own that is dropped afterwards.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseCli } from './cli.mjs';

const USAGE = `
Usage: node bench/api/deep-page.mjs [options]

Page 1,000 of visits by keyset cursor and by OFFSET against page 1 (see bench/api/README.md).

  --db LIST           pglite,postgres (default both)
  --rows N            visits on PostgreSQL (default 1000000)
  --pglite-rows N     visits on PGlite (default 200000)
  --duration S        seconds per case (default 10)
  --connections N     concurrent connections (default 32)
  --repeat N          runs per case, the best p99 counts (default 2)
  --port N            the API's port (default 42510)
  -h, --help          this text
`;
const values = parseCli(
  {
    serve: { type: 'boolean', default: false },
    db: { type: 'string', default: 'pglite,postgres' },
    rows: { type: 'string', default: '1000000', number: true },
    'pglite-rows': { type: 'string', default: '200000', number: true },
    duration: { type: 'string', default: '10', number: true },
    connections: { type: 'string', default: '32', number: true },
    repeat: { type: 'string', default: '2', number: true },
    port: { type: 'string', default: '42510', number: true },
  },
  USAGE,
);
const HUB = 'HUB-DEEP';
const PAGE = 1000;
const PAGE_SIZE = 20;

if (values.serve) await serve();
else await main();

async function serve() {
  const { buildApp, createApiKey, migrate, openDb } = await import('@zorghub/api');
  const PG_URL = process.env.ZORGHUB_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `bench_deep_${randomBytes(3).toString('hex')}`;
  const db =
    values.db === 'pglite'
      ? await openDb({ dataDir: 'memory://' })
      : await openDb({ databaseUrl: PG_URL, schema });
  await migrate(db);
  const count = Number(values.rows);
  for (let from = 0; from < count; from += 50_000) {
    const to = Math.min(count, from + 50_000);
    await db.query(
      `INSERT INTO records (hub_id, entity, id, care_org_id, client_id, participant_id, parent_id, data)
       SELECT $1, 'bezoek', 'BZ-' || lpad(g::text, 8, '0'), 'OZ-1', 'CL-' || lpad((1 + g % 32)::text, 2, '0'),
              'DN-1', 'AB-' || lpad((1 + g % 32)::text, 2, '0'),
              jsonb_build_object('id', 'BZ-' || lpad(g::text, 8, '0'), 'clientId', 'CL-' || lpad((1 + g % 32)::text, 2, '0'),
                'deelnemerId', 'DN-1', 'abonnementId', 'AB-' || lpad((1 + g % 32)::text, 2, '0'), 'dienstId', 'DI-1',
                'geplandStartOp', to_char(timestamp '2020-01-01' + (g % 3000) * interval '1 day', 'YYYY-MM-DD') || 'T10:00:00+01:00',
                'geplandEindOp', to_char(timestamp '2020-01-01' + (g % 3000) * interval '1 day', 'YYYY-MM-DD') || 'T11:00:00+01:00',
                'status', 'gepland')
         FROM generate_series($2::int, $3::int) AS g`,
      [HUB, from, to - 1],
    );
  }
  await db.query('ANALYZE records');
  const api = await buildApp({ db, rateLimit: { max: 1e9, timeWindow: 60_000 } });
  await api.listen({ port: Number(values.port), host: '127.0.0.1' });
  const { apiKey } = await createApiKey(db, { hubId: HUB, orgId: HUB, role: 'planner' });
  process.on('message', async () => {
    await api.close();
    // The API's background writers may still hold a lock for a moment: retry the drop.
    for (let i = 0; i < 5 && values.db !== 'pglite'; i++) {
      try {
        await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    await db.close();
    process.exit(0);
  });
  process.send({ url: `http://127.0.0.1:${values.port}/api/v1`, apiKey, rows: count });
}

async function main() {
  const { default: autocannon } = await import('autocannon');
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const cannon = (url, headers, seconds = duration) =>
    new Promise((resolve, reject) =>
      autocannon({ url, headers, connections, duration: seconds }, (err, r) =>
        err
          ? reject(err)
          : resolve({
              rps: Math.round(r.requests.average),
              p50: r.latency.p50,
              p99: r.latency.p99,
              bad: r.non2xx + r.errors + r.timeouts,
            }),
      ),
    );
  const results = {};
  for (const kind of values.db.split(',')) {
    const rows = kind === 'pglite' ? values['pglite-rows'] : values.rows;
    process.stderr.write(`… ${kind}: seeding ${rows} visits\n`);
    const child = fork(
      fileURLToPath(import.meta.url),
      ['--serve', '--db', kind, '--rows', rows, '--port', values.port],
      { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
    );
    const [ready] = await once(child, 'message');
    const headers = { authorization: `Bearer ${ready.apiKey}` };
    // The cursor of page 1,000 as the API hands it out: the next cursor of page 999.
    const before = await fetch(`${ready.url}/bezoeken?page=${PAGE - 1}&pageSize=${PAGE_SIZE}`, {
      headers,
    }).then((r) => r.json());
    const deep = await fetch(
      `${ready.url}/bezoeken?pageSize=${PAGE_SIZE}&cursor=${before.volgendeCursor}`,
      { headers },
    ).then((r) => r.json());
    if (deep.pagina !== PAGE) throw new Error(`expected page ${PAGE}, got ${deep.pagina}`);
    const cases = {
      first: `${ready.url}/bezoeken?pageSize=${PAGE_SIZE}`,
      cursor: `${ready.url}/bezoeken?pageSize=${PAGE_SIZE}&cursor=${before.volgendeCursor}`,
      offset: `${ready.url}/bezoeken?page=${PAGE}&pageSize=${PAGE_SIZE}`,
    };
    for (const url of Object.values(cases)) await cannon(url, headers, 2);
    const best = {};
    // Alternate the cases; keep each one's best p99 over the repeats.
    for (let i = 0; i < Number(values.repeat); i++)
      for (const [name, url] of Object.entries(cases)) {
        const r = await cannon(url, headers);
        if (!best[name] || r.p99 < best[name].p99) best[name] = r;
      }
    results[kind] = { rows: Number(rows), ...best };
    child.send('close');
    await once(child, 'exit');
  }
  console.log(
    `\nPage ${PAGE} of visits (${PAGE_SIZE} a page) vs page 1 — ${connections} connections, ${duration} s per case, best p99 of ${values.repeat}\n`,
  );
  console.log(
    'db        rows       case             req/s   p50 ms   p99 ms   p99 / page 1  non-2xx',
  );
  for (const [kind, r] of Object.entries(results)) {
    for (const [name, label] of [
      ['first', 'page 1'],
      ['cursor', `cursor p${PAGE}`],
      ['offset', `OFFSET p${PAGE}`],
    ]) {
      const c = r[name];
      console.log(
        `${kind.padEnd(9)} ${String(r.rows).padEnd(10)} ${label.padEnd(15)} ${String(c.rps).padStart(6)} ${String(c.p50).padStart(8)} ${String(c.p99).padStart(8)}   ${(c.p99 / Math.max(1, r.first.p99)).toFixed(2).padStart(9)}×  ${c.bad}`,
      );
    }
  }
  console.log('\nTarget: cursor page p99 ≤ 1.2× page 1 p99:');
  for (const [kind, r] of Object.entries(results)) {
    const ratio = r.cursor.p99 / Math.max(1, r.first.p99);
    console.log(
      `  ${ratio <= 1.2 && r.cursor.bad === 0 ? 'met ' : 'MISS'} ${kind}: ${ratio.toFixed(2)}×`,
    );
  }
  console.log(JSON.stringify(results));
}
