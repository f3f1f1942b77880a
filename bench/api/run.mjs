#!/usr/bin/env node
// Benchmark of the reference API against a bare Fastify route running the same SQL on the same
// database, in the same run: GET a page of visits and POST a visit, 32 connections, on PGlite and
// on PostgreSQL. Prints throughput and p99 per case and the API/bare ratios.
//
//   node bench/api/run.mjs [--duration 10] [--db pglite,postgres] [--large 1000000]
//
// Needs the built API (npx turbo run build --filter=@zorghub/api...). PostgreSQL from
// ZORGHUB_TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), in its own schema.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { buildApp, createApiKey, migrate, openDb } from '@zorghub/api';
import autocannon from 'autocannon';
import Fastify from 'fastify';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    db: { type: 'string', default: 'pglite,postgres' },
    large: { type: 'string', default: '0' },
    connections: { type: 'string', default: '32' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const PG_URL = process.env.ZORGHUB_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const HUB = 'HUB-BENCH';
const LIST_SQL = `SELECT data FROM records WHERE hub_id = $1 AND entity = $2 ORDER BY id LIMIT $3 OFFSET $4`;

async function seedVisits(db, count) {
  const { rows } = await db.query(
    `SELECT count(*)::int AS n FROM records WHERE hub_id = $1 AND entity = 'bezoek'`,
    [HUB],
  );
  const have = Number(rows[0].n);
  for (let from = have; from < count; from += 50_000) {
    const to = Math.min(count, from + 50_000);
    await db.query(
      `INSERT INTO records (hub_id, entity, id, care_org_id, client_id, participant_id, parent_id, data)
       SELECT $1, 'bezoek', 'BZ-' || lpad(g::text, 8, '0'), 'OZ-1', 'CL-1', 'DN-1', 'AB-1',
              jsonb_build_object('id', 'BZ-' || lpad(g::text, 8, '0'), 'clientId', 'CL-1', 'deelnemerId', 'DN-1',
                'abonnementId', 'AB-1', 'dienstId', 'DI-1',
                'geplandStartOp', to_char(timestamp '2020-01-01' + (g % 3000) * interval '1 day', 'YYYY-MM-DD') || 'T10:00:00+01:00',
                'geplandEindOp', to_char(timestamp '2020-01-01' + (g % 3000) * interval '1 day', 'YYYY-MM-DD') || 'T11:00:00+01:00',
                'status', 'gepland')
         FROM generate_series($2::int, $3::int) AS g`,
      [HUB, from, to - 1],
    );
  }
}

async function seedBase(db) {
  const base = [
    [
      'organisatie',
      'OZ-1',
      { id: 'OZ-1', naam: 'Zorg', organisatiesoort: 'zorgorganisatie', rollen: ['afnemer'] },
      'OZ-1',
      null,
      null,
      null,
    ],
    [
      'dienst',
      'DI-1',
      { id: 'DI-1', dienstsoort: 'gezelschap', naam: 'Gezelschap' },
      null,
      null,
      null,
      null,
    ],
    [
      'abonnement',
      'AB-1',
      {
        id: 'AB-1',
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
      'OZ-1',
      null,
      null,
      null,
    ],
    [
      'client',
      'CL-1',
      { id: 'CL-1', zorgorganisatieId: 'OZ-1', abonnementId: 'AB-1', startDatum: '2020-01-01' },
      'OZ-1',
      'CL-1',
      null,
      'AB-1',
    ],
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
      null,
      null,
      'DN-1',
      null,
    ],
  ];
  for (const [entity, id, data, care, client, part, parent] of base) {
    await db.query(
      `INSERT INTO records (hub_id, entity, id, care_org_id, client_id, participant_id, parent_id, data) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING`,
      [HUB, entity, id, care, client, part, parent, JSON.stringify(data)],
    );
  }
}

/** The limit of the stack: the same SQL the API runs, with no auth, validation, logging or idempotency. */
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
        'SELECT id, data FROM records WHERE hub_id = $1 AND entity = $2 AND id = $3 FOR UPDATE',
        [HUB, 'abonnement', v.abonnementId],
      );
      await tx.query(
        `SELECT coalesce(sum(extract(epoch FROM ((data->>'geplandEindOp')::timestamptz - (data->>'geplandStartOp')::timestamptz)) / 3600), 0) AS hours, count(*)::int AS visits
           FROM records WHERE hub_id = $1 AND entity = 'bezoek' AND parent_id = $2 AND id <> $3
            AND substring(data->>'geplandStartOp', 1, 10) BETWEEN $4 AND $5 AND NOT (data->>'status' = ANY($6))`,
        [
          HUB,
          v.abonnementId,
          v.id,
          `${v.geplandStartOp.slice(0, 7)}-01`,
          `${v.geplandStartOp.slice(0, 7)}-31`,
          ['geannuleerdDoorClient', 'geannuleerdDoorAanbieder'],
        ],
      );
      await tx.query(
        "SELECT care_org_id FROM records WHERE hub_id = $1 AND entity = 'client' AND id = $2",
        [HUB, v.clientId],
      );
      await tx.query(
        `INSERT INTO records (hub_id, entity, id, care_org_id, client_id, participant_id, parent_id, data) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING`,
        [HUB, 'bezoek', v.id, 'OZ-1', v.clientId, v.deelnemerId, v.abonnementId, JSON.stringify(v)],
      );
    });
    reply.code(201);
    return v;
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}

