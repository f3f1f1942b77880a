#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Benchmark of the reference API against a bare Fastify route running the same SQL on the same
// database, in the same run: GET a page of visits and POST a visit, 32 connections, on PGlite and
// on PostgreSQL. Prints throughput and p99 per case and the API/bare ratios.
//
//   node bench/api/run.mjs [--duration 10] [--db pglite,postgres] [--large 1000000] [--repeat 1]
//                          [--subscriptions 32] [--connections 32] [--explain] [--port N]
//                          [--processes 2] [--cpu-prof DIR] [--case get,post,post1] [--help]
//
// --port N: the API listens on N, the bare app on N + 1 (default: free ports).
// --processes N: afterwards, N API processes on one PostgreSQL schema against one (scale.mjs).
// --cpu-prof DIR: the server process writes a V8 CPU profile into DIR when it exits.
//
// The servers run in a child process of their own (server.mjs), the load generator (autocannon)
// here, so they do not share an event loop. Needs the built API (npx turbo run build
// --filter=@zorghub/api...). PostgreSQL from ZORGHUB_TEST_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/test), in a schema of its own that is dropped afterwards.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCli } from './cli.mjs';

const USAGE = `
Usage: node bench/api/run.mjs [options]

The reference API against a bare Fastify route running the same SQL, in one run (see bench/api/README.md).

  --duration S        seconds per measured case (default 10)
  --db LIST           pglite,postgres (default both)
  --case LIST         get,post,post1 (default all): GET page of 20, POST visit over the
                      subscriptions, POST visit on one subscription
  --large N           afterwards grow the visits table to N rows and measure the page again
  --connections N     concurrent connections (default 32)
  --subscriptions N   subscriptions the bookings go round-robin over (default 32)
  --repeat N          alternate API and bare N times, keep the best of each (default 1)
  --explain           print the plan of the page query
  --port N            the API on N, the bare app on N + 1 (default: free ports)
  --processes N       afterwards N API processes on one PostgreSQL schema against one
  --cpu-prof DIR      the server process writes a V8 CPU profile into DIR when it exits
  -h, --help          this text
`;
const CASES = ['get', 'post', 'post1'];
const values = parseCli(
  {
    duration: { type: 'string', default: '10', number: true },
    db: { type: 'string', default: 'pglite,postgres' },
    case: { type: 'string', default: CASES.join(',') },
    large: { type: 'string', default: '0', number: true },
    connections: { type: 'string', default: '32', number: true },
    subscriptions: { type: 'string', default: '32', number: true },
    repeat: { type: 'string', default: '1', number: true },
    explain: { type: 'boolean', default: false },
    port: { type: 'string', default: '0', number: true },
    processes: { type: 'string', default: '1', number: true },
    'cpu-prof': { type: 'string' },
  },
  USAGE,
);
const cases = new Set(values.case.split(','));
for (const c of cases)
  if (!CASES.includes(c)) {
    process.stderr.write(
      `run.mjs: --case expects some of ${CASES.join(',')}, found "${c}"; see --help\n`,
    );
    process.exit(2);
  }
for (const kind of values.db.split(','))
  if (kind !== 'pglite' && kind !== 'postgres') {
    process.stderr.write(
      `run.mjs: --db expects pglite and/or postgres, found "${kind}"; see --help\n`,
    );
    process.exit(2);
  }
// after the options, so that --help and a wrong option answer before anything loads
const { default: autocannon } = await import('autocannon');
const { printScale, scaleRun } = await import('./scale.mjs');
const duration = Number(values.duration);
const connections = Number(values.connections);
const repeat = Number(values.repeat);
const here = dirname(fileURLToPath(import.meta.url));

let counter = 0;
let runs = 0;
/**
 * A visit to book: round-robin over `subs` subscriptions (each with its own client). Every run
 * books in a year of its own, so the API and the bare route each start with no visits in the
 * months they count (the booking check sums a subscription's month).
 */
function visitBody(prefix, subs, year) {
  const n = counter++;
  const sub = 1 + (n % subs);
  const day = 1 + (Math.floor(n / subs) % 28);
  const month = 1 + (Math.floor(n / (subs * 28)) % 12);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const two = String(sub).padStart(2, '0');
  return JSON.stringify({
    id: `${prefix}-${process.pid}-${n}`,
    clientId: `CL-${two}`,
    deelnemerId: 'DN-1',
    abonnementId: `AB-${two}`,
    dienstId: 'DI-1',
    geplandStartOp: `${date}T10:00:00+01:00`,
    geplandEindOp: `${date}T10:30:00+01:00`,
    status: 'gepland',
  });
}

