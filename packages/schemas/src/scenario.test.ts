// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  codelists,
  getSchema,
  scenarioCurrencies,
  scenarioParameter,
  scenarioParameterKeys,
  scenarioParameters,
  scenarioUnitsFor,
} from './index.js';

describe('scenario parameters', () => {
  it('lists every general parameter of the schema with its title', () => {
    const schema = getSchema('scenario');
    expect([...scenarioParameterKeys]).toEqual(
      Object.keys(schema.properties.parameters.properties),
    );
    const wage = scenarioParameter('uurloon')!;
    expect(wage).toMatchObject({
      path: '/parameters/uurloon',
      group: 'parameters',
      required: true,
      title: { nl: 'Uurloon', en: 'Hourly wage' },
      units: ['¤/uur'],
    });
    expect(scenarioParameter('prijsindex')?.required).toBe(false);
  });

  it('places cohort, outflow and line parameters', () => {
    expect(scenarioParameter('instroom')).toMatchObject({
      group: 'cohorten',
      path: '/cohorten/*/instroom',
      units: ['personen'],
    });
    expect(scenarioParameter('kansPerJaar')?.path).toBe('/cohorten/*/uitstroom/*/kansPerJaar');
    expect(scenarioParameter('eenheidswaarde', 'regels')?.units).toBeUndefined();
    expect(scenarioParameter('instroom', 'regels')).toBeUndefined();
  });

  it('gives units that are codes of scenario-eenheid in every currency', () => {
    const units = new Set(codelists['scenario-eenheid']!.codes.map((c) => c.code));
    expect([...scenarioCurrencies]).toEqual(['EUR', 'GBP']);
    for (const p of scenarioParameters)
      for (const currency of scenarioCurrencies)
        for (const unit of scenarioUnitsFor(p, currency) ?? [])
          expect(units.has(unit), `${p.path}: ${unit}`).toBe(true);
    expect(scenarioUnitsFor(scenarioParameter('jobcoachTarief')!, 'GBP')).toEqual(['GBP/uur']);
  });
});
