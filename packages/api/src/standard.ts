import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as standardModule from '@zorghub/schemas';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** The part of the `@zorghub/schemas` contract the API uses. */
interface StandardContract {
  getSchema(entity: string): object;
  createAjv(): { compile(schema: object): unknown };
}

const standard = standardModule as unknown as Partial<StandardContract>;
const require = createRequire(import.meta.url);

/**
 * The exchange entities the API stores, in reference order (a record only points at entities listed
 * before it): the order to load a data package in, and the entities that can be exported.
 */
export const STORED_ENTITIES = [
  'organisatie',
  'dienst',
  'abonnement',
  'client',
  'deelnemer',
  'training',
  'coachingcontact',
  'bezoek',
  'signaal',
  'urenregistratie',
  'factuur',
  'uitkomst',
];

/** PascalCase component name for an entity: 'urenregistratie' → 'Urenregistratie'. */
export const componentName = (entity: string) => entity.charAt(0).toUpperCase() + entity.slice(1);

const cache = new Map<string, Record<string, unknown>>();

/**
 * The standard's bundled JSON Schema for an entity (the request and response body): from
 * `getSchema`, or from the bundled file the package exports as `@zorghub/schemas/schema/<name>.schema.json`.
 */
export function entitySchema(entity: string): Record<string, unknown> {
  let s = cache.get(entity);
  if (!s) {
    s =
      typeof standard.getSchema === 'function'
        ? (standard.getSchema(entity) as Record<string, unknown>)
        : (JSON.parse(
            readFileSync(require.resolve(`@zorghub/schemas/schema/${entity}.schema.json`), 'utf8'),
          ) as Record<string, unknown>);
    cache.set(entity, s);
  }
  return s;
}

type Validate = ((data: unknown) => boolean) & {
  errors?: Array<{
    instancePath: string;
    message?: string;
    keyword: string;
    params?: Record<string, unknown>;
  }> | null;
};

let ajv: { compile(schema: object): unknown } | undefined;
/** The standard's ajv (its vocabulary registered), for runtime compiling. */
export function bodyAjv(): { compile(schema: object): Validate } {
  if (!ajv) {
    if (typeof standard.createAjv === 'function') ajv = standard.createAjv();
    else {
      const a = new Ajv2020({ allErrors: true, strict: false });
      (addFormats as unknown as (x: Ajv2020) => void)(a);
      ajv = a;
    }
  }
  return ajv as { compile(schema: object): Validate };
}

const validators = new Map<string, Validate>();

/** Compiled validator for a whole record of an entity. */
export function recordValidator(entity: string): Validate {
  let v = validators.get(entity);
  if (!v) {
    v = bodyAjv().compile(entitySchema(entity));
    validators.set(entity, v);
  }
  return v;
}

export interface FieldLite {
  path: string;
  required: boolean;
  privacy: string;
}

/** Top-level fields of an entity with their privacy class, read from the schema. */
export function entityFields(entity: string): FieldLite[] {
  const s = entitySchema(entity);
  const required = new Set((s.required as string[] | undefined) ?? []);
  return Object.entries((s.properties ?? {}) as Record<string, Record<string, unknown>>).map(
    ([path, p]) => ({
      path,
      required: required.has(path),
      privacy: String(p['x-privacy'] ?? 'none'),
    }),
  );
}

/** The codes of a closed codelist on a field (the bundled schema carries them as enum). */
export function fieldCodes(entity: string, field: string): string[] {
  const p = ((entitySchema(entity).properties ?? {}) as Record<string, { enum?: string[] }>)[field];
  return p?.enum ?? [];
}

export interface EntityNames {
  name: string;
  plural: string;
}

/** The entity's Dutch name and plural (x-entity in the schema). */
export function entityNames(entity: string): EntityNames {
  const x = entitySchema(entity)['x-entity'] as { name: string; plural: string } | undefined;
  return { name: x?.name ?? entity, plural: x?.plural ?? entity };
}
