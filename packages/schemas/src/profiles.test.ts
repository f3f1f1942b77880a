// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { getValidator } from './index.js';
import { applyProfile, loadProfile, mergePatch, ProfileError, readProfile } from './profiles.js';

const example = fileURLToPath(new URL('../profiles/voorbeeld-regio/', import.meta.url));
const visit = {
  id: 'BZ-1',
  clientId: 'CL-0001',
  deelnemerId: 'DN-0001',
  abonnementId: 'AB-0001',
  dienstId: 'DI-GEZELSCHAP',
  geplandStartOp: '2021-06-07T10:00:00+02:00',
  geplandEindOp: '2021-06-07T11:30:00+02:00',
  status: 'gepland',
};

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
/** A copy of the example profile with some files changed. */
function variant(files: Record<string, string | null>): string {
  const dir = mkdtempSync(join(tmpdir(), 'zorghub-profile-'));
  temps.push(dir);
  const target = join(dir, 'variant');
  cpSync(example, target, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    if (content === null) rmSync(join(target, name));
    else writeFileSync(join(target, name), content);
  }
  return target;
}

describe('JSON Merge Patch (RFC 7396)', () => {
  // The test vectors of RFC 7396, appendix A.
  const vectors: Array<[unknown, unknown, unknown]> = [
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [
      ['a', 'b'],
      ['c', 'd'],
      ['c', 'd'],
    ],
    [{ a: 'b' }, ['c'], ['c']],
    [{ a: 'foo' }, null, null],
    [{ a: 'foo' }, 'bar', 'bar'],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ];
  it.each(vectors)('patches %j with %j', (target, patch, expected) => {
    expect(mergePatch(target, patch)).toEqual(expected);
  });

  it('does not let a patch pollute the prototype', () => {
    const result = mergePatch({}, JSON.parse('{"__proto__": {"polluted": true}}')) as Record<
      string,
      unknown
    >;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(result)).toEqual([]);
  });
});

describe('the example profile voorbeeld-regio', { timeout: 60_000 }, async () => {
  const profile = await loadProfile(example);

  it('reads its name, title and version', () => {
    expect(profile.name).toBe('voorbeeld-regio');
    expect(profile.title.en).toBe('Example region');
    expect(profile.standardVersion).toBe('1.0.0');
  });

  it('adds a field to visits and makes the subscription required', () => {
    const bezoek = profile.getEntity('visits')!;
    expect(bezoek.fields.find((f) => f.path === 'wijkcode')).toMatchObject({
      columnEn: 'neighbourhoodCode',
      privacy: 'pseudonymous',
      required: false,
    });
    expect(bezoek.fields.find((f) => f.path === 'abonnementId')?.required).toBe(true);
    expect(bezoek.$id).toBe(
      'https://zorghub.nl/standaard/1.0/profiel/voorbeeld-regio/bezoek.schema.json',
    );
    const validate = profile.getValidator('bezoek');
    expect(validate({ ...visit, wijkcode: 'WK050301' })).toBe(true);
    expect(validate({ ...visit, wijkcode: 'Delft-Noord' })).toBe(false);
    const { abonnementId: _omitted, ...withoutSubscription } = visit;
    expect(validate(withoutSubscription)).toBe(false);
    // The published standard is unchanged.
    expect(getValidator('bezoek')(withoutSubscription)).toBe(true);
    expect(getValidator('bezoek')({ ...visit, wijkcode: 'WK050301' })).toBe(false);
  });

  it('removes the age band from clients', () => {
    const client = profile.getEntity('client')!;
    expect(client.fields.some((f) => f.path === 'leeftijdsklasse')).toBe(false);
    const record = { id: 'CL-1', startDatum: '2021-06-07' };
    expect(profile.getValidator('client')({ ...record, leeftijdsklasse: '75tot85' })).toBe(false);
    expect(getValidator('client')({ ...record, leeftijdsklasse: '75tot85' })).toBe(true);
  });

  it('adds and removes codes', () => {
    expect(profile.codelists.dienstsoort?.codes.map((c) => c.code)).toContain(
      'boodschappenBezorgen',
    );
    expect(profile.codelists.bezoekstatus?.codes.map((c) => c.code)).not.toContain(
      'nietAangetroffen',
    );
    expect(profile.getValidator('bezoek')({ ...visit, status: 'nietAangetroffen' })).toBe(false);
    expect(getValidator('bezoek')({ ...visit, status: 'nietAangetroffen' })).toBe(true);
    expect(profile.codelists.trainingssoort?.open).toBe(false);
    const schema = profile.getSchema('training') as {
      properties: { trainingssoort: { enum?: string[] } };
    };
    expect(schema.properties.trainingssoort.enum).toContain('werknemersvaardigheden');
  });

  it('keeps the precompiled validators for entities it does not change', () => {
    expect(profile.getValidator('signaal')).toBe(getValidator('signaal'));
  });

  it('lists its changes', () => {
    expect(profile.changes).toEqual(
      expect.arrayContaining([
        'bezoek: added field wijkcode',
        'bezoek: field abonnementId is now required',
        'client: removed field leeftijdsklasse',
        'codelist dienstsoort: added boodschappenBezorgen',
        'codelist bezoekstatus: removed nietAangetroffen',
      ]),
    );
  });
});

