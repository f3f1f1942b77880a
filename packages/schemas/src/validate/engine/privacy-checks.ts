// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The privacy checks of a record: a BSN, an e-mail address or a phone number where none belongs.
 * Values found are never shown (`redacted`).
 */
import {
  numberLooksLikeBsn,
  PRIVACY_BSN,
  PRIVACY_EMAIL,
  PRIVACY_PHONE,
  scanText,
} from '../privacy.js';
import { ALLOW_EMAIL, ALLOW_PHONE, SKIP_DATE } from './runtime.js';
import type { Reporter } from './schema-errors.js';
import type { Source } from './source.js';

/**
 * A valid record has only known fields, and its dates and closed codes cannot hold contact
 * details, so only the other top-level fields (and what is nested in them) are scanned.
 */
export function scanKnownFields(
  reporter: Reporter,
  record: Record<string, unknown>,
  source: Source,
  line: number,
  idSample: object,
): void {
  for (const field of source.runtime.scanFields) {
    const value = record[field.key];
    if (value === undefined) continue;
    if (typeof value === 'string') {
      if (value.length < 6) continue;
      const found = scanText(value);
      if (found !== 0)
        privacyHit(reporter, found, field.flags, field.key, field.key, source, line, idSample);
    } else if (typeof value === 'number') {
      if (value >= 100000000 && numberLooksLikeBsn(value))
        reporter.issue('privacy.bsn', source, line, field.key, { ...idSample, redacted: true });
    } else if (typeof value === 'object' && value !== null) {
      scanRecord(reporter, value, field.key, source, line, idSample, 1);
    }
  }
}

export function privacyHit(
  reporter: Reporter,
  found: number,
  flags: number,
  fieldPath: string,
  concrete: string,
  source: Source,
  line: number,
  idSample: object,
): void {
  const details = {
    ...idSample,
    ...(concrete !== fieldPath ? { field: concrete } : {}),
    redacted: true,
  };
  if (found & PRIVACY_BSN) reporter.issue('privacy.bsn', source, line, fieldPath, details);
  if (found & PRIVACY_EMAIL && !(flags & ALLOW_EMAIL))
    reporter.issue('privacy.email', source, line, fieldPath, details);
  if (found & PRIVACY_PHONE && !(flags & ALLOW_PHONE))
    reporter.issue('privacy.phone', source, line, fieldPath, details);
}

/** Scans every string and number of a record (or a part of it), for records that are not valid. */
export function scanRecord(
  reporter: Reporter,
  node: unknown,
  path: string,
  source: Source,
  line: number,
  idSample: object,
  depth: number,
): void {
  if (depth > 32 || typeof node !== 'object' || node === null) return;
  const runtime = source.runtime;
  const isArray = Array.isArray(node);
  const obj = node as Record<string, unknown>;
  // for-in sees own keys here: records are JSON.parse results or null-prototype objects
  for (const key in obj) {
    const value = obj[key];
    const fieldPath = isArray ? `${path}[]` : path ? `${path}.${key}` : key;
    if (typeof value === 'string') {
      if (value.length < 6) continue;
      const flags = runtime.flags.get(fieldPath) ?? 0;
      if (flags & SKIP_DATE && value.charCodeAt(4) === 45 && value.length <= 35) continue;
      const found = scanText(value);
      if (found === 0) continue;
      const concrete = isArray ? `${path}[${key}]` : fieldPath;
      privacyHit(reporter, found, flags, fieldPath, concrete, source, line, idSample);
    } else if (typeof value === 'number') {
      if (value >= 100000000 && numberLooksLikeBsn(value))
        reporter.issue('privacy.bsn', source, line, fieldPath, { ...idSample, redacted: true });
    } else if (typeof value === 'object' && value !== null) {
      scanRecord(reporter, value, fieldPath, source, line, idSample, depth + 1);
    }
  }
}
