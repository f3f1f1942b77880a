// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Regional profiles: a region changes the standard with a JSON Merge Patch (RFC 7396) per entity
 * and adds or removes codes per codelist. `applyProfile` checks the result against the
 * conventions of the standard and refuses a profile that breaks a schema. Browser-safe; reading
 * a profile folder is in `./profiles.ts` (Node only).
 */
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { bundleSchema } from './bundle.js';
import { checkSchemaConventions } from './conventions.js';
import { deriveEntityInfo } from './entity-info.js';
import { codelistData } from './generated/codelists.js';
import { entityData } from './generated/entities.js';
import { bundledSchemas } from './generated/schemas.js';
import { validators as precompiled } from './generated/validators/index.js';
import type { Code, Codelist, EntityInfo, JsonSchema, LocalizedText, ValidateFn } from './model.js';
import { normaliseName } from './standard.js';
import { standardVersion } from './version.js';
import { createAjv } from './vocabulary.js';

/** A profile as data (what `loadProfile` reads from a folder). */
export interface ProfileSource {
  /** Lower-case name with digits and hyphens, e.g. 'voorbeeld-regio'. */
  name: string;
  title?: LocalizedText;
  description?: LocalizedText;
  /** Version of the standard the profile was written for; major.minor must match. */
  standardVersion?: string;
  /** JSON Merge Patch per entity name (Dutch, singular). */
  patches?: Record<string, unknown>;
  /** Codes to add per codelist (a new name creates a new codelist). */
  codelistAdditions?: Record<string, Code[]>;
  /** Codes to remove per codelist. */
  codelistRemovals?: Record<string, string[]>;
  /** Open or close a codelist, e.g. `{ trainingssoort: false }` closes that list. */
  codelistOpen?: Record<string, boolean>;
  /** How each part is named in messages, e.g. { 'patch:bezoek': 'profiles/x/bezoek.patch.json' }. */
  sources?: Record<string, string>;
}

/** The standard with a profile applied: the same shape as the root entry. */
export interface AppliedProfile {
  name: string;
  title: LocalizedText;
  description: LocalizedText;
  standardVersion: string;
  entities: readonly EntityInfo[];
  codelists: Readonly<Record<string, Codelist>>;
  getEntity(nameOrAlias: string): EntityInfo | undefined;
  getSchema(entity: string): JsonSchema;
  getValidator(entity: string): ValidateFn;
  /** What the profile changed, one readable line per change. */
  changes: string[];
}

/** A profile that cannot be applied. `problems` lists every problem, each naming its file. */
export class ProfileError extends Error {
  override name = 'ProfileError';
  readonly problems: string[];
  constructor(problems: string[]) {
    const [first = 'invalid profile', ...rest] = problems;
    super(
      rest.length === 0
        ? first
        : `${first} (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})\n${rest.join('\n')}`,
    );
    this.problems = problems;
  }
}

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON Merge Patch (RFC 7396): objects merge, `null` removes, everything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return structuredClone(patch);
  const result: JsonSchema = isObject(target) ? structuredClone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === '__proto__') continue;
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

const NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;
const tabularExempt = new Set(['scenario']);

/**
 * Applies a profile to the published standard. Throws a ProfileError that lists every problem
 * when the result would break the standard's conventions or its own examples.
 */
