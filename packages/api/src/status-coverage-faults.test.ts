// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Document = behaviour for the fault statuses, driven by the OpenAPI document (the generic
 * client-error statuses are in status-coverage.test.ts):
 * - 500: with the database failing (every statement throws, as when the connection is lost) every
 *   operation that documents 500 and reads or writes the database answers 500 as problem+json —
 *   on a logged route that is also the access-log failure path. The few operations that never
 *   touch the database (the document, the reference page, liveness) keep answering; they are
 *   listed here, and the test fails when that list is not exactly what happens.
 * - 503: with the identity provider's key set (JWKS) unreachable, every operation that documents
 *   503 and needs a credential answers 503 to a signed token (an outage, not a bad token); /ready
 *   answers 503 while the database fails.
 * Every answer seen must be a status the document declares for that operation.
 */
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { type Db, openDb, type Queryable, type Transaction } from './db.js';
import { openApiDocument } from './index.js';
import { appFor, type Keys, seedTenants } from './test-support/harness.js';
import type { Role } from './types.js';

interface Op {
  operationId: string;
  requestBody?: unknown;
  responses: Record<string, unknown>;
  'x-roles'?: Role[];
}
const doc = (await openApiDocument()) as { paths: Record<string, Record<string, Op>> };
const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);
/** Operations that answer without the database: a failing database cannot make them fail. */
const WITHOUT_DATABASE = [
  'getHealth',
  'getOpenApi',
  'getInlogconfiguratie',
  'getReference',
  'getSessie',
  'getRegio',
];

/** An existing record of hub A for each collection (seedTenants). */
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
  exports: 'client',
  'api-sleutels': 'X-1',
  incassobestanden: '2026-11',
};
const urlOf = (path: string) =>
  `/api/v1${path.replace(/\{\w+\}/g, ID_FOR[path.split('/')[1]!] ?? 'X-1')}`;
const roleFor = (op: Op): Role | undefined =>
  op['x-roles']?.includes('beheerder') ? 'beheerder' : op['x-roles']?.[0];
/** Bodies that pass validation, so the request reaches the database: fixed ones, else a stored record. */
const FIXED_BODY: Record<string, unknown> = {
  generateFacturen: { maand: '2024-05' },
  createApiSleutel: { rol: 'planner', organisatieId: 'HUB-A' },
  setBezoekStatus: { status: 'geannuleerdDoorClient' },
  acknowledgeSignaal: {},
  // Private households (households.test.ts has the full sign-up body).
  confirmAbonnement: {},
  cancelAbonnement: {},
  resumeAbonnement: {},
  pauseAbonnement: { pauzeVanafDatum: '2027-01-01' },
  patchAbonnement: { aantalPerPeriode: 5 },
  cancelBezoek: { annuleringsreden: 'overig' },
  requestHuishoudsessie: { email: 'a@example.org' },
  redeemHuishoudsessie: { token: 'x'.repeat(30) },
  createAanmelding: {
    huishouden: {
      naam: 'Huishouden Test',
      straat: 'Teststraat',
      huisnummer: '7',
      postcode: '2611 AB',
      woonplaats: 'Delft',
      email: 'a@example.org',
    },
    abonnement: {
      abonnementsvorm: 'urenbundel',
      aantalPerPeriode: 4,
      periodeEenheid: 'maand',
      startDatum: '2026-12-14',
    },
    toestemmingen: [{ onderwerp: 'dienstverlening', verklaringVersie: '2026-1' }],
    betaling: { betaalwijze: 'factuur' },
  },
};

/** `db` with a switch: while `failing`, every statement throws as a lost connection does. */
function failingDb(db: Db) {
  const state = { failing: false };
  const lost = () => new Error('connection terminated unexpectedly (injected)');
  const guard = (q: Queryable): Queryable['query'] =>
    ((sql: string, params?: unknown[]) =>
      state.failing ? Promise.reject(lost()) : q.query(sql, params)) as Queryable['query'];
  const wrapped: Db = {
    ...db,
    kind: db.kind,
    query: guard(db),
    async begin() {
      if (state.failing) throw lost();
      const tx = await db.begin();
      return {
        query: guard(tx),
        commit: () =>
          state.failing ? tx.rollback().then(() => Promise.reject(lost())) : tx.commit(),
        commitWith: (last) =>
          state.failing ? tx.rollback().then(() => Promise.reject(lost())) : tx.commitWith(last),
        rollback: () => tx.rollback(),
        get done() {
          return tx.done;
        },
      } satisfies Transaction;
    },
    transaction: (fn) =>
      state.failing ? Promise.reject(lost()) : db.transaction((tx) => fn({ query: guard(tx) })),
    poolStats: () => db.poolStats(),
    close: () => db.close(),
  };
  return { db: wrapped, state };
}

