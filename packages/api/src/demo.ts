// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BestandsformaatCode, EntiteitCode } from '@zorghub/schemas';
import { createApiKey } from './auth.js';
import type { Db } from './db.js';
import { STORED_ENTITIES } from './standard.js';
import type { Role } from './types.js';

export interface DemoCredential {
  role: string;
  organisation: string;
  apiKey: string;
}

/** Finds `examples/delft/export` from the working directory or from this package upwards. */
export function findDemoDir(
  start: string[] = [process.cwd(), dirname(fileURLToPath(import.meta.url))],
): string | undefined {
  if (process.env.ZORGHUB_DEMO_DIR) return resolve(process.env.ZORGHUB_DEMO_DIR);
  for (const from of start) {
    let dir = resolve(from);
    for (;;) {
      const candidate = join(dir, 'examples', 'delft', 'export');
      if (existsSync(join(candidate, 'datapakket.json'))) return candidate;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return undefined;
}

/** What the demo reads of the manifest (the standard's `Datapakket`: its codes are typed). */
interface Manifest {
  aanbiederId?: string;
  bestanden: Array<{ pad: string; entiteit: EntiteitCode; formaat: BestandsformaatCode }>;
}

async function readRecords(
  dir: string,
  file: { pad: string; formaat: BestandsformaatCode },
  tmp: string,
): Promise<Record<string, unknown>[]> {
  const path = join(dir, file.pad);
  if (file.formaat === 'json')
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
  let ndjson = path;
  if (file.formaat !== 'ndjson') {
    // CSV and XLSX are typed by the standard's own converter (numbers, booleans, dates).
    const { convertFile } = await import('@zorghub/schemas/validate');
    const out = join(tmp, `${file.pad}.ndjson`);
    await convertFile(path, { to: 'ndjson', out });
    ndjson = out;
  }
  return readFileSync(ndjson, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const s = (v: unknown) => (typeof v === 'string' ? v : null);

/** Loads the Delft example data package (once) and creates one API key per role. */
export async function loadDemo(db: Db, dir = findDemoDir()): Promise<DemoCredential[]> {
  if (!dir) {
    throw new Error(
      'Demo-data niet gevonden: examples/delft/export/datapakket.json (zet ZORGHUB_DEMO_DIR) / demo data not found',
    );
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'datapakket.json'), 'utf8')) as Manifest;
  const hub = manifest.aanbiederId ?? 'ORG-DEMO';
  const loaded = await db.query(
    "SELECT 1 FROM records WHERE hub_id = $1 AND entity = 'organisatie' LIMIT 1",
    [hub],
  );
  const byEntity = new Map<string, Record<string, unknown>[]>();
  if (loaded.rows.length === 0) {
    const tmp = mkdtempSync(join(tmpdir(), 'zorghub-demo-'));
    try {
      for (const f of manifest.bestanden)
        byEntity.set(f.entiteit, [
          ...(byEntity.get(f.entiteit) ?? []),
          ...(await readRecords(dir, f, tmp)),
        ]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    const careOrgOfClient = new Map(
      (byEntity.get('client') ?? []).map((c) => [String(c.id), s(c.zorgorganisatieId)]),
    );
    const columns = (entity: EntiteitCode, d: Record<string, unknown>) => {
      switch (entity) {
        case 'organisatie':
          return [s(d.id), null, null, null];
        case 'abonnement':
          return [s(d.afnemerOrganisatieId), null, null, null];
        case 'client':
          return [s(d.zorgorganisatieId), s(d.id), null, s(d.abonnementId)];
        case 'deelnemer':
          return [null, null, s(d.id), null];
        case 'bezoek':
          return [
            careOrgOfClient.get(String(d.clientId)) ?? null,
            s(d.clientId),
            s(d.deelnemerId),
            s(d.abonnementId),
          ];
        case 'signaal':
          return [s(d.doorgezetNaarId), s(d.clientId), s(d.deelnemerId), s(d.bezoekId)];
        case 'factuur':
          return [s(d.afnemerOrganisatieId), null, null, s(d.abonnementId)];
        case 'urenregistratie':
          return [null, null, s(d.deelnemerId), s(d.abonnementId)];
        case 'dienst':
          return [null, null, null, null];
        default:
          return [null, null, s(d.deelnemerId), null];
      }
    };
    await db.transaction(async (tx) => {
      for (const entity of STORED_ENTITIES) {
        const records = byEntity.get(entity) ?? [];
        for (let i = 0; i < records.length; i += 1000) {
          const batch = records.slice(i, i + 1000).map((d) => {
            const [care, client, part, parent] = columns(entity, d);
            return { id: d.id, care, client, part, parent, data: d };
          });
          await tx.query(
            `INSERT INTO records (hub_id, entity, id, care_org_id, client_id, participant_id, parent_id, data)
             SELECT $1, $2, r->>'id', r->>'care', r->>'client', r->>'part', r->>'parent', r->'data'
               FROM jsonb_array_elements($3::jsonb) AS r ON CONFLICT DO NOTHING`,
            [hub, entity, JSON.stringify(batch)],
          );
        }
      }
    });
    // fresh statistics after a bulk load: without them PostgreSQL estimates one row per filter
    // and may sort a whole entity for a page instead of reading the primary key in order
    await db.query('ANALYZE records');
  }
  const pick = async (sql: string, fallback: string) =>
    (await db.query<{ id: string }>(sql, [hub])).rows[0]?.id ?? fallback;
  const careOrg = await pick(
    "SELECT care_org_id AS id FROM records WHERE hub_id = $1 AND entity = 'client' AND care_org_id IS NOT NULL GROUP BY care_org_id ORDER BY count(*) DESC, care_org_id LIMIT 1",
    hub,
  );
  const funder = await pick(
    "SELECT id FROM records WHERE hub_id = $1 AND entity = 'organisatie' AND data->'rollen' ? 'financier' ORDER BY id LIMIT 1",
    hub,
  );
  const worker = await pick(
    "SELECT participant_id AS id FROM records WHERE hub_id = $1 AND entity = 'bezoek' ORDER BY participant_id LIMIT 1",
    'DN-0001',
  );
  const plan: Array<{ role: Role; org: string; participantId?: string }> = [
    { role: 'beheerder', org: hub },
    { role: 'planner', org: hub },
    { role: 'jobcoach', org: hub },
    { role: 'medewerker', org: hub, participantId: worker },
    { role: 'zorgorganisatie', org: careOrg },
    { role: 'financier', org: funder },
  ];
  const out: DemoCredential[] = [];
  for (const p of plan) {
    const { apiKey } = await createApiKey(db, {
      hubId: hub,
      orgId: p.org,
      role: p.role,
      participantId: p.participantId ?? null,
      label: 'demo',
    });
    out.push({
      role: p.participantId ? `${p.role} (${p.participantId})` : p.role,
      organisation: p.org,
      apiKey,
    });
  }
  // The household pages of the app (issue 17): a demo household and its credential.
  const { loadDemoHousehold } = await import('./households/demo-household.js');
  out.push(await loadDemoHousehold(db, hub, worker));
  return out;
}
