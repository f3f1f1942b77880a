// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Node only: renders the monitoring report in the formats asked for and writes them to a folder. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderDocx } from '../../node/docx.js';
import type { ReportFormat } from '../../node/index.js';
import { runScenario } from '../../run/run-scenario.js';
import type { Scenario } from '../../types.js';
import { monitorHtml, monitorJson, monitorMarkdown } from '../render.js';
import type { MonitorResult } from '../types.js';
import { monitorXlsx } from '../xlsx.js';

/** The business-case report's formats but PDF. */
export type MonitorFormat = Exclude<ReportFormat, 'pdf'>;
export const MONITOR_FORMATS: readonly MonitorFormat[] = ['md', 'html', 'xlsx', 'json', 'docx'];

/**
 * One format. `docx` is the council document of the business case with a monitoring section, so it
 * computes the business case too (`runs` Monte Carlo runs, default 10,000).
 */
export async function renderMonitorFormat(
  scenario: Scenario,
  result: MonitorResult,
  format: MonitorFormat,
  lang: 'nl' | 'en',
  options: { runs?: number } = {},
): Promise<string | Uint8Array> {
  switch (format) {
    case 'md':
      return monitorMarkdown(result, { lang });
    case 'html':
      return monitorHtml(result, { lang });
    case 'json':
      return monitorJson(result);
    case 'xlsx':
      return monitorXlsx(result, { lang });
    case 'docx':
      return renderDocx(runScenario(scenario, { runs: options.runs ?? 10_000 }), {
        lang,
        monitoring: result,
      });
  }
}

/** Writes `monitor.<lang>.<format>` (and `monitor.json`) to `outDir`; returns the paths. */
export async function writeMonitorReports(
  scenario: Scenario,
  result: MonitorResult,
  options: { outDir: string; formats: readonly MonitorFormat[]; lang: 'nl' | 'en'; runs?: number },
): Promise<string[]> {
  await mkdir(options.outDir, { recursive: true });
  const written: string[] = [];
  for (const format of options.formats) {
    const path = join(
      options.outDir,
      format === 'json' ? 'monitor.json' : `monitor.${options.lang}.${format}`,
    );
    await writeFile(
      path,
      await renderMonitorFormat(scenario, result, format, options.lang, options),
    );
    written.push(path);
  }
  return written;
}
