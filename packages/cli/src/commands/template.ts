// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { writeFile } from 'node:fs/promises';
import type { BestandsformaatCode } from '@zorghub/schemas';
import { type Command, Option } from 'commander';
import { CliError } from '../errors.js';

/** The formats of a template to fill in: codes of the standard's `bestandsformaat`. */
const TEMPLATE_FORMATS = ['csv', 'xlsx'] as const satisfies readonly BestandsformaatCode[];
type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

interface TemplateFlags {
  format: TemplateFormat;
  out?: string;
  headers: 'nl' | 'en';
  delimiter: ';' | ',';
  lang: 'nl' | 'en';
  profile?: string;
}

/** `zorghub template`: an empty CSV or XLSX file to fill in for one entity. */
export function register(program: Command): void {
  program
    .command('template')
    .summary('write an empty CSV/XLSX file for an entity / schrijf een leeg invulbestand')
    .description(
      'Schrijf een leeg invulbestand voor een entiteit: CSV met Nederlandse kolomnamen, of XLSX met\n' +
        'keuzelijsten voor codelijsten en een toelichting per kolom.\n' +
        'Write an empty file to fill in for an entity: CSV with Dutch headers, or XLSX with dropdowns for\n' +
        'codelists and an explanation per column. CSV goes to standard output unless --out is given.',
    )
    .argument('<entity>', 'entity, e.g. bezoek or visits, or a nested table: facturen.regels')
    .addOption(
      new Option('--format <format>', 'file format').choices([...TEMPLATE_FORMATS]).default('csv'),
    )
    .option('--out <file>', 'file to write (XLSX default: <entity plural>.xlsx)')
    .addOption(new Option('--headers <lang>', 'column names').choices(['nl', 'en']).default('nl'))
    .addOption(new Option('--delimiter <char>', 'CSV delimiter').choices([';', ',']).default(';'))
    .option('--profile <path>', 'regional profile whose fields and codes the template has')
    .addOption(
      new Option('--lang <lang>', 'language of notes and explanation')
        .choices(['nl', 'en'])
        .default('nl'),
    )
    .action(async (name: string, flags: TemplateFlags) => {
      const {
        writeTemplate,
        InputError,
        nestedTableNamed,
        profileStandard,
        publishedStandard,
        withNestedTables,
      } = await import('@zorghub/schemas/validate');
      let standard: Awaited<ReturnType<typeof profileStandard>>;
      try {
        standard = flags.profile
          ? await profileStandard(flags.profile, flags.lang)
          : publishedStandard();
      } catch (error) {
        if (error instanceof InputError) throw new CliError(error.message, 2);
        throw error;
      }
      const { entities } = standard;
      // an entity, or a nested table of one (facturen.regels: the lines of invoices)
      const entity = withNestedTables(standard.getEntity)(name);
      if (!entity)
        throw new CliError(
          flags.lang === 'nl'
            ? `onbekende entiteit "${name}"; kies uit: ${entities.map((e) => e.name).join(', ')}`
            : `unknown entity "${name}"; choose from: ${entities.map((e) => e.english).join(', ')}`,
          2,
        );
      const owner = nestedTableNamed(name, standard.getEntity)?.parent ?? entity;
      const bytes = await writeTemplate(entity, standard.setup(owner).codelists, {
        format: flags.format,
        headers: flags.headers,
        delimiter: flags.delimiter,
        lang: flags.lang,
      });
      const out = flags.out ?? (flags.format === 'xlsx' ? `${entity.plural}.xlsx` : undefined);
      if (!out) {
        process.stdout.write(bytes);
        return;
      }
      try {
        await writeFile(out, bytes);
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new CliError(`${out}: ${reason}`, 2);
      }
      process.stderr.write(flags.lang === 'nl' ? `geschreven: ${out}\n` : `written: ${out}\n`);
    });
}
