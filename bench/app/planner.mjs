// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The planner's week in headless Chromium against the real API on PGlite (in memory):
//   node bench/app/planner.mjs [--workers 50] [--per-worker 20] [--runs 15] [--port 42500]
// Seeds a hub of `workers` workers with `per-worker` visits each in this week (1,000 by default)
// and, in the same database, a baseline hub with one worker and `per-worker` visits; then, for
// both, measures in the page (performance.now()): loading the week (and how many paginated calls
// it took), a filter change (all → one worker, one → all) and a move (save → the moved visit shown
// at its new time, the API's PUT included), median of `runs`. Prints the figures, the ratio of the
// big week to the baseline, and the < 100 ms target as met or MISS. Needs the built app.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp, createApiKey, migrate, openDb } from '@zorghub/api';
import { chromium } from 'playwright-core';
import { benchArgs, wholeNumber } from '../args.mjs';

const HUB_FIXTURE = JSON.parse(readFileSync(new URL('./hub.json', import.meta.url), 'utf8'));

const { values: args } = benchArgs(
  `
Usage: node bench/app/planner.mjs [options]

The planner's week in headless Chromium against the real API on PGlite: a big week against a
baseline of one worker, in one run (see bench/app/README.md). Needs the built app.

  --workers N      workers in the big week (default 50)
  --per-worker N   visits per worker in the week (default 20)
  --runs N         measurements per case, the median counts (default 15)
  --port N         the API's port (default 42500)
  -h, --help       this text
`,
  {
    workers: { type: 'string' },
    'per-worker': { type: 'string' },
    runs: { type: 'string' },
    port: { type: 'string' },
  },
);
const WORKERS = wholeNumber('workers', args.workers, 50, 1);
const PER_WORKER = wholeNumber('per-worker', args['per-worker'], 20, 1);
const RUNS = wholeNumber('runs', args.runs, 15, 1);
const PORT = wholeNumber('port', args.port, 42500, 1);
const appDir = fileURLToPath(new URL('../../packages/app/dist/', import.meta.url));
if (!existsSync(`${appDir}index.html`)) {
  console.error(
    `bench/app: ${appDir}index.html is missing; run npx turbo run build --filter=@zorghub/app...`,
  );
  process.exit(1);
}
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const pad = (n) => String(n).padStart(2, '0');
const pad4 = (n) => String(n).padStart(4, '0');
/** Local date of the Monday of this week + `d` days, at hh:mm, with the machine's offset. */
function at(d, hour, minute = 0) {
  const x = new Date();
  x.setDate(x.getDate() - ((x.getDay() + 6) % 7) + d);
  x.setHours(hour, minute, 0, 0);
  const off = -x.getTimezoneOffset();
  return `${x.getFullYear()}-${pad(x.getMonth() + 1)}-${pad(x.getDate())}T${pad(hour)}:${pad(minute)}:00${off >= 0 ? '+' : '-'}${pad(Math.trunc(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}

const db = await openDb({ dataDir: 'memory://' });
await migrate(db);
const app = await buildApp({ db, rateLimit: false, appDir, logger: false });
await app.listen({ port: PORT, host: '127.0.0.1' });
const base = `http://127.0.0.1:${PORT}`;

async function api(key, path, body) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
}

/** Runs `tasks` with `n` at a time. */
async function pool(tasks, n) {
  let i = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (i < tasks.length) await tasks[i++]();
    }),
  );
}

