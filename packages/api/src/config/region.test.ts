// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { afterAll, describe, expect, it } from 'vitest';
import { configSource, regionProject, sampleConfig } from '../test-support/region-project.js';
import { ConfigError } from './env.js';
import { checkRegionConfig, loadRegionConfig } from './region.js';

const project = regionProject();
afterAll(() => project.remove());

/** The ConfigError's lines, or a failure when it loaded. */
async function problemsOf(path: string): Promise<string[]> {
  try {
    await loadRegionConfig(path, project.dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error(`${path} loaded, but should not have`);
}

describe('the region configuration (zorghub.config.ts) at run time', () => {
  it('loads a generated project’s TypeScript config through its own defineConfig', async () => {
    const file = project.write(configSource());
    const { config, warnings } = await loadRegionConfig('zorghub.config.ts', project.dir);
    expect(warnings).toEqual([]);
    expect(config).toEqual({
      file,
      hub: { name: 'Zorghub Teststad' },
      region: { municipality: 'Teststad', municipalityCode: 'GM0999' },
      partners: { socialEnterprise: 'Werkbedrijf Test', careOrganisationKinds: ['ouderenzorg'] },
      services: ['gezelschap', 'wandelen'],
      tariffs: { hourly: 41.5, currency: 'EUR', priceYear: 2026 },
    });
  });

  it('loads the same shape as .json and .mjs', async () => {
    project.write(JSON.stringify(sampleConfig), 'region.json');
    project.write(`export default ${JSON.stringify(sampleConfig)};\n`, 'region.mjs');
    for (const name of ['region.json', 'region.mjs']) {
      const { config } = await loadRegionConfig(name, project.dir);
      expect(config.tariffs.hourly).toBe(41.5);
      expect(config.services).toEqual(['gezelschap', 'wandelen']);
    }
  });

  it('names the file, the field, what it expects, what it found and what to do', () => {
    const broken = {
      ...sampleConfig,
      region: { municipality: 'Teststad', municipalityCode: 'GM12' },
      services: ['gezelschap', 'paardrijden'],
      tariffs: { hourly: -5, currency: 'EUR', priceYear: 2026 },
    };
    const { config, problems } = checkRegionConfig(broken, '/srv/zorghub.config.json');
    expect(config).toBeUndefined();
    expect(problems).toHaveLength(3);
    const line = (field: string) => problems.find((p) => p.includes(`: ${field}: `))!;
    expect(line('region.municipalityCode')).toMatch(
      /^\/srv\/zorghub\.config\.json: region\.municipalityCode: verwacht \/ expected the CBS municipality code, "GM" and 4 digits .*gevonden \/ found "GM12"; wat te doen \/ what to do: .*fix this field in \/srv\/zorghub\.config\.json/,
    );
    // The codes come from the standard's codelist, so a new code there is accepted here.
    expect(line('services[1]')).toMatch(
      /expected a code of the codelist dienstsoort \(begeleidingHuisarts, .*maaltijdondersteuning, overig\); gevonden \/ found "paardrijden"/,
    );
    expect(line('tariffs.hourly')).toMatch(/more than 0 and at most 500.*found -5/);
  });

  it('names a missing field, an unknown one and a wrong type', () => {
    const { tariffs: _t, ...withoutTariffs } = sampleConfig;
    const { problems } = checkRegionConfig(
      { ...withoutTariffs, tarifs: { hourly: 40 }, hub: { name: 7 } },
      'zorghub.config.ts',
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^zorghub\.config\.ts: tariffs: verwacht .*found nothing/),
        expect.stringMatching(
          /^zorghub\.config\.ts: tarifs: onbekend veld \/ unknown field; verwacht \/ expected one of hub, region, partners, services, tariffs/,
        ),
        expect.stringMatching(/^zorghub\.config\.ts: hub\.name: verwacht .*text of 2–80.*found 7/),
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('accepts a deprecated code with a warning that names its replacement', () => {
    const { config, warnings } = checkRegionConfig(
      { ...sampleConfig, services: ['huishoudelijkeHulp'] },
      'zorghub.config.ts',
    );
    expect(config?.services).toEqual(['huishoudelijkeHulp']);
    expect(warnings).toEqual([
      expect.stringMatching(
        /services: "huishoudelijkeHulp" .*deprecated.*use "lichteHuishoudelijkeHulp"/,
      ),
    ]);
  });

  it('passes on the project’s own defineConfig message, without a stack trace', async () => {
    project.write(
      configSource({ ...sampleConfig, tariffs: { ...sampleConfig.tariffs, hourly: 900 } }),
      'too-dear.ts',
    );
    const [line, ...rest] = await problemsOf('too-dear.ts');
    expect(rest).toEqual([]);
    expect(line).toContain(
      `${project.dir}/too-dear.ts: kan niet geladen worden / cannot be loaded`,
    );
    expect(line).toContain('tariffs.hourly');
    expect(line).toContain('(found: 900)');
    expect(line).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('says where a syntax error is', async () => {
    project.write('export default {\n  hub: { name: "x" ,\n};\n', 'broken.ts');
    const [line] = await problemsOf('broken.ts');
    expect(line).toMatch(/broken\.ts: kan niet geladen worden/);
    expect(line).toMatch(/\d+:\d+|line \d+/i);
  });

  it('refuses a path that does not exist or a file it cannot read as configuration', async () => {
    const [missing] = await problemsOf('nergens.ts');
    expect(missing).toMatch(
      /^ZORGHUB_CONFIG \/ --config: verwacht \/ expected the path of zorghub\.config\.ts .*found "nergens\.ts", which does not exist/,
    );
    project.write('hub: x\n', 'region.yaml');
    const [yaml] = await problemsOf('region.yaml');
    expect(yaml).toMatch(/found "region\.yaml" \(\.yaml\); wat te doen/);
    project.write('{"hub": ', 'half.json');
    const [half] = await problemsOf('half.json');
    expect(half).toMatch(/half\.json: kan niet geladen worden .*JSON/);
  });
});
