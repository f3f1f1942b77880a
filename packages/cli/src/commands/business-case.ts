// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2

import type { ReportFormat } from '@zorghub/business-case/node';
import { type Command, Option } from 'commander';
import { CliError } from '../errors.js';

interface BusinessCaseFlags {
  out?: string;
  format: string;
  lang: 'nl' | 'en';
  runs: string;
  seed: string;
}

// The report's formats as @zorghub/business-case defines them (loaded lazily, so only its type here).
const FORMATS = [
  'md',
  'html',
  'xlsx',
  'json',
  'docx',
  'pdf',
] as const satisfies readonly ReportFormat[];
type Format = (typeof FORMATS)[number];

function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max)
    throw new CliError(
      `${flag}: expected a whole number from ${min} to ${max}, found "${value}"`,
      2,
    );
  return n;
}

/**
 * `zorghub business-case <scenario>`: computes the social business case of a scenario and writes
 * Markdown, HTML, XLSX and JSON. Exit 0 done, 1 the scenario is invalid, 2 unusable input or arguments.
 */
export function register(program: Command): void {
  program
    .command('business-case')
    .summary(
      'compute the social business case of a scenario / reken de maatschappelijke businesscase door',
    )
    .description(
      'Reken een businesscasescenario (YAML of JSON) door: per partij en voor de samenleving, met Monte Carlo en verrekening.\n' +
        'Compute a business-case scenario (YAML or JSON): per party and for society, with Monte Carlo and settlement.\n' +
        'Writes business-case.<lang>.md/.html/.xlsx and business-case.json; "--out -" prints one text format.\n' +
        'Exit code: 0 done, 1 invalid scenario, 2 unusable input or arguments.',
    )
    .argument('<scenario>', 'scenario file (.yaml, .yml or .json)')
    .option('--out <dir>', 'output folder, or "-" for standard output', 'business-case')
    .option(
      '--format <list>',
      'comma-separated formats: md, html, xlsx, json, docx (council document), pdf (through LibreOffice)',
      'md,html,xlsx,json',
    )
    .addOption(new Option('--lang <lang>', 'report language').choices(['nl', 'en']).default('nl'))
    .option('--runs <n>', 'Monte Carlo runs', '10000')
    .option('--seed <n>', 'seed of the Monte Carlo random generator', '20260101')
    .action(async (file: string, flags: BusinessCaseFlags) => {
      const formats = flags.format
        .split(',')
        .map((f) => f.trim().toLowerCase())
        .filter(Boolean);
      const unknown = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
      if (formats.length === 0 || unknown.length > 0)
        throw new CliError(
          `--format: expected one or more of ${FORMATS.join(', ')}, found "${flags.format}"`,
          2,
        );
      const runs = wholeNumber('--runs', flags.runs, 0, 1_000_000);
      const seed = wholeNumber('--seed', flags.seed, 0, 4_294_967_295);
      const out = flags.out ?? 'business-case';
      const toStdout = out === '-';
      if (
        toStdout &&
        (formats.length !== 1 || !['md', 'html', 'json'].includes(formats[0] as string))
      )
        throw new CliError(
          `--out -: expected exactly one of md, html or json, found "${formats.join(',')}"`,
          2,
        );

      const bc = await import('@zorghub/business-case/node');
      let read: Awaited<ReturnType<typeof bc.readScenarioFile>>;
      try {
        read = await bc.readScenarioFile(file);
      } catch (error) {
        if (error instanceof bc.ScenarioFileError) throw new CliError(error.message, 2);
        throw error;
      }
      if (read.issues.length > 0)
        process.stderr.write(`${bc.formatIssues(file, read.issues, flags.lang)}\n`);
      if (!read.scenario) {
        const errors = read.issues.filter((i) => i.severity === 'error').length;
        throw new CliError(
          flags.lang === 'nl'
            ? `${file}: ongeldig scenario (${errors} ${errors === 1 ? 'fout' : 'fouten'})`
            : `${file}: invalid scenario (${errors} ${errors === 1 ? 'error' : 'errors'})`,
          1,
        );
      }
      const result = bc.runScenario(read.scenario, { runs, seed });
      if (toStdout) {
        const text = await bc.renderFormat(read.scenario, result, formats[0] as Format, flags.lang);
        process.stdout.write(typeof text === 'string' ? text : Buffer.from(text));
        return;
      }
      let written: string[];
      try {
        written = await bc.writeReports(read.scenario, result, {
          outDir: out,
          formats: formats as Format[],
          lang: flags.lang,
        });
      } catch (error) {
        if (error instanceof bc.PdfError) throw new CliError(error.message, 2);
        throw error;
      }
      for (const path of written) process.stdout.write(`${path}\n`);
    });
}
