// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The servers of the API benchmark, in a process of their own (as in production, and so the load
// generator does not share their event loop): the reference API and a bare Fastify app running the
// same SQL, both on one database (PGlite in memory, or a PostgreSQL schema of its own).
// Started by run.mjs with fork(); answers its messages:
//   { cmd: 'seed', count }  grow the visits table to `count` rows   → { seeded: count }
//   { cmd: 'cpu' }          the process's CPU time so far            → { cpu: process.cpuUsage() }
//   { cmd: 'close' }        stop both servers, drop the schema, exit
// --attach SCHEMA (PostgreSQL): another API process on the schema the first one seeded, for the
// two-process run; it seeds nothing, runs no bare app and leaves the schema to the first.
// --port N: the API listens on N and the bare app on N + 1, so that runs on
// one machine can keep to their own ports; without it both take a free port.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { buildApp, createApiKey, migrate, openDb } from '@zorghub/api';
import Fastify from 'fastify';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'pglite' },
    subscriptions: { type: 'string', default: '32' },
    port: { type: 'string', default: '0' },
    // a second (third …) API process on the schema another process seeded: no seeding, no bare app
    attach: { type: 'string' },
  },
});
const attach = values.attach;
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65534) {
  console.error(`bench/api: --port must be a port number, found "${values.port}"`);
  process.exit(2);
}
// the bare app takes the port after the API's (or a free one)
const barePort = port === 0 ? 0 : port + 1;
const PG_URL = process.env.ZORGHUB_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const HUB = 'HUB-BENCH';
const LIST_SQL = `SELECT data FROM records WHERE hub_id = $1 AND entity = $2 ORDER BY id LIMIT $3 OFFSET $4`;
const subscriptions = Number(values.subscriptions);
const pad = (n) => String(n).padStart(2, '0');

async function seedVisits(db, count) {
  const { rows } = await db.query(
    `SELECT count(*)::int AS n FROM records WHERE hub_id = $1 AND entity = 'bezoek'`,
    [HUB],
  );
  for (let from = Number(rows[0].n); from < count; from += 50_000) {
    const to = Math.min(count, from + 50_000);
    // spread over the subscriptions and their clients, on days in 2020–2028
    await db.query(
      `INSERT INTO records (hub_id, entity, id, care_org_id, client_id, participant_id, parent_id, data)
       SELECT $1, 'bezoek', 'BZ-' || lpad(g::text, 8, '0'), 'OZ-1', 'CL-' || lpad((1 + g % $4)::text, 2, '0'),
              'DN-1', 'AB-' || lpad((1 + g % $4)::text, 2, '0'),
              jsonb_build_object('id', 'BZ-' || lpad(g::text, 8, '0'), 'clientId', 'CL-' || lpad((1 + g % $4)::text, 2, '0'),
                'deelnemerId', 'DN-1', 'abonnementId', 'AB-' || lpad((1 + g % $4)::text, 2, '0'), 'dienstId', 'DI-1',
                'geplandStartOp', to_char(timestamp '2020-01-01' + (g % 3000) * interval '1 day', 'YYYY-MM-DD') || 'T10:00:00+01:00',
                'geplandEindOp', to_char(timestamp '2020-01-01' + (g % 3000) * interval '1 day', 'YYYY-MM-DD') || 'T11:00:00+01:00',
                'status', 'gepland')
         FROM generate_series($2::int, $3::int) AS g`,
      [HUB, from, to - 1, subscriptions],
    );
  }
}

async function seedBase(db) {
  const rows = [
    [
      'organisatie',
      'OZ-1',
      { id: 'OZ-1', naam: 'Zorg', organisatiesoort: 'zorgorganisatie', rollen: ['afnemer'] },
      { care: 'OZ-1' },
    ],
    ['dienst', 'DI-1', { id: 'DI-1', dienstsoort: 'gezelschap', naam: 'Gezelschap' }, {}],
    [
      'deelnemer',
      'DN-1',
      {
        id: 'DN-1',
        werkgeverId: HUB,
        cohort: '2020-01',
        status: 'inDienst',
        aanmeldDatum: '2020-01-01',
      },
      { participant: 'DN-1' },
    ],
  ];
  for (let i = 1; i <= subscriptions; i++) {
    const sub = `AB-${pad(i)}`;
    const client = `CL-${pad(i)}`;
    rows.push(
      [
        'abonnement',
        sub,
        {
          id: sub,
          aanbiederId: HUB,
          afnemersoort: 'organisatie',
          afnemerOrganisatieId: 'OZ-1',
          abonnementsvorm: 'urenbundel',
          aantalPerPeriode: 1000000000,
          periodeEenheid: 'maand',
          tariefInCenten: 3250,
          tariefeenheid: 'uur',
          startDatum: '2020-01-01',
        },
        { care: 'OZ-1' },
      ],
      [
        'client',
        client,
        { id: client, zorgorganisatieId: 'OZ-1', abonnementId: sub, startDatum: '2020-01-01' },
        { care: 'OZ-1', client, parent: sub },
      ],
    );
  }
  for (const [entity, id, data, c] of rows) {
    await db.query(
      `INSERT INTO records (hub_id, entity, id, care_org_id, client_id, participant_id, parent_id, data) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING`,
      [
        HUB,
        entity,
        id,
        c.care ?? null,
        c.client ?? null,
        c.participant ?? null,
        c.parent ?? null,
        JSON.stringify(data),
      ],
    );
  }
}