let counter = 0;
function visitBody(prefix) {
  const n = counter++;
  const day = 1 + (n % 28);
  const month = 1 + (Math.floor(n / 28) % 12);
  const date = `2031-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return JSON.stringify({
    id: `${prefix}-${process.pid}-${n}`,
    clientId: 'CL-1',
    deelnemerId: 'DN-1',
    abonnementId: 'AB-1',
    dienstId: 'DI-1',
    geplandStartOp: `${date}T10:00:00+01:00`,
    geplandEindOp: `${date}T10:30:00+01:00`,
    status: 'gepland',
  });
}

function cannon(url, { method = 'GET', headers = {}, bodyPrefix } = {}) {
  return new Promise((resolve, reject) => {
    const opts = {
      url,
      connections,
      duration,
      method,
      headers,
      workers: bodyPrefix ? undefined : Number(process.env.ZORGHUB_BENCH_WORKERS ?? 0) || undefined,
    };
    if (bodyPrefix) {
      opts.headers = { ...headers, 'content-type': 'application/json' };
      opts.requests = [
        { method: 'POST', setupRequest: (req) => ({ ...req, body: visitBody(bodyPrefix) }) },
      ];
    }
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const summary = (r) => ({
  rps: Math.round(r.requests.average),
  p99: r.latency.p99,
  non2xx: r.non2xx,
  errors: r.errors,
});

async function benchDb(kind) {
  const schema = `bench_api_${randomBytes(3).toString('hex')}`;
  const db =
    kind === 'pglite'
      ? await openDb({ dataDir: 'memory://' })
      : await openDb({ databaseUrl: PG_URL, schema });
  await migrate(db);
  await seedBase(db);
  await seedVisits(db, 10_000);
  const api = await buildApp({ db, rateLimit: { max: 1e9, timeWindow: 60_000 } });
  const base = await api.listen({ port: 0, host: '127.0.0.1' });
  const bare = await bareApp(db);
  const bareBase = `http://127.0.0.1:${bare.server.address().port}`;
  const { apiKey } = await createApiKey(db, { hubId: HUB, orgId: HUB, role: 'planner' });
  const auth = { authorization: `Bearer ${apiKey}` };
  const out = {};
  // Warm both up (JIT, caches, connection pool) before measuring.
  const warm = (u, o) =>
    new Promise((res) => autocannon({ url: u, connections, duration: 2, ...o }, () => res()));
  await warm(`${base}/api/v1/bezoeken?page=1&pageSize=20`, { headers: auth });
  await warm(`${bareBase}/bare/bezoeken?page=1&pageSize=20`, {});
  out.listApi = summary(
    await cannon(`${base}/api/v1/bezoeken?page=1&pageSize=20`, { headers: auth }),
  );
  out.listBare = summary(await cannon(`${bareBase}/bare/bezoeken?page=1&pageSize=20`));
  out.postApi = summary(
    await cannon(`${base}/api/v1/bezoeken`, {
      method: 'POST',
      headers: auth,
      bodyPrefix: 'BZ-API',
    }),
  );
  out.postBare = summary(
    await cannon(`${bareBase}/bare/bezoeken`, { method: 'POST', bodyPrefix: 'BZ-BARE' }),
  );
  if (Number(values.large) > 0) {
    await seedVisits(db, Number(values.large));
    out.listApiLarge = summary(
      await cannon(`${base}/api/v1/bezoeken?page=1&pageSize=20`, { headers: auth }),
    );
    out.listBareLarge = summary(await cannon(`${bareBase}/bare/bezoeken?page=1&pageSize=20`));
  }
  await api.close();
  await bare.close();
  if (kind === 'postgres') await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await db.close();
  return out;
}

const results = {};
for (const kind of values.db.split(',')) {
  process.stderr.write(`… ${kind}\n`);
  results[kind] = await benchDb(kind);
}

const pct = (a, b) => `${((100 * a) / b).toFixed(0)} %`;
console.log(
  `\nZorghub API vs bare Fastify + same SQL — ${connections} connections, ${duration} s per case\n`,
);
console.log(
  'db        case                 api req/s  bare req/s  ratio   api p99  bare p99  non-2xx',
);
for (const [kind, r] of Object.entries(results)) {
  const row = (name, a, b) =>
    console.log(
      `${kind.padEnd(9)} ${name.padEnd(20)} ${String(a.rps).padStart(9)}  ${String(b.rps).padStart(10)}  ${pct(a.rps, b.rps).padStart(5)}  ${String(a.p99).padStart(5)} ms  ${String(b.p99).padStart(5)} ms  ${a.non2xx + a.errors}/${b.non2xx + b.errors}`,
    );
  row('GET page of visits', r.listApi, r.listBare);
  row('POST visit', r.postApi, r.postBare);
  if (r.listApiLarge) {
    row(`GET @ ${values.large} visits`, r.listApiLarge, r.listBareLarge);
    console.log(
      `${kind.padEnd(9)} list p99 ${values.large} / 10k visits: ${(r.listApiLarge.p99 / Math.max(1, r.listApi.p99)).toFixed(2)}× (target ≤ 2×)`,
    );
  }
}
console.log('\nTargets: API ≥ 70 % of bare throughput, API p99 < 50 ms.');
console.log(JSON.stringify(results));
