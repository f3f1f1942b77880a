// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The parameters of the business-case scenario as data: titles, descriptions and units, taken
 * from `schema/scenario.schema.json` by the generator. Browser-safe.
 */
import { scenarioParameterData } from './generated/scenario-parameters.js';
import type { ScenarioParameterInfo } from './model.js';

export { scenarioCurrencies, scenarioParameterKeys } from './generated/scenario-parameters.js';

/** Every parameter of the scenario (general parameters, evidence grades, cohorts, outflows, lines). */
export const scenarioParameters: readonly ScenarioParameterInfo[] = Object.freeze(
  scenarioParameterData.map((p) => Object.freeze(p)),
);

/**
 * The parameter named `key`, optionally within a group (`instroom` is a cohort parameter,
 * `uurloon` a general one; no name is used in two groups today, the group makes it certain).
 */
export function scenarioParameter(
  key: string,
  group?: ScenarioParameterInfo['group'],
): ScenarioParameterInfo | undefined {
  return scenarioParameters.find(
    (p) => p.key === key && (group === undefined || p.group === group),
  );
}

/** The units a parameter may have in a scenario in `currency` (`¤` replaced); undefined: any unit. */
export function scenarioUnitsFor(
  parameter: ScenarioParameterInfo,
  currency: string,
): string[] | undefined {
  return parameter.units?.map((unit) => unit.replace('¤', currency));
}
