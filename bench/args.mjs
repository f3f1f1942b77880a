// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The command line of a benchmark: node:util's parseArgs in strict mode, `--help` prints the usage
// and exits 0, and an unknown or malformed option is one line naming it, with exit 2 (no stack trace).
import { parseArgs } from 'node:util';

/**
 * @param {string} usage the text `--help` prints
 * @param {import('node:util').ParseArgsConfig['options']} options
 * @param {{ positionals?: boolean }} [more]
 */
export function benchArgs(usage, options, more = {}) {
  try {
    const parsed = parseArgs({
      args: process.argv.slice(2),
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: more.positionals ?? false,
      strict: true,
    });
    if (parsed.values.help) {
      console.log(usage.trim());
      process.exit(0);
    }
    return parsed;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}; see --help`);
    process.exit(2);
  }
}

/** A whole number ≥ min from an option's text, or exit 2 naming the option. */
export function wholeNumber(name, text, fallback, min = 0) {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name}: expected a whole number of at least ${min}, found "${text}"`);
    process.exit(2);
  }
  return n;
}
