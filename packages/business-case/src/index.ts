export { compileScenario, Evaluator, STAKEHOLDER_LABELS } from './model.js';
export { parseScenario } from './parse.js';
export type * from './result-types.js';
export { type RunOptions, runScenario } from './run.js';
export type * from './types.js';
export { STAKEHOLDER_IDS } from './types.js';
export { setScenarioValidator, standardValidatorAvailable } from './validator.js';
