// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Runtime helpers for the precompiled (standalone) validators in `src/generated/validators/`.
 * ajv's standalone code refers to its runtime with `require()`; the generator rewrites those
 * references to this table, which imports them as ES modules. The interop works both in Node
 * (where a CommonJS default import is `module.exports`) and in bundlers (which honour `__esModule`).
 */

import * as equal from 'ajv/dist/runtime/equal.js';
import * as ucs2length from 'ajv/dist/runtime/ucs2length.js';
import * as uri from 'ajv/dist/runtime/uri.js';
import * as formats from 'ajv-formats/dist/formats.js';
import { fastFormat, fastRegExp } from './formats.js';

// biome-ignore lint/suspicious/noExplicitAny: CommonJS namespaces differ per loader
export function interop(ns: any): any {
  const d = ns.default;
  return d && typeof d === 'object' && d.__esModule ? d : ns;
}

const ajvFormats = interop(formats);

// biome-ignore lint/suspicious/noExplicitAny: the standalone code reads properties off these modules
export const runtime: Record<string, any> = {
  // ajv-formats' formats with `date` and `date-time` replaced by the equivalent fast checks that
  // createAjv() uses too
  'ajv-formats/dist/formats': {
    ...ajvFormats,
    fullFormats: {
      ...ajvFormats.fullFormats,
      date: fastFormat('date'),
      'date-time': fastFormat('date-time'),
    },
  },
  '@zorghub/schemas/formats': { fastRegExp },
  'ajv/dist/runtime/equal': interop(equal),
  'ajv/dist/runtime/ucs2length': interop(ucs2length),
  'ajv/dist/runtime/uri': interop(uri),
};
