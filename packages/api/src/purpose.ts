// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Doelbinding: why client or signal data is accessed, recorded with every access-log entry. A
 * caller names it in the `X-Doel` header (a short word or phrase, for example `inzageverzoek` or
 * `klachtbehandeling`); without one the role's usual purpose is recorded.
 */
import { problem } from './problem.js';
import type { Role } from './types.js';

export const PURPOSE_HEADER = 'x-doel';
export const PURPOSE_PATTERN = '^[A-Za-z0-9][A-Za-z0-9 ._:-]{0,79}$';
const PATTERN = new RegExp(PURPOSE_PATTERN);

/** The purpose recorded when a caller names none. */
export const DEFAULT_PURPOSE: Record<Role, string> = {
  beheerder: 'beheer',
  planner: 'planning',
  jobcoach: 'begeleiding',
  medewerker: 'bezoekuitvoering',
  zorgorganisatie: 'zorgverlening',
  financier: 'verantwoording',
  particulier: 'eigen-gegevens',
};
/** An unauthenticated attempt's purpose. */
export const NO_PURPOSE = 'niet-opgegeven';

/** The `X-Doel` header when it is well-formed, else undefined. */
function header(headers: Record<string, string | string[] | undefined>): string | undefined {
  const v = headers[PURPOSE_HEADER];
  return typeof v === 'string' && PATTERN.test(v) ? v : undefined;
}

/** The purpose to record: the caller's well-formed `X-Doel`, else the role's default. */
export function purposeOf(
  headers: Record<string, string | string[] | undefined>,
  role: Role | undefined,
): string {
  return header(headers) ?? (role ? DEFAULT_PURPOSE[role] : NO_PURPOSE);
}

/** Refuses a malformed `X-Doel` (400 naming the header). */
export function checkPurpose(headers: Record<string, string | string[] | undefined>) {
  const v = headers[PURPOSE_HEADER];
  if (v === undefined || header(headers) !== undefined) return;
  throw problem(
    400,
    'X-Doel moet 1–80 tekens [A-Za-z0-9 ._:-] zijn, bijvoorbeeld "zorgverlening" / X-Doel must be 1–80 characters',
    {
      invalidParams: [{ name: 'X-Doel', code: 'pattern', reason: `expected ${PURPOSE_PATTERN}` }],
    },
  );
}
