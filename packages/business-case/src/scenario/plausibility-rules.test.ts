// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { readExample, useSchemaValidator } from '../__fixtures__/scenarios.js';
import { parseScenario } from './parse.js';

beforeAll(useSchemaValidator);

// biome-ignore lint/suspicious/noExplicitAny: the cases poke at raw YAML data
const delft = (change: (raw: any) => void) => {
  const raw = parseYaml(readExample('delft'), { merge: true });
  change(raw);
  return parseScenario(stringify(raw));
};

describe('checks a reviewer would make', () => {
  it('the Delft example passes them all', () => {
    expect(delft(() => {}).issues).toEqual([]);
  });

  it('400 hours a week is an error that names the cohort, the line and what is plausible', () => {
    const r = delft((raw) => {
      raw.cohorten[0].urenPerWeek.waarde = 400;
    });
    expect(r.scenario).toBeUndefined();
    const issue = r.issues.find((i) => i.code === 'scenario.hoursPerWeek')!;
    expect(issue.path).toBe('/cohorten/0/urenPerWeek/waarde');
    expect(issue.line).toBeGreaterThan(0);
    expect(issue.message.en).toContain('expected at most 40 hours a week');
    expect(issue.message.en).toContain('found 400');
    expect(issue.message.nl).toContain('hoogstens 40 uur per week');
  });

  it('deadweight and attribution on a cost line are warned about, with what to do instead', () => {
    const r = delft((raw) => {
      const overhead = raw.regels.find((l: { id: string }) => l.id === 'overhead');
      overhead.deadweight = { waarde: 0.5, eenheid: 'fractie', bron: 'aanname' };
      overhead.attributie = { waarde: 0.5, eenheid: 'fractie', bron: 'aanname' };
    });
    expect(r.scenario).toBeDefined();
    const warnings = r.issues.filter((i) => i.code === 'scenario.costCorrection');
    expect(warnings.map((w) => w.path.replace(/\/regels\/\d+\//, ''))).toEqual([
      'deadweight',
      'attributie',
    ]);
    expect(warnings.every((w) => w.severity === 'warning')).toBe(true);
    expect(warnings[0]!.message.en).toContain('lower the unit value or the factor');
  });

  it('0 % deadweight on the assistance saving is warned about; a stated share is not', () => {
    const r = delft((raw) => {
      const line = raw.regels.find((l: { berekening: string }) => l.berekening === 'bijstand');
      delete line.deadweight;
    });
    const issue = r.issues.find((i) => i.code === 'scenario.zeroDeadweight')!;
    expect(issue.severity).toBe('warning');
    expect(issue.message.nl).toContain('nulalternatief');
    expect(delft(() => {}).issues.some((i) => i.code === 'scenario.zeroDeadweight')).toBe(false);
  });

  it('a tariff below the wage cost of an hour is warned about with the hand-computed cost', () => {
    const r = delft((raw) => {
      raw.parameters.tariefAbonnement.waarde = 15;
      raw.parameters.tariefAbonnement.verdeling = undefined;
    });
    const issue = r.issues.find((i) => i.code === 'scenario.tariffBelowWageCost')!;
    // Delft: 14.71 × 1.08 × (1 + 0.25) = 19.86 an hour.
    expect(issue.message.en).toContain('(19.86:');
    expect(issue.message.en).toContain('found 15');
  });
});