/** A hub with `workers` workers and `perWorker` visits each this week; returns its planner key. */
async function seedHub(hub, workers, perWorker) {
  const key = async (role) =>
    (await createApiKey(db, { hubId: hub, orgId: hub, role, label: 'bench' })).apiKey;
  const admin = await key('beheerder');
  const planner = await key('planner');
  const care = `${hub}-ZORG`;
  // The two organisations of the Lighthouse bench's hub (hub.json), under this hub's ids.
  const [hubOrg, careOrg] = HUB_FIXTURE.records.filter(([path]) => path === '/organisaties');
  await api(admin, '/organisaties', { ...hubOrg[1], id: hub, naam: 'Benchhub' });
  await api(admin, '/organisaties', { ...careOrg[1], id: care, naam: 'Benchzorg' });
  await api(admin, '/diensten', {
    id: 'DI-GEZELSCHAP',
    dienstsoort: 'gezelschap',
    naam: 'Gezelschap',
  });
  const clients = Math.max(1, Math.ceil((workers * perWorker) / 10));
  const start = at(-40, 12).slice(0, 10);
  await pool(
    Array.from({ length: clients }, (_, c) => async () => {
      await api(admin, '/abonnementen', {
        id: `AB-${pad4(c + 1)}`,
        aanbiederId: hub,
        afnemersoort: 'organisatie',
        afnemerOrganisatieId: care,
        abonnementsvorm: 'urenbundel',
        aantalPerPeriode: 400,
        periodeEenheid: 'maand',
        tariefInCenten: 3250,
        tariefeenheid: 'uur',
        startDatum: start,
      });
      await api(admin, '/clienten', {
        id: `CL-${pad4(c + 1)}`,
        zorgorganisatieId: care,
        abonnementId: `AB-${pad4(c + 1)}`,
        startDatum: start,
      });
    }),
    4,
  );
  await pool(
    Array.from(
      { length: workers },
      (_, w) => () =>
        api(admin, '/deelnemers', {
          id: `DN-${pad4(w + 1)}`,
          werkgeverId: hub,
          cohort: '2026-01',
          status: 'inDienst',
          aanmeldDatum: '2026-01-05',
        }),
    ),
    4,
  );
  const slots = [8, 10, 13, 15];
  const visits = [];
  for (let w = 0; w < workers; w++)
    for (let i = 0; i < perWorker; i++) {
      const day = Math.floor(i / slots.length) % 7;
      const slot = i % slots.length;
      // every tenth worker is booked twice (8:30–11:00 over 8:00–9:00): conflicts to show
      const twice = w % 10 === 0 && slot === 1;
      const c = (w * perWorker + i) % clients;
      visits.push({
        id: `BZ-${pad4(w + 1)}-${pad(i)}`,
        clientId: `CL-${pad4(c + 1)}`,
        deelnemerId: `DN-${pad4(w + 1)}`,
        dienstId: 'DI-GEZELSCHAP',
        abonnementId: `AB-${pad4(c + 1)}`,
        geplandStartOp: twice ? at(day, 8, 30) : at(day, slots[slot]),
        geplandEindOp: at(day, slots[slot] + 1),
        status: 'gepland',
      });
    }
  await pool(
    visits.map((v) => () => api(planner, '/bezoeken', v)),
    6,
  );
  return { planner, visits: visits.length, workers };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const t0 = Date.now();
const big = await seedHub('ORG-HUB', WORKERS, PER_WORKER);
const small = await seedHub('ORG-KLEIN', 1, PER_WORKER);
console.log(
  `seeded ${big.visits} + ${small.visits} visits in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

/** Everything measured on one hub's week. */
async function measure(hub) {
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 } })
  ).newPage();
  page.setDefaultTimeout(60_000);
  const loads = [];
  let pages = 0;
  for (let i = 0; i < 3; i++) {
    await page.goto(`${base}/app/#sleutel=${hub.planner}`);
    await page.getByTestId('week-summary').waitFor();
    loads.push(await page.evaluate(() => performance.now()));
    pages = await page.evaluate(() => globalThis.zorghubPages);
  }
  console.error(`  ${hub.visits} visits: loaded`);
  // A filter change: the time from the select's change to the table showing the rows it asks
  // for, and at least until React has handled the event (the first task after its microtasks).
  const filter = (value) =>
    page.evaluate(
      (value) =>
        new Promise((resolve) => {
          const select = document.getElementById('field-only');
          const want = value ? 1 : select.options.length - 1;
          const done = () => {
            const heads = [...document.querySelectorAll('tbody th[scope="row"]')].filter(
              (th) => !th.closest('tr').hidden,
            );
            return heads.length === want && (!value || heads[0].textContent === value);
          };
          const start = performance.now();
          select.value = value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
          // React renders a discrete event in a microtask: this one runs after it (DOM updated).
          let dom = 0;
          queueMicrotask(() => {
            if (done()) dom = performance.now() - start;
          });
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            if (done())
              return resolve({
                dom: dom || performance.now() - start,
                task: performance.now() - start,
              });
            const observer = new MutationObserver(() => {
              if (!done()) return;
              observer.disconnect();
              const t = performance.now() - start;
              resolve({ dom: t, task: t });
            });
            observer.observe(document.body, { childList: true, subtree: true });
          };
          channel.port2.postMessage(0);
        }),
      value,
    );
  const toOne = [];
  const toAll = [];
  for (let i = 0; i < RUNS; i++) {
    toOne.push(await filter(`DN-${pad4((i % hub.workers) + 1)}`));
    toAll.push(await filter(''));
  }
  console.error(`  ${hub.visits} visits: filters done`);
  // A move: save → the visit shown at its new time (the PUT included, and given apart).
  const moves = [];
  const puts = [];
  for (let i = 0; i < RUNS; i++) {
    const id = `BZ-0001-${pad(i % PER_WORKER)}`;
    await page.getByRole('button', { name: `Verplaatsen ${id}`, exact: true }).click();
    await page.waitForFunction(() => {
      const b = [...document.querySelectorAll('button[type=submit]')].find(
        (x) => !x.closest('[hidden]'),
      );
      return b && !b.disabled;
    });
    const time = `${pad(17 + (i % 3))}:${i % 2 ? '30' : '00'}`;
    await page.getByLabel('Begintijd').fill(time);
    const r = await page.evaluate(
      ({ id, time }) =>
        new Promise((resolve) => {
          const button = [...document.querySelectorAll('button[type=submit]')].find(
            (x) => !x.closest('[hidden]'),
          );
          const start = performance.now();
          const done = () => {
            const el = document.querySelector(`[data-visit="${id}"]`);
            return el && !el.closest('[hidden]') && el.textContent.includes(`${time}–`);
          };
          const observer = new MutationObserver(() => {
            if (!done()) return;
            observer.disconnect();
            const put = performance
              .getEntriesByType('resource')
              .filter((e) => e.name.endsWith(`/bezoeken/${id}`))
              .at(-1);
            resolve({
              total: performance.now() - start,
              put: put ? put.responseEnd - put.startTime : 0,
            });
          });
          observer.observe(document.body, {
            childList: true,
            subtree: true,
            characterData: true,
            attributes: true,
          });
          button.click();
        }),
      { id, time },
    );
    moves.push(r.total);
    puts.push(r.put);
  }
  await page.context().close();
  return {
    load: median(loads),
    pages,
    toOne: median(toOne.map((x) => x.task)),
    toAll: median(toAll.map((x) => x.task)),
    toOneDom: median(toOne.map((x) => x.dom)),
    toAllDom: median(toAll.map((x) => x.dom)),
    move: median(moves),
    moveRender: median(moves.map((m, i) => m - puts[i])),
  };
}