function cannon(url, { headers = {}, post, seconds = duration } = {}) {
  return new Promise((resolve, reject) => {
    const opts = { url, connections, duration: seconds, headers };
    if (post) {
      const year = 2031 + runs++;
      opts.method = 'POST';
      opts.headers = { ...headers, 'content-type': 'application/json' };
      opts.requests = [
        {
          method: 'POST',
          setupRequest: (req) => ({
            ...req,
            body: visitBody(post.prefix, post.subscriptions, year),
          }),
        },
      ];
    }
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const summary = (r, cpuUs) => ({
  rps: Math.round(r.requests.average),
  // CPU time of the server process per answered request: unlike req/s, hardly affected by other
  // load on the machine (on PGlite it includes the database, on PostgreSQL not)
  cpuUs: Math.round(cpuUs / Math.max(1, r.requests.total)),
  p50: r.latency.p50,
  p99: r.latency.p99,
  non2xx: r.non2xx,
  errors: r.errors + r.timeouts,
});

/** Runs a case `repeat` times, alternating API and bare, and keeps the best run of each by req/s. */
async function pair(cpu, apiRun, bareRun) {
  let api;
  let bare;
  const measured = async (fn) => {
    const before = await cpu();
    const r = await fn();
    const after = await cpu();
    return summary(r, after.user - before.user + after.system - before.system);
  };
  for (let i = 0; i < repeat; i++) {
    const a = await measured(apiRun);
    const b = await measured(bareRun);
    if (!api || a.rps > api.rps) api = a;
    if (!bare || b.rps > bare.rps) bare = b;
  }
  return { api, bare };
}

async function benchDb(kind) {
  const child = fork(
    join(here, 'server.mjs'),
    ['--db', kind, '--subscriptions', values.subscriptions, '--port', values.port],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: values['cpu-prof']
        ? [
            '--cpu-prof',
            `--cpu-prof-dir=${values['cpu-prof']}`,
            `--cpu-prof-name=api-${kind}.cpuprofile`,
          ]
        : [],
    },
  );
  const [ready] = await once(child, 'message');
  const request = async (message) => {
    child.send(message);
    const [reply] = await once(child, 'message');
    return reply;
  };
  const auth = { authorization: `Bearer ${ready.apiKey}` };
  const list = `/bezoeken?page=1&pageSize=20`;
  const subs = ready.subscriptions;
  const out = {};
  // Warm both up (JIT, caches, connection pool) before measuring.
  await cannon(`${ready.api}/api/v1${list}`, { headers: auth, seconds: 2 });
  await cannon(`${ready.bare}/bare${list}`, { seconds: 2 });
  await cannon(`${ready.api}/api/v1/bezoeken`, {
    headers: auth,
    post: { prefix: 'W-API', subscriptions: subs },
    seconds: 2,
  });
  await cannon(`${ready.bare}/bare/bezoeken`, {
    post: { prefix: 'W-BARE', subscriptions: subs },
    seconds: 2,
  });
  const cpu = async () => (await request({ cmd: 'cpu' })).cpu;
  if (values.explain) process.stderr.write(`${(await request({ cmd: 'explain' })).plan}\n`);
  if (cases.has('get'))
    out.list = await pair(
      cpu,
      () => cannon(`${ready.api}/api/v1${list}`, { headers: auth }),
      () => cannon(`${ready.bare}/bare${list}`),
    );
  if (cases.has('post'))
    out.post = await pair(
      cpu,
      () =>
        cannon(`${ready.api}/api/v1/bezoeken`, {
          headers: auth,
          post: { prefix: 'BZ-API', subscriptions: subs },
        }),
      () =>
        cannon(`${ready.bare}/bare/bezoeken`, { post: { prefix: 'BZ-BARE', subscriptions: subs } }),
    );
  // every connection booking against the same subscription: bookings are counted one after the
  // other (a row lock until commit), so this shows the lock, not the stack
  if (cases.has('post1'))
    out.postOneSub = await pair(
      cpu,
      () =>
        cannon(`${ready.api}/api/v1/bezoeken`, {
          headers: auth,
          post: { prefix: 'BZ-API1', subscriptions: 1 },
        }),
      () =>
        cannon(`${ready.bare}/bare/bezoeken`, { post: { prefix: 'BZ-BARE1', subscriptions: 1 } }),
    );
  if (Number(values.large) > 0) {
    process.stderr.write(`  growing the visits table to ${values.large} rows …\n`);
    await request({ cmd: 'seed', count: Number(values.large) });
    out.listLarge = await pair(
      cpu,
      () => cannon(`${ready.api}/api/v1${list}`, { headers: auth }),
      () => cannon(`${ready.bare}/bare${list}`),
    );
  }
  child.send({ cmd: 'close' });
  await once(child, 'exit');
  return out;
}

const results = {};
for (const kind of values.db.split(',')) {
  process.stderr.write(`… ${kind}\n`);
  results[kind] = await benchDb(kind);
}

const pct = (a, b) => `${((100 * a) / b).toFixed(0)} %`;
console.log(
  `\nZorghub API vs bare Fastify + same SQL — ${connections} connections, ${duration} s per case, best of ${repeat}; servers in their own process\n`,
);
console.log(
  'db        case                          api req/s  bare req/s  ratio   api p50  api p99  bare p99  p99 ×  cpu µs/req api bare  ×  non-2xx',
);
const targets = [];
for (const [kind, r] of Object.entries(results)) {
  const row = (name, { api: a, bare: b }, target = true) => {
    console.log(
      `${kind.padEnd(9)} ${name.padEnd(29)} ${String(a.rps).padStart(9)}  ${String(b.rps).padStart(10)}  ${pct(a.rps, b.rps).padStart(5)}  ${String(a.p50).padStart(5)} ms ${String(a.p99).padStart(5)} ms  ${String(b.p99).padStart(5)} ms  ${(a.p99 / Math.max(1, b.p99)).toFixed(2).padStart(5)}  ${String(a.cpuUs).padStart(10)} ${String(b.cpuUs).padStart(5)} ${(a.cpuUs / Math.max(1, b.cpuUs)).toFixed(1).padStart(4)}  ${a.non2xx + a.errors}/${b.non2xx + b.errors}`,
    );
    if (target)
      targets.push({
        what: `${kind} ${name}`,
        ratio: a.rps / b.rps,
        p99Ratio: a.p99 / Math.max(1, b.p99),
        clean: a.non2xx + a.errors === 0,
      });
  };
  if (r.list) row('GET page of 20 visits', r.list);
  if (r.post) row(`POST visit (${values.subscriptions} subscriptions)`, r.post);
  if (r.postOneSub) row('POST visit (1 subscription)', r.postOneSub, false);
  if (r.listLarge) {
    row(`GET page @ ${values.large} visits`, r.listLarge);
    if (r.list)
      console.log(
        `${kind.padEnd(9)} list p99 at ${values.large} / at 10k visits: ${(r.listLarge.api.p99 / Math.max(1, r.list.api.p99)).toFixed(2)}× (target ≤ 2×)`,
      );
  }
}
console.log(
  '\nTargets (issue 12): API ≥ 70 % of bare throughput, API p99 ≤ 1.3 × bare p99 in the same run, no errors:',
);
for (const t of targets)
  console.log(
    `  ${t.ratio >= 0.7 && t.p99Ratio <= 1.3 && t.clean ? 'met ' : 'MISS'} ${t.what}: ${(t.ratio * 100).toFixed(0)} %, p99 ${t.p99Ratio.toFixed(2)}×${t.clean ? '' : ', with errors'}`,
  );
console.log(
  '(POST visit (1 subscription) is for information: all bookings wait for one row lock.)',
);
console.log(JSON.stringify(results));

const processes = Number(values.processes);
if (processes > 1) {
  process.stderr.write(`… ${processes} API processes against 1 on postgres\n`);
  const out = await scaleRun({
    here,
    n: processes,
    connections,
    duration,
    repeat,
    port: Number(values.port) === 0 ? 0 : Number(values.port) + 10,
    subscriptions: Number(values.subscriptions),
  });
  printScale(out, processes, connections);
}
