// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { type Command, Option } from 'commander';
import { CliError } from '../errors.js';
import { checkedEnvironment } from './environment.js';

interface ApiKeyFlags {
  org: string;
  role: string;
  hub?: string;
  deelnemer?: string;
  label?: string;
  expires?: string;
  dataDir?: string;
  databaseUrl?: string;
}

interface DbFlags {
  dataDir?: string;
  databaseUrl?: string;
}

/** The server's own database (.env, ZORGHUB_DATA_DIR, DATABASE_URL), migrated. */
async function serverDb(flags: DbFlags) {
  const { openDb, migrate } = await import('@zorghub/api');
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
  await migrate(db);
  return db;
}

const ROLES = ['beheerder', 'planner', 'jobcoach', 'medewerker', 'zorgorganisatie', 'financier'];

/** `zorghub api-key create`: a new API key for an organisation and role; stored hashed, shown once. */
export function register(program: Command): void {
  const cmd = program.command('api-key').summary('API keys of the reference API / API-sleutels');
  cmd
    .command('create')
    .summary('create an API key / maak een API-sleutel')
    .description(
      'Maakt een API-sleutel voor een organisatie en rol. De sleutel wordt één keer getoond; de\n' +
        'database bewaart alleen een hash. Bestaat de organisatie nog niet en is de rol beheerder, dan\n' +
        'wordt zij de exploitant (hub) van een nieuwe omgeving.\n' +
        'Creates an API key; it is shown once and only its hash is stored.',
    )
    .requiredOption('--org <id>', 'organisation id, e.g. ORG-WERKSE')
    .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
    .option('--hub <id>', 'hub (operator organisation) when the organisation is in more than one')
    .option('--deelnemer <id>', 'participant id, for the role medewerker')
    .option('--label <text>', 'note to recognise the key by')
    .option('--expires <date-time>', 'refuse the key after this moment, e.g. 2027-01-01T00:00:00Z')
    .option('--data-dir <dir>', 'PGlite data folder (default .zorghub/data)')
    .addOption(new Option('--database-url <url>', 'PostgreSQL URL').env('DATABASE_URL'))
    .action(async (flags: ApiKeyFlags) => {
      if (flags.role === 'medewerker' && !flags.deelnemer) {
        throw new CliError(
          '--deelnemer is nodig voor de rol medewerker / --deelnemer is required for role medewerker',
          2,
        );
      }
      if (flags.expires && Number.isNaN(Date.parse(flags.expires)))
        throw new CliError(
          `--expires: verwacht een datum-tijd / expected a date-time such as 2027-01-01T00:00:00Z; gevonden / found ${JSON.stringify(flags.expires)}`,
          2,
        );
      const { createApiKey } = await import('@zorghub/api');
      const db = await serverDb(flags);
      try {
        const { rows } = await db.query<{ hub_id: string }>(
          "SELECT DISTINCT hub_id FROM records WHERE entity = 'organisatie' AND id = $1 ORDER BY hub_id",
          [flags.org],
        );
        let hubId = flags.hub;
        if (!hubId) {
          if (rows.length > 1)
            throw new CliError(
              `organisatie ${flags.org} staat in meerdere hubs (${rows.map((r) => r.hub_id).join(', ')}); kies met --hub`,
              2,
            );
          hubId = rows[0]?.hub_id;
        } else if (
          !rows.some((r) => r.hub_id === hubId) &&
          !(flags.role === 'beheerder' && hubId === flags.org)
        ) {
          throw new CliError(
            `organisatie ${flags.org} bestaat niet in hub ${hubId} / not found in that hub`,
            1,
          );
        }
        if (!hubId) {
          if (flags.role !== 'beheerder') {
            throw new CliError(
              `organisatie ${flags.org} bestaat niet; maak eerst een beheerderssleutel voor de exploitant en voeg haar toe via POST /organisaties / organisation not found`,
              1,
            );
          }
          hubId = flags.org;
          process.stderr.write(
            `Nieuwe omgeving: ${flags.org} is de exploitant (hub) / new hub ${flags.org}\n`,
          );
        }
        const { id, apiKey } = await createApiKey(db, {
          hubId,
          orgId: flags.org,
          role: flags.role as 'beheerder',
          participantId: flags.deelnemer ?? null,
          ...(flags.label ? { label: flags.label } : {}),
          ...(flags.expires ? { expiresAt: new Date(flags.expires).toISOString() } : {}),
        });
        process.stderr.write(
          `Sleutel ${id} voor ${flags.org} (${flags.role}); bewaar hem nu, hij wordt niet nog eens getoond / store it now\n`,
        );
        process.stdout.write(`${apiKey}\n`);
      } finally {
        await db.close();
      }
    });

  cmd
    .command('list')
    .summary('list API keys (never the keys themselves) / toon API-sleutels')
    .option('--hub <id>', 'only the keys of this hub')
    .option('--format <format>', 'table or json', 'table')
    .option('--data-dir <dir>', 'PGlite data folder (default .zorghub/data)')
    .addOption(new Option('--database-url <url>', 'PostgreSQL URL').env('DATABASE_URL'))
    .action(async (flags: DbFlags & { hub?: string; format: string }) => {
      const { listApiKeys } = await import('@zorghub/api');
      const db = await serverDb(flags);
      try {
        const keys = await listApiKeys(db, flags.hub ? { hubId: flags.hub } : {});
        if (flags.format === 'json') {
          process.stdout.write(`${JSON.stringify(keys, null, 2)}\n`);
          return;
        }
        for (const k of keys)
          process.stdout.write(
            `${[k.id, k.state, k.hubId, k.orgId, k.role, k.participantId ?? '-', k.expiresAt ?? '-', k.label ?? ''].join('\t')}\n`,
          );
      } finally {
        await db.close();
      }
    });
  cmd
    .command('revoke <id>')
    .summary('revoke an API key / trek een API-sleutel in')
    .description(
      'Trekt de sleutel in; een draaiende server weigert hem binnen 10 seconden.\n' +
        'Revokes the key; a running server refuses it within 10 seconds.',
    )
    .option('--data-dir <dir>', 'PGlite data folder (default .zorghub/data)')
    .addOption(new Option('--database-url <url>', 'PostgreSQL URL').env('DATABASE_URL'))
    .action(async (id: string, flags: DbFlags) => {
      const { revokeApiKey } = await import('@zorghub/api');
      const db = await serverDb(flags);
      try {
        if (!(await revokeApiKey(db, id)))
          throw new CliError(
            `sleutel ${id} bestaat niet of is al ingetrokken / no active key with this id (see zorghub api-key list)`,
            1,
          );
        process.stderr.write(`Sleutel ${id} ingetrokken / revoked\n`);
      } finally {
        await db.close();
      }
    });
}
