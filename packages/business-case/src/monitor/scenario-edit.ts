// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Reading and changing one input of a scenario by its JSON Pointer, on a deep copy. */
import type { ScenarioBerekeningCode } from '@zorghub/schemas';
import { runScenario } from '../run/run-scenario.js';
import type { Parameter, Scenario, StakeholderId } from '../types.js';

/**
 * A deep copy without shared parts. YAML merge keys (`<<: *later`) make cohorts share their
 * parameter objects, so `structuredClone` (which keeps shared references) is not enough.
 */
export function copyScenario(scenario: Scenario): Scenario {
  return JSON.parse(JSON.stringify(scenario)) as Scenario;
}

/** The parameter object at `path` (e.g. `/cohorten/0/uitvalTraining`), or undefined. */
export function parameterAt(scenario: Scenario, path: string): Parameter | undefined {
  let node: unknown = scenario;
  for (const key of path.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  const p = node as Parameter | undefined;
  return p && typeof p === 'object' && typeof p.waarde === 'number' ? p : undefined;
}

/** A copy of the scenario with the values at the paths replaced. */
export function withValues(
  scenario: Scenario,
  values: Array<{ path: string; value: number }>,
): Scenario {
  const copy = copyScenario(scenario);
  for (const { path, value } of values) {
    const p = parameterAt(copy, path);
    if (p) p.waarde = value;
  }
  return copy;
}

export type NpvByParty = Partial<Record<StakeholderId, number>>;

/** Each party's NPV of the base case (no Monte Carlo), and the PV of the operator's revenue lines. */
export function npvOf(scenario: Scenario): { npv: NpvByParty; operatorRevenue: number } {
  const result = runScenario(scenario, { runs: 0 });
  const npv: NpvByParty = {};
  for (const s of result.stakeholders) npv[s.id] = s.npv;
  const operatorRevenue = result.lines
    .filter((l) => {
      // A result line's calculation is a code of the standard's `scenario-berekening`.
      const calculation = l.calculation as ScenarioBerekeningCode;
      return (
        l.receiver === 'exploitant' &&
        (calculation === 'abonnement' || calculation === 'particulier')
      );
    })
    .reduce((n, l) => n + l.pv, 0);
  return { npv, operatorRevenue };
}

export function npvDifference(after: NpvByParty, before: NpvByParty): NpvByParty {
  const out: NpvByParty = {};
  for (const [id, v] of Object.entries(after) as Array<[StakeholderId, number]>)
    out[id] = Math.round((v - (before[id] ?? 0)) * 100) / 100;
  return out;
}
