// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * `@zorghub/schemas/validate/browser`: the same validator as `zorghub validate`, for files dropped
 * in a browser (run it in a Web Worker). It streams from the `File` objects and sends nothing
 * anywhere. Workbooks (.xlsx) are loaded whole (exceljs's browser build) and read with the same
 * cell reading as the CLI; a regional profile is applied as the CLI applies it (browser-profile.ts).
 */
import { browserIo, type DroppedFile } from './browser-io.js';
import {
  browserProfileStandard,
  declaredProfileFolder,
  type ProfileFolder,
  profileFolder,
} from './browser-profile.js';
import { InputError, t } from './package.js';
import type { Lang, ValidationReport } from './report.js';
import { publishedStandard } from './standard-view.js';
import { runValidation, type ValidateOptions } from './validate-run.js';

export { standardVersion } from '../version.js';
export type { DroppedFile } from './browser-io.js';
export type { ProfileFolder } from './browser-profile.js';
export { type IssueCodeInfo, issueCodeList, issueCodes, type Severity } from './codes.js';
export { InputError } from './package.js';
export {
  type FileSummary,
  formatReport,
  type Issue,
  type Lang,
  type Sample,
  unusableReport,
  type ValidationReport,
} from './report.js';
export { renderReportHtml } from './report-html.js';

export interface BrowserValidateOptions
  extends Omit<ValidateOptions, 'profile' | 'schema' | 'onRecord'> {
  /** Told of the bytes read so far and the bytes there are to read, as the files are read. */
  onProgress?: (read: number, total: number) => void;
  /**
   * The profile to apply, as `--profile` does: the files of a profile folder the user picked, or
   * the name of one of `profiles`. Left out, the profile a dropped package declares is applied.
   */
  profile?: DroppedFile[] | string;
  /** Profiles the page carries (those shipped with the standard), for a name to be found in. */
  profiles?: ProfileFolder[];
  /** Told of the profile applied (its folder's name), before the files are read. */
  onProfile?: (name: string) => void;
}

/** The folders and loose files at the top of what was dropped, as `validate` would be given them. */
function topLevel(files: DroppedFile[]): string[] {
  const seen = new Set<string>();
  for (const { path } of files) seen.add(path.replace(/^\/+/, '').split('/')[0]!);
  return [...seen].sort();
}

/**
 * Validates dropped files and folders as `zorghub validate` does the same files on disk. Throws
 * {@link InputError} when the input cannot be used at all; everything else is in the report.
 */
export async function validateFiles(
  dropped: DroppedFile[],
  options: BrowserValidateOptions = {},
): Promise<ValidationReport> {
  const lang: Lang = options.lang ?? 'nl';
  const shipped = options.profiles ?? [];
  let files = dropped;
  let folder: ProfileFolder | undefined;
  if (typeof options.profile === 'string') {
    folder = shipped.find((p) => p.path === options.profile);
    if (!folder)
      throw new InputError(
        t(
          lang,
          `profiel "${options.profile}" bestaat niet; kies uit: ${shipped.map((p) => p.path).join(', ')}`,
          `no such profile "${options.profile}"; choose from: ${shipped.map((p) => p.path).join(', ')}`,
        ),
        'not-found',
      );
  } else if (options.profile) folder = profileFolder(options.profile);
  else {
    folder = await declaredProfileFolder(dropped, topLevel(dropped), shipped, lang);
    // a profile folder dropped beside a package is what --profile points at, not input
    const top = folder?.path.split('/')[0];
    if (folder && !dropped.some((f) => f.path.replace(/^\/+/, '') === `${top}/datapakket.json`)) {
      const profileFiles = new Set(folder.files);
      files = dropped.filter((f) => !profileFiles.has(f));
    }
  }
  const standard = folder ? await browserProfileStandard(folder, lang) : publishedStandard();
  if (folder) options.onProfile?.(folder.path.split('/').at(-1) ?? folder.path);
  const total = files.reduce((n, f) => n + f.file.size, 0);
  let read = 0;
  const io = browserIo(
    files,
    options.onProgress
      ? (bytes) => {
          read += bytes;
          options.onProgress!(Math.min(read, total), total);
        }
      : undefined,
  );
  const { onProgress: _, onProfile: _o, profile: _p, profiles: _s, ...rest } = options;
  return runValidation(io, topLevel(files), standard, rest);
}
