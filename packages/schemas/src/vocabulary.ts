// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The vocabulary of the standard as ajv keywords, and `createAjv()` for compiling schemas at run
 * time (the API, regional profiles). Browser-safe.
 */
import type { KeywordDefinition } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { fastFormat, fastRegExp } from './formats.js';
import { privacyClasses } from './model.js';

type AddFormats = (ajv: Ajv2020) => Ajv2020;
// ajv-formats is CommonJS with `exports.default`; the interop differs between Node and bundlers.
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ??
  (addFormatsModule as unknown as AddFormats);

const string = { type: 'string', minLength: 1 } as const;

/**
 * Annotation keywords of the standard. They do not change validation; ajv keeps them in the
 * schema so that tools (validator, API, docs) can read them, and strict mode accepts them.
 */
export const vocabulary: KeywordDefinition[] = [
  {
    keyword: 'codelist',
    schemaType: 'string',
    metaSchema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
  },
  { keyword: 'x-privacy', schemaType: 'string', metaSchema: { enum: [...privacyClasses] } },
  { keyword: 'x-reference', schemaType: 'string', metaSchema: string },
  { keyword: 'x-title-en', schemaType: 'string', metaSchema: { type: 'string' } },
  { keyword: 'x-description-en', schemaType: 'string', metaSchema: { type: 'string' } },
  { keyword: 'x-name-en', schemaType: 'string', metaSchema: string },
  {
    keyword: 'x-entity',
    schemaType: 'object',
    metaSchema: {
      type: 'object',
      properties: {
        name: string,
        plural: string,
        english: string,
        englishPlural: string,
        idField: string,
        kind: { enum: ['record', 'scenario', 'manifest'] },
        scope: {
          type: 'object',
          properties: {
            organisation: string,
            client: string,
            participant: string,
            parent: string,
          },
          additionalProperties: false,
        },
      },
      required: ['name'],
    },
  },
  // units a scenario parameter may have; ¤ stands for the scenario's currency
  {
    keyword: 'x-units',
    schemaType: 'array',
    metaSchema: { type: 'array', items: string, minItems: 1 },
  },
  { keyword: 'x-profile', schemaType: 'string', metaSchema: string },
];

export interface CreateAjvOptions {
  /** Report every error instead of stopping at the first (default true). */
  allErrors?: boolean;
  /** Extra ajv options, e.g. `code: { source: true, esm: true }` for standalone code. */
  // biome-ignore lint/suspicious/noExplicitAny: passthrough of ajv's own options
  ajvOptions?: Record<string, any>;
}

/**
 * An ajv instance for JSON Schema 2020-12 with formats (date, date-time, email, …) and the
 * keywords of the standard (`codelist`, `x-privacy`, `x-reference`, `x-title-en`,
 * `x-description-en`, `x-name-en`, `x-entity`, `x-units`; `deprecated` is standard 2020-12).
 *
 * `date`, `date-time` and the id pattern that most fields share are checked by the equivalent,
 * faster functions of ./formats.ts; the precompiled validators use the same ones (./runtime.ts),
 * so a schema compiled here and its precompiled validator give the same answers.
 */
export function createAjv(options: CreateAjvOptions = {}): Ajv2020 {
  const { code, ...rest } = options.ajvOptions ?? {};
  const ajv = new Ajv2020({
    allErrors: options.allErrors ?? true,
    strict: true,
    strictRequired: false,
    strictTypes: false,
    strictTuples: false,
    allowUnionTypes: true,
    ...rest,
    code: { regExp: fastRegExp, ...code },
  });
  addFormats(ajv);
  // replaces ajv-formats' functions; standalone code still names them as ajv-formats' fullFormats,
  // which ./runtime.ts maps onto the same fast functions
  ajv.addFormat('date', fastFormat('date') as never);
  ajv.addFormat('date-time', fastFormat('date-time') as never);
  for (const keyword of vocabulary) ajv.addKeyword(keyword);
  return ajv;
}
