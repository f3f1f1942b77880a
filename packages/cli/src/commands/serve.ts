// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Command, Option } from 'commander';
import { CliError } from '../errors.js';
import { checkedEnvironment } from './environment.js';

interface ServeFlags {
  demo?: boolean;
  port?: string;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  config?: string;
  app: boolean;
}

/** The built hub app (`@zorghub/app`) when it is installed and built; otherwise the API runs alone. */
async function appFolder(): Promise<string | undefined> {
  try {
    const { builtAppDir } = await import('@zorghub/app');
    return builtAppDir();
  } catch {
    return undefined;
  }
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
    // ZORGHUB_PORT and ZORGHUB_HOST are read (and checked) by the API's configuration.
    .option('--port <port>', 'port to listen on (default ZORGHUB_PORT, else 3000)')
    .option('--host <host>', 'address to listen on (default ZORGHUB_HOST, else 127.0.0.1)')
    .option('--data-dir <dir>', 'PGlite data folder (default .zorghub/data)')
    .addOption(new Option('--database-url <url>', 'PostgreSQL URL').env('DATABASE_URL'))
    .option(
      '--config <file>',
      "the region's zorghub.config.ts (or .mjs/.json): organisation, tariff, services (default ZORGHUB_CONFIG)",
    )
    .option('--no-app', 'do not serve the hub app at /app/ / de app niet aanbieden')
    .action(async (flags: ServeFlags) => {
      const port = flags.port === undefined ? undefined : Number(flags.port);
      if (port !== undefined && (!/^\d+$/.test(flags.port!) || port > 65535)) {
        throw new CliError(
          `--port: verwacht een getal 0–65535, gevonden "${flags.port}" / expected 0–65535`,
          2,
        );
      }
      const { startServer, loadRegionConfig, ConfigError } = await import('@zorghub/api');
      // --config wins over ZORGHUB_CONFIG (from the environment or .env), as --port over ZORGHUB_PORT.
      if (flags.config) process.env.ZORGHUB_CONFIG = resolve(flags.config);
      const env = await checkedEnvironment();
      let region: Awaited<ReturnType<typeof loadRegionConfig>>['config'] | undefined;
      if (env.configFile) {
        try {
          const loaded = await loadRegionConfig(env.configFile);
          for (const warning of loaded.warnings)
            process.stderr.write(`zorghub: let op / warning: ${warning}\n`);
          region = loaded.config;
        } catch (error) {
          if (error instanceof ConfigError) throw new CliError(error.message, 2);
          throw error;
        }
      }
      // The Delft demo data ships in this package (dist/demo/delft, copied by the build).
      const bundledDemo = fileURLToPath(new URL('../demo/delft', import.meta.url));
      if (
        flags.demo &&
        !process.env.ZORGHUB_DEMO_DIR &&
        existsSync(join(bundledDemo, 'datapakket.json'))
      )
        process.env.ZORGHUB_DEMO_DIR = bundledDemo;
      const appDir = flags.app ? await appFolder() : undefined;
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        server = await startServer({
          ...(port !== undefined ? { port } : {}),
          ...(flags.host ? { host: flags.host } : {}),
          demo: !!flags.demo,
          ...(region ? { region } : {}),
          ...(flags.databaseUrl ? { databaseUrl: flags.databaseUrl } : {}),
          ...(appDir ? { appDir } : {}),
          dataDir: flags.dataDir ?? (flags.demo && !flags.databaseUrl ? 'memory://' : undefined),
          // Structured JSON logs on stderr; stdout is for the addresses and demo keys.
          logger: { level: env.logLevel, stream: process.stderr },
        });
      } catch (error) {
        if (error instanceof ConfigError) throw new CliError(error.message, 2);
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new CliError(`de API kon niet starten / could not start: ${message}`, 2);
      }
      const out = process.stdout;
      out.write(`Zorghub API: ${server.url}\n`);
      out.write(`  OpenAPI:     ${server.url}/openapi.json\n`);
      out.write(`  Referentie:  ${server.url}/reference\n`);
      const appUrl = `${server.url.replace(/\/api\/v1$/, '')}/app/`;
      if (appDir) out.write(`  App:         ${appUrl}\n`);
      if (region)
        out.write(
          `  Regio:       ${region.hub.name}, ${region.region.municipality}${region.region.municipalityCode ? ` (${region.region.municipalityCode})` : ''}; ${region.file}\n`,
        );
      if (server.demoCredentials) {
        out.write(
          '\nDemo-sleutels per rol / demo keys per role (Authorization: Bearer <sleutel>):\n',
        );
        for (const c of server.demoCredentials)
          out.write(`  ${c.role.padEnd(24)} ${c.organisation.padEnd(22)} ${c.apiKey}\n`);
        if (appDir) {
          out.write('\nInloggen in de app per rol / sign in to the app per role:\n');
          for (const c of server.demoCredentials)
            out.write(`  ${c.role.padEnd(24)} ${appUrl}#sleutel=${c.apiKey}\n`);
        }
        out.write(
          `\nProbeer / try: curl -H "Authorization: Bearer ${server.demoCredentials[0]?.apiKey}" ${server.url}/bezoeken?pageSize=5\n`,
        );
      }
      out.write('Stoppen met Ctrl+C / stop with Ctrl+C\n');
      // npm and npx run this through `sh -c`, and sh does not pass on a SIGTERM that npm forwards:
      // when our parent goes away, stop as if we had been sent SIGTERM ourselves.
      const parent = process.ppid;
      setInterval(() => {
        if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
      }, 500).unref();
      // The server keeps the process alive; SIGTERM/SIGINT close it gracefully.
      await new Promise<void>(() => {});
    });
}
