// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * `zorghub export-schema`: writes the standard's machine-readable descriptions into a folder —
 * the bundled JSON Schemas, or (`frictionless`) a Table Schema per entity and a Tabular Data
 * Package `datapackage.json` for tools of the Frictionless ecosystem. The files are the generated,
 * drift-checked ones shipped in this package (`generated/`).
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const generated = resolve(dirname(fileURLToPath(import.meta.url)), '../../generated');

export interface ExportSchemaOptions {
  /** Frictionless Table Schemas and datapackage.json instead of JSON Schemas. */
  frictionless?: boolean;
}

/** Copies the descriptors into `out` (created when missing); returns the files written. */
export async function exportSchemas(
  out: string,
  options: ExportSchemaOptions = {},
): Promise<string[]> {
  const from = join(generated, options.frictionless ? 'frictionless' : 'bundled');
  await mkdir(out, { recursive: true });
  const written: string[] = [];
  for (const name of (await readdir(from)).filter((n) => n.endsWith('.json')).sort()) {
    await copyFile(join(from, name), join(out, name));
    written.push(join(out, name));
  }
  return written;
}
