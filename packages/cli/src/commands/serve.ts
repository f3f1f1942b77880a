import { type Command, Option } from 'commander';
import { CliError } from '../errors.js';

interface ServeFlags {
  demo?: boolean;
  port: string;
  host: string;
  dataDir?: string;
  databaseUrl?: string;
}

/** `zorghub serve`: the reference API on PGlite (a data folder) or on PostgreSQL (DATABASE_URL). */
export function register(program: Command): void {
  program
    .command('serve')
    .summary('run the reference API / start de referentie-API')
    .description(
      'Start de referentie-API (/api/v1) op de ingebouwde database (map .zorghub/data) of op PostgreSQL\n' +
        'als DATABASE_URL is gezet. --demo laadt de Delftse voorbeelddata en toont sleutels per rol.\n' +
        'Start the reference API on the embedded database or on PostgreSQL when DATABASE_URL is set.\n' +
        '--demo loads the Delft example data and prints an API key per role.',
    )
    .option('--demo', 'load the Delft example data (embedded database in memory unless --data-dir)')
    .option('--port <port>', 'port to listen on', '3000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--data-dir <dir>', 'PGlite data folder (default .zorghub/data)')
    .addOption(new Option('--database-url <url>', 'PostgreSQL URL').env('DATABASE_URL'))
    .action(async (flags: ServeFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new CliError(
          `--port: verwacht een getal 0–65535, gevonden "${flags.port}" / expected 0–65535`,
          2,
        );
      }
      const { startServer } = await import('@zorghub/api');
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        server = await startServer({
          port,
          host: flags.host,
          demo: !!flags.demo,
          ...(flags.databaseUrl ? { databaseUrl: flags.databaseUrl } : {}),
          dataDir: flags.dataDir ?? (flags.demo && !flags.databaseUrl ? 'memory://' : undefined),
          // Structured JSON logs on stderr; stdout is for the addresses and demo keys.
          logger: { level: process.env.ZORGHUB_LOG_LEVEL ?? 'info', stream: process.stderr },
        });
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new CliError(`de API kon niet starten / could not start: ${message}`, 2);
      }
      const out = process.stdout;
      out.write(`Zorghub API: ${server.url}\n`);
      out.write(`  OpenAPI:     ${server.url}/openapi.json\n`);
      out.write(`  Referentie:  ${server.url}/reference\n`);
      if (server.demoCredentials) {
        out.write(
          '\nDemo-sleutels per rol / demo keys per role (Authorization: Bearer <sleutel>):\n',
        );
        for (const c of server.demoCredentials)
          out.write(`  ${c.role.padEnd(24)} ${c.organisation.padEnd(22)} ${c.apiKey}\n`);
        out.write(
          `\nProbeer / try: curl -H "Authorization: Bearer ${server.demoCredentials[0]?.apiKey}" ${server.url}/bezoeken?pageSize=5\n`,
        );
      }
      out.write('Stoppen met Ctrl+C / stop with Ctrl+C\n');
      // The server keeps the process alive; SIGTERM/SIGINT close it gracefully.
      await new Promise<void>(() => {});
    });
}
