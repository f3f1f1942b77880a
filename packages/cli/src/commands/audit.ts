// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { type Command, Option } from 'commander';
import { CliError } from '../errors.js';
import { checkedEnvironment } from './environment.js';

interface AuditFlags {
  dataDir?: string;
  databaseUrl?: string;
  anchorFile?: string;
  json?: boolean;
}

type Verified = Awaited<ReturnType<typeof import('@zorghub/api').verifyAccessLog>>;

/** What was checked, one line each (Dutch / English). */
export function describeVerify(r: Verified): string[] {
  const lines = [
    r.keyed
      ? 'HMAC: gecontroleerd met de auditsleutel / checked against the audit key'
      : 'HMAC: geen ZORGHUB_AUDIT_KEY, alleen SHA-256 (een herberekende keten valt niet op) / no key: SHA-256 only, a recomputed chain is not detected',
    {
      genesis: 'begin: de eerste entry ooit / start: the very first entry',
      purge: 'begin: na een vastgelegde opschoning (bewaartermijn) / start: after a recorded purge',
      broken: 'begin: entries verwijderd / start: entries removed',
      empty: 'begin: lege log / start: empty log',
    }[r.start],
    {
      'anchor-file': `einde: klopt met het controlepuntbestand (${r.lastCheckpoint?.at}) / end: matches the checkpoint file`,
      checkpoints: `einde: klopt met de controlepunten in de database (${r.lastCheckpoint?.at}); geef --anchor-file voor een anker buiten de database / end: database checkpoints only`,
      none: 'einde: nog geen controlepunt, verwijderen van de nieuwste entries valt niet op / end: no checkpoint yet',
      broken: 'einde: nieuwste entries verwijderd / end: newest entries removed',
    }[r.end],
  ];
  if (r.unanchored > 0)
    lines.push(`${r.unanchored} entries na het laatste controlepunt / after the last checkpoint`);
  return lines;
}

/** `zorghub audit verify`: recomputes the hash chain of the NEN 7513 access log. */
export function register(program: Command): void {
  const cmd = program.command('audit').summary('NEN 7513 access log / toegangslog');
  cmd
    .command('verify')
    .summary('check the access log for tampering / controleer de toegangslog')
    .description(
      'Rekent de keten van de toegangslog na (HMAC met ZORGHUB_AUDIT_KEY) en vergelijkt begin en einde\n' +
        'met de ondertekende controlepunten. Exitcode 0: ongeschonden; 1: gewijzigd, verwijderd,\n' +
        'herberekend of afgekapt (het eerste gebroken volgnummer en de soort worden genoemd).\n' +
        'Recomputes the access-log chain and checks both ends against the signed checkpoints.\n' +
        'Exit 0: intact; 1: changed, removed, recomputed or truncated.',
    )
    .option('--data-dir <dir>', 'PGlite data folder (default .zorghub/data)')
    .addOption(new Option('--database-url <url>', 'PostgreSQL URL').env('DATABASE_URL'))
    .addOption(
      new Option('--anchor-file <file>', 'checkpoint file outside the database').env(
        'ZORGHUB_AUDIT_ANCHOR_FILE',
      ),
    )
    .option('--json', 'print the result as JSON')
    .action(async (flags: AuditFlags) => {
      const { openDb, migrate, verifyAccessLog } = await import('@zorghub/api');
      // The server's own settings (.env, ZORGHUB_DATA_DIR, DATABASE_URL): the same database it uses.
      const env = await checkedEnvironment();
      const db = await openDb({
        databaseUrl: flags.databaseUrl ?? env.databaseUrl,
        dataDir: flags.dataDir ?? env.dataDir,
      }).catch((error: unknown) => {
        throw new CliError(
          `database niet bereikbaar / database unreachable: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
          2,
        );
      });
      try {
        await migrate(db);
        const result = await verifyAccessLog(db, {
          ...(flags.anchorFile ? { anchorFile: flags.anchorFile } : {}),
        });
        if (flags.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else {
          if (result.ok)
            process.stdout.write(
              `Toegangslog ongeschonden / access log intact: ${result.entries} entries\n`,
            );
          for (const line of describeVerify(result)) process.stdout.write(`  ${line}\n`);
        }
        if (!result.ok) {
          throw new CliError(
            `toegangslog geschonden bij volgnummer ${result.firstBroken?.seq} (${result.firstBroken?.kind}): ${result.firstBroken?.reason} / access log tampered with`,
            1,
          );
        }
      } finally {
        await db.close();
      }
    });
}
