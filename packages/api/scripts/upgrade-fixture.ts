// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes `src/upgrade/release-0001.sql`: a pg_dump of a database at the level of the previous
 * release (migration 0001_core only — 0002 came after it), with records of every entity, API keys,
 * an access-log chain, an idempotency key, an invoice run and a retention run. Run it once per
 * release, against a PostgreSQL server, and commit the file; the upgrade test migrates it:
 *
 *   ZORGHUB_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx scripts/upgrade-fixture.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appendAccessLog } from '../src/audit.js';
import { createApiKey } from '../src/auth.js';
import { openDb } from '../src/db.js';
import { migrate, migrations } from '../src/migrations.js';
import { insertRecord, PG_URL, tenantRecords } from '../src/test-support/harness.js';

const RELEASED = ['0001_core'];
const SCHEMA = 'zh_upgrade_fixture';
const out = fileURLToPath(new URL('../src/upgrade/release-0001.sql', import.meta.url));

const admin = await openDb({ databaseUrl: PG_URL });
await admin.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
await admin.close();
const db = await openDb({ databaseUrl: PG_URL, schema: SCHEMA });
await migrate(db, { only: new Set(RELEASED) });
for (const h of ['A', 'B']) {
  const hub = `HUB-${h}`;
  await insertRecord(db, hub, 'organisatie', {
    id: hub,
    naam: `Hub ${h}`,
    organisatiesoort: 'sociaalWerkbedrijf',
    rollen: ['exploitant', 'werkgever'],
  });
  for (const t of [`${h}1`, `${h}2`])
    for (const r of tenantRecords(h, t)) await insertRecord(db, hub, r.entity, r.data);
  await createApiKey(db, { hubId: hub, orgId: hub, role: 'beheerder', label: 'fixture' });
  for (const [i, result] of ['geslaagd:200', 'geweigerd:403', 'geslaagd:200'].entries())
    await db.transaction((tx) =>
      appendAccessLog(tx, {
        hubId: hub,
        at: `2025-06-0${i + 1}T10:00:00.000Z`,
        actor: 'key_fixture',
        actorOrg: hub,
        actorRole: 'beheerder',
        onBehalfOf: hub,
        action: 'lezen',
        objectType: 'client',
        objectId: `CL-${h}1`,
        clientId: `CL-${h}1`,
        result,
        origin: '192.0.2.10',
      }),
    );
}
await db.query(
  `INSERT INTO idempotency_keys (hub_id, principal, key, fingerprint, status, body, location)
   VALUES ('HUB-A', 'key_fixture', 'idem-1', 'f1', 201, '{"id":"SG-A9"}', '/api/v1/signalen/SG-A9')`,
);
await db.query(
  `INSERT INTO invoice_runs (hub_id, care_org_id, period, invoice_id) VALUES ('HUB-A', 'OZ-A1', '2025-05', 'FA-A1')`,
);
await db.query(
  `INSERT INTO retention_runs (hub_id, entity, action, count, cutoff) VALUES ('HUB-A', 'signaal', 'verwijderd', 0, '2023-06-01T00:00:00Z')`,
);
await db.close();

const dump = execFileSync(
  'pg_dump',
  ['--schema', SCHEMA, '--inserts', '--no-owner', '--no-privileges', '--no-comments', PG_URL],
  { encoding: 'utf8' },
);
const sums = RELEASED.map((id) => {
  const sql = migrations.find((m) => m.id === id)!.sql;
  return `--   ${id} sha256:${createHash('sha256').update(sql).digest('hex')}`;
});
const header = [
  '-- SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors',
  '-- SPDX-License-Identifier: EUPL-1.2',
  '-- A database of the previous release (its migrations, pseudonymous test data), dumped with',
  '-- pg_dump; made by packages/api/scripts/upgrade-fixture.ts. __SCHEMA__ is the schema to load into.',
  '-- Released migrations it was made with:',
  ...sums,
  '',
].join('\n');
const body = dump
  .split('\n')
  // psql meta-commands, the search path reset and the schema itself are the loader's business.
  .filter((l) => !l.startsWith('\\') && !l.startsWith("SELECT pg_catalog.set_config('search_path'"))
  .filter((l) => l !== `CREATE SCHEMA ${SCHEMA};`)
  .join('\n')
  .replaceAll(`${SCHEMA}.`, '__SCHEMA__.');
writeFileSync(out, header + body);
const admin2 = await openDb({ databaseUrl: PG_URL });
await admin2.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
await admin2.close();
console.log(`wrote ${out}`);
