#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Lighthouse 12 (the lockfile's version, with Debian's Chromium, as bench/docs/run.mjs runs it) on
// the hub app as the API serves it: the worker's "vandaag" page (signed in with a medewerker key in
// the link, two visits today) and the household's public sign-up page (#/aanmelden). Mobile (Lighthouse's default:
// emulated Moto G Power, slow 4G, 4x CPU slowdown, simulated throttling) and, with --desktop, the
// desktop preset too; median of three runs per page; all four scores printed with their ratio to the
// target (≥ 0.95 each). A benchmark, not a test: nothing fails on a score. The machine may be
// shared: the load average and Lighthouse's benchmark index of the host are printed with the figures.
//
//   npx turbo run build --filter=@zorghub/app...   (the API and the built app)
//   node bench/app/lighthouse.mjs [--desktop] [--port 41500] [--runs 3]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { buildApp, createApiKey, migrate, openDb } from '@zorghub/api';
import { builtAppDir } from '@zorghub/app';
import { CATEGORIES, runLighthouse } from '../../docs-site/test/lighthouse-run.mjs';
import { benchArgs, wholeNumber } from '../args.mjs';

const { values } = benchArgs(
  `
Usage: node bench/app/lighthouse.mjs [options]

Lighthouse 12 with Debian's Chromium on the hub app as the API serves it: the worker's "vandaag"
page and the household's sign-up page, median of --runs, all four scores against the 0.95 target.
Needs the built app (npx turbo run build --filter=@zorghub/app...).

  --desktop    the desktop preset too (besides mobile)
  --port N     the API's port (default 41500 + pid % 500)
  --runs N     runs per page, the median counts (default 3)
  -h, --help   this text
`,
  {
    desktop: { type: 'boolean', default: false },
    port: { type: 'string' },
    runs: { type: 'string' },
  },
);
// this bench's port range is 41500–41999
const port = wholeNumber('port', values.port, 41500 + (process.pid % 500), 1);
const runs = wholeNumber('runs', values.runs, 3, 1);
const appDir = builtAppDir();
if (!appDir) {
  console.error(
    'bench/app: the app is not built; run npx turbo run build --filter=@zorghub/app...',
  );
  process.exit(2);
}

const hub = JSON.parse(readFileSync(new URL('./hub.json', import.meta.url), 'utf8'));
const HUB = 'ORG-HUB';
const WORKER = 'DN-0001';
const TARGET = 0.95;

/** Today at `hour`:00 in the machine's time zone, as an ISO date-time with offset. */
function todayAt(hour) {
  const d = new Date();
  d.setHours(hour, 0, 0, 0);
  const off = -d.getTimezoneOffset();
  const pad = (n) => String(Math.abs(n)).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00:00${off >= 0 ? '+' : '-'}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
}

const db = await openDb({ dataDir: 'memory://' });
await migrate(db);
// Sign-up set up as npm start and a region with households have it: the sign-up page reads the
// hub's offer (GET /aanbod), which answers 503 "not set up" without it.
const app = await buildApp({
  db,
  rateLimit: false,
  appDir,
  logger: false,
  signup: { hubId: HUB, hourlyCents: 3000 },
});
await app.listen({ port, host: '127.0.0.1' });
const base = `http://127.0.0.1:${port}`;
const key = async (role, participantId = null) =>
  (await createApiKey(db, { hubId: HUB, orgId: HUB, role, participantId, label: 'bench' })).apiKey;
const admin = await key('beheerder');
const worker = await key('medewerker', WORKER);
async function post(path, body) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok)
    throw new Error(`bench/app: seeding ${path} failed: ${res.status} ${await res.text()}`);
}

try {
  // The small hub of the app's browser tests (hub.json), and two visits today.
  for (const [path, body] of hub.records) await post(path, body);
  for (const [id, hour] of [
    ['BZ-0001', 9],
    ['BZ-0002', 13],
  ])
    await post('/bezoeken', {
      id,
      clientId: 'CL-0001',
      deelnemerId: WORKER,
      dienstId: 'DI-GEZELSCHAP',
      abonnementId: 'AB-0001',
      geplandStartOp: todayAt(hour),
      geplandEindOp: todayAt(hour + 1),
      status: 'gepland',
    });

  // The key travels in the fragment (never to the server); the app stores it for the tab.
  const pages = {
    'medewerker: vandaag': `${base}/app/#sleutel=${worker}`,
    'huishouden: aanmelden': `${base}/app/#/aanmelden`,
  };
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(', ');
  console.log(`node ${process.version}, app served by the API at ${base}/app/`);
  console.log(`load average before (1, 5, 15 min): ${load()}`);
  for (const mobile of values.desktop ? [true, false] : [true]) {
    const scores = await runLighthouse(Object.values(pages), { mobile, runs });
    console.log(
      `\nLighthouse ${mobile ? 'mobile' : 'desktop'}, median of ${runs} ${CATEGORIES.map((c) => c.padStart(15)).join('')}   TBT ms  host index`,
    );
    for (const [name, url] of Object.entries(pages)) {
      const entry = scores[url];
      console.log(
        `${name.padEnd(30)} ${CATEGORIES.map((c) => entry[c].toFixed(2).padStart(15)).join('')} ${String(Math.round(entry.totalBlockingTime)).padStart(8)} ${String(Math.round(entry.benchmarkIndex)).padStart(11)}`,
      );
      console.log(
        `${'  ratio to target'.padEnd(30)} ${CATEGORIES.map((c) => (entry[c] / TARGET).toFixed(2).padStart(15)).join('')}`,
      );
      console.log(
        `${'  runs'.padEnd(30)} ${CATEGORIES.map((c) =>
          entry.runs
            .map((r) => r[c].toFixed(2))
            .join('/')
            .padStart(15),
        ).join('')}`,
      );
      if (entry.failing.length > 0) console.log(`  below 0.9: ${entry.failing.join('; ')}`);
    }
  }
  console.log(`\nload average after (1, 5, 15 min): ${load()}`);
  console.log(`target: ≥ ${TARGET} on all four scores (ratio ≥ 1.00)`);
} finally {
  await app.close();
  await db.close();
}
