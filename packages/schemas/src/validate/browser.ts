// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * `@zorghub/schemas/validate/browser`: the same validator as `zorghub validate`, for files dropped
 * in a browser (run it in a Web Worker). It streams from the `File` objects and sends nothing
 * anywhere. Workbooks (.xlsx) are not read here (their reader needs Node); regional profiles
 * neither: a package that declares one is unusable input here, with a message saying so.
 */
import { browserIo, type DroppedFile } from './browser-io.js';
import { InputError, t } from './package.js';
import type { Lang, ValidationReport } from './report.js';
import { publishedStandard } from './standard-view.js';
import { runValidation, type ValidateOptions } from './validate-run.js';

export { standardVersion } from '../version.js';
export type { DroppedFile } from './browser-io.js';
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
}

/** The folders and loose files at the top of what was dropped, as `validate` would be given them. */
function topLevel(files: DroppedFile[]): string[] {
  const seen = new Set<string>();
  for (const { path } of files) seen.add(path.replace(/^\/+/, '').split('/')[0]!);
  return [...seen].sort();
}

/** The profile a dropped package's manifest declares, if any. */
async function declaredProfile(files: DroppedFile[]): Promise<string | undefined> {
  for (const { path, file } of files) {
    if (!/(?:^|\/)datapakket\.json$/.test(path) || file.size > 16 << 20) continue;
    try {
      const value = JSON.parse((await file.text()).replace(/^\uFEFF/, '')) as {
        profiel?: unknown;
      } | null;
      if (typeof value?.profiel === 'string') return value.profiel;
    } catch {
      // an unreadable manifest is reported when the package is read
    }
  }
  return undefined;
}

/**
 * Validates dropped files and folders as `zorghub validate` does the same files on disk. Throws
 * {@link InputError} when the input cannot be used at all; everything else is in the report.
 */
export async function validateFiles(
  files: DroppedFile[],
  options: BrowserValidateOptions = {},
): Promise<ValidationReport> {
  const lang: Lang = options.lang ?? 'nl';
  const profile = await declaredProfile(files);
  if (profile !== undefined)
    throw new InputError(
      t(
        lang,
        `het datapakket noemt profiel "${profile}"; profielen worden in de browser niet toegepast: controleer het pakket met zorghub validate`,
        `the data package declares profile "${profile}"; profiles are not applied in the browser: check the package with zorghub validate`,
      ),
      'unknown-profile',
    );
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
  const { onProgress: _, ...rest } = options;
  return runValidation(io, topLevel(files), publishedStandard(), rest);
}