/** The limit of the stack: the API's SQL for the same work, without auth, validation, logging or idempotency. */
async function bareApp(db) {
  const app = Fastify({ logger: false });
  app.get('/bare/bezoeken', async (req) => {
    const page = Number(req.query.page ?? 1);
    const pageSize = Number(req.query.pageSize ?? 20);
    const { rows } = await db.query(LIST_SQL, [HUB, 'bezoek', pageSize + 1, (page - 1) * pageSize]);
    return {
      resultaten: rows.slice(0, pageSize).map((r) => r.data),
      pagina: page,
      paginaGrootte: pageSize,
    };
  });
  app.post('/bare/bezoeken', async (req, reply) => {
    const v = req.body;
    await db.transaction(async (tx) => {
      await tx.query('SELECT 1 FROM records WHERE hub_id = $1 AND entity = $2 AND id = $3', [
        HUB,
        'deelnemer',
        v.deelnemerId,
      ]);
      await tx.query('SELECT 1 FROM records WHERE hub_id = $1 AND entity = $2 AND id = $3', [
        HUB,
        'dienst',
        v.dienstId,
      ]);
      await tx.query(
        `SELECT id, data, version, care_org_id, client_id, participant_id, parent_id FROM records
          WHERE hub_id = $1 AND entity = $2 AND id = $3 FOR UPDATE`,
        [HUB, 'abonnement', v.abonnementId],
      );
      await tx.query(
        `SELECT coalesce(sum(extract(epoch FROM ((data->>'geplandEindOp')::timestamptz - (data->>'geplandStartOp')::timestamptz)) / 3600), 0) AS hours,
                count(*)::int AS visits
           FROM records
          WHERE hub_id = $1 AND entity = 'bezoek' AND parent_id = $2 AND id <> $3
            AND substring(data->>'geplandStartOp', 1, 10) BETWEEN $4 AND $5
            AND NOT (data->>'status' = ANY($6))`,
        [
          HUB,
          v.abonnementId,
          v.id,
          `${v.geplandStartOp.slice(0, 7)}-01`,
          `${v.geplandStartOp.slice(0, 7)}-31`,
          ['geannuleerdDoorClient', 'geannuleerdDoorAanbieder'],
        ],
      );
      const { rows } = await tx.query(
        "SELECT care_org_id FROM records WHERE hub_id = $1 AND entity = 'client' AND id = $2",
        [HUB, v.clientId],
      );
      await tx.query(
        `INSERT INTO records (hub_id, entity, id, care_org_id, client_id, participant_id, parent_id, data)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING`,
        [
          HUB,
          'bezoek',
          v.id,
          rows[0]?.care_org_id ?? null,
          v.clientId,
          v.deelnemerId,
          v.abonnementId,
          JSON.stringify(v),
        ],
      );
    });
    reply.code(201);
    return v;
  });
  await app.listen({ port: barePort, host: '127.0.0.1' });
  return app;
}

const schema = attach ?? `bench_api_${randomBytes(3).toString('hex')}`;
if (attach !== undefined && values.db !== 'postgres') {
  console.error('bench/api: --attach works on PostgreSQL only (PGlite is one process)');
  process.exit(2);
}
const db =
  values.db === 'pglite'
    ? await openDb({ dataDir: 'memory://' })
    : await openDb({ databaseUrl: PG_URL, schema });
if (attach === undefined) {
  await migrate(db);
  await seedBase(db);
  await seedVisits(db, 10_000);
  // statistics as on a database that has been running (autovacuum would analyze within a minute);
  // without them the planner takes a filter index and sorts every visit for a page
  await db.query('ANALYZE records');
}
// the rate limiter stays on (its cost is the API's; on PostgreSQL its counts are shared by the
// processes), with a limit the load never reaches
const api = await buildApp({ db, rateLimit: { max: 1e9, timeWindow: 60_000 } });
await api.listen({ port, host: '127.0.0.1' });
const bare = attach === undefined ? await bareApp(db) : undefined;
const { apiKey } =
  attach === undefined
    ? await createApiKey(db, { hubId: HUB, orgId: HUB, role: 'planner' })
    : { apiKey: undefined };

process.on('message', async (message) => {
  if (message.cmd === 'seed') {
    await seedVisits(db, message.count);
    await db.query('ANALYZE records');
    process.send({ seeded: message.count });
  } else if (message.cmd === 'cpu') {
    process.send({ cpu: process.cpuUsage() });
  } else if (message.cmd === 'explain') {
    const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${LIST_SQL}`, [
      HUB,
      'bezoek',
      21,
      0,
    ]);
    process.send({ plan: rows.map((r) => Object.values(r)[0]).join('\n') });
  } else if (message.cmd === 'close') {
    await api.close();
    await bare?.close();
    if (values.db !== 'pglite' && attach === undefined)
      await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await db.close();
    process.exit(0);
  }
});
process.send({
  ready: true,
  api: `http://127.0.0.1:${api.server.address().port}`,
  bare: bare ? `http://127.0.0.1:${bare.server.address().port}` : undefined,
  apiKey,
  subscriptions,
  schema,
});
