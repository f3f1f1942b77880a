// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Meta-tests: every schema source follows the conventions of the standard, and its examples
 * validate — while deliberately broken copies of them do not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleSchema } from './bundle.js';
import { checkSchemaConventions } from './conventions.js';
import { codelists, createAjv, getEntity } from './index.js';
import { type JsonSchema, privacyClasses } from './model.js';

const schemaDir = new URL('../schema/', import.meta.url);
const files = readdirSync(schemaDir)
  .filter((f) => f.endsWith('.schema.json'))
  .sort();
const sources: Array<[string, JsonSchema]> = files.map((f) => [
  f.slice(0, -'.schema.json'.length),
  JSON.parse(readFileSync(new URL(f, schemaDir), 'utf8')),
]);
/** Tabular entities need English column names; the scenario is a nested document, not a table. */
const documentSchemas = new Set(['scenario']);

describe('schema conventions', () => {
  it('covers every entity of the contract', () => {
    const names = sources.map(([n]) => n);
    for (const n of [
      'organisatie',
      'abonnement',
      'deelnemer',
      'training',
      'coachingcontact',
      'client',
      'dienst',
      'bezoek',
      'signaal',
      'urenregistratie',
      'factuur',
      'uitkomst',
      'datapakket',
      'huishouden',
      'machtiging',
      'toestemming',
    ])
      expect(names).toContain(n);
  });

  it.each(sources)('%s follows the conventions', (name, schema) => {
    const problems = checkSchemaConventions(schema, codelists, `schema/${name}.schema.json`, {
      requireEnglishNames: !documentSchemas.has(name),
      entityNames: sources.map(([n]) => n),
    });
    expect(problems).toEqual([]);
    expect(schema.$id).toBe(`https://zorghub.nl/standaard/1.0/${name}.schema.json`);
    expect(getEntity(name)?.name).toBe(name);
  });

  it.each(sources)(
    '%s: every example validates and broken copies fail',
    (name, source) => {
      const ajv = createAjv();
      const validate = ajv.compile(bundleSchema(source, codelists));
      const examples = source.examples as JsonSchema[];
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) {
        expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
        // An unknown field is refused (additionalProperties: false).
        expect(validate({ ...example, __onbekend: 'x' })).toBe(false);
        // Every required field is really required.
        for (const field of (source.required as string[]) ?? []) {
          const copy = { ...example };
          delete copy[field];
          expect(validate(copy), `${name} without ${field}`).toBe(false);
        }
        // A wrong type for the first field is refused.
        expect(validate({ ...example, [Object.keys(example)[0]!]: { nested: true } })).toBe(false);
      }
    },
    60_000,
  );
});

describe('the examples together', () => {
  it('form one consistent data package: every reference points at an example record', () => {
    const ids = new Map<string, Set<string>>();
    for (const [name, schema] of sources) {
      const idField = (schema['x-entity']?.idField as string | undefined) ?? 'id';
      ids.set(
        name,
        new Set(((schema.examples ?? []) as JsonSchema[]).map((e) => String(e[idField]))),
      );
    }
    const dangling: string[] = [];
    for (const [name, schema] of sources) {
      if (documentSchemas.has(name)) continue;
      const info = getEntity(name)!;
      for (const example of schema.examples as JsonSchema[])
        for (const field of info.fields.filter((f) => f.reference)) {
          const values = field.path.includes('[]')
            ? ((example[field.path.split('[]')[0]!] as JsonSchema[] | undefined) ?? []).map(
                (item) => item[field.path.split('[].')[1]!],
              )
            : [example[field.path]].flat();
          for (const value of values)
            if (value !== undefined && !ids.get(field.reference!)?.has(String(value)))
              dangling.push(`${name}.${field.path} = ${String(value)}`);
        }
    }
    expect(dangling).toEqual([]);
  });
});

describe('privacy classes', () => {
  const rank = (p: string) => privacyClasses.indexOf(p as (typeof privacyClasses)[number]);

  it('never make a reference less private than the id it points at', () => {
    const problems: string[] = [];
    for (const [name] of sources) {
      for (const field of getEntity(name)!.fields.filter((f) => f.reference)) {
        const target = getEntity(field.reference!);
        const id = target?.fields.find((f) => f.path === target.idField);
        if (id && rank(field.privacy) < rank(id.privacy))
          problems.push(
            `${name}.${field.path} is ${field.privacy}, but ${target!.name}.${id.path} is ${id.privacy}`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it('keep free text about clients special and hold no directly identifying field', () => {
    expect(getEntity('signaal')!.fields.find((f) => f.path === 'omschrijving')?.privacy).toBe(
      'special',
    );
    // Only a private household's contact data and its mandate's account are personal: the hub
    // needs them to visit and to collect, and they stay out of exchange files.
    const allowed = new Set([
      'huishouden.naam',
      'huishouden.straat',
      'huishouden.huisnummer',
      'huishouden.huisnummertoevoeging',
      'huishouden.postcode',
      'huishouden.woonplaats',
      'huishouden.email',
      'huishouden.telefoon',
      'machtiging.iban',
      'machtiging.rekeninghouder',
    ]);
    const personal = sources
      .filter(([name]) => !documentSchemas.has(name))
      .flatMap(([name]) =>
        getEntity(name)!
          .fields.filter((f) => f.privacy === 'personal')
          .map((f) => `${name}.${f.path}`),
      );
    expect(personal.filter((p) => !allowed.has(p))).toEqual([]);
    expect(new Set(personal)).toEqual(allowed);
  });
});

describe('the convention checker itself', () => {
  const [, bezoek] = sources.find(([n]) => n === 'bezoek')!;

  it('reports a property without x-privacy or English title', () => {
    const copy = structuredClone(bezoek);
    delete copy.properties.status['x-privacy'];
    delete copy.properties.status['x-title-en'];
    const problems = checkSchemaConventions(copy, codelists, 'bezoek');
    expect(problems).toContainEqual(
      expect.stringMatching(/properties\/status: "x-privacy" must be one of/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/properties\/status: "x-title-en" is missing/),
    );
  });

  it('reports timestamps named against the date rules and unknown references', () => {
    const copy = structuredClone(bezoek);
    copy.properties.geplandStartOp.format = 'date';
    copy.properties.clientId['x-reference'] = 'klant';
    const problems = checkSchemaConventions(copy, codelists, 'bezoek', {
      entityNames: ['client'],
    }).join('\n');
    expect(problems).toMatch(
      /geplandStartOp: a name ending in "Op" is a moment and needs "format": "date-time"/,
    );
    expect(problems).toMatch(/geplandStartOp: a date field needs a name ending in "Datum"/);
    expect(problems).toMatch(/clientId: "x-reference" names "klant", which is not an entity/);
  });

  it('reports an open object, an unversioned $id, a missing codelist and missing examples', () => {
    const copy = structuredClone(bezoek);
    copy.additionalProperties = true;
    copy.$id = 'https://zorghub.nl/standaard/bezoek.schema.json';
    copy.properties.status.codelist = 'bestaatNiet';
    delete copy.examples;
    const problems = checkSchemaConventions(copy, codelists, 'bezoek').join('\n');
    expect(problems).toMatch(/bezoek: objects must set "additionalProperties": false/);
    expect(problems).toMatch(/"\$id" must be versioned/);
    expect(problems).toMatch(/codelist "bestaatNiet" does not exist/);
    expect(problems).toMatch(/"examples" must hold at least one/);
  });
});
