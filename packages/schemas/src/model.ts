// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The model of the standard shared by the generator, the root entry and regional profiles: its
 * public types. Deriving them from a schema is in ./entity-info.ts, inlining closed codelists in
 * ./bundle.ts, the conventions every schema must follow in ./conventions.ts. Browser-safe.
 */

import type { ErrorObject } from 'ajv';

/** A precompiled validator: returns whether `data` is valid; `errors` holds ajv's errors. */
export interface ValidateFn {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export type Privacy = 'none' | 'pseudonymous' | 'personal' | 'special';
export const privacyClasses: readonly Privacy[] = ['none', 'pseudonymous', 'personal', 'special'];

export interface LocalizedText {
  nl: string;
  en: string;
}

export interface FieldInfo {
  /** Dotted for nested objects, e.g. 'geplandStartOp' or 'adres.postcode'; '[]' marks array items. */
  path: string;
  /** CSV/XLSX header (Dutch): equals path. */
  columnNl: string;
  /** English alias header, e.g. 'plannedStartAt'. */
  columnEn: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  format?: string;
  /** Required in its object; for a field of an array's items (`regels[].aantal`): in each item. */
  required: boolean;
  privacy: Privacy;
  codelist?: string;
  reference?: string;
  deprecated?: boolean;
  title: LocalizedText;
  description: LocalizedText;
}

/**
 * What an entity is: `record` (exchanged in data packages and stored by the API), `scenario` (a
 * business-case document) or `manifest` (the description of a data package).
 */
export type EntityKind = 'record' | 'scenario' | 'manifest';
export const entityKinds: readonly EntityKind[] = ['record', 'scenario', 'manifest'];

/**
 * Whose a record is, for access scoping: the field that holds the id of the care organisation,
 * the client, the participant and the parent record (a subscription, a visit). A path with a dot
 * (`clientId.zorgorganisatieId`) follows a reference: the value is the named field of the record
 * the first field points at. Absent: the record has no such owner.
 */
export interface EntityScope {
  organisation?: string;
  client?: string;
  participant?: string;
  parent?: string;
}
export const scopeKeys: readonly (keyof EntityScope)[] = [
  'organisation',
  'client',
  'participant',
  'parent',
];

export interface EntityInfo {
  name: string;
  plural: string;
  english: string;
  englishPlural: string;
  kind: EntityKind;
  /** Record entities only: the fields that scope a record (see {@link EntityScope}). */
  scope?: EntityScope;
  $id: string;
  idField: string;
  title: LocalizedText;
  description: LocalizedText;
  fields: FieldInfo[];
}

export interface Code {
  code: string;
  labelNl: string;
  labelEn: string;
  descriptionNl?: string;
  descriptionEn?: string;
  deprecated: boolean;
  replacedBy?: string;
}

export interface Codelist {
  name: string;
  open: boolean;
  codes: Code[];
}

/** One parameter of the business-case scenario (a `{waarde, eenheid, bron}` object). */
export interface ScenarioParameterInfo {
  /** Property name: `uurloon`, `instroom`, `kansPerJaar`, `3` (an evidence grade). */
  key: string;
  /** JSON Pointer in the scenario with `*` in place of a list index (`/cohorten/0/instroom` matches). */
  path: string;
  /** Where it sits: the general parameters, an evidence grade, a cohort, an outflow, a line. */
  group: 'parameters' | 'bewijsklassen' | 'cohorten' | 'uitstroom' | 'regels';
  required: boolean;
  title: LocalizedText;
  description: LocalizedText;
  /**
   * Units of `scenario-eenheid` the value may have; `¤` stands for the scenario's currency
   * (`¤/uur` is `EUR/uur` in a scenario in euro). Absent: any unit.
   */
  units?: string[];
}

/** Codelist metadata kept beside the codes (codelists/index.json). */
export interface CodelistMeta {
  title: LocalizedText;
  description: LocalizedText;
}

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema documents are untyped JSON
export type JsonSchema = Record<string, any>;

export function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