export function applyProfile(profile: ProfileSource): AppliedProfile {
  const problems: string[] = [];
  const changes: string[] = [];
  const where = (key: string, fallback: string) => profile.sources?.[key] ?? fallback;
  const profileName = profile.name;
  if (!NAME.test(profileName))
    problems.push(
      `profile name must be lower-case letters, digits and hyphens (like "voorbeeld-regio"), found "${profileName}"`,
    );
  if (profile.standardVersion !== undefined) {
    const mm = (v: string) => v.split('.').slice(0, 2).join('.');
    if (mm(profile.standardVersion) !== mm(standardVersion))
      problems.push(
        `${where('profile', profileName)}: written for standard ${profile.standardVersion}, but this is ${standardVersion}`,
      );
  }

  // Codelists.
  const lists: Record<string, Codelist> = structuredClone(codelistData);
  for (const [name, codes] of Object.entries(profile.codelistAdditions ?? {})) {
    const file = where(`+${name}`, `+${name}.csv`);
    if (!NAME.test(name)) {
      problems.push(
        `${file}: codelist name must be lower-case letters, digits and hyphens, found "${name}"`,
      );
      continue;
    }
    if (!lists[name]) lists[name] = { name, open: false, codes: [] };
    const list = lists[name]!;
    if (list.codes.length === 0) changes.push(`new codelist ${name}`);
    for (const code of codes) {
      if (list.codes.some((c) => c.code === code.code))
        problems.push(`${file}: code "${code.code}" already exists in codelist ${name}`);
      else {
        list.codes.push(code);
        changes.push(`codelist ${name}: added ${code.code}`);
      }
    }
  }
  for (const [name, codes] of Object.entries(profile.codelistRemovals ?? {})) {
    const file = where(`-${name}`, `-${name}.csv`);
    const list = lists[name];
    if (!list) {
      problems.push(
        `${file}: codelist "${name}" does not exist; expected one of ${Object.keys(lists).join(', ')}`,
      );
      continue;
    }
    for (const code of codes) {
      const index = list.codes.findIndex((c) => c.code === code);
      if (index < 0)
        problems.push(
          `${file}: code "${code}" is not in codelist ${name}, so it cannot be removed`,
        );
      else {
        list.codes.splice(index, 1);
        changes.push(`codelist ${name}: removed ${code}`);
      }
    }
    if (list.codes.length === 0) problems.push(`${file}: removes every code of codelist ${name}`);
  }
  for (const [name, open] of Object.entries(profile.codelistOpen ?? {})) {
    const list = lists[name];
    if (!list) problems.push(`${where('profile', profileName)}: codelist "${name}" does not exist`);
    else if (list.open !== open) {
      list.open = open;
      changes.push(`codelist ${name}: now ${open ? 'open' : 'closed'}`);
    }
  }
  for (const list of Object.values(lists))
    for (const c of list.codes)
      if (c.replacedBy && !list.codes.some((x) => x.code === c.replacedBy))
        problems.push(
          `codelist ${list.name}: code "${c.code}" is replaced by "${c.replacedBy}", which the profile removed or never added`,
        );

  // Schemas: patch the bundled schema, then inline the (changed) codelists again.
  const schemas: Record<string, JsonSchema> = {};
  const patched = new Set<string>();
  for (const [entityName, patch] of Object.entries(profile.patches ?? {})) {
    const file = where(`patch:${entityName}`, `${entityName}.patch.json`);
    const base = entityData.find((e) => e.name === entityName);
    if (!base) {
      problems.push(
        `${file}: unknown entity "${entityName}"; expected one of ${entityData.map((e) => e.name).join(', ')}`,
      );
      continue;
    }
    if (!isObject(patch)) {
      problems.push(`${file}: a JSON Merge Patch must be a JSON object`);
      continue;
    }
    for (const key of ['$id', '$schema', 'x-entity'])
      if (key in patch) problems.push(`${file}: a profile may not change "${key}"`);
    schemas[entityName] = mergePatch(bundledSchemas[entityName], patch) as JsonSchema;
    patched.add(entityName);
  }
  for (const e of entityData) {
    const source = schemas[e.name] ?? structuredClone(bundledSchemas[e.name]!);
    const bundled = bundleSchema(source, lists);
    if (patched.has(e.name) || JSON.stringify(bundled) !== JSON.stringify(bundledSchemas[e.name])) {
      bundled.$id = `https://zorghub.nl/standaard/${standardVersion.split('.').slice(0, 2).join('.')}/profiel/${profileName}/${e.name}.schema.json`;
      bundled['x-profile'] = profileName;
    }
    schemas[e.name] = bundled;
  }

  // Check every changed schema: conventions, compilation, its own examples.
  const ajv: Ajv2020 = createAjv();
  const validators: Record<string, ValidateFn> = {};
  for (const e of entityData) {
    const schema = schemas[e.name]!;
    if (schema['x-profile'] !== profileName) continue;
    const file = where(
      `patch:${e.name}`,
      patched.has(e.name) ? `${e.name}.patch.json` : `codelists (${e.name})`,
    );
    const found = checkSchemaConventions(schema, lists, `${file} → ${e.name}`, {
      requireEnglishNames: !tabularExempt.has(e.name),
      entityNames: entityData.map((x) => x.name),
    });
    problems.push(...found);
    if (found.length > 0) continue;
    let validate: ValidateFn;
    try {
      validate = ajv.compile(schema) as ValidateFn;
    } catch (error) {
      problems.push(
        `${file}: the patched ${e.name} schema is not valid JSON Schema: ${(error as Error).message}`,
      );
      continue;
    }
    validators[e.name] = validate;
    (schema.examples as unknown[]).forEach((example, i) => {
      if (!validate(example)) {
        const err = validate.errors?.[0];
        problems.push(
          `${file}: example ${i + 1} of ${e.name} is no longer valid with the profile (${err?.instancePath || '/'} ${err?.message ?? ''}); patch "examples" too`,
        );
      }
    });
  }
  if (problems.length > 0) throw new ProfileError(problems);

  // Describe the field changes.
  const entities = entityData.map((base) => {
    const schema = schemas[base.name]!;
    if (schema['x-profile'] !== profileName) return base;
    const info = deriveEntityInfo(schema, base.name);
    const before = new Map(base.fields.map((f) => [f.path, f]));
    const after = new Map(info.fields.map((f) => [f.path, f]));
    for (const [path, f] of after) {
      const old = before.get(path);
      if (!old) changes.push(`${base.name}: added field ${path}`);
      else if (old.required !== f.required)
        changes.push(`${base.name}: field ${path} is now ${f.required ? 'required' : 'optional'}`);
    }
    for (const path of before.keys())
      if (!after.has(path)) changes.push(`${base.name}: removed field ${path}`);
    return { ...info, $id: schema.$id as string };
  });

  const aliases = new Map<string, EntityInfo>();
  for (const e of entities)
    for (const alias of [e.name, e.plural, e.english, e.englishPlural])
      if (!aliases.has(normaliseName(alias))) aliases.set(normaliseName(alias), e);
  const entityOrThrow = (name: string) => {
    const info = aliases.get(normaliseName(name));
    if (!info)
      throw new Error(
        `Unknown entity "${name}"; expected one of: ${entities.map((e) => e.name).join(', ')}`,
      );
    return info;
  };

  return {
    name: profileName,
    title: profile.title ?? { nl: profileName, en: profileName },
    description: profile.description ?? { nl: '', en: '' },
    standardVersion,
    entities,
    codelists: lists,
    changes,
    getEntity: (name) => aliases.get(normaliseName(name)),
    getSchema: (name) => structuredClone(schemas[entityOrThrow(name).name]!),
    getValidator: (name) => {
      const entity = entityOrThrow(name).name;
      if (!validators[entity] && schemas[entity]!['x-profile'] !== profileName)
        validators[entity] = precompiled[entity]!;
      if (!validators[entity]) validators[entity] = ajv.compile(schemas[entity]!) as ValidateFn;
      return validators[entity]!;
    },
  };
}