const bigRes = await measure(big);
const smallRes = await measure(small);
await browser.close();
await app.close();
await db.close();

const ms = (x) => `${x.toFixed(1)} ms`;
const rows = [
  ['load the week', 'load'],
  ['filter: all → one worker (DOM updated)', 'toOneDom'],
  ['filter: one worker → all (DOM updated)', 'toAllDom'],
  ['filter: all → one worker (next task: style, layout)', 'toOne'],
  ['filter: one worker → all (next task: style, layout)', 'toAll'],
  ['move (save → shown, PUT included)', 'move'],
  ['move, without the PUT', 'moveRender'],
];
console.log(
  `\nplanner week: ${big.visits} visits of ${WORKERS} workers vs a baseline of ${small.visits} visits of 1 worker; median of ${RUNS} (load: of 3)`,
);
console.log(
  `paginated calls (cursor pages of 100) for the week's visits: ${bigRes.pages}; baseline ${smallRes.pages}`,
);
console.log('| case | big week | baseline | ratio | target < 100 ms |');
console.log('| --- | --- | --- | --- | --- |');
for (const [label, k] of rows)
  console.log(
    `| ${label} | ${ms(bigRes[k])} | ${ms(smallRes[k])} | ${(bigRes[k] / smallRes[k]).toFixed(2)}× | ${k === 'load' ? '—' : bigRes[k] < 100 ? 'met' : 'MISS'} |`,
  );
console.log(
  JSON.stringify({
    workers: WORKERS,
    perWorker: PER_WORKER,
    runs: RUNS,
    big: bigRes,
    baseline: smallRes,
  }),
);
