// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { readExample, repoRoot, useSchemaValidator } from '../__fixtures__/scenarios.js';
import { parseScenario } from './parse.js';

beforeAll(() => useSchemaValidator());

// biome-ignore lint/suspicious/noExplicitAny: tests poke at raw YAML data
type Raw = any;
function mutate(change: (raw: Raw) => void) {
  const raw = parseYaml(readExample('delft'), { merge: true }) as Raw;
  change(raw);
  return parseScenario(stringify(raw));
}

describe('parseScenario rejects bad input with path, expected and found', () => {
  it('accepts the Delft example without errors', () => {
    const parsed = parseScenario(readExample('delft'));
    expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(parsed.scenario?.id).toBe('SC-DELFT-2021');
  });

  it('a rate outside 0–1', () => {
    const parsed = mutate((r) => {
      r.cohorten[0].uitvalTraining.waarde = 1.4;
    });
    expect(parsed.scenario).toBeUndefined();
    const issue = parsed.issues.find((i) => i.path === '/cohorten/0/uitvalTraining/waarde')!;
    expect(issue).toBeDefined();
    expect(issue.expected).toMatch(/<= 1|0 to 1/);
    expect(issue.found).toBe('1.4');
    expect(issue.line).toBeGreaterThan(1);
    expect(issue.message.nl).toContain('gevonden 1.4');
  });

  it('negative hours', () => {
    const parsed = mutate((r) => {
      r.cohorten[1].urenPerWeek.waarde = -16;
    });
    const issue = parsed.issues.find((i) => i.path === '/cohorten/1/urenPerWeek/waarde')!;
    expect(issue.expected).toMatch(/>= 0/);
    expect(issue.found).toBe('-16');
  });

  it('a horizon of 0', () => {
    const parsed = mutate((r) => {
      r.horizonJaren = 0;
    });
    const issue = parsed.issues.find((i) => i.path === '/horizonJaren')!;
    expect(issue.expected).toMatch(/>= 1|1 to 50/);
    expect(issue.found).toBe('0');
  });

  it('an unknown stakeholder', () => {
    const parsed = mutate((r) => {
      r.regels[0].ontvanger = 'bank';
    });
    const issue = parsed.issues.find((i) => i.path === '/regels/0/ontvanger')!;
    expect(issue.expected).toContain('exploitant');
    expect(issue.expected).toContain('mantelzorgers');
    expect(issue.found).toBe('"bank"');
  });

  it('a missing source', () => {
    const parsed = mutate((r) => {
      delete r.parameters.uurloon.bron;
    });
    const issue = parsed.issues.find((i) => i.path === '/parameters/uurloon/bron')!;
    expect(issue.expected).toMatch(/bron|source/);
    expect(issue.found).toBe('nothing');
    expect(issue.message.nl).toContain('gevonden niets');
  });

  it('a source without its year', () => {
    const parsed = mutate((r) => {
      delete r.parameters.uurloon.bronJaar;
    });
    expect(parsed.issues.some((i) => i.path === '/parameters/uurloon/bronJaar')).toBe(true);
  });

  it('money without a price year, and a price year that needs an index', () => {
    const parsed = mutate((r) => {
      delete r.parameters.trainingKosten.prijsjaar;
      delete r.parameters.prijsindex;
    });
    expect(parsed.issues.some((i) => i.path === '/parameters/trainingKosten/prijsjaar')).toBe(true);
    const needsIndex = parsed.issues.find((i) => i.code === 'scenario.priceIndex')!;
    expect(needsIndex.expected).toMatch(/prijsindex/);
  });

  it('a transfer without a payer', () => {
    const parsed = mutate((r) => {
      delete r.regels[0].betaler;
    });
    expect(parsed.issues.find((i) => i.path === '/regels/0/betaler')?.code).toBe(
      'scenario.transferParties',
    );
  });

  it('outflow rates that add up to more than one', () => {
    const parsed = mutate((r) => {
      r.cohorten[0].uitstroom[0].kansPerJaar.waarde = 0.95;
    });
    const issue = parsed.issues.find((i) => i.path === '/cohorten/0/uitstroom')!;
    expect(issue.code).toBe('scenario.outflowTotal');
  });

  it('a distribution that does not contain its value', () => {
    const parsed = mutate((r) => {
      r.parameters.tariefAbonnement.verdeling = { type: 'pert', min: 40, max: 50 };
    });
    expect(parsed.issues.some((i) => i.path.startsWith('/parameters/tariefAbonnement/'))).toBe(
      true,
    );
  });

  it('a YAML syntax error names the line', () => {
    const parsed = parseScenario('id: x\nnaam: [unclosed\n');
    expect(parsed.scenario).toBeUndefined();
    expect(parsed.issues[0]?.code).toBe('scenario.syntax');
    expect(parsed.issues[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('JSON input works the same way', () => {
    const raw = parseYaml(readExample('delft'), { merge: true });
    raw.horizonJaren = 0;
    const parsed = parseScenario(JSON.stringify(raw, null, 2), 'json');
    expect(parsed.issues.find((i) => i.path === '/horizonJaren')?.found).toBe('0');
  });
});

describe('the scenario validator', () => {
  it("is the data standard's compiled validator for the scenario entity", async () => {
    const { getValidator } = await import('@zorghub/schemas');
    const { getScenarioValidator } = await import('../validator.js');
    expect(getScenarioValidator()).toBe(getValidator('scenario'));
  });

  it('reports schema errors (an unknown property) through the standard validator with path and found', () => {
    const parsed = mutate((r) => {
      r.cohorten[0].uren = 16;
    });
    const issue = parsed.issues.find((i) => i.path === '/cohorten/0/uren')!;
    expect(issue.code).toBe('scenario.unknownProperty');
    expect(issue.found).toBe('"uren"');
  });
});

describe('the scenario schema source', () => {
  it('carries the Delft scenario as its example record, unchanged', () => {
    const schema = JSON.parse(
      readFileSync(`${repoRoot}packages/schemas/schema/scenario.schema.json`, 'utf8'),
    );
    expect(schema.examples[0]).toEqual(parseYaml(readExample('delft'), { merge: true }));
  });
});
