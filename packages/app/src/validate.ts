// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Forms are checked with the standard's own compiled validators (`@zorghub/schemas`), the same
 * schemas the API checks bodies with; ajv's errors become a message per form field.
 */
import { getValidator } from '@zorghub/schemas';
import type { InvalidParam } from './api';
import type { Texts } from './texts/nl';
import type { FieldError } from './ui';

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

function fieldOf(e: AjvError): string {
  if (e.keyword === 'required') return String(e.params.missingProperty);
  return e.instancePath.split('/')[1] ?? '';
}

function messageOf(e: AjvError, t: Texts): string {
  switch (e.keyword) {
    case 'required':
      return t.errors.required;
    case 'maxLength':
      return t.errors.tooLong(Number(e.params.limit));
    default:
      return t.errors.invalid;
  }
}

/**
 * The errors in `record` on the fields the form shows (`fields`, in their order). Server-set fields
 * are filled by the caller with placeholders, so only what the user can change is reported.
 */
export function validateEntity(
  entity: string,
  record: Record<string, unknown>,
  fields: readonly string[],
  t: Texts,
  overrides: Record<string, string> = {},
): FieldError[] {
  const validate = getValidator(entity);
  if (validate(record)) return [];
  const byField = new Map<string, string>();
  for (const e of (validate.errors ?? []) as AjvError[]) {
    const field = fieldOf(e);
    if (!fields.includes(field) || byField.has(field)) continue;
    byField.set(field, overrides[field] ?? messageOf(e, t));
  }
  return fields.filter((f) => byField.has(f)).map((f) => ({ field: f, message: byField.get(f)! }));
}

/** The API's refusal (problem+json invalidParams) as field errors where it names a form field. */
export function serverFieldErrors(params: InvalidParam[], fields: readonly string[]): FieldError[] {
  const out: FieldError[] = [];
  for (const p of params) {
    const field = p.name.replace(/^\/?(body\/)?/, '').split('/')[0] ?? '';
    if (fields.includes(field)) out.push({ field, message: p.reason });
  }
  return out;
}
