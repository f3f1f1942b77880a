import { type Command, Option } from 'commander';
import { CliError } from '../errors.js';

interface DbFlags {
  dataDir?: string;
  databaseUrl?: string;
}

/** `zorghub db migrate`: applies the API's migrations without starting it. */
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
      let handle: Awaited<ReturnType<typeof openDb>>;
      try {
        handle = await openDb({ databaseUrl: flags.databaseUrl, dataDir: flags.dataDir });
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
}
