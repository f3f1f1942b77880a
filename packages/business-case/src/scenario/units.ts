// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Which unit each model input must have. The list of units itself is the standard's codelist
 * `scenario-eenheid`; `¤` below stands for the scenario's currency.
 */
import {
  type ScenarioEenheidCode,
  type ScenarioParameterInfo,
  scenarioCurrencies,
  scenarioEenheidCodes,
  scenarioParameters,
} from '@zorghub/schemas';

const unitCodes: ReadonlySet<string> = new Set(scenarioEenheidCodes);

export function isKnownUnit(unit: unknown): unit is string {
  return typeof unit === 'string' && unitCodes.has(unit);
}

/** A currency the scenario may be written in (`valuta`). */
export type Currency = (typeof scenarioCurrencies)[number];

const moneyPrefix = new RegExp(`^(${scenarioCurrencies.join('|')})`);

/** Money units start with the currency code. */
export function isMoneyUnit(unit: string): boolean {
  return moneyPrefix.test(unit);
}

/** A money unit without its currency: `EUR/jaar` → `/jaar`. */
export const withoutCurrency = (unit: string): string => unit.replace(moneyPrefix, '');

/** The share units: a fraction (0 to 1) and a rate (above −1); both shown as percentages. */
export const SHARE_UNITS = [
  'fractie',
  'rentevoet',
] as const satisfies readonly ScenarioEenheidCode[];
export type ShareUnit = (typeof SHARE_UNITS)[number];

export const isShareUnit = (unit: string): unit is ShareUnit =>
  (SHARE_UNITS as readonly string[]).includes(unit);

/** The units each input of a group may have, from the standard (`x-units` in the scenario schema). */
function unitsOf(
  group: ScenarioParameterInfo['group'],
): Readonly<Record<string, readonly string[]>> {
  return Object.fromEntries(
    scenarioParameters
      .filter((p) => p.group === group && p.units !== undefined)
      .map((p) => [p.key, p.units as string[]]),
  );
}

/** The general parameters with the unit each must have. */
export const PARAMETER_UNITS = unitsOf('parameters');

/** The cohort inputs with their units. */
export const COHORT_UNITS = unitsOf('cohorten');

/** The units of an outflow's rate, of the evidence grades' corrections and of a line's inputs. */
export const OUTFLOW_UNITS = unitsOf('uitstroom');
export const GRADE_UNITS = unitsOf('bewijsklassen');
export const LINE_UNITS = unitsOf('regels');
