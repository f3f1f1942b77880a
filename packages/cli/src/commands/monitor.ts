// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { MonitorFormat } from '@zorghub/business-case/node';
import { type Command, Option } from 'commander';
import { CliError } from '../errors.js';

interface MonitorFlags {
  scenario: string;
  out?: string;
  format: string;
  lang: 'nl' | 'en';
  allowInvalid?: boolean;
  writeScenario?: string;
  asOf?: string;
}

// The monitor's formats as @zorghub/business-case defines them (loaded lazily, so only its type here).
const FORMATS = ['md', 'html', 'xlsx', 'json', 'docx'] as const satisfies readonly MonitorFormat[];
type Format = (typeof FORMATS)[number];

/**
 * `zorghub monitor <package> --scenario <file>`: the hub's own records against its business-case
 * scenario. Exit 0 done, 1 invalid package or scenario, 2 unusable input or a package that does not
 * fit the scenario.
 */
export function register(program: Command): void {
  program
    .command('monitor')
    .summary('plan against actual: a data package beside its scenario / plan en werkelijkheid')
    .description(
      'Zet een datapakket (map met datapakket.json) naast het businesscasescenario: werkelijke cijfers per cohort, plan en werkelijkheid, herijkte kansen en een herijkte businesscase.\n' +
        'Set a data package (folder with datapakket.json) beside its business-case scenario: actuals per cohort, plan against actual, calibrated rates and a re-estimated case.\n' +
        'Writes monitor.<lang>.md/.html/.xlsx and monitor.json; docx is the council document with a monitoring section; "--out -" prints one text format.\n' +
        'Exit code: 0 done, 1 invalid package or scenario, 2 unusable input or a package that does not fit the scenario.',
    )
    .argument('<package>', 'data package folder (with datapakket.json)')
    .requiredOption('--scenario <file>', 'scenario file (.yaml, .yml or .json)')
    .option('--out <dir>', 'output folder, or "-" for standard output', 'monitor')
    .option(
      '--format <list>',
      'comma-separated formats: md, html, xlsx, json, docx',
      'md,html,xlsx,json',
    )
    .addOption(new Option('--lang <lang>', 'report language').choices(['nl', 'en']).default('nl'))
    .option(
      '--allow-invalid',
      'leave invalid records out (counted in the report) instead of stopping',
    )
    .option('--write-scenario <file>', 'write the re-estimated scenario to this NEW file (YAML)')
    .option('--as-of <date>', 'count up to this date (YYYY-MM-DD; default the package date)')
    .action(async (folder: string, flags: MonitorFlags) => {
      const nl = flags.lang === 'nl';
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
      const out = flags.out ?? 'monitor';
      const toStdout = out === '-';
      if (
        toStdout &&
        (formats.length !== 1 || !['md', 'html', 'json'].includes(formats[0] as string))
      )
        throw new CliError(
          `--out -: expected exactly one of md, html or json, found "${formats.join(',')}"`,
          2,
        );
      if (flags.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.asOf))
        throw new CliError(`--as-of: expected a date YYYY-MM-DD, found "${flags.asOf}"`, 2);

      const bc = await import('@zorghub/business-case/node');
      const { existsSync } = await import('node:fs');
      const { resolve } = await import('node:path');
      if (flags.writeScenario) {
        if (resolve(flags.writeScenario) === resolve(flags.scenario))
          throw new CliError(
            nl
              ? `--write-scenario: ${flags.writeScenario} is het oorspronkelijke scenario; kies een nieuwe bestandsnaam (het origineel wordt nooit overschreven)`
              : `--write-scenario: ${flags.writeScenario} is the original scenario; choose a new file name (the original is never overwritten)`,
            2,
          );
        if (existsSync(flags.writeScenario))
          throw new CliError(
            nl
              ? `--write-scenario: ${flags.writeScenario} bestaat al; kies een nieuwe bestandsnaam of verwijder het bestand eerst`
              : `--write-scenario: ${flags.writeScenario} already exists; choose a new file name or remove the file first`,
            2,
          );
      }
      let read: Awaited<ReturnType<typeof bc.readScenarioFile>>;
      try {
        read = await bc.readScenarioFile(flags.scenario);
      } catch (error) {
        if (error instanceof bc.ScenarioFileError) throw new CliError(error.message, 2);
        throw error;
      }
      if (read.issues.length > 0)
        process.stderr.write(`${bc.formatIssues(flags.scenario, read.issues, flags.lang)}\n`);
      if (!read.scenario)
        throw new CliError(
          nl ? `${flags.scenario}: ongeldig scenario` : `${flags.scenario}: invalid scenario`,
          1,
        );
      const scenario = read.scenario;

      const { InputError, formatReport } = await import('@zorghub/schemas/validate');
      let pkg: Awaited<ReturnType<typeof bc.readPackage>>;
      try {
        pkg = await bc.readPackage(folder, {
          lang: flags.lang,
          allowInvalid: flags.allowInvalid === true,
          ...(flags.asOf ? { asOf: flags.asOf } : {}),
        });
      } catch (error) {
        if (error instanceof InputError) throw new CliError(error.message, 2);
        throw error;
      }
      if (!pkg.ok) {
        process.stderr.write(formatReport(pkg.report, { format: 'text', lang: flags.lang }));
        const errors = pkg.report.stats.errors;
        throw new CliError(
          nl
            ? `${folder}: het datapakket is ongeldig (${errors} ${errors === 1 ? 'fout' : 'fouten'}); herstel het, of geef --allow-invalid om de ongeldige records weg te laten`
            : `${folder}: the data package is invalid (${errors} ${errors === 1 ? 'error' : 'errors'}); fix it, or give --allow-invalid to leave the invalid records out`,
          1,
        );
      }
      let result: ReturnType<typeof bc.monitorActuals>;
      try {
        result = bc.monitorActuals(scenario, pkg.actuals);
      } catch (error) {
        if (error instanceof bc.MonitorMismatchError)
          throw new CliError(
            `${nl ? 'datapakket en scenario passen niet bij elkaar' : 'data package and scenario do not fit'}: ${error.issues
              .filter((i) => i.severity === 'error')
              .map((i) => i.message[flags.lang])
              .join('; ')}`,
            2,
          );
        throw error;
      }
      for (const issue of result.issues)
        process.stderr.write(`${nl ? 'waarschuwing' : 'warning'}: ${issue.message[flags.lang]}\n`);
      if (result.actuals.invalidRecordsLeftOut > 0)
        process.stderr.write(
          nl
            ? `waarschuwing: ${result.actuals.invalidRecordsLeftOut} ongeldige records weggelaten\n`
            : `warning: ${result.actuals.invalidRecordsLeftOut} invalid records left out\n`,
        );
      if (flags.writeScenario) {
        const { writeFile } = await import('node:fs/promises');
        await writeFile(flags.writeScenario, bc.writeScenario(scenario, result, flags.lang), {
          flag: 'wx',
        });
        if (!toStdout) process.stdout.write(`${flags.writeScenario}\n`);
      }
      if (toStdout) {
        const text = await bc.renderMonitorFormat(
          scenario,
          result,
          formats[0] as Format,
          flags.lang,
        );
        process.stdout.write(typeof text === 'string' ? text : Buffer.from(text));
        return;
      }
      const written = await bc.writeMonitorReports(scenario, result, {
        outDir: out,
        formats: formats as Format[],
        lang: flags.lang,
      });
      for (const path of written) process.stdout.write(`${path}\n`);
    });
}
