// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseFlags } from './args.js';
import { careKinds, services, themes } from './choices.js';
import { type GeneratedFile, generateProject, renderTemplate, tokensToCss } from './generate.js';
import { type Answers, resolveAnswers } from './resolve.js';
import { scaleScenario } from './scenario.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const repoTemplates = fileURLToPath(new URL('../../../templates/region/', import.meta.url));
const scratch = mkdtempSync(join(packageRoot, '.test-tmp-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A small scenario in the shape of the Delft one, so these tests do not depend on its numbers.
const fixtureScenario = `# Delft
id: SC-DELFT-2021
naam: Zorghub Delft
regio: Delft (GM0503)
startjaar: 2021
parameters:
  tariefAbonnement:
    waarde: 30
    eenheid: EUR/uur
    bron: aanname
    verdeling: { type: pert, min: 25, max: 38 }
belanghebbenden:
  - { id: exploitant, naam: { nl: Zorghub (sociaal werkbedrijf Werkse!), en: Zorghub } }
  - { id: gemeente, naam: { nl: Gemeente Delft, en: Municipality of Delft } }
cohorten:
  - id: C2021
    startjaar: 2021
    instroom: { waarde: 50, eenheid: personen, bron: Gemeente Delft 2022 }
    urenPerWeek: { waarde: 16, eenheid: uur/week, bron: aanname }
  - &later
    id: C2022
    startjaar: 2022
    instroom: { waarde: 20, eenheid: personen, bron: aanname, verdeling: { type: driehoek, min: 12, max: 28 } }
    urenPerWeek: { waarde: 16, eenheid: uur/week, bron: aanname }
  - { <<: *later, id: C2023, startjaar: 2023 }
regels:
  - { id: startgeld, vanJaar: 2021, totJaar: 2023 }
`;

async function answersFor(...argv: string[]): Promise<Answers> {
  return resolveAnswers(parseFlags(['regio-test', ...argv]), undefined);
}

function generate(answers: Answers, extra: Partial<Parameters<typeof generateProject>[1]> = {}) {
  // Templates from the repository, the Delft scenario from the fixture.
  const files = generateProject(answers, {
    version: '0.1.0',
    packageManager: 'npm',
    install: true,
    git: true,
    templatesDir: repoTemplates,
    delftScenario: fixtureScenario,
    ...extra,
  });
  return files;
}

function file(files: GeneratedFile[], path: string): string {
  const found = files.find((f) => f.path === path);
  if (!found)
    throw new Error(`${path} was not generated; got ${files.map((f) => f.path).join(', ')}`);
  return found.content;
}

describe('generateProject', () => {
  it('writes only the chosen parts', async () => {
    const none = generate(await answersFor('--parts', 'none'));
    const paths = none.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '.gitignore',
        'README.md',
        'package.json',
        'zorghub.config.ts',
        'test/config.test.ts',
      ]),
    );
    expect(
      paths.some(
        (p) => p.startsWith('api/') || p.startsWith('data/') || p.startsWith('business-case/'),
      ),
    ).toBe(false);
    const pkg = JSON.parse(file(none, 'package.json'));
    expect(Object.keys(pkg.scripts).sort()).toEqual(['check', 'test', 'typecheck']);
    expect(Object.keys(pkg.dependencies)).not.toContain('@zorghub/api');

    const api = generate(await answersFor('--parts', 'api'));
    expect(api.map((f) => f.path)).toContain('test/api.test.ts');
    // The API runs with the project's own configuration (organisation, tariff, services).
    expect(JSON.parse(file(api, 'package.json')).scripts.start).toBe(
      'zorghub serve --config zorghub.config.ts',
    );
    expect(JSON.parse(file(api, 'package.json')).scripts['start:demo']).toBe(
      'zorghub serve --demo --config zorghub.config.ts',
    );
    expect(JSON.parse(file(api, 'package.json')).scripts.test).toBe(
      'tsx --test test/config.test.ts test/api.test.ts',
    );
  });

  it('renames _gitignore to .gitignore and leaves no template suffixes', async () => {
    const files = generate(await answersFor('--parts', 'api,data-checks'));
    const paths = files.map((f) => f.path);
    expect(paths).toContain('.gitignore');
    expect(paths).not.toContain('_gitignore');
    expect(paths.filter((p) => p.endsWith('.tmpl'))).toEqual([]);
    for (const f of files) expect(f.content, f.path).not.toMatch(/\{\{[#/]?\w+/);
  });

  it('depends on the @zorghub packages of its own release', async () => {
    const files = generate(await answersFor('--parts', 'api,data-checks'), { version: '1.4.2' });
    const pkg = JSON.parse(file(files, 'package.json'));
    expect(pkg.dependencies).toMatchObject({
      '@zorghub/schemas': '^1.4.2',
      '@zorghub/api': '^1.4.2',
      '@zorghub/app': '^1.4.2',
      zorghub: '^1.4.2',
    });
    expect(pkg.overrides).toBeUndefined();
    expect(files.map((f) => f.path)).not.toContain('.npmrc');
  });

  it('links the packages of a source checkout when asked', async () => {
    const files = generate(await answersFor('--parts', 'api'), { linkPackagesFrom: '..' });
    const pkg = JSON.parse(file(files, 'package.json'));
    expect(pkg.dependencies.zorghub).toBe('file:../packages/cli');
    expect(pkg.dependencies['@zorghub/business-case']).toBe('file:../packages/business-case');
    expect(pkg.overrides).toEqual({
      '@zorghub/schemas': '$@zorghub/schemas',
      '@zorghub/business-case': '$@zorghub/business-case',
      '@zorghub/api': '$@zorghub/api',
      '@zorghub/app': '$@zorghub/app',
      zorghub: '$zorghub',
    });
    // The CLI needs the hub app: without it npm asks the public registry and gets E404.
    expect(pkg.dependencies['@zorghub/app']).toBe('file:../packages/app');
    expect(file(files, '.npmrc')).toMatch(/^install-links=true$/m);
  });

  it('writes the answers into zorghub.config.ts, which the generated schema accepts', async () => {
    const answers = await answersFor(
      '--municipality',
      'Apeldoorn',
      '--enterprise',
      "Lucrato's werk",
      '--care-kinds',
      'welzijn,ggz',
      '--tariff',
      '28.4',
      '--theme',
      'hoog-contrast',
      '--parts',
      'business-case',
    );
    const files = generate(answers);
    const dir = mkdtempSync(join(scratch, 'config-'));
    for (const f of files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.content);
    }
    const config = (await import(join(dir, 'zorghub.config.ts'))).default;
    expect(config).toMatchObject({
      hub: { name: 'Zorghub Apeldoorn' },
      region: { municipality: 'Apeldoorn', municipalityCode: 'GM0200' },
      partners: { socialEnterprise: "Lucrato's werk", careOrganisationKinds: ['ggz', 'welzijn'] },
      tariffs: { hourly: 28.4, currency: 'EUR' },
      parts: { businessCase: true, api: false, dataChecks: false },
      theme: 'hoog-contrast',
    });
  }, 20_000);

  it('names the README after the hub and walks through the first week for the chosen parts', async () => {
    const readme = file(
      generate(await answersFor('--parts', 'data-checks', '--municipality', 'Utrecht')),
      'README.md',
    );
    expect(readme).toMatch(/^# Zorghub Utrecht\n/);
    expect(readme).toContain('(GM0344)');
    expect(readme).toMatch(/### Dag 1/);
    expect(readme).toMatch(/### Dag 3: data controleren/);
    expect(readme).not.toMatch(/### Dag 2: de businesscase/);
    expect(readme).not.toMatch(/### Dag 4/);
    expect(readme).toContain('npx create-zorghub@0.1.0 regio-test ');
  });

  it('writes the chosen theme as tokens and CSS', async () => {
    const files = generate(await answersFor('--theme', 'gemeente', '--parts', 'none'));
    expect(JSON.parse(file(files, 'theme/tokens.json')).zorghub.color.primary.$value).toBe(
      '#154273',
    );
    expect(file(files, 'theme/tokens.css')).toMatch(/--zorghub-color-primary: #154273;/);
  });

  it('writes a sample export with every reference resolvable and the region in it', async () => {
    const files = generate(
      await answersFor(
        '--parts',
        'data-checks',
        '--tariff',
        '30',
        '--enterprise',
        'Werkbedrijf Oost',
        '--services',
        'wandelen,gezelschap',
      ),
    );
    const manifest = JSON.parse(file(files, 'data/datapakket.json'));
    const rows = (path: string) =>
      file(files, `data/${path}`)
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    const ids = new Set<string>();
    for (const entry of manifest.bestanden) {
      const records = rows(entry.pad);
      expect(records).toHaveLength(entry.aantalRecords);
      for (const r of records) ids.add(String(r.id));
    }
    for (const entry of manifest.bestanden) {
      for (const r of rows(entry.pad)) {
        for (const [key, value] of Object.entries(r)) {
          if (/Id$/.test(key) && key !== 'id')
            expect(ids.has(String(value)), `${entry.pad} ${r.id}.${key}`).toBe(true);
          if (key === 'dienstIds') for (const v of value as string[]) expect(ids.has(v)).toBe(true);
        }
      }
    }
    expect(rows('organisaties.ndjson')[0]).toMatchObject({
      naam: 'Werkbedrijf Oost',
      gemeentecode: 'GM0503',
    });
    expect(rows('abonnementen.ndjson')[0]).toMatchObject({ tariefInCenten: 3000 });
    expect(rows('diensten.ndjson').map((d) => d.dienstsoort)).toEqual(['gezelschap', 'wandelen']);
  });
});

describe('the choices follow the data standard and the generated schema', () => {
  const require = createRequire(import.meta.url);
  const codes = (name: string) => {
    const csv = readFileSync(require.resolve(`@zorghub/schemas/codelists/${name}.csv`), 'utf8');
    return csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => ({ code: line.split(',')[0]!, deprecated: /,true,[^,]*$/.test(line) }));
  };

  it('uses live codes of the codelists organisatiesoort and dienstsoort', () => {
    const kinds = codes('organisatiesoort');
    for (const c of careKinds) expect(kinds).toContainEqual({ code: c.value, deprecated: false });
    const kinds2 = codes('dienstsoort');
    for (const s of services) expect(kinds2).toContainEqual({ code: s.value, deprecated: false });
  });

  it('offers exactly what config/schema.ts accepts', async () => {
    const path = new URL('../../../templates/region/base/config/schema.ts', import.meta.url).href;
    const schema = (await import(path)) as Record<string, readonly string[]>;
    expect([...schema.careOrganisationKinds!]).toEqual(careKinds.map((c) => c.value));
    expect([...schema.serviceCodes!]).toEqual(services.map((c) => c.value));
    expect([...schema.themeNames!]).toEqual(themes.map((c) => c.value));
  });
});

describe('scaleScenario', () => {
  it('scales the intake, sets hours and tariff, moves the years and names the region', async () => {
    const answers = await answersFor(
      '--intake',
      '10',
      '--hours',
      '24',
      '--tariff',
      '36',
      '--municipality',
      'Apeldoorn',
      '--enterprise',
      'Lucrato',
    );
    const out = scaleScenario(fixtureScenario, answers, 2027);
    const doc = parseYaml(out, { merge: true });
    expect(doc.cohorten[0].instroom).toEqual({
      waarde: 10,
      eenheid: 'personen',
      bron: 'Gemeente Delft 2022',
    });
    // Later cohorts keep their proportion, their distribution moves along.
    expect(doc.cohorten[1].instroom).toMatchObject({ waarde: 4, verdeling: { min: 2, max: 6 } });
    expect(doc.cohorten[2].instroom.waarde).toBe(4); // via the YAML merge key, changed once
    expect(
      doc.cohorten.map((c: { urenPerWeek: { waarde: number } }) => c.urenPerWeek.waarde),
    ).toEqual([24, 24, 24]);
    expect(doc.parameters.tariefAbonnement).toMatchObject({
      waarde: 36,
      verdeling: { min: 30, max: 45.6 },
    });
    expect([doc.startjaar, ...doc.cohorten.map((c: { startjaar: number }) => c.startjaar)]).toEqual(
      [2027, 2027, 2028, 2029],
    );
    expect(doc.regels[0]).toMatchObject({ vanJaar: 2027, totJaar: 2029 });
    expect(doc).toMatchObject({
      id: 'SC-APELDOORN-2027',
      naam: 'Zorghub Apeldoorn',
      regio: 'Apeldoorn (GM0200)',
    });
    expect(doc.belanghebbenden[0].naam.nl).toBe('Zorghub Apeldoorn (sociaal werkbedrijf Lucrato)');
    expect(doc.belanghebbenden[1].naam.nl).toBe('Gemeente Apeldoorn');
    expect(out).toMatch(/^# Businesscase van Zorghub Apeldoorn/);
    expect(out).toContain('# Delft');
  });

  it.each([
    ['--intake', '1', '--hours', '8', '--tariff', '20'],
    ['--intake', '12', '--hours', '32', '--tariff', '60'],
    ['--intake', '500', '--municipality', 'Oegstgeest'],
  ])(
    'turns the Delft example into a scenario @zorghub/business-case accepts (%s %s)',
    async (...argv) => {
      const { parseScenario, runScenario } = await import('@zorghub/business-case');
      const delft = readFileSync(
        new URL('../../../examples/delft/scenario.yaml', import.meta.url),
        'utf8',
      );
      const out = scaleScenario(delft, await answersFor(...argv));
      const { scenario, issues } = parseScenario(out, 'yaml');
      expect(issues.filter((i) => (i as { severity?: string }).severity !== 'warning')).toEqual([]);
      const result = runScenario(scenario!, { runs: 50, seed: 1 });
      expect(Number.isFinite(result.society.npv)).toBe(true);
    },
  );
});

describe('renderTemplate and tokensToCss', () => {
  it('fills values and keeps sections only when true', () => {
    expect(
      renderTemplate('a {{x}}{{#if y}} b{{/if}}{{#if z}} c{{/if}}', { x: '1', y: true, z: false }),
    ).toBe('a 1 b');
    expect(() => renderTemplate('{{nope}}', {})).toThrow('unknown value "nope"');
  });

  it('repeats a row per list item and picks rows counting round a shorter list', () => {
    const rows = [
      { id: 'A', n: '1' },
      { id: 'B', n: '2' },
    ];
    expect(
      renderTemplate('{{#each rows}}{{.id}}={{.n}};{{#if x}}!{{/if}}\n{{/each}}\nend', {
        rows,
        x: true,
      }),
    ).toBe('A=1;!\nB=2;!\nend');
    expect(
      renderTemplate('{{rows[0].id}} {{rows[1].id}} {{rows[2].id}} {{rows[5].n}}', { rows }),
    ).toBe('A B A 2');
    expect(() => renderTemplate('{{#each rows}}{{.nope}}{{/each}}', { rows })).toThrow(
      'unknown field "rows.nope"',
    );
    expect(() => renderTemplate('{{rows}}', { rows })).toThrow('is a list');
    expect(() => renderTemplate('{{x[0].id}}', { x: 'text' })).toThrow('"x" is not a list');
  });

  it('takes the sample export from template files, not from code', () => {
    // Every data/ file the project gets has a template of the same name.
    const templates = readdirSync(join(repoTemplates, 'data-checks', 'data'));
    expect(templates.sort()).toEqual([
      'abonnementen.ndjson.tmpl',
      'bezoeken.ndjson.tmpl',
      'clienten.ndjson.tmpl',
      'datapakket.json.tmpl',
      'deelnemers.ndjson.tmpl',
      'diensten.ndjson.tmpl',
      'organisaties.ndjson.tmpl',
      'signalen.ndjson.tmpl',
    ]);
  });

  it('flattens design tokens into custom properties', () => {
    const css = tokensToCss(
      {
        zh: {
          color: { a: { $type: 'color', $value: '#fff' } },
          font: { $value: ['Segoe UI', 'x'] },
        },
      },
      't',
    );
    expect(css).toContain('--zh-color-a: #fff;');
    expect(css).toContain('--zh-font: "Segoe UI", x;');
  });
});
