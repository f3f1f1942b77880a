// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { Command } from 'commander';
import { CliError } from '../errors.js';

interface ExportFlags {
  out: string;
  frictionless?: boolean;
}

/** `zorghub export-schema`: the standard's JSON Schemas, or Frictionless descriptors, into a folder. */
export function register(program: Command): void {
  program
    .command('export-schema')
    .summary('write the JSON Schemas or Frictionless descriptors / schrijf de schema’s weg')
    .description(
      'Schrijf de JSON Schema’s van de standaard in een map, of met --frictionless een Table Schema per\n' +
        'entiteit en een datapackage.json (Frictionless) voor de CSV’s van `zorghub convert --no-bom`.\n' +
        'Write the JSON Schemas of the standard into a folder, or with --frictionless a Table Schema per\n' +
        'entity and a datapackage.json (Frictionless) for the CSVs of `zorghub convert --no-bom`.',
    )
    .option('--out <folder>', 'folder to write into', '.')
    .option('--frictionless', 'Frictionless Table Schemas and datapackage.json')
    .action(async (flags: ExportFlags) => {
      const { exportSchemas } = await import('@zorghub/schemas/validate');
      let written: string[];
      try {
        written = await exportSchemas(flags.out, { frictionless: flags.frictionless === true });
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new CliError(`${flags.out}: ${reason}`, 2);
      }
      process.stderr.write(`${written.length} → ${flags.out}\n`);
    });
}
