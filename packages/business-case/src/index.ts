// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
export { compileScenario } from './model/compile.js';
export { Evaluator } from './model/evaluate.js';
export { STAKEHOLDER_LABELS } from './model/labels.js';
export {
  type PlannedActivity,
  type PlannedCohort,
  type PlannedPeriod,
  plannedActivity,
} from './model/planned-activity.js';
export { simulateCohort, TIME_CONVENTIONS, type TimeConvention } from './model/timing.js';
export { ActualsAccumulator, collectActuals } from './monitor/actuals.js';
export { calibrateRate, calibrateShare } from './monitor/calibrate.js';
export { DESTINATION_CROSSWALK, scenarioDestination } from './monitor/crosswalk.js';
export { type MonitorBlock, monitorBlocks } from './monitor/document.js';
export { MonitorMismatchError, monitor, monitorActuals } from './monitor/monitor.js';
export { monitorHtml, monitorJson, monitorMarkdown } from './monitor/render.js';
export type * from './monitor/types.js';
export { reestimatedScenario, writeScenario } from './monitor/write-scenario.js';
export { monitorWorkbook, monitorXlsx } from './monitor/xlsx.js';
export { renderHtml } from './render/html.js';
export { renderJson } from './render/json.js';
export { renderMarkdown } from './render/markdown.js';
export { buildWorkbook, renderXlsx } from './render/xlsx/workbook.js';
export type * from './result-types.js';
export { correlationsOf, imanConover, spearman } from './run/correlate.js';
export { monteCarlo } from './run/monte-carlo.js';
export { type RunOptions, runScenario } from './run/run-scenario.js';
export { parseScenario } from './scenario/parse.js';
export type * from './types.js';
export { STAKEHOLDER_IDS } from './types.js';
export { getScenarioValidator, setScenarioValidator } from './validator.js';
