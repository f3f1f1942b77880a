// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The validator in a Web Worker: the page hands over the dropped File objects, the worker streams
// them through the same validator as `zorghub validate` and hands back the report. No request is
// made: the files are read on this computer only. The profiles shipped with the standard travel
// inside this script, so a declared one is found without asking a server.
import shipped from '@site/src/generated/profiles.json';
import {
  type DroppedFile,
  formatReport,
  InputError,
  type Lang,
  type ProfileFolder,
  standardVersion,
  unusableReport,
  type ValidationReport,
  validateFiles,
} from '@zorghub/schemas/validate/browser';

export interface ValidateRequest {
  files: DroppedFile[];
  lang: Lang;
  /** a shipped profile's name, or the files of a picked profile folder; none: as declared */
  profile?: string | DroppedFile[];
}

export type ValidateMessage =
  | { type: 'progress'; read: number; total: number }
  | {
      type: 'done';
      report: ValidationReport;
      json: string;
      html: string;
      seconds: number;
      profile?: string;
    }
  | { type: 'failed'; message: string };

const profiles: ProfileFolder[] = shipped.map(({ path, files }) => ({
  path,
  files: files.map((f) => ({ path: `${path}/${f.name}`, file: new Blob([f.text]) })),
}));

const post = (message: ValidateMessage) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<ValidateRequest>) => {
  const { files, lang, profile } = event.data;
  const started = performance.now();
  let last = 0;
  let report: ValidationReport;
  let applied: string | undefined;
  try {
    report = await validateFiles(files, {
      lang,
      profiles,
      ...(profile !== undefined ? { profile } : {}),
      onProfile(name) {
        applied = name;
      },
      onProgress(read, total) {
        const now = performance.now();
        if (now - last < 100 && read < total) return;
        last = now;
        post({ type: 'progress', read, total });
      },
    });
  } catch (error) {
    if (!(error instanceof InputError)) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    report = unusableReport(error.reason, error.message, lang, standardVersion);
  }
  post({
    type: 'done',
    report,
    json: formatReport(report, { format: 'json', lang }),
    html: formatReport(report, { format: 'html', lang }),
    seconds: (performance.now() - started) / 1000,
    ...(applied !== undefined ? { profile: applied } : {}),
  });
};
