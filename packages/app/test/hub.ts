// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A real API for the browser tests: `buildApp` on a throw-away PGlite, or on PostgreSQL when
 * ZORGHUB_TEST_DATABASE_URL is set and ZORGHUB_APP_TEST_DB is not `pglite` (in a schema of its
 * own), serving the built app at /app/, with a small hub seeded through the API itself (the
 * demo load takes half a minute; this takes a second).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type BuildAppOptions, buildApp, createApiKey, migrate, openDb } from '@zorghub/api';
import { chromium } from 'playwright-core';

export const appDir = fileURLToPath(new URL('../dist/', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export const HUB = 'ORG-HUB';
export const CARE = 'ORG-ZORG';
export const WORKER = 'DN-0001';
/** The municipality that funds the hub (a financier's key belongs to it). */
export const FUNDER = 'ORG-GEMEENTE';

/** Local date and time today, as an ISO string with the machine's offset. */
export function todayAt(hour: number, minute = 0): string {
  const d = new Date();
  d.setHours(hour, minute, 0, 0);
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
}

export async function startHub(extra: Pick<BuildAppOptions, 'oidc'> = {}) {
  if (!existsSync(`${appDir}index.html`))
    throw new Error(
      `The app is not built (${appDir}index.html); run npm run build -w @zorghub/app.`,
    );
  // scripts/test.mjs runs the suite on PGlite, then on PostgreSQL (ZORGHUB_APP_TEST_DB names which)
  const onPglite = process.env.ZORGHUB_APP_TEST_DB === 'pglite';
  const dbUrl = onPglite ? undefined : process.env.ZORGHUB_TEST_DATABASE_URL;
  if (process.env.ZORGHUB_APP_TEST_DB === 'postgres' && !dbUrl)
    throw new Error(
      'ZORGHUB_APP_TEST_DB=postgres needs ZORGHUB_TEST_DATABASE_URL (a PostgreSQL server to test on)',
    );
  const schema = `app_e2e_${process.pid}`;
  // Opened and migrated before Fastify starts: on a loaded machine that can take longer than a
  // plugin may (10 s), and the test should not fail on the machine's load.
  const db = await openDb(dbUrl ? { databaseUrl: dbUrl, schema } : { dataDir: 'memory://' });
  await migrate(db);
  // Households sign up in the public API: the hub's tariff, and room for the tests' requests.
  const app = await buildApp({
    db,
    rateLimit: false,
    appDir,
    signup: {
      hourlyCents: 3250,
      max: 1000,
      // Not the app's old fixed bundles: the sign-up page must show what the hub offers.
      packages: [
        { aantalPerPeriode: 4, periodeEenheid: 'maand' },
        { aantalPerPeriode: 8, periodeEenheid: 'maand' },
        { aantalPerPeriode: 2, periodeEenheid: 'week' },
      ],
    },
    ...extra,
  });
  const key = async (
    role: 'beheerder' | 'planner' | 'medewerker' | 'zorgorganisatie' | 'jobcoach' | 'financier',
    org = HUB,
  ) =>
    (
      await createApiKey(db, {
        hubId: HUB,
        orgId: org,
        role,
        participantId: role === 'medewerker' ? WORKER : null,
        label: 'test',
      })
    ).apiKey;
  const keys = {
    beheerder: await key('beheerder'),
    planner: await key('planner'),
    medewerker: await key('medewerker'),
    zorgorganisatie: await key('zorgorganisatie', CARE),
    jobcoach: await key('jobcoach'),
    financier: await key('financier', FUNDER),
  };
  // A port the system picks: a fixed one (in the range the system hands out to outgoing
  // connections) was once held by another program's connection, and the suite failed on it.
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  async function api<T = Record<string, unknown>>(
    role: keyof typeof keys,
    path: string,
    body?: unknown,
    method = body === undefined ? 'GET' : 'POST',
  ): Promise<T> {
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${keys[role]}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await res.json()) as T;
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  }
  const start = new Date().toISOString().slice(0, 8) + '01';
  await api('beheerder', '/organisaties', {
    id: HUB,
    naam: 'Testhub',
    organisatiesoort: 'sociaalWerkbedrijf',
    rollen: ['exploitant', 'werkgever'],
  });
  await api('beheerder', '/organisaties', {
    id: CARE,
    naam: 'Testzorg',
    organisatiesoort: 'ouderenzorg',
    rollen: ['afnemer'],
  });
  await api('beheerder', '/organisaties', {
    id: FUNDER,
    naam: 'Testgemeente',
    organisatiesoort: 'gemeente',
    rollen: ['financier'],
  });
  await api('beheerder', '/diensten', {
    id: 'DI-GEZELSCHAP',
    dienstsoort: 'gezelschap',
    naam: 'Gezelschap',
  });
  await api('beheerder', '/abonnementen', {
    id: 'AB-0001',
    aanbiederId: HUB,
    afnemersoort: 'organisatie',
    afnemerOrganisatieId: CARE,
    abonnementsvorm: 'urenbundel',
    aantalPerPeriode: 20,
    periodeEenheid: 'maand',
    tariefInCenten: 3250,
    tariefeenheid: 'uur',
    startDatum: start,
  });
  await api('beheerder', '/clienten', {
    id: 'CL-0001',
    zorgorganisatieId: CARE,
    abonnementId: 'AB-0001',
    startDatum: start,
  });
  await api('beheerder', '/deelnemers', {
    id: WORKER,
    werkgeverId: HUB,
    cohort: '2026-01',
    status: 'inDienst',
    aanmeldDatum: '2026-01-05',
  });
  const visit = (id: string, hour: number) =>
    api('planner', '/bezoeken', {
      id,
      clientId: 'CL-0001',
      deelnemerId: WORKER,
      dienstId: 'DI-GEZELSCHAP',
      abonnementId: 'AB-0001',
      geplandStartOp: todayAt(hour),
      geplandEindOp: todayAt(hour + 1),
      status: 'gepland',
    });
  await visit('BZ-0001', 9);
  await visit('BZ-0002', 13);
  return {
    base,
    keys,
    api,
    async close() {
      await app.close();
      if (dbUrl) await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await db.close();
    },
  };
}

export function launchBrowser() {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}; install Debian's chromium or set CHROMIUM_PATH.`,
    );
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}