describe('a profile with a codelist of its own', { timeout: 60_000 }, () => {
  it('creates the list, inlines it as enum when closed and only lists it when open', async () => {
    const field = {
      title: 'Wijk',
      'x-title-en': 'Neighbourhood',
      description: 'Wijk van het bezoek.',
      'x-description-en': 'Neighbourhood of the visit.',
      'x-name-en': 'neighbourhood',
      'x-privacy': 'pseudonymous',
      type: 'string',
      codelist: 'wijkindeling',
    };
    const csv =
      'code,label_nl,label_en,description_nl,description_en,deprecated,replaced_by\nnoord,Noord,North,,,false,\nzuid,Zuid,South,,,false,\n';
    const closed = await loadProfile(
      variant({
        'bezoek.patch.json': JSON.stringify({ properties: { wijk: field } }),
        '+wijkindeling.csv': csv,
      }),
    );
    expect(closed.changes).toContain('new codelist wijkindeling');
    expect(closed.codelists.wijkindeling).toMatchObject({
      open: false,
      codes: [{ code: 'noord' }, { code: 'zuid' }],
    });
    expect(closed.getEntity('bezoek')!.fields.find((f) => f.path === 'wijk')?.codelist).toBe(
      'wijkindeling',
    );
    expect(closed.getValidator('bezoek')({ ...visit, wijk: 'noord' })).toBe(true);
    expect(closed.getValidator('bezoek')({ ...visit, wijk: 'west' })).toBe(false);

    const profileJson = JSON.stringify({
      naam: 'open-wijk',
      codelijsten: { wijkindeling: { open: true } },
    });
    const open = await loadProfile(
      variant({
        'profiel.json': profileJson,
        'bezoek.patch.json': JSON.stringify({ properties: { wijk: field } }),
        '+wijkindeling.csv': csv,
      }),
    );
    expect(open.name).toBe('open-wijk');
    expect(open.getValidator('bezoek')({ ...visit, wijk: 'west' })).toBe(true);
  });
});

