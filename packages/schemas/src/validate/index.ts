// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * `@zorghub/schemas/validate` (Node only): checks exports — JSON, NDJSON, CSV, XLSX files or a
 * whole data package folder — against the Zorghub data standard, streaming, with a report of
 * stable issue codes. This module only re-exports; see the package README for the layout.
 */
export {
  type NestedTable,
  nestedTableNamed,
  nestedTables,
  withNestedTables,
} from '../table/nested.js';
export { type IssueCodeInfo, issueCodeList, issueCodes, type Severity } from './codes.js';
export { type ConvertOptions, type ConvertResult, convertFile } from './convert.js';
export { type ExportSchemaOptions, exportSchemas } from './export-schema.js';
export { Hash64Set } from './hashset.js';
export { InputError } from './package.js';
export { passesElfproef, scanText } from './privacy.js';
export { profileStandard } from './profile-standard.js';
export { type RunContext, readPlanned } from './read-planned.js';
export {
  type FileSummary,
  formatReport,
  type Issue,
  type Lang,
  type Sample,
  unusableReport,
  type ValidationReport,
} from './report.js';
export { publishedStandard, type StandardView } from './standard-view.js';
export { type TemplateOptions, writeTemplate } from './template.js';
export { type ValidateOptions, validatePaths } from './validate-paths.js';
