import { type Command, Option } from 'commander';
import { CliError } from '../errors.js';

interface ApiKeyFlags {
  org: string;
  role: string;
  hub?: string;
  deelnemer?: string;
  label?: string;
  dataDir?: string;
  databaseUrl?: string;
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
    .option('--data-dir <dir>', 'PGlite data folder (default .zorghub/data)')
    .addOption(new Option('--database-url <url>', 'PostgreSQL URL').env('DATABASE_URL'))
    .action(async (flags: ApiKeyFlags) => {
      if (flags.role === 'medewerker' && !flags.deelnemer) {
        throw new CliError(
          '--deelnemer is nodig voor de rol medewerker / --deelnemer is required for role medewerker',
          2,
        );
      }
      const { openDb, migrate, createApiKey } = await import('@zorghub/api');
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
        });
        process.stderr.write(
          `Sleutel ${id} voor ${flags.org} (${flags.role}); bewaar hem nu, hij wordt niet nog eens getoond / store it now\n`,
        );
        process.stdout.write(`${apiKey}\n`);
      } finally {
        await db.close();
      }
    });
}
