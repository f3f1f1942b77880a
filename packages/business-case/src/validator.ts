import * as schemas from '@zorghub/schemas';

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

/** Lets a caller (or a test) supply the compiled scenario validator explicitly. */
export function setScenarioValidator(fn: ScenarioValidateFn | undefined): void {
  override = fn;
}

/** True when the data standard's compiled `scenario` validator is in use. */
export function standardValidatorAvailable(): boolean {
  return lookup() !== undefined;
}

function lookup(): ScenarioValidateFn | undefined {
  const get = (schemas as Record<string, unknown>).getValidator;
  if (typeof get !== 'function') return undefined;
  try {
    return (get as (name: string) => ScenarioValidateFn)('scenario');
  } catch {
    return undefined;
  }
}

const modelChecksOnly: ScenarioValidateFn = Object.assign(() => true, { errors: null });

/**
 * The standard's compiled validator for the scenario entity (`getValidator('scenario')` from
 * `@zorghub/schemas`). The model's own checks in `parse.ts` run in every case.
 */
export function getScenarioValidator(): ScenarioValidateFn {
  return override ?? lookup() ?? modelChecksOnly;
}
