import { type Command, Option } from 'commander';
import { CliError } from '../errors.js';

interface ValidateFlags {
  schema?: string;
  profile?: string;
  format: 'text' | 'json';
  lang: 'nl' | 'en';
  failOn: 'error' | 'warning';
  checkReferences?: boolean;
  maxSamples?: string;
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
    .argument('<paths...>', 'files or folders (a folder with datapakket.json is one package)')
    .option(
      '--schema <entity>',
      'entity of the files, e.g. bezoek or visit (default: manifest or file name)',
    )
    .option('--profile <path>', 'regional profile to validate against')
    .addOption(
      new Option('--format <format>', 'report format').choices(['text', 'json']).default('text'),
    )
    .addOption(new Option('--lang <lang>', 'report language').choices(['nl', 'en']).default('nl'))
    .addOption(
      new Option('--fail-on <level>', 'lowest severity that makes the run fail')
        .choices(['error', 'warning'])
        .default('error'),
    )
    .option('--check-references', 'check that every reference points at a record in the package')
    .option('--max-samples <n>', 'samples kept per issue (default 5)')
    .action(async (paths: string[], flags: ValidateFlags) => {
      const { validatePaths, formatReport, InputError } = await import('@zorghub/schemas/validate');
      let maxSamples: number | undefined;
      if (flags.maxSamples !== undefined) {
        maxSamples = Number(flags.maxSamples);
        if (!Number.isInteger(maxSamples) || maxSamples < 0)
          throw new CliError(
            `--max-samples: expected a whole number ≥ 0, found "${flags.maxSamples}"`,
            2,
          );
      }
      let report: Awaited<ReturnType<typeof validatePaths>>;
      try {
        report = await validatePaths(paths, {
          ...(flags.schema ? { schema: flags.schema } : {}),
          ...(flags.profile ? { profile: flags.profile } : {}),
          lang: flags.lang,
          checkReferences: flags.checkReferences === true,
          ...(maxSamples !== undefined ? { maxSamples } : {}),
        });
      } catch (error) {
        if (error instanceof InputError) throw new CliError(error.message, 2);
        throw error;
      }
      process.stdout.write(formatReport(report, { format: flags.format, lang: flags.lang }));
      const { errors, warnings } = report.stats;
      if (errors > 0 || (flags.failOn === 'warning' && warnings > 0)) {
        const nl = flags.lang === 'nl';
        throw new CliError(
          nl
            ? `ongeldig: ${errors} ${errors === 1 ? 'fout' : 'fouten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}`
            : `invalid: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
          1,
        );
      }
    });
}
