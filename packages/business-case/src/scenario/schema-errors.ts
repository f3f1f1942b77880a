// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The scenario schema's errors (ajv) in the reader's words: path, what was expected, what was found. */
import type { LocalizedText } from '../types.js';
import type { SchemaError } from '../validator.js';
import { describeValue, type IssueCollector, type Json, valueAt } from './issues.js';

const COMPARISON: Record<string, string> = {
  minimum: '>=',
  exclusiveMinimum: '>',
  maximum: '<=',
  exclusiveMaximum: '<',
};

function expectation(error: SchemaError): LocalizedText | undefined {
  const params = error.params;
  switch (error.keyword) {
    case 'required':
      return {
        en: `a value for "${String(params.missingProperty)}"`,
        nl: `een waarde voor "${String(params.missingProperty)}"`,
      };
    case 'additionalProperties':
      return { en: 'no such property', nl: 'geen eigenschap met deze naam' };
    case 'type':
      return {
        en: `a value of type ${String(params.type)}`,
        nl: `een waarde van type ${String(params.type)}`,
      };
    case 'enum': {
      const values = (params.allowedValues as unknown[]).join(', ');
      return { en: `one of ${values}`, nl: `een van ${values}` };
    }
    case 'const':
      return { en: describeValue(params.allowedValue), nl: describeValue(params.allowedValue) };
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const op = COMPARISON[error.keyword] as string;
      return {
        en: `a number ${op} ${String(params.limit)}`,
        nl: `een getal ${op} ${String(params.limit)}`,
      };
    }
    case 'minItems':
      return {
        en: `at least ${String(params.limit)} item(s)`,
        nl: `minstens ${String(params.limit)} element(en)`,
      };
    case 'minLength':
      return { en: 'a non-empty text', nl: 'een niet-lege tekst' };
    case 'pattern':
      return {
        en: `text matching ${String(params.pattern)}`,
        nl: `tekst volgens ${String(params.pattern)}`,
      };
    // `if`/`allOf` only say that a sub-schema failed; the failing keyword has its own error.
    case 'if':
    case 'allOf':
      return undefined;
    default:
      return { en: error.message ?? error.keyword, nl: error.message ?? error.keyword };
  }
}

/** Adds one schema error to the collector. */
export function reportSchemaError(error: SchemaError, root: Json, out: IssueCollector): void {
  const expected = expectation(error);
  if (expected === undefined) return;
  const params = error.params;
  const at = error.instancePath;
  switch (error.keyword) {
    case 'required':
      out.add(
        'scenario.schema.required',
        `${at}/${String(params.missingProperty)}`,
        expected,
        describeValue(undefined),
      );
      return;
    case 'additionalProperties':
      out.add(
        'scenario.unknownProperty',
        `${at}/${String(params.additionalProperty)}`,
        expected,
        `"${String(params.additionalProperty)}"`,
      );
      return;
    default:
      out.add(`scenario.schema.${error.keyword}`, at, expected, describeValue(valueAt(root, at)));
  }
}
