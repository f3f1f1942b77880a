// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Several API processes on one PostgreSQL schema against one process (issue 12: two processes
// ≥ 1.7× the throughput of one), in the same run: run.mjs --processes N calls `scaleRun`.
//
// The first process seeds the schema (server.mjs), the others attach to it (--attach); the
// connections are split over the processes' ports, one autocannon instance per process, as a load
// balancer would spread them (its own cost left out). The one-process case sends every connection
// to the first process while the others stay idle, so both cases run with the same processes
// alive. Besides req/s and p99 it reports where the CPU went: the API processes, this load
// generator, and how busy the whole machine was (from /proc/stat). On a machine with fewer cores
// than API processes + PostgreSQL + the load generator, a second process can only take CPU time
// the others need: the ratio then says how much idle time the first process left, not how the API
// would scale on a bigger machine.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

/** Busy and total jiffies of the whole machine so far. */
function machine() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1);
  const n = f.map(Number);
  const idle = n[3] + (n[4] ?? 0);
  const total = n.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

let counter = 0;
function visitBody(subs, year) {
  const n = counter++;
  const sub = 1 + (n % subs);
  const day = 1 + (Math.floor(n / subs) % 28);
  const month = 1 + (Math.floor(n / (subs * 28)) % 12);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const two = String(sub).padStart(2, '0');
  return JSON.stringify({
    id: `BZ-SCALE-${process.pid}-${n}`,
    clientId: `CL-${two}`,
    deelnemerId: 'DN-1',
    abonnementId: `AB-${two}`,
    dienstId: 'DI-1',
    geplandStartOp: `${date}T10:00:00+01:00`,
    geplandEindOp: `${date}T10:30:00+01:00`,
    status: 'gepland',
  });
}

function cannon(url, { auth, connections, seconds, post }) {
  return new Promise((resolve, reject) => {
    const opts = { url, connections, duration: seconds, headers: auth };
    if (post) {
      opts.method = 'POST';
      opts.headers = { ...auth, 'content-type': 'application/json' };
      opts.requests = [
        {
          method: 'POST',
          setupRequest: (req) => ({ ...req, body: visitBody(post.subscriptions, post.year) }),
        },
      ];
    }
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

/**
 * Runs the GET page and POST visit cases with all `connections` on the first process, then split
 * over `n` processes; `repeat` times alternating, the best of each by req/s.
 */
export async function scaleRun({ here, n, connections, duration, repeat, port, subscriptions }) {
  const start = (args) => {
    const child = fork(join(here, 'server.mjs'), ['--db', 'postgres', ...args], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return once(child, 'message').then(([ready]) => ({ child, ready }));
  };
  const portOf = (i) => (port === 0 ? 0 : port + 2 * i);
  const first = await start([
    '--subscriptions',
    String(subscriptions),
    '--port',
    String(portOf(0)),
  ]);
  const rest = [];
  for (let i = 1; i < n; i++)
    rest.push(await start(['--attach', first.ready.schema, '--port', String(portOf(i))]));
  const all = [first, ...rest];
  const ask = async ({ child }, message) => {
    child.send(message);
    const [reply] = await once(child, 'message');
    return reply;
  };
  const serverCpu = async () => {
    let t = 0;
    for (const p of all) {
      const { cpu } = await ask(p, { cmd: 'cpu' });
      t += cpu.user + cpu.system;
    }
    return t;
  };
  const auth = { authorization: `Bearer ${first.ready.apiKey}` };
  const list = '/api/v1/bezoeken?page=1&pageSize=20';
  let year = 2051;
  /** One case on the first `k` processes, connections split evenly. */
  async function measure(k, post, seconds = duration) {
    const per = Math.floor(connections / k);
    const cpu0 = await serverCpu();
    const gen0 = process.cpuUsage();
    const m0 = machine();
    const y = year++;
    const results = await Promise.all(
      all.slice(0, k).map((p, i) =>
        cannon(`${p.ready.api}${post ? '/api/v1/bezoeken' : list}`, {
          auth,
          connections: i === 0 ? connections - per * (k - 1) : per,
          seconds,
          post: post ? { subscriptions, year: y } : undefined,
        }),
      ),
    );
    const m1 = machine();
    const gen = process.cpuUsage(gen0);
    const cpu1 = await serverCpu();
    const total = results.reduce((a, r) => a + r.requests.total, 0);
    return {
      rps: Math.round(results.reduce((a, r) => a + r.requests.average, 0)),
      p99: Math.max(...results.map((r) => r.latency.p99)),
      apiCpuUs: Math.round((cpu1 - cpu0) / Math.max(1, total)),
      genCpuUs: Math.round((gen.user + gen.system) / Math.max(1, total)),
      // share of all cores busy during the run (every process on the machine)
      busy: Number(((m1.busy - m0.busy) / Math.max(1, m1.total - m0.total)).toFixed(2)),
      bad: results.reduce((a, r) => a + r.non2xx + r.errors + r.timeouts, 0),
    };
  }
  // warm every process up (JIT, pools)
  await measure(n, false, 2);
  await measure(n, true, 2);
  const out = {};
  for (const [name, post] of [
    ['GET page of 20 visits', false],
    [`POST visit (${subscriptions} subscriptions)`, true],
  ]) {
    let one;
    let many;
    for (let i = 0; i < repeat; i++) {
      const a = await measure(1, post);
      const b = await measure(n, post);
      if (!one || a.rps > one.rps) one = a;
      if (!many || b.rps > many.rps) many = b;
    }
    out[name] = { one, many };
  }
  for (const p of [...rest, first]) {
    p.child.send({ cmd: 'close' });
    await once(p.child, 'exit');
  }
  return out;
}

/** Prints `scaleRun`'s result. */
export function printScale(out, n, connections) {
  console.log(
    `\n${n} API processes against 1 on PostgreSQL — ${connections} connections in all, ${cpus().length} CPUs on this machine (target ≥ 1.7×)\n`,
  );
  console.log(
    'case                          1 proc req/s  p99 ms  busy   ' +
      `${n} proc req/s  p99 ms  busy   ratio  API cpu µs/req 1/${n}  loadgen µs/req 1/${n}  non-2xx`,
  );
  for (const [name, { one, many }] of Object.entries(out)) {
    console.log(
      `${name.padEnd(29)} ${String(one.rps).padStart(12)}  ${String(one.p99).padStart(6)}  ${one.busy.toFixed(2).padStart(4)}   ${String(many.rps).padStart(11)}  ${String(many.p99).padStart(6)}  ${many.busy.toFixed(2).padStart(4)}  ${(many.rps / Math.max(1, one.rps)).toFixed(2).padStart(5)}×  ${`${one.apiCpuUs}/${many.apiCpuUs}`.padStart(19)}  ${`${one.genCpuUs}/${many.genCpuUs}`.padStart(19)}  ${one.bad}/${many.bad}`,
    );
  }
  console.log(
    '(busy: share of all CPUs in use during the case, by every process on the machine; near 1.00 with one process means a second one has no core to run on.)',
  );
  console.log(JSON.stringify({ processes: n, scale: out }));
}
