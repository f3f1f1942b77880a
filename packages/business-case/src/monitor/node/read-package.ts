// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Node only: reads a data package folder (`datapakket.json` with CSV, NDJSON, JSON or XLSX files)
 * through the standard's own validator and readers, in one pass: every record is checked and, when
 * it is valid, added to the actuals. An invalid package gives the validator's report, unless
 * `allowInvalid`: then the invalid records are left out and counted.
 */
import type { EntiteitCode } from '@zorghub/schemas';
import { type ValidationReport, validatePaths } from '@zorghub/schemas/validate';
import { ActualsAccumulator } from '../actuals.js';
import type { PackageActuals } from '../types.js';

export interface ReadPackageOptions {
  allowInvalid?: boolean;
  lang?: 'nl' | 'en';
  asOf?: string;
}

export type ReadPackageResult =
  | { ok: true; actuals: PackageActuals; report: ValidationReport }
  | { ok: false; report: ValidationReport };

/**
 * Validates the package and adds up its actuals. Throws the validator's `InputError` when the
 * input cannot be used at all (missing folder, unreadable file).
 */
export async function readPackage(
  path: string,
  options: ReadPackageOptions = {},
): Promise<ReadPackageResult> {
  const acc = new ActualsAccumulator();
  const report = await validatePaths([path], {
    lang: options.lang ?? 'nl',
    checkReferences: true,
    onRecord: (entity, record, valid) => {
      if (valid) acc.add({ entity: entity as EntiteitCode, record });
      else acc.skipInvalid();
    },
  });
  if (!report.valid && !options.allowInvalid) return { ok: false, report };
  return { ok: true, actuals: acc.finish(options.asOf ? { asOf: options.asOf } : {}), report };
}
