// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { existsSync, rmSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { CliError } from '../errors.js';
import { checkedEnvironment } from './environment.js';

interface DbFlags {
  dataDir?: string;
  databaseUrl?: string;
}

/** `zorghub db migrate|backup|restore`: the API's database without starting the API. */
export function register(program: Command): void {
  const db = program.command('db').summary('database of the reference API / database van de API');
  db.command('migrate')
    .summary('apply the migrations / voer de migraties uit')
    .description(
      'Voert de migraties van de referentie-API uit op de ingebouwde database (--data-dir) of op\n' +
        'PostgreSQL (DATABASE_URL). Apply the reference API migrations.',
    )
    .option('--data-dir <dir>', 'PGlite data folder (default .zorghub/data)')
    .addOption(new Option('--database-url <url>', 'PostgreSQL URL').env('DATABASE_URL'))
    .action(async (flags: DbFlags) => {
      const { openDb, migrate } = await import('@zorghub/api');
      const env = await checkedEnvironment();
      let handle: Awaited<ReturnType<typeof openDb>>;
      try {
        handle = await openDb({
          databaseUrl: flags.databaseUrl ?? env.databaseUrl,
          dataDir: flags.dataDir ?? env.dataDir,
          poolSize: env.dbPool,
        });
      } catch (error) {
        throw new CliError(
          `database niet bereikbaar / database unreachable: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
          2,
        );
      }
      try {
        const applied = await migrate(handle);
        process.stdout.write(
          applied.length
            ? `Migraties uitgevoerd / applied: ${applied.join(', ')}\n`
            : 'Database is bij / database is up to date\n',
        );
      } finally {
        await handle.close();
      }
    });

  db.command('backup')
    .summary('write a backup of the database / maak een back-up')
    .description(
      'Schrijft alle tabellen van de API naar één bestand (gzip, NDJSON), als momentopname. Op\n' +
        'PostgreSQL kan de server blijven draaien; de ingebouwde database (PGlite) eerst stoppen.\n' +
        'Writes every table of the API to one file (gzip, NDJSON) as a snapshot. The file holds\n' +
        'health data: keep it as safe as the database (it is written readable by its owner only).',
    )
    .requiredOption('--out <file>', 'the backup file to write, e.g. zorghub-2026-12-02.backup.gz')
    .option('--data-dir <dir>', 'PGlite data folder (default ZORGHUB_DATA_DIR, else .zorghub/data)')
    .addOption(new Option('--database-url <url>', 'PostgreSQL URL').env('DATABASE_URL'))
    .action(async (flags: DbFlags & { out: string }) => {
      const { backupDatabase } = await import('@zorghub/api');
      if (existsSync(flags.out))
        throw new CliError(
          `--out: ${flags.out} bestaat al / already exists; choose a new file name (a backup never overwrites one)`,
          2,
        );
      const handle = await open(flags);
      try {
        const counts = await backupDatabase(handle, flags.out);
        process.stdout.write(`Back-up geschreven / backup written: ${flags.out}\n${table(counts)}`);
      } catch (error) {
        rmSync(flags.out, { force: true });
        throw new CliError(`back-up mislukt / backup failed: ${firstLine(error)}`, 2);
      } finally {
        await handle.close();
      }
    });

  db.command('restore')
    .summary('restore a backup into an empty database / zet een back-up terug')
    .description(
      'Zet een back-up van `zorghub db backup` terug in een lege database (een nieuwe PostgreSQL-\n' +
        'database of een nieuwe gegevensmap) en voert daarna de nieuwere migraties uit.\n' +
        'Restores a backup into an empty database, then applies the newer migrations.',
    )
    .argument('<file>', 'the backup file')
    .option('--data-dir <dir>', 'PGlite data folder (default ZORGHUB_DATA_DIR, else .zorghub/data)')
    .addOption(new Option('--database-url <url>', 'PostgreSQL URL').env('DATABASE_URL'))
    .action(async (file: string, flags: DbFlags) => {
      const { restoreDatabase, BackupError } = await import('@zorghub/api');
      if (!existsSync(file))
        throw new CliError(
          `${file}: bestaat niet / does not exist; give the path of a backup file`,
          2,
        );
      const handle = await open(flags);
      try {
        const result = await restoreDatabase(handle, file);
        process.stdout.write(`Teruggezet / restored: ${file}\n${table(result.tables)}`);
        if (result.upgraded.length)
          process.stdout.write(
            `Daarna gemigreerd / then migrated: ${result.upgraded.join(', ')}\n`,
          );
      } catch (error) {
        if (error instanceof BackupError) throw new CliError(error.message, 1);
        throw new CliError(`terugzetten mislukt / restore failed: ${firstLine(error)}`, 2);
      } finally {
        await handle.close();
      }
    });
}

const firstLine = (error: unknown) =>
  error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);

function table(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([name, n]) => `  ${name.padEnd(20)} ${String(n).padStart(8)}\n`)
    .join('');
}

async function open(flags: DbFlags) {
  const { openDb } = await import('@zorghub/api');
  const env = await checkedEnvironment();
  try {
    return await openDb({
      databaseUrl: flags.databaseUrl ?? env.databaseUrl,
      dataDir: flags.dataDir ?? env.dataDir,
      poolSize: env.dbPool,
    });
  } catch (error) {
    throw new CliError(`database niet bereikbaar / database unreachable: ${firstLine(error)}`, 2);
  }
}
