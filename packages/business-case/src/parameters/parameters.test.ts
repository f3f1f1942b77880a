// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import {
  loadExample,
  readExample,
  repoRoot,
  useSchemaValidator,
} from '../__fixtures__/scenarios.js';
import { renderMarkdown } from '../render/markdown.js';
import { runScenario } from '../run/run-scenario.js';
import { parseScenario } from '../scenario/parse.js';
import {
  CBS_CPI,
  indexFactor,
  libraryEntry,
  PARAMETER_LIBRARY,
  type PriceIndexSeries,
  toParameter,
} from './index.js';

beforeAll(useSchemaValidator);

/**
 * The guide's pages that state the reference figures with their sources (the method page's table
 * of key figures, the financing page for the Drechtsteden seed). A library value must be one of
 * them: the library invents nothing.
 */
const GUIDE = [
  'docs-site/docs/businesscase/methode.md',
  'docs-site/docs/financiering-en-verrekening.md',
]
  .map((p) => readFileSync(`${repoRoot}${p}`, 'utf8'))
  .join('\n')
  .replace(/\u00a0/g, ' ');
const nlNumber = (v: number) =>
  new Intl.NumberFormat('nl-NL', {
    minimumFractionDigits: Number.isInteger(v) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(v);
const nlPercent = (v: number) =>
  `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(Math.abs(v) * 100).replace(/^/, v < 0 ? '−' : '')} %`;

describe('the parameter library', () => {
  it('gives every entry a source, a source year, a grade 1–5 and where it applies; money has a price year', () => {
    const ids = new Set<string>();
    for (const e of PARAMETER_LIBRARY) {
      expect(ids.has(e.id), e.id).toBe(false);
      ids.add(e.id);
      expect(e.bron.length, e.id).toBeGreaterThan(0);
      expect(e.bewijsklasse, e.id).toBeGreaterThanOrEqual(1);
      expect(e.bewijsklasse, e.id).toBeLessThanOrEqual(5);
      expect(e.toepassing.length, e.id).toBeGreaterThan(0);
      if (e.waarde === null) expect(e.bewijsklasse, e.id).toBe(5);
    }
    // Money per period has a price year, except the one-off seed figure that has none.
    const money = PARAMETER_LIBRARY.filter((e) => /^EUR/.test(e.eenheid) && e.waarde !== null);
    expect(money.filter((e) => e.prijsjaar === null).map((e) => e.id)).toEqual([
      'besparing-premiebetaler-drechtsteden',
    ]);
  });

  it('invents no figure: each value is one the guide states with its source; "not found" stays empty', () => {
    for (const e of PARAMETER_LIBRARY) {
      if (e.waarde === null) continue;
      const text =
        e.eenheid === 'fractie' || e.eenheid === 'rentevoet'
          ? nlPercent(e.waarde)
          : `€ ${nlNumber(e.waarde)}`;
      expect(GUIDE.includes(text), `${e.id}: "${text}" in the guide`).toBe(true);
    }
    for (const id of ['bijstandsnorm-2026', 'werkgeverslasten', 'jobcoach-tarief'])
      expect(libraryEntry(id)?.waarde, id).toBeNull();
  });

  it('turns an entry into a scenario parameter that points back to it, and refuses one without a value', () => {
    expect(toParameter('huisarts-consult')).toEqual({
      waarde: 30.87,
      eenheid: 'EUR',
      bron: 'Zorginstituut Nederland, Kostenhandleiding 2024',
      bronJaar: 2024,
      prijsjaar: 2022,
      bewijsklasse: 2,
      bibliotheek: 'huisarts-consult',
    });
    expect(() => toParameter('bijstandsnorm-2026')).toThrow(/explicit input/);
    expect(() => toParameter('nope')).toThrow(/not in the parameter library/);
  });
});

describe('the CBS CPI series and indexing to the price year', () => {
  it('ships the series with its source and no invented figures', () => {
    expect(CBS_CPI.bron).toContain('83131NED');
    expect(CBS_CPI.jaren.length).toBeGreaterThan(0);
    expect(CBS_CPI.jaren.every((j) => j.index === null)).toBe(true);
  });

  it('falls back to the scenario rate where the series lacks a year, and says which (hand-computed)', () => {
    // 2022 → 2026 at 2.5 % a year: 1.025^4 = 1.10381289.
    const f = indexFactor(2022, 2026, 0.025);
    expect(f.method).toBe('aanname');
    expect(f.missing).toEqual([2022, 2026]);
    expect(f.factor).toBeCloseTo(1.10381289, 8);
  });

  it('uses the series where it has both years (a test-only series, not CBS figures)', () => {
    const series: PriceIndexSeries = {
      ...CBS_CPI,
      id: 'test',
      jaren: [
        { jaar: 2022, index: 80 },
        { jaar: 2026, index: 100 },
      ],
    };
    expect(indexFactor(2022, 2026, 0.025, series)).toEqual({
      factor: 1.25,
      method: 'reeks',
      missing: [],
    });
    expect(indexFactor(2026, 2026, 0.025, series).factor).toBe(1);
  });
});

// biome-ignore lint/suspicious/noExplicitAny: tests poke at raw YAML data
type Raw = any;
function mutate(change: (raw: Raw) => void) {
  const raw = parseYaml(readExample('delft'), { merge: true }) as Raw;
  change(raw);
  return parseScenario(stringify(raw));
}

describe('a scenario that references the library', () => {
  it('the three examples reference entries that match them, without warnings about it', () => {
    for (const name of ['delft', 'drechtsteden', 'apeldoorn']) {
      const parsed = parseScenario(readExample(name));
      expect(parsed.scenario, name).toBeDefined();
      expect(
        parsed.issues.filter((i) => i.code.startsWith('scenario.library')),
        name,
      ).toEqual([]);
      const r = runScenario(parsed.scenario!, { runs: 10 });
      expect(r.inputs.filter((i) => i.library !== null).length, name).toBeGreaterThan(3);
    }
  });

  it('an unknown id is an error naming the field', () => {
    const parsed = mutate((r) => {
      r.parameters.uurloon.bibliotheek = 'minimumloon-2030';
    });
    expect(parsed.scenario).toBeUndefined();
    const issue = parsed.issues.find((i) => i.code === 'scenario.library.unknown');
    expect(issue?.path).toBe('/parameters/uurloon/bibliotheek');
    expect(issue?.found).toBe('"minimumloon-2030"');
  });

  it('a value that differs from its entry is a warning with the entry’s value', () => {
    const parsed = mutate((r) => {
      r.parameters.uurloon.waarde = 15;
    });
    expect(parsed.scenario).toBeDefined();
    const issue = parsed.issues.find((i) => i.code === 'scenario.library.differs');
    expect(issue?.severity).toBe('warning');
    expect(issue?.path).toBe('/parameters/uurloon/waarde');
    expect(issue?.expected).toContain('14.71');
    expect(issue?.found).toBe('15');
  });

  it('an entry without a published value cannot be referenced', () => {
    const parsed = mutate((r) => {
      r.parameters.bijstandsnormMaand.bibliotheek = 'bijstandsnorm-2026';
    });
    const issue = parsed.issues.find((i) => i.code === 'scenario.library.noValue');
    expect(issue?.severity).toBe('error');
    expect(issue?.message.en).toContain('explicit input');
  });

  it('the report lists every input with its grade, marks assumptions and names the library entry', () => {
    const scenario = loadExample('delft');
    const r = runScenario(scenario, { runs: 10 });
    const wage = r.inputs.find((i) => i.key === 'parameters.uurloon')!;
    expect(wage).toMatchObject({ library: 'minimumloon-2026-01', grade: 1, assumption: false });
    const tariff = r.inputs.find((i) => i.key === 'parameters.tariefAbonnement')!;
    expect(tariff).toMatchObject({ library: null, grade: 5, assumption: true });
    // A line's own bewijsklasse wins over its library entry's grade.
    const signals = r.inputs.find((i) => i.library === 'huisarts-consult')!;
    expect(signals.grade).toBe(2);
    expect(r.inputs.every((i) => i.grade !== null || !i.assumption)).toBe(true);
    const md = renderMarkdown(r, { lang: 'nl' });
    expect(md).toContain('| Bewijsklasse |');
    expect(md).toContain('bibliotheek minimumloon-2026-01');
  });
});
