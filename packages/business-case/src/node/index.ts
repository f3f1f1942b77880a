// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { renderHtml } from '../render/html.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderXlsx } from '../render/xlsx/workbook.js';
import type { BusinessCaseResult } from '../result-types.js';
import { countLines, MAX_SCENARIO_BYTES, sizeProblem } from '../scenario/limits.js';
import { parseScenario } from '../scenario/parse.js';
import type { Scenario, ScenarioIssue } from '../types.js';
import { renderDocx } from './docx.js';
import { docxToPdf } from './pdf.js';

export * from '../index.js';
export {
  type ReadPackageOptions,
  type ReadPackageResult,
  readPackage,
} from '../monitor/node/read-package.js';
export {
  MONITOR_FORMATS,
  type MonitorFormat,
  renderMonitorFormat,
  writeMonitorReports,
} from '../monitor/node/reports.js';
export { renderDocx } from './docx.js';
export { docxToPdf, findSoffice, PdfError } from './pdf.js';

export type ReportFormat = 'md' | 'html' | 'xlsx' | 'json' | 'docx' | 'pdf';
export const REPORT_FORMATS: readonly ReportFormat[] = [
  'md',
  'html',
  'xlsx',
  'json',
  'docx',
  'pdf',
];

/** A file could not be read at all (missing, a folder, unreadable): not a validation problem. */
export class ScenarioFileError extends Error {
  override name = 'ScenarioFileError';
}

export interface ScenarioFileResult {
  file: string;
  scenario?: Scenario;
  issues: ScenarioIssue[];
}

/** Reads a scenario file (`.yaml`, `.yml` or `.json`) and checks it. */
export async function readScenarioFile(file: string): Promise<ScenarioFileResult> {
  let text: string;
  try {
    // Refuse an oversized file before reading it whole.
    const size = (await stat(file)).size;
    if (size > MAX_SCENARIO_BYTES) throw new ScenarioFileError(`${file}: ${sizeProblem(size, 0)}`);
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'file not found / bestand niet gevonden'
        : code === 'EISDIR'
          ? 'this is a folder, expected a scenario file / dit is een map, verwacht een scenariobestand'
          : `cannot read (${code ?? 'unknown'}) / kan niet lezen`;
    if (error instanceof ScenarioFileError) throw error;
    throw new ScenarioFileError(`${file}: ${why}`);
  }
  const tooBig = sizeProblem(Buffer.byteLength(text), countLines(text));
  if (tooBig) throw new ScenarioFileError(`${file}: ${tooBig}`);
  const format = extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';
  const { scenario, issues } = parseScenario(text, format);
  return { file, ...(scenario ? { scenario } : {}), issues };
}

/** One line per issue: `file:line: path: expected …, found …`. */
export function formatIssues(file: string, issues: ScenarioIssue[], lang: 'nl' | 'en'): string {
  return issues
    .map((i) => {
      const where = `${file}${i.line !== undefined ? `:${i.line}` : ''}`;
      const level =
        i.severity === 'error'
          ? lang === 'nl'
            ? 'fout'
            : 'error'
          : lang === 'nl'
            ? 'waarschuwing'
            : 'warning';
      const message = i.message[lang].replace(/ \((regel|line) \d+\)/, '');
      return `${where}: ${level}: ${message}`;
    })
    .join('\n');
}

export interface WriteOptions {
  outDir: string;
  formats: readonly ReportFormat[];
  lang: 'nl' | 'en';
  /** File name without extension; default `business-case`. */
  baseName?: string;
}

/** Renders the requested formats and writes them to `outDir`; returns the paths written. */
export async function writeReports(
  scenario: Scenario,
  result: BusinessCaseResult,
  options: WriteOptions,
): Promise<string[]> {
  await mkdir(options.outDir, { recursive: true });
  const base = options.baseName ?? 'business-case';
  const written: string[] = [];
  for (const format of options.formats) {
    const path = join(
      options.outDir,
      format === 'json' ? `${base}.json` : `${base}.${options.lang}.${format}`,
    );
    const content = await renderFormat(scenario, result, format, options.lang);
    await writeFile(path, content);
    written.push(path);
  }
  return written;
}

export async function renderFormat(
  scenario: Scenario,
  result: BusinessCaseResult,
  format: ReportFormat,
  lang: 'nl' | 'en',
): Promise<string | Uint8Array> {
  switch (format) {
    case 'md':
      return renderMarkdown(result, { lang });
    case 'html':
      return renderHtml(result, { lang });
    case 'json':
      return renderJson(result);
    case 'xlsx':
      return renderXlsx(scenario, result, { lang });
    case 'docx':
      return renderDocx(result, { lang });
    case 'pdf':
      return docxToPdf(await renderDocx(result, { lang }));
  }
}