describe('a profile that breaks the standard is refused', { timeout: 60_000 }, () => {
  const refused = async (dir: string) => {
    try {
      await loadProfile(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(ProfileError);
      return (error as ProfileError).problems.join('\n');
    }
    throw new Error('the profile was accepted');
  };

  it('when a new field lacks its privacy class and English title', async () => {
    const dir = variant({
      'bezoek.patch.json': JSON.stringify({
        properties: { wijk: { title: 'Wijk', description: 'Wijknaam.', type: 'string' } },
      }),
    });
    const problems = await refused(dir);
    expect(problems).toMatch(
      /variant\/bezoek\.patch\.json → bezoek\/properties\/wijk: "x-privacy" must be one of/,
    );
    expect(problems).toMatch(/properties\/wijk: "x-title-en" is missing/);
  });

  it('when it opens an object to unknown fields', async () => {
    const problems = await refused(
      variant({ 'bezoek.patch.json': '{"additionalProperties": true}' }),
    );
    expect(problems).toMatch(
      /bezoek\.patch\.json → bezoek: objects must set "additionalProperties": false/,
    );
  });

  it('when the patched schema is not valid JSON Schema', async () => {
    const problems = await refused(
      variant({ 'bezoek.patch.json': '{"properties": {"status": {"type": "tekst"}}}' }),
    );
    expect(problems).toMatch(
      /bezoek\.patch\.json: the patched bezoek schema is not valid JSON Schema/,
    );
  });

  it('when it removes a field that stays required', async () => {
    const problems = await refused(
      variant({ 'bezoek.patch.json': '{"properties": {"status": null}}' }),
    );
    expect(problems).toMatch(/"required" names "status", which is not among the properties/);
  });

  it('when its examples no longer validate', async () => {
    const problems = await refused(
      variant({ '-bezoekstatus.csv': 'code\nuitgevoerd\n', 'bezoek.patch.json': null }),
    );
    expect(problems).toMatch(
      /example 1 of bezoek is no longer valid with the profile \(\/status must be equal to one of the allowed values\); patch "examples" too/,
    );
  });

  it('when it patches an unknown entity or changes $id', async () => {
    const problems = await refused(
      variant({ 'kat.patch.json': '{}', 'client.patch.json': '{"$id": "https://example.org/x"}' }),
    );
    expect(problems).toMatch(/kat\.patch\.json: unknown entity "kat"; expected one of organisatie/);
    expect(problems).toMatch(/client\.patch\.json: a profile may not change "\$id"/);
  });

  it('when codes are added twice or removed while absent', async () => {
    const problems = await refused(
      variant({
        '+dienstsoort.csv':
          'code,label_nl,label_en,description_nl,description_en,deprecated,replaced_by\ngezelschap,Gezelschap,Company,,,false,\n',
        '-bezoekstatus.csv': 'code\nweg\n',
      }),
    );
    expect(problems).toMatch(
      /\+dienstsoort\.csv: code "gezelschap" already exists in codelist dienstsoort/,
    );
    expect(problems).toMatch(/-bezoekstatus\.csv: code "weg" is not in codelist bezoekstatus/);
  });

  it('when a file is not valid JSON or CSV, naming the file and line', async () => {
    const problems = await refused(
      variant({ 'bezoek.patch.json': '{"properties": ', '+dienstsoort.csv': 'code;label\nx;y\n' }),
    );
    expect(problems).toMatch(/bezoek\.patch\.json: not valid JSON/);
    expect(problems).toMatch(/\+dienstsoort\.csv, line 1: expected header "code,label_nl,label_en/);
  });

  it('when the folder does not exist or holds an unexpected file', async () => {
    await expect(readProfile(join(tmpdir(), 'bestaat-niet-zorghub'))).rejects.toThrow(
      /profile folder not found/,
    );
    const problems = await refused(variant({ 'notities.txt': 'x' }));
    expect(problems).toMatch(/notities\.txt: unexpected file/);
  });

  it('puts the first problem and a count on the first line of the message', () => {
    try {
      applyProfile({ name: 'Fout Naam', standardVersion: '2.0.0' });
      throw new Error('accepted');
    } catch (error) {
      const [first] = (error as Error).message.split('\n');
      expect(first).toMatch(/^profile name must be lower-case .* \(and 1 more problem\)$/);
    }
  });
});