const undocumented: string[] = [];
const seenList = (seen: Set<string>) => [...seen].filter((s) => !/ 50[03]$/.test(s));
function record(seen: Set<string>, op: Op, method: string, path: string, status: number) {
  seen.add(`${op.operationId} ${status}`);
  if (!(String(status) in op.responses))
    undocumented.push(`${op.operationId} (${method} ${path}) answered ${status}`);
}

describe('500 and 503 as the document declares them (PGlite)', () => {
  const seen = new Set<string>();
  let base: Db;
  let failing: ReturnType<typeof failingDb>;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let keys: { A: Keys; B: Keys };
  let oidc: Awaited<ReturnType<typeof appFor>>;
  let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  beforeAll(async () => {
    base = await openDb({ dataDir: 'memory://' });
    failing = failingDb(base);
    app = await buildApp({ db: failing.db, rateLimit: false });
    keys = await seedTenants(app);
    // JWKS at a port nobody listens on
    const closed: Server = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    oidc = await appFor('pglite', 'status_faults_oidc', {
      oidc: {
        issuer: 'https://idp.test',
        audience: 'zorghub',
        jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
      },
      rateLimit: false,
    });
    privateKey = (await generateKeyPair('ES256')).privateKey;
  });
  afterAll(async () => {
    await app?.close();
    await base?.close();
    await oidc?.close();
  });

  it('answers 500 on every operation that uses the database while it fails, 503 on /ready', async () => {
    const auth = (r: Role | undefined): Record<string, string> =>
      r ? { authorization: `Bearer ${keys.A[r]}` } : {};
    // Each key verified once while the database works (the key cache), so the fault is met by
    // the route itself, not by the authentication.
    for (const role of Object.keys(keys.A) as Role[]) {
      const r = await app.inject({ url: '/api/v1/sessie', headers: auth(role) });
      expect(r.statusCode, role).toBe(200);
    }
    const bodies = new Map<string, unknown>();
    for (const { path, op } of operations) {
      if (!op.requestBody) continue;
      let body = FIXED_BODY[op.operationId];
      if (body === undefined) {
        // a stored record of the collection: a valid replace, and a create of a taken id (which
        // needs the database to find out)
        const collection = path.split('/')[1]!;
        const r = await app.inject({
          url: `/api/v1/${collection}/${ID_FOR[collection]}`,
          headers: auth('beheerder'),
        });
        body = r.statusCode === 200 ? r.json() : {};
      }
      bodies.set(op.operationId, body);
    }
    failing.state.failing = true;
    const kept: string[] = [];
    try {
      for (const { path, method, op } of operations) {
        const r = await app.inject({
          method: method as 'GET',
          url: urlOf(path),
          headers: auth(roleFor(op)),
          ...(bodies.has(op.operationId) ? { payload: bodies.get(op.operationId) as object } : {}),
        });
        record(seen, op, method, path, r.statusCode);
        if (r.statusCode >= 500)
          expect(r.headers['content-type'], op.operationId).toMatch(/problem\+json/);
        else kept.push(op.operationId);
      }
    } finally {
      failing.state.failing = false;
    }
    expect(kept.sort(), JSON.stringify(seenList(seen))).toEqual([...WITHOUT_DATABASE].sort());
    const missing = operations
      .filter(({ op }) => '500' in op.responses && !WITHOUT_DATABASE.includes(op.operationId))
      .filter(({ op }) => !seen.has(`${op.operationId} 500`) && !seen.has(`${op.operationId} 503`))
      .map(({ op }) => op.operationId);
    expect(missing).toEqual([]);
    const ready = doc.paths['/ready']!.get!;
    expect(seen.has(`${ready.operationId} 503`)).toBe(true);
    // Once the database is back, the same server answers again.
    const back = await app.inject({ url: '/api/v1/clienten', headers: auth('planner') });
    expect(back.statusCode).toBe(200);
  });

  it('answers 503 on every operation with a credential while the JWKS cannot be reached', async () => {
    const token = await new SignJWT({
      zorghub_org: 'HUB-A',
      zorghub_hub: 'HUB-A',
      zorghub_role: 'beheerder',
    })
      .setProtectedHeader({ alg: 'ES256', kid: 'k-1' })
      .setSubject('user-1')
      .setIssuer('https://idp.test')
      .setAudience('zorghub')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    const withCredential = operations.filter(({ op }) => op['x-roles']?.length);
    for (const { path, method, op } of withCredential) {
      const r = await oidc.app.inject({
        method: method as 'GET',
        url: urlOf(path),
        headers: { authorization: `Bearer ${token}` },
        ...(op.requestBody ? { payload: {} } : {}),
      });
      record(seen, op, method, path, r.statusCode);
    }
    const missing = withCredential
      .filter(({ op }) => '503' in op.responses && !seen.has(`${op.operationId} 503`))
      .map(({ method, path }) => `${method} ${path}`);
    expect(missing).toEqual([]);
    expect(undocumented).toEqual([]);
  });
});
