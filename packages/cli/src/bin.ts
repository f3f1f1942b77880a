#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(
    `zorghub: Node.js 20.19 or newer is needed; this is ${process.versions.node}\n`,
  );
  process.exit(2);
}
const { run } = await import('./program.js');
process.exitCode = await run(process.argv.slice(2));
