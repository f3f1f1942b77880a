// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Copies the synthetic Delft data package into dist/demo/delft, so that `zorghub serve --demo`
// works from the registry too (a generated project's `npm run start:demo`), not only in a checkout.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../../../examples/delft/export', import.meta.url));
const to = fileURLToPath(new URL('../dist/demo/delft', import.meta.url));
if (!existsSync(`${from}/datapakket.json`)) {
  console.error(`copy-demo: ${from}/datapakket.json is missing`);
  process.exit(1);
}
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
console.log(`copy-demo: ${from} -> ${to}`);
