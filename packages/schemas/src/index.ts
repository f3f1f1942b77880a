/**
 * `@zorghub/schemas`: the Zorghub data standard. Entities with their tabular mapping, bundled
 * JSON Schemas, precompiled validators, codelists, generated types and `createAjv()`.
 * Browser-safe: no Node imports.
 */

export * from './generated/types/index.js';
export type {
  Code,
  Codelist,
  CodelistMeta,
  EntityInfo,
  FieldInfo,
  JsonSchema,
  LocalizedText,
  Privacy,
  ValidateFn,
} from './model.js';
export { bundleSchema, checkSchemaConventions, deriveEntityInfo, privacyClasses } from './model.js';
export {
  type AppliedProfile,
  applyProfile,
  mergePatch,
  ProfileError,
  type ProfileSource,
} from './profile-apply.js';
export {
  codelistMeta,
  codelists,
  entities,
  getEntity,
  getSchema,
  getValidator,
} from './standard.js';
export { standardVersion } from './version.js';
export { type CreateAjvOptions, createAjv, vocabulary } from './vocabulary.js';
