// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { CliError } from '../errors.js';

/**
 * Loads `.env` from the current folder (variables already set win) and checks the server's
 * environment variables: a wrong or missing one stops the command with its name, what it expects
 * and what was found (exit code 2, no stack trace). Unknown ZORGHUB_ variables are reported on
 * stderr and otherwise ignored.
 */
export async function checkedEnvironment() {
  const { loadDotEnv, readServerEnv, ConfigError } = await import('@zorghub/api');
  try {
    loadDotEnv();
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message, 2);
    throw error;
  }
  const { config, problems, warnings } = readServerEnv(process.env);
  for (const warning of warnings) process.stderr.write(`zorghub: let op / warning: ${warning}\n`);
  if (problems.length > 0) throw new CliError(new ConfigError(problems).message, 2);
  return config;
}
