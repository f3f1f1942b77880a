// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Records what the scenario reader says about each broken scenario in src/scenario/__fixtures__/.
// Run once before a change to the checks; the golden test then holds the new code to those words:
//   npx tsx scripts/record-messages.ts
import { writeFileSync } from 'node:fs';
import { badScenarios } from '../src/scenario/__fixtures__/bad-scenarios.js';
import { parseScenario } from '../src/scenario/parse.js';

const out: Record<string, unknown> = {};
for (const c of badScenarios) {
  const { text, format } = c.text();
  out[c.name] = parseScenario(text, format).issues;
}
writeFileSync(
  new URL('../src/scenario/__fixtures__/messages.golden.json', import.meta.url),
  `${JSON.stringify(out, null, 2)}\n`,
);
