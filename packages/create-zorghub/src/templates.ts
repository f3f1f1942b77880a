// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The region templates: inside the package (`dist/templates/region`, copied there by the build)
 * or, when running from the source tree before a build, the repository's `templates/region`.
 */
export function templatesDir(): string {
  const candidates = [
    new URL('./templates/region/', import.meta.url), // dist/cli.js -> dist/templates
    new URL('../dist/templates/region/', import.meta.url), // src/*.ts -> dist/templates
    new URL('../../../templates/region/', import.meta.url), // src/*.ts -> repository
  ];
  for (const candidate of candidates) {
    const path = fileURLToPath(candidate);
    if (existsSync(`${path}base`)) return path;
  }
  throw new Error(
    `the region templates are missing (looked in ${candidates.map((c) => fileURLToPath(c)).join(', ')}); build create-zorghub first`,
  );
}
