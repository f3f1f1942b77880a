// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  codelists,
  createAjv,
  entities,
  getEntity,
  getSchema,
  getValidator,
  standardVersion,
} from './index.js';

const contract: Array<[string, string, string, string]> = [
  ['organisatie', 'organisaties', 'organisation', 'organisations'],
  ['abonnement', 'abonnementen', 'subscription', 'subscriptions'],
  ['deelnemer', 'deelnemers', 'participant', 'participants'],
  ['training', 'trainingen', 'training', 'trainings'],
  ['coachingcontact', 'coachingcontacten', 'coaching', 'coachings'],
  ['client', 'clienten', 'client', 'clients'],
  ['dienst', 'diensten', 'service', 'services'],
  ['bezoek', 'bezoeken', 'visit', 'visits'],
  ['signaal', 'signalen', 'signal', 'signals'],
  ['urenregistratie', 'urenregistraties', 'timesheet', 'timesheets'],
  ['factuur', 'facturen', 'invoice', 'invoices'],
  ['uitkomst', 'uitkomsten', 'outcome', 'outcomes'],
  ['datapakket', 'datapakketten', 'datapackage', 'datapackages'],
];

describe('entities', () => {
  it.each(contract)('%s has the names of the contract', (name, plural, english, englishPlural) => {
    const e = getEntity(name);
    expect(e).toMatchObject({ name, plural, english, englishPlural });
    expect(e?.$id).toBe(`https://zorghub.nl/standaard/1.0/${name}.schema.json`);
  });

  it('finds entities by any alias, case- and accent-insensitive', () => {
    expect(getEntity('Bezoeken')?.name).toBe('bezoek');
    expect(getEntity('VISITS')?.name).toBe('bezoek');
    expect(getEntity('cliënten')?.name).toBe('client');
    expect(getEntity('invoice')?.name).toBe('factuur');
    expect(getEntity('nonsense')).toBeUndefined();
  });

  it('gives every record an id field that is a required field', () => {
    for (const e of entities) {
      const id = e.fields.find((f) => f.path === e.idField);
      expect(id, `${e.name}.${e.idField}`).toBeDefined();
      expect(id?.required, `${e.name}.${e.idField} required`).toBe(true);
    }
  });

  it('maps nested and array fields with dotted paths and English aliases', () => {
    const org = getEntity('organisatie')!;
    expect(org.fields.find((f) => f.path === 'adres.postcode')).toMatchObject({
      columnNl: 'adres.postcode',
      columnEn: 'address.postcode',
      type: 'string',
      required: false,
    });
    const invoice = getEntity('factuur')!;
    expect(invoice.fields.find((f) => f.path === 'regels[].dienstId')).toMatchObject({
      columnEn: 'lines[].serviceId',
      reference: 'dienst',
    });
    const visit = getEntity('bezoek')!;
    expect(visit.fields.find((f) => f.path === 'geplandStartOp')).toMatchObject({
      columnEn: 'plannedStartAt',
      format: 'date-time',
      required: true,
      privacy: 'pseudonymous',
    });
    expect(visit.fields.find((f) => f.path === 'status')?.codelist).toBe('bezoekstatus');
  });

  it('marks the free text of a signal as special', () => {
    const signal = getEntity('signaal')!;
    expect(signal.fields.find((f) => f.path === 'omschrijving')?.privacy).toBe('special');
  });
});

describe('schemas and validators', () => {
  it('returns a fresh bundled copy with closed codelists inlined as enum', () => {
    const schema = getSchema('bezoek') as { properties: { status: { enum: string[] } } };
    expect(schema.properties.status.enum).toEqual(codelists.bezoekstatus!.codes.map((c) => c.code));
    schema.properties.status.enum.push('mutated');
    expect((getSchema('bezoek') as typeof schema).properties.status.enum).not.toContain('mutated');
  });

  it('keeps open codelists open in the bundled schema', () => {
    const schema = getSchema('dienst') as { properties: { dienstsoort: Record<string, unknown> } };
    expect(codelists.dienstsoort?.open).toBe(true);
    expect(schema.properties.dienstsoort.enum).toBeUndefined();
  });

  it('validates the examples with the precompiled validators and rejects a wrong code', () => {
    for (const e of entities) {
      const validate = getValidator(e.name);
      for (const example of (getSchema(e.name) as { examples?: unknown[] }).examples ?? []) {
        expect(validate(example), `${e.name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
    const validate = getValidator('visits');
    const visit = {
      ...(getSchema('bezoek') as { examples: object[] }).examples[0],
      status: 'kwijt',
    };
    expect(validate(visit)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/status', keyword: 'enum' });
  }, 60_000);

  it('throws a clear error for an unknown entity', () => {
    expect(() => getSchema('kat')).toThrow(/Unknown entity "kat"; expected one of: organisatie/);
    expect(() => getValidator('kat')).toThrow(/Unknown entity/);
  });

  it('createAjv compiles every bundled schema and gives the same verdicts', () => {
    const ajv = createAjv();
    for (const e of entities) {
      const compiled = ajv.compile(getSchema(e.name));
      const example = (getSchema(e.name) as { examples?: object[] }).examples?.[0] ?? {};
      const broken = { ...example, onbekendVeld: 1 };
      expect(compiled(broken)).toBe(false);
      expect(getValidator(e.name)(broken)).toBe(false);
    }
  }, 60_000);

  it('createAjv refuses a wrong privacy class', () => {
    const ajv = createAjv();
    expect(() => ajv.compile({ type: 'string', 'x-privacy': 'secret' })).toThrow(/x-privacy/);
  });

  it('has a semver standard version that matches the $ids', () => {
    expect(standardVersion).toMatch(/^1\.0\.[0-9]+$/);
  });
});

describe('codelists', () => {
  it('have Dutch and English labels for every code', () => {
    for (const list of Object.values(codelists)) {
      expect(list.codes.length, list.name).toBeGreaterThan(0);
      for (const c of list.codes) {
        expect(c.labelNl, `${list.name}.${c.code}`).not.toBe('');
        expect(c.labelEn, `${list.name}.${c.code}`).not.toBe('');
      }
    }
  });

  it('mark deprecated codes with their replacement', () => {
    const old = codelists.dienstsoort?.codes.find((c) => c.code === 'huishoudelijkeHulp');
    expect(old).toMatchObject({ deprecated: true, replacedBy: 'lichteHuishoudelijkeHulp' });
  });
});
