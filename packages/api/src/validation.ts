// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { bodyAjv } from './standard.js';

type Validate = ((data: unknown) => boolean) & { errors?: unknown };

/**
 * Two validators: bodies are checked with the standard's own ajv (its vocabulary: codelist,
 * x-privacy …), query strings and path parameters with a coercing ajv (they arrive as text).
 */
export function createValidators() {
  const coercing = new Ajv({
    coerceTypes: true,
    useDefaults: true,
    allErrors: false,
    strict: false,
  });
  (addFormats as unknown as (a: Ajv) => void)(coercing);
  return {
    compile(schema: object, httpPart: string | undefined): Validate {
      if (httpPart === 'body') return bodyAjv().compile(schema);
      return coercing.compile(schema) as Validate;
    },
  };
}
