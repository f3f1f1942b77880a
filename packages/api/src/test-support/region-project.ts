// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * For tests: a folder laid out as a generated region project (its config/schema.ts copied from the
 * template, node_modules linked to the repository's so `zod` resolves) with a zorghub.config.ts.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

export const sampleConfig = {
  hub: { name: 'Zorghub Teststad' },
  region: { municipality: 'Teststad', municipalityCode: 'GM0999' },
  partners: { socialEnterprise: 'Werkbedrijf Test', careOrganisationKinds: ['ouderenzorg'] },
  services: ['gezelschap', 'wandelen'],
  workers: { hoursPerWeek: 24, expectedIntakePerYear: 12 },
  tariffs: { hourly: 41.5, currency: 'EUR', priceYear: 2026 },
  parts: { businessCase: true, api: true, dataChecks: false },
  theme: 'zorghub',
};

export interface RegionProject {
  dir: string;
  /** Writes zorghub.config.ts (or another name) and returns its path. */
  write(text: string, name?: string): string;
  remove(): void;
}

export function regionProject(): RegionProject {
  const dir = mkdtempSync(join(tmpdir(), 'zorghub-region-'));
  mkdirSync(join(dir, 'config'));
  copyFileSync(repo('templates/region/base/config/schema.ts'), join(dir, 'config/schema.ts'));
  symlinkSync(repo('node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    write(text, name = 'zorghub.config.ts') {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A zorghub.config.ts as create-zorghub writes it: TypeScript, through the project's defineConfig. */
export const configSource = (config: unknown = sampleConfig) =>
  `import { defineConfig } from './config/schema.ts';\n\nconst hourly: number = ${JSON.stringify(
    (config as typeof sampleConfig).tariffs?.hourly,
  )};\n\nexport default defineConfig(${JSON.stringify(config, null, 2).replace(
    /"hourly": [^,\n}]+/,
    '"hourly": hourly',
  )});\n`;
