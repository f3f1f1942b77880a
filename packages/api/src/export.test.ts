// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getEntity } from '@zorghub/schemas';
import { validatePaths } from '@zorghub/schemas/validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORED_ENTITIES as EXPORTABLE } from './standard.js';
import { appFor, DATABASES, type Keys, seedTenants } from './test-support/harness.js';

/** Optional fields the export route drops (personal/special); required ones it keeps by promise. */
function forbiddenFields(entity: string): string[] {
  const info = getEntity(entity);
  if (!info) throw new Error(`unknown entity ${entity}`);
  return info.fields
    .filter((f) => (f.privacy === 'personal' || f.privacy === 'special') && !f.required)
    .map((f) => f.path.split('.')[0]!.replace('[]', ''));
}

describe.each(DATABASES)('exports pass zorghub validate on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  let dir: string;
  beforeAll(async () => {
    ctx = await appFor(kind, 'export', { rateLimit: { max: 100_000, timeWindow: 60_000 } });
    keys = await seedTenants(ctx.app);
    dir = await mkdtemp(join(tmpdir(), 'zorghub-export-'));
    // A signal with a free-text description (special category): the export must leave it out.
    const r = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/signalen',
      headers: { authorization: `Bearer ${keys.A.medewerker}` },
      payload: {
        id: 'SG-A9',
        clientId: 'CL-A1',
        categorie: 'eenzaamheid',
        urgentie: 'hoog',
        omschrijving: 'Vrije tekst, gezondheidsinformatie',
      },
    });
    expect(r.statusCode).toBe(201);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await ctx.close();
  });

  const exportFile = async (entity: string, formaat: 'ndjson' | 'csv') => {
    const r = await ctx.app.inject({
      url: `/api/v1/exports/${entity}?formaat=${formaat}`,
      headers: { authorization: `Bearer ${keys.A.beheerder}` },
    });
    expect(r.statusCode, r.body).toBe(200);
    const name = /filename="([^"]+)"/.exec(String(r.headers['content-disposition']))?.[1];
    expect(name).toBeDefined();
    return { name: name!, body: r.body };
  };

  it.each(['ndjson', 'csv'] as const)(
    'every exportable entity as %s validates with 0 errors, as files and as a data package',
    async (formaat) => {
      const folder = join(dir, formaat);
      await mkdir(folder);
      const files: string[] = [];
      const bestanden: Array<{ pad: string; entiteit: string; formaat: string }> = [];
      let records = 0;
      for (const entity of EXPORTABLE) {
        const { name, body } = await exportFile(entity, formaat);
        const lines = body.split(/\r?\n/).filter((l) => l !== '');
        // NDJSON: the keys of every record; CSV: the header (the test data has no line breaks in cells).
        const keys =
          formaat === 'ndjson'
            ? lines.map((l) => Object.keys(JSON.parse(l) as object))
            : [lines.shift()!.split(',')];
        expect(lines.length, `${entity} has records`).toBeGreaterThan(0);
        records += lines.length;
        for (const field of forbiddenFields(entity))
          for (const k of keys) expect(k, `${entity}.${field}`).not.toContain(field);
        expect(body).not.toContain('gezondheidsinformatie');
        await writeFile(join(folder, name), body);
        files.push(join(folder, name));
        bestanden.push({ pad: name, entiteit: entity, formaat });
      }
      // File by file, each file's entity taken from its name.
      const report = await validatePaths(files, { lang: 'en' });
      expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(report.stats.errors).toBe(0);
      expect(report.stats.records).toBe(records);
      expect(report.valid).toBe(true);
      // As a whole data package, references between the files checked too.
      await writeFile(
        join(folder, 'datapakket.json'),
        JSON.stringify({
          standaardVersie: '1.0.0',
          naam: 'Export hub A',
          aangemaaktOp: '2024-04-01T12:00:00+02:00',
          bestanden,
        }),
      );
      const pkg = await validatePaths([folder], { lang: 'en', checkReferences: true });
      expect(pkg.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(pkg.valid).toBe(true);
      expect(pkg.stats.records).toBe(records + 1); // the manifest is read as one record too
    },
  );

  it('an export carries only the hub of the credential', async () => {
    const { body } = await exportFile('clienten', 'ndjson');
    expect(body).toContain('CL-A1');
    expect(body).not.toContain('CL-B1');
  });
});
