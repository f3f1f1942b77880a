// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { BestandsformaatCode } from '@zorghub/schemas';
import { type Command, Option } from 'commander';
import { CliError } from '../errors.js';

/** The formats convert writes: codes of the standard's `bestandsformaat`. */
const CONVERT_FORMATS = [
  'json',
  'ndjson',
  'csv',
  'xlsx',
] as const satisfies readonly BestandsformaatCode[];
type ConvertFormat = (typeof CONVERT_FORMATS)[number];

interface ConvertFlags {
  to?: ConvertFormat;
  out?: string;
  schema?: string;
  headers: 'nl' | 'en';
  delimiter: ';' | ',';
  lang: 'nl' | 'en';
  encoding?: string;
  profile?: string;
  bom: boolean;
  normalise?: boolean;
}

/** `zorghub convert`: CSV/XLSX ⇄ JSON/NDJSON with the tabular mapping of the standard. */
export function register(program: Command): void {
  program
    .command('convert')
    .summary('convert CSV/XLSX ⇄ JSON/NDJSON / zet CSV/XLSX om naar JSON/NDJSON en terug')
    .description(
      'Zet een export om tussen CSV/XLSX en JSON/NDJSON volgens de tabelindeling van de standaard.\n' +
        'Convert an export between CSV/XLSX and JSON/NDJSON using the tabular mapping of the standard.\n' +
        'Problems are reported with their line (or sheet and cell); exit 1 when there were errors.',
    )
    .argument(
      '<input>',
      'file to convert (.csv, .xlsx, .json, .ndjson), or a folder (into one workbook with --out x.xlsx)',
    )
    .addOption(new Option('--to <format>', 'target format').choices([...CONVERT_FORMATS]))
    .option('--out <path>', 'target file, or a folder (one file per entity of a workbook)')
    .option('--schema <entity>', 'entity of the input (default: from the file or sheet name)')
    .option(
      '--normalise',
      'write Dutch dates (31-5-2022) and zone-less times in ISO form, reporting each change',
    )
    .option('--no-bom', 'CSV output without a byte-order mark (Frictionless tools; Excel wants it)')
    .option('--profile <path>', 'regional profile whose fields and codes the conversion uses')
    .addOption(
      new Option('--headers <lang>', 'column names in CSV/XLSX output')
        .choices(['nl', 'en'])
        .default('nl'),
    )
    .addOption(
      new Option('--delimiter <char>', 'CSV output delimiter').choices([';', ',']).default(';'),
    )
    .option('--encoding <name>', 'encoding of a text input, e.g. windows-1252 (default: detected)')
    .addOption(
      new Option('--lang <lang>', 'language of messages').choices(['nl', 'en']).default('nl'),
    )
    .action(async (input: string, flags: ConvertFlags) => {
      const { convertFile, formatReport, InputError, profileStandard, publishedStandard } =
        await import('@zorghub/schemas/validate');
      let result: Awaited<ReturnType<typeof convertFile>>;
      try {
        const standard = flags.profile
          ? await profileStandard(flags.profile, flags.lang)
          : publishedStandard();
        result = await convertFile(
          input,
          {
            ...(flags.to ? { to: flags.to } : {}),
            ...(flags.out ? { out: flags.out } : {}),
            ...(flags.schema ? { schema: flags.schema } : {}),
            headers: flags.headers,
            delimiter: flags.delimiter,
            lang: flags.lang,
            ...(flags.encoding ? { encoding: flags.encoding } : {}),
            ...(flags.bom === false ? { bom: false } : {}),
            ...(flags.normalise ? { normalise: true } : {}),
          },
          standard,
        );
      } catch (error) {
        if (error instanceof InputError) throw new CliError(error.message, 2);
        throw error;
      }
      const nl = flags.lang === 'nl';
      for (const w of result.written)
        process.stderr.write(
          nl
            ? `geschreven: ${w.file} (${w.entity}, ${w.records} records)\n`
            : `written: ${w.file} (${w.entity}, ${w.records} records)\n`,
        );
      const { errors, warnings } = result.report.stats;
      if (errors > 0 || warnings > 0)
        process.stderr.write(formatReport(result.report, { format: 'text', lang: flags.lang }));
      if (errors > 0)
        throw new CliError(
          nl
            ? `omgezet met ${errors} ${errors === 1 ? 'fout' : 'fouten'}; waarden die niet omgezet konden worden staan er als tekst in`
            : `converted with ${errors} ${errors === 1 ? 'error' : 'errors'}; values that could not be converted were kept as text`,
          1,
        );
    });
}
