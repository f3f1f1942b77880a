// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { type Command, Option } from 'commander';
import { CliError } from '../errors.js';
import { renameStdin, STDIN, spoolStdin } from './stdin.js';

interface ValidateFlags {
  schema?: string;
  profile?: string;
  format: 'text' | 'json' | 'html';
  lang: 'nl' | 'en';
  failOn: 'error' | 'warning';
  checkReferences?: boolean;
  maxSamples?: string;
  encoding?: string;
  threads?: string;
}

/** `zorghub validate`: checks exports against the data standard. Exit 0 valid, 1 invalid, 2 unusable. */
export function register(program: Command): void {
  program
    .command('validate')
    .summary('check exports against the data standard / controleer exports tegen de standaard')
    .description(
      'Controleer bestanden (JSON, NDJSON, CSV, XLSX) of een datapakket-map tegen de Zorghub-standaard.\n' +
        'Check files (JSON, NDJSON, CSV, XLSX) or a data package folder against the Zorghub standard.\n' +
        'Exit code: 0 valid, 1 invalid, 2 unusable input or arguments.',
    )
    .argument(
      '<paths...>',
      'files or folders (a folder with datapakket.json is one package); - reads standard input (needs --schema)',
    )
    .option(
      '--schema <entity>',
      'entity of the files, e.g. bezoek or visit (default: manifest or file name)',
    )
    .option('--profile <path>', 'regional profile to validate against')
    .addOption(
      new Option('--format <format>', 'report format')
        .choices(['text', 'json', 'html'])
        .default('text'),
    )
    .addOption(new Option('--lang <lang>', 'report language').choices(['nl', 'en']).default('nl'))
    .addOption(
      new Option('--fail-on <level>', 'lowest severity that makes the run fail')
        .choices(['error', 'warning'])
        .default('error'),
    )
    .option('--check-references', 'check that every reference points at a record in the package')
    .option('--max-samples <n>', 'samples kept per issue (default 5)')
    .option(
      '--encoding <name>',
      'encoding of text files, e.g. windows-1252 (default: detected per file)',
    )
    .option(
      '--threads <n>',
      'worker threads for NDJSON and CSV files, each reading its own part of the file (default: one per core for files of 64 MiB and more, else 1; 1: always one thread)',
    )
    .action(async (paths: string[], flags: ValidateFlags) => {
      const { validatePaths, formatReport, InputError, publishedStandard, unusableReport } =
        await import('@zorghub/schemas/validate');
      /** Exit 2; with --format json or html the reason is also a report document on stdout. */
      const unusable = (reason: string, message: string): CliError => {
        if (flags.format !== 'text')
          process.stdout.write(
            formatReport(unusableReport(reason, message, flags.lang, publishedStandard().version), {
              format: flags.format,
              lang: flags.lang,
            }),
          );
        return new CliError(message, 2);
      };
      let maxSamples: number | undefined;
      if (flags.maxSamples !== undefined) {
        maxSamples = Number(flags.maxSamples);
        if (!Number.isInteger(maxSamples) || maxSamples < 0)
          throw unusable(
            'bad-option',
            `--max-samples: expected a whole number ≥ 0, found "${flags.maxSamples}"`,
          );
      }
      let threads: number | undefined;
      if (flags.threads !== undefined) {
        threads = Number(flags.threads);
        if (!Number.isInteger(threads) || threads < 1 || threads > 64)
          throw unusable(
            'bad-option',
            `--threads: expected a whole number from 1 to 64, found "${flags.threads}"`,
          );
      }
      const nl = flags.lang === 'nl';
      let spooled: Awaited<ReturnType<typeof spoolStdin>> | undefined;
      if (paths.includes(STDIN)) {
        if (paths.filter((path) => path === STDIN).length > 1)
          throw unusable(
            'bad-argument',
            nl
              ? '-: standaardinvoer kan maar één keer gegeven worden'
              : '-: standard input can be given only once',
          );
        if (!flags.schema)
          throw unusable(
            'stdin-needs-schema',
            nl
              ? '-: standaardinvoer heeft geen bestandsnaam waaruit de soort gegevens blijkt; geef --schema, bijvoorbeeld --schema bezoek'
              : '-: standard input has no file name that tells the kind of data; add --schema, for example --schema bezoek',
          );
        if (process.stdin.isTTY)
          throw unusable(
            'stdin-empty',
            nl
              ? '-: er komt niets binnen op standaardinvoer; stuur een bestand door, bijvoorbeeld: cat bezoeken.csv | zorghub validate - --schema bezoek'
              : '-: nothing arrives on standard input; pipe a file in, for example: cat bezoeken.csv | zorghub validate - --schema bezoek',
          );
        spooled = await spoolStdin(process.stdin);
      }
      const inputs = paths.map((path) => (path === STDIN && spooled ? spooled.path : path));
      let report: Awaited<ReturnType<typeof validatePaths>>;
      try {
        report = await validatePaths(inputs, {
          ...(flags.schema ? { schema: flags.schema } : {}),
          ...(flags.profile ? { profile: flags.profile } : {}),
          lang: flags.lang,
          checkReferences: flags.checkReferences === true,
          ...(maxSamples !== undefined ? { maxSamples } : {}),
          ...(flags.encoding ? { encoding: flags.encoding } : {}),
          ...(threads !== undefined ? { threads } : {}),
        });
      } catch (error) {
        if (error instanceof InputError)
          throw unusable(
            error.reason,
            spooled ? renameStdin(error.message, spooled.path) : error.message,
          );
        throw error;
      } finally {
        await spooled?.cleanup();
      }
      if (spooled) report = renameStdin(report, spooled.path);
      process.stdout.write(formatReport(report, { format: flags.format, lang: flags.lang }));
      const { errors, warnings } = report.stats;
      if (errors > 0 || (flags.failOn === 'warning' && warnings > 0)) {
        throw new CliError(
          nl
            ? `ongeldig: ${errors} ${errors === 1 ? 'fout' : 'fouten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}`
            : `invalid: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
          1,
        );
      }
    });
}
