// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Copies the region templates (and the Delft scenario the business case starts from) into
// dist/templates, so the published package holds everything it writes.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const repo = fileURLToPath(new URL('../../..', import.meta.url));
const from = `${repo}templates/region`;
const to = `${pkg}dist/templates/region`;
if (!existsSync(`${from}/base`)) {
  console.error(`copy-templates: ${from}/base is missing`);
  process.exit(1);
}
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
const scenario = `${repo}examples/delft/scenario.yaml`;
if (existsSync(scenario)) {
  mkdirSync(`${to}/delft`, { recursive: true });
  cpSync(scenario, `${to}/delft/scenario.yaml`);
} else {
  console.warn(
    `copy-templates: ${scenario} is missing; projects with a business case cannot be made until it exists`,
  );
}
console.log(`copy-templates: ${from} -> ${to}`);
