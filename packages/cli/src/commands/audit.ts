import { type Command, Option } from 'commander';
import { CliError } from '../errors.js';

interface AuditFlags {
  dataDir?: string;
  databaseUrl?: string;
  json?: boolean;
}

/** `zorghub audit verify`: recomputes the hash chain of the NEN 7513 access log. */
export function register(program: Command): void {
  const cmd = program.command('audit').summary('NEN 7513 access log / toegangslog');
  cmd
    .command('verify')
    .summary('check the access log for tampering / controleer de toegangslog')
    .description(
      'Rekent de hashketen van de toegangslog na. Exitcode 0: ongeschonden; 1: een entry is gewijzigd\n' +
        'of verwijderd (het eerste gebroken volgnummer wordt genoemd).\n' +
        'Recomputes the hash chain of the access log. Exit 0: intact; 1: tampered with.',
    )
    .option('--data-dir <dir>', 'PGlite data folder (default .zorghub/data)')
    .addOption(new Option('--database-url <url>', 'PostgreSQL URL').env('DATABASE_URL'))
    .option('--json', 'print the result as JSON')
    .action(async (flags: AuditFlags) => {
      const { openDb, migrate, verifyAccessLog } = await import('@zorghub/api');
      const db = await openDb({ databaseUrl: flags.databaseUrl, dataDir: flags.dataDir }).catch(
        (error: unknown) => {
          throw new CliError(
            `database niet bereikbaar / database unreachable: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
            2,
          );
        },
      );
      try {
        await migrate(db);
        const result = await verifyAccessLog(db);
        if (flags.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else if (result.ok)
          process.stdout.write(
            `Toegangslog ongeschonden / access log intact: ${result.entries} entries\n`,
          );
        if (!result.ok) {
          throw new CliError(
            `toegangslog geschonden bij volgnummer ${result.firstBroken?.seq}: ${result.firstBroken?.reason} / access log tampered with`,
            1,
          );
        }
      } finally {
        await db.close();
      }
    });
}
