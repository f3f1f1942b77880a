// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// publiccode.yml against the keys the Standard for Public Code (publiccode.yml 0.4) requires, with
// the values it allows. No machine-readable schema of the standard is published on npm, so the
// required keys are written out here from the standard's core schema, and the licence is checked
// against the SPDX licence list.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from './project.js';

const description = {
  type: 'object',
  required: ['shortDescription', 'longDescription', 'features'],
  properties: {
    shortDescription: { type: 'string', minLength: 1, maxLength: 150 },
    longDescription: { type: 'string', minLength: 150, maxLength: 10_000 },
    features: { type: 'array', minItems: 1, items: { type: 'string', maxLength: 100 } },
  },
};

const schema = {
  type: 'object',
  required: [
    'publiccodeYmlVersion',
    'name',
    'url',
    'platforms',
    'developmentStatus',
    'softwareType',
    'description',
    'legal',
    'maintenance',
    'localisation',
  ],
  properties: {
    publiccodeYmlVersion: { type: 'string', pattern: '^0(\\.[0-9]+)?$' },
    name: { type: 'string', minLength: 1 },
    url: { type: 'string', pattern: '^https://' },
    platforms: { type: 'array', minItems: 1, items: { type: 'string' } },
    categories: { type: 'array', items: { type: 'string', pattern: '^[a-z-]+$' } },
    developmentStatus: { enum: ['concept', 'development', 'beta', 'stable', 'obsolete'] },
    softwareType: {
      enum: [
        'standalone/mobile',
        'standalone/iot',
        'standalone/desktop',
        'standalone/web',
        'standalone/backend',
        'standalone/other',
        'addon',
        'library',
        'configurationFiles',
      ],
    },
    description: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$' },
      additionalProperties: description,
    },
    legal: { type: 'object', required: ['license'], properties: { license: { type: 'string' } } },
    maintenance: {
      type: 'object',
      required: ['type'],
      properties: {
        type: { enum: ['internal', 'contract', 'community', 'none'] },
        contacts: {
          type: 'array',
          items: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
        },
      },
      // The standard: contacts are required for internal and community maintenance.
      anyOf: [
        { properties: { type: { enum: ['contract', 'none'] } } },
        { required: ['contacts'], properties: { contacts: { minItems: 1 } } },
      ],
    },
    localisation: {
      type: 'object',
      required: ['localisationReady', 'availableLanguages'],
      properties: {
        localisationReady: { type: 'boolean' },
        availableLanguages: { type: 'array', minItems: 1, items: { type: 'string' } },
      },
    },
  },
};

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const document = parse(readFileSync(join(root, 'publiccode.yml'), 'utf8')) as Record<
  string,
  unknown
>;

describe('publiccode.yml', () => {
  it('has every key the standard requires, with allowed values', () => {
    const ok = validate(document);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('names a licence of the SPDX list, the same as package.json', () => {
    const require = createRequire(import.meta.url);
    const spdx = require('spdx-license-list') as Record<string, unknown>;
    const license = (document.legal as { license: string }).license;
    expect(Object.keys(spdx)).toContain(license);
    expect(license).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).license);
  });

  it('the checker refuses a file without the required keys (it can fail)', () => {
    expect(validate({ publiccodeYmlVersion: '0.4', name: 'x' })).toBe(false);
    const tooShort = structuredClone(document);
    (tooShort.description as Record<string, { longDescription: string }>).en!.longDescription =
      'short';
    expect(validate(tooShort)).toBe(false);
  });

  it('describes the toolkit in Dutch and English', () => {
    expect(Object.keys(document.description as object).sort()).toEqual(['en', 'nl']);
  });
});
