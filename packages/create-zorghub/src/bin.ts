#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// No static imports and no newer syntax here, so that an old Node.js reaches the version check.
const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(
    `create-zorghub: Node.js 20.19 or newer is needed; this is ${process.versions.node}\n`,
  );
  process.exit(1);
}
import('./cli.js').then(
  (cli) =>
    cli.main({ argv: process.argv.slice(2) }).then((code) => {
      process.exitCode = code;
    }),
  (error: Error) => {
    process.stderr.write(`create-zorghub: could not start: ${error.message}\n`);
    process.exitCode = 1;
  },
);
