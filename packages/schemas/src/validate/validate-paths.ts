// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** `validatePaths()`: files and folders on disk against the standard, one report for the whole run. */
import { declaredProfile } from './declared-profile.js';
import { nodeIo } from './node-io.js';
import { checkEncoding } from './package.js';
import { parallelReader } from './parallel/pool.js';
import { profileStandard } from './profile-standard.js';
import type { Lang, ValidationReport } from './report.js';
import { publishedStandard } from './standard-view.js';
import { runValidation, type ValidateOptions } from './validate-run.js';

export type { ValidateOptions } from './validate-run.js';

/**
 * Validates files and folders (a folder with `datapakket.json` as one package), against the
 * profile given or the one the package declares. Throws {@link InputError} when the input cannot
 * be used at all; everything else is in the report.
 */
export async function validatePaths(
  paths: string[],
  options: ValidateOptions & {
    /** bytes per piece of a parallel run (tests: records on both sides of a border) */
    pieceBytes?: number;
  } = {},
): Promise<ValidationReport> {
  const lang: Lang = options.lang ?? 'nl';
  checkEncoding(options.encoding, lang);
  const profile = options.profile ?? (await declaredProfile(paths, lang));
  const standard = profile ? await profileStandard(profile, lang) : publishedStandard();
  const parallel = parallelReader({
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    ...(profile ? { profile } : {}),
    lang,
    maxSamples: options.maxSamples ?? 5,
    checkReferences: options.checkReferences ?? false,
    ...(options.pieceBytes ? { pieceBytes: options.pieceBytes } : {}),
  });
  return runValidation(nodeIo, paths, standard, options, parallel);
}
