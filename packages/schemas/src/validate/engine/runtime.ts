// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * What the checks need to know about one entity, worked out once per run from its fields: the
 * validator, which fields hold codes, references and deprecated values, which are scanned for
 * personal data and which are never shown in a report.
 */
import type { Codelist, EntityInfo, FieldInfo } from '../../model.js';
import { type IdKeys, IdSet } from '../idset.js';

/** What ajv puts in `.errors` (the subset used here). */
export interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export type ValidateFn = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

export interface EntitySetup {
  info: EntityInfo;
  validate: ValidateFn;
  codelists: Readonly<Record<string, Codelist>>;
}

export interface CodelistCheck {
  field: FieldInfo;
  segments: string[];
  array: boolean;
  codes: Set<string>;
  deprecated: Map<string, string | undefined>;
  open: boolean;
}

export interface ReferenceCheck {
  field: FieldInfo;
  segments: string[];
  array: boolean;
  target: string;
  index: number;
}

/** Flags per field path. */
export const ALLOW_EMAIL = 1;
export const ALLOW_PHONE = 2;
export const SKIP_DATE = 4;
export const REDACT = 8;

/** Everything needed to check records of one entity, built once per run. */
export class EntityRuntime {
  readonly info: EntityInfo;
  readonly validate: ValidateFn;
  readonly fields = new Map<string, FieldInfo>();
  readonly flags = new Map<string, number>();
  readonly codelistChecks: CodelistCheck[] = [];
  readonly references: ReferenceCheck[] = [];
  readonly deprecatedFields: FieldInfo[] = [];
  readonly ids: IdSet;
  /** top-level fields whose values a valid record can still hide personal data in */
  readonly scanFields: Array<{ key: string; flags: number }> = [];
  readonly codelistOf = new Map<string, Codelist>();
  constructor(
    setup: EntitySetup,
    referenceIndex: { next: number; list: ReferenceCheck[] },
    idKeys: IdKeys,
  ) {
    this.info = setup.info;
    this.validate = setup.validate;
    this.ids = new IdSet(idKeys);
    for (const field of setup.info.fields) {
      this.fields.set(field.path, field);
      let flags = 0;
      // personal fields may hold contact details (a contact person's phone); special fields are
      // health data, where contact details never belong: those are scanned and flagged
      if (field.privacy === 'personal') flags |= ALLOW_EMAIL | ALLOW_PHONE | REDACT;
      if (field.privacy === 'special') flags |= REDACT;
      if (field.format === 'email') flags |= ALLOW_EMAIL;
      if (/telefoon|phone/i.test(field.path)) flags |= field.privacy === 'none' ? 0 : ALLOW_PHONE;
      if (field.format === 'date' || field.format === 'date-time') flags |= SKIP_DATE;
      this.flags.set(field.path, flags);
      if (!field.path.includes('.') && !field.path.includes('[]')) {
        const closedCode =
          field.codelist !== undefined &&
          setup.codelists[field.codelist] !== undefined &&
          !setup.codelists[field.codelist]!.open &&
          field.type === 'string';
        const date = field.format === 'date' || field.format === 'date-time';
        if (!closedCode && !date && field.type !== 'boolean')
          this.scanFields.push({ key: field.path, flags });
      }
      const array = field.path.endsWith('[]');
      const base = array ? field.path.slice(0, -2) : field.path;
      if (base.includes('[]')) continue; // codes/references deep inside arrays of objects: schema only
      const segments = base.split('.');
      if (field.codelist) {
        const list = setup.codelists[field.codelist];
        if (list) {
          this.codelistOf.set(field.path, list);
          if (array) this.codelistOf.set(base, list);
          const deprecated = new Map<string, string | undefined>();
          for (const code of list.codes)
            if (code.deprecated) deprecated.set(code.code, code.replacedBy);
          this.codelistChecks.push({
            field,
            segments,
            array: array || field.type === 'array',
            codes: new Set(list.codes.map((c) => c.code)),
            deprecated,
            open: list.open,
          });
        }
      }
      if (field.reference) {
        const check: ReferenceCheck = {
          field,
          segments,
          array: array || field.type === 'array',
          target: field.reference,
          index: referenceIndex.next++,
        };
        referenceIndex.list.push(check);
        this.references.push(check);
      }
      if (field.deprecated) this.deprecatedFields.push(field);
    }
  }
}
