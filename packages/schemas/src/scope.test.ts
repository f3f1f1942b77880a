// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { entities, getEntity, recordEntities, recordScope } from './index.js';

describe('record entities', () => {
  it('are the entities of kind record, scenario and manifest left out', () => {
    const names = recordEntities.map((e) => e.name);
    expect(names).not.toContain('scenario');
    expect(names).not.toContain('datapakket');
    expect(names.sort()).toEqual(
      entities
        .filter((e) => e.kind === 'record')
        .map((e) => e.name)
        .sort(),
    );
    expect(getEntity('scenario')?.kind).toBe('scenario');
    expect(getEntity('datapakket')?.kind).toBe('manifest');
  });

  it('come in reference order: every reference points at an entity listed before', () => {
    const seen = new Set<string>();
    for (const e of recordEntities) {
      for (const f of e.fields)
        if (f.reference && f.reference !== e.name)
          expect(seen.has(f.reference), `${e.name}.${f.path} → ${f.reference}`).toBe(true);
      seen.add(e.name);
    }
    expect(recordEntities[0]?.name).toBe('organisatie');
  });
});

describe('recordScope', () => {
  const visit = getEntity('bezoek')!;

  it('reads the scoping fields of a record', async () => {
    expect(
      await recordScope(getEntity('client')!, {
        id: 'CL-1',
        zorgorganisatieId: 'ORG-1',
        abonnementId: 'AB-1',
      }),
    ).toEqual({ organisation: 'ORG-1', client: 'CL-1', participant: null, parent: 'AB-1' });
    expect(await recordScope(getEntity('dienst')!, { id: 'DI-1' })).toEqual({
      organisation: null,
      client: null,
      participant: null,
      parent: null,
    });
  });

  it('follows a reference with the lookup it is given', async () => {
    const asked: string[] = [];
    const scope = await recordScope(
      visit,
      { id: 'BZ-1', clientId: 'CL-7', deelnemerId: 'DN-2', abonnementId: 'AB-3' },
      async (entity, id, field) => {
        asked.push(`${entity}/${id}/${field}`);
        return 'ORG-9';
      },
    );
    expect(asked).toEqual(['client/CL-7/zorgorganisatieId']);
    expect(scope).toEqual({
      organisation: 'ORG-9',
      client: 'CL-7',
      participant: 'DN-2',
      parent: 'AB-3',
    });
    // without a lookup the followed value is unknown, the direct ones are still read
    expect((await recordScope(visit, { clientId: 'CL-7' })).organisation).toBeNull();
    expect((await recordScope(visit, { clientId: 'CL-7' })).client).toBe('CL-7');
  });

  it('names only fields that exist, and follows only references', () => {
    for (const e of recordEntities)
      for (const path of Object.values(e.scope ?? {})) {
        const [first, second] = path.split('.');
        const field = e.fields.find((f) => f.path === first);
        expect(field, `${e.name}: ${path}`).toBeDefined();
        if (second) {
          const target = getEntity(field!.reference!);
          expect(target?.fields.some((f) => f.path === second)).toBe(true);
        }
      }
  });
});
