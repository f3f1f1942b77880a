// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Command-line options of the API benchmarks: node's parseArgs, with `--help` printing the usage
// and a wrong option (unknown, missing its value, or not a number where one is expected) giving one
// line on stderr and exit code 2 instead of parseArgs' stack trace.
import { basename } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * Parses `process.argv` for `options` (parseArgs' format; `number: true` on a string option
 * checks that it is a number ≥ 0). `usage` is printed for --help (exit 0).
 */
export function parseCli(options, usage, argv = process.argv.slice(2)) {
  const name = basename(process.argv[1] ?? 'bench');
  const fail = (message) => {
    process.stderr.write(`${name}: ${message}; see --help\n`);
    process.exit(2);
  };
  const parseOptions = { help: { type: 'boolean', short: 'h', default: false } };
  for (const [key, { number: _number, ...rest }] of Object.entries(options))
    parseOptions[key] = rest;
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: parseOptions, allowPositionals: false }));
  } catch (error) {
    // parseArgs' messages are one sentence each ("Unknown option '--x'. …"); keep the first line.
    fail(
      String(error.message)
        .split('\n')[0]
        .replace(/\.\s.*$/, ''),
    );
  }
  if (values.help) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
  for (const [key, option] of Object.entries(options)) {
    const value = values[key];
    if (!option.number || value === undefined) continue;
    if (value.trim() === '' || !Number.isFinite(Number(value)) || Number(value) < 0)
      fail(`--${key} expects a number ≥ 0, found "${value}"`);
  }
  return values;
}
