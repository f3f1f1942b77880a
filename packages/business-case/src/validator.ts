// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { getValidator } from '@zorghub/schemas';

/** The part of an ajv ErrorObject the scenario reader uses. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export type ScenarioValidateFn = ((data: unknown) => boolean) & {
  errors?: SchemaError[] | null;
};

let override: ScenarioValidateFn | undefined;

/** Replaces the validator, for example with one compiled from a regional profile; `undefined` restores the standard's. */
export function setScenarioValidator(fn: ScenarioValidateFn | undefined): void {
  override = fn;
}

/**
 * The data standard's precompiled validator for the scenario entity (`getValidator('scenario')` from
 * `@zorghub/schemas`); the model's own checks in `parse.ts` run after it in every case.
 */
export function getScenarioValidator(): ScenarioValidateFn {
  return override ?? (getValidator('scenario') as unknown as ScenarioValidateFn);
}
