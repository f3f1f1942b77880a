// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validatePaths } from '@zorghub/schemas/validate';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from './routes/hub-records.js';
import { STORED_ENTITIES } from './standard.js';
import { appFor, DATABASES, insertRecord, type Keys, seedTenants } from './test-support/harness.js';

interface Manifest {
  standaardVersie: string;
  aanbiederId: string;
  bestanden: Array<{ pad: string; entiteit: string; aantalRecords: number; sha256: string }>;
}

describe.each(DATABASES)('the whole data package export on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  let dir: string;
  // More visits than one page holds, so the export has to read several pages.
  const extraVisits = PAGE_SIZE + 7;
  beforeAll(async () => {
    ctx = await appFor(kind, 'package-export', { rateLimit: { max: 100_000, timeWindow: 60_000 } });
    keys = await seedTenants(ctx.app);
    for (let i = 0; i < extraVisits; i++)
      await insertRecord(ctx.app.zorghub.db, 'HUB-A', 'bezoek', {
        id: `BZ-X${String(i).padStart(4, '0')}`,
        clientId: 'CL-A1',
        deelnemerId: 'DN-A1',
        abonnementId: 'AB-A1',
        dienstId: 'DI-A',
        geplandStartOp: '2024-03-05T10:00:00+01:00',
        geplandEindOp: '2024-03-05T11:00:00+01:00',
        status: 'gepland',
      });
    dir = await mkdtemp(join(tmpdir(), 'zorghub-package-'));
  }, 120_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await ctx.close();
  });

  const download = (key: string) =>
    ctx.app.inject({
      url: '/api/v1/exports/datapakket',
      headers: { authorization: `Bearer ${key}` },
    });

  it('unzips to a package that zorghub validate passes, counts and checksums matching', async () => {
    const r = await download(keys.A.beheerder);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toBe('application/zip');
    expect(String(r.headers['content-disposition'])).toMatch(/filename="datapakket-HUB-A-/);
    const files = unzipSync(new Uint8Array(r.rawPayload));
    expect(Object.keys(files)).toContain('datapakket.json');
    const manifest = JSON.parse(
      Buffer.from(files['datapakket.json']!).toString('utf8'),
    ) as Manifest;
    expect(manifest.aanbiederId).toBe('HUB-A');
    expect(manifest.bestanden.map((b) => b.entiteit)).toEqual(STORED_ENTITIES);
    for (const [name, bytes] of Object.entries(files)) await writeFile(join(dir, name), bytes);

    // Independently of the validator: each file's lines and hash are what the manifest says.
    const { rows } = await ctx.app.zorghub.db.query<{ entity: string; n: number }>(
      "SELECT entity, count(*)::int AS n FROM records WHERE hub_id = 'HUB-A' GROUP BY entity",
    );
    const stored = Object.fromEntries(rows.map((row) => [row.entity, Number(row.n)]));
    for (const b of manifest.bestanden) {
      const bytes = await readFile(join(dir, b.pad));
      expect(createHash('sha256').update(bytes).digest('hex'), b.pad).toBe(b.sha256);
      const lines = bytes.toString('utf8').split('\n').filter(Boolean);
      expect(lines.length, b.pad).toBe(b.aantalRecords);
      expect(b.aantalRecords, b.pad).toBe(stored[b.entiteit] ?? 0);
    }
    expect(manifest.bestanden.find((b) => b.entiteit === 'bezoek')?.aantalRecords).toBe(
      2 + extraVisits,
    );
    const bezoeken = (await readFile(join(dir, 'bezoeken.ndjson'), 'utf8')).split('\n');
    expect(new Set(bezoeken.filter(Boolean)).size, 'no visit twice across pages').toBe(
      2 + extraVisits,
    );

    const report = await validatePaths([dir], { lang: 'en', checkReferences: true });
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.valid).toBe(true);
    const total = manifest.bestanden.reduce((s, b) => s + b.aantalRecords, 0);
    expect(report.stats.records).toBe(total + 1); // the manifest is read as one record too

    // A tampered file is caught against the manifest: the checksum is a real check.
    const organisaties = join(dir, 'organisaties.ndjson');
    await writeFile(organisaties, `${(await readFile(organisaties, 'utf8')).trim()}\n\n`);
    const tampered = await validatePaths([dir], { lang: 'en' });
    expect(tampered.valid).toBe(false);
  }, 120_000);

  it('carries only the hub of the credential', async () => {
    const r = await download(keys.A.beheerder);
    const files = unzipSync(new Uint8Array(r.rawPayload));
    const all = Object.values(files)
      .map((f) => Buffer.from(f).toString('utf8'))
      .join('\n');
    expect(all).toContain('CL-A1');
    expect(all).not.toContain('CL-B1');
    expect(all).not.toContain('HUB-B');
  });

  it.each(['planner', 'jobcoach', 'medewerker', 'zorgorganisatie', 'financier'] as const)(
    'refuses the role %s',
    async (role) => {
      const r = await download(keys.A[role]);
      expect(r.statusCode).toBe(403);
    },
  );

  it('is access-logged with the clients it covers, refusals included', async () => {
    const db = ctx.app.zorghub.db;
    const before = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE action = 'export'",
    );
    await download(keys.A.beheerder);
    await download(keys.A.financier);
    const { rows } = await db.query<{ result: string; client_ids: unknown; actor_role: string }>(
      "SELECT result, client_ids, actor_role FROM access_log WHERE action = 'export' ORDER BY seq DESC LIMIT 2",
    );
    const after = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE action = 'export'",
    );
    expect(Number(after.rows[0]!.n) - Number(before.rows[0]!.n)).toBe(2);
    const ok = rows.find((row) => row.actor_role === 'beheerder')!;
    expect(ok.result).toBe('geslaagd:200');
    const ids = typeof ok.client_ids === 'string' ? JSON.parse(ok.client_ids) : ok.client_ids;
    expect(ids).toEqual(['CL-A1', 'CL-A2']);
    expect(rows.find((row) => row.actor_role === 'financier')?.result).toBe('geweigerd:403');
  });
});
