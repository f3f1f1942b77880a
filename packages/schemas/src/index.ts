// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * `@zorghub/schemas`: the Zorghub data standard. Entities with their tabular mapping, bundled
 * JSON Schemas, precompiled validators, codelists (with `as const` code arrays and labels of the
 * closed ones), the scenario's parameters and units, record scopes, CSV text, generated types and
 * `createAjv()`.
 * Browser-safe: no Node imports.
 */

export { bundleSchema } from './bundle.js';
export { checkSchemaConventions } from './conventions.js';
export { deriveEntityInfo, referenceOrder } from './entity-info.js';
export * from './generated/codes.js';
export * from './generated/types/index.js';
export type {
  Code,
  Codelist,
  CodelistMeta,
  EntityInfo,
  EntityKind,
  EntityScope,
  FieldInfo,
  JsonSchema,
  LocalizedText,
  Privacy,
  ScenarioParameterInfo,
  ValidateFn,
} from './model.js';
export { privacyClasses } from './model.js';
export { formatPointer, parsePointer, resolvePointer } from './pointer.js';
export {
  type AppliedProfile,
  applyProfile,
  mergePatch,
  ProfileError,
  type ProfileSource,
} from './profile-apply.js';
export {
  scenarioCurrencies,
  scenarioParameter,
  scenarioParameterKeys,
  scenarioParameters,
  scenarioUnitsFor,
} from './scenario.js';
export { recordScope, type ScopeLookup, type ScopeValues } from './scope.js';
export {
  codelistMeta,
  codelists,
  entities,
  getEntity,
  getSchema,
  getValidator,
  recordEntities,
} from './standard.js';
export {
  type ColumnOptions,
  cellText,
  columnFields,
  columnLetter,
  type HeaderLanguage,
  type TableColumn,
  tableColumns,
  tableRow,
  unmappedPaths,
} from './table/columns.js';
export {
  CSV_LINE_END,
  type CsvDelimiter,
  type CsvOptions,
  csvField,
  csvHeader,
  csvLine,
  csvTable,
  type TableOptions,
} from './table/csv.js';
export { standardVersion } from './version.js';
export { type CreateAjvOptions, createAjv, vocabulary } from './vocabulary.js';
