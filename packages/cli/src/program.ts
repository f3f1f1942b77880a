// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.js';
import { CliError } from './errors.js';
import { version } from './version.js';

export function createProgram(): Command {
  const program = new Command('zorghub')
    .description(
      'Zorghub toolkit: check exports against the data standard, build a business case, run the reference API',
    )
    .version(version, '-v, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      // Commander prints its own one-line errors ("error: unknown option '--x'"); keep them on stderr.
      writeErr: (s) => process.stderr.write(s),
    });
  registerCommands(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the command line and returns the exit code; never throws. */
export async function run(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with exit code 0; usage errors have been printed by commander.
      if (error.exitCode === 0) return 0;
      return 2;
    }
    if (error instanceof CliError) {
      process.stderr.write(`zorghub: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`zorghub: unexpected error: ${message.split('\n')[0]}\n`);
    if (process.env.ZORGHUB_DEBUG && error instanceof Error)
      process.stderr.write(`${error.stack}\n`);
    return 2;
  }
}
