// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes the generated files of the standard (types, compiled validators, bundled schemas,
 * Frictionless Table Schemas, tabular mapping) and removes stale ones.
 * Usage: `npm run generate -w @zorghub/schemas` (add `-- --check` to only report drift).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { buildOutputs, InputError, managedDirs, packageRoot } from './outputs.js';

function listFiles(dir: string): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Differences between the generated files and the disk: changed, missing and stale paths. */
export async function findDrift(root = packageRoot): Promise<string[]> {
  const { files } = await buildOutputs(root);
  const drift: string[] = [];
  for (const [path, content] of files) {
    let onDisk: string | undefined;
    try {
      onDisk = readFileSync(join(root, path), 'utf8');
    } catch {
      onDisk = undefined;
    }
    if (onDisk === undefined) drift.push(`missing: ${path}`);
    else if (onDisk !== content) drift.push(`changed: ${path}`);
  }
  for (const dir of managedDirs)
    for (const file of listFiles(join(root, dir))) {
      const path = relative(root, file);
      if (!files.has(path)) drift.push(`stale: ${path}`);
    }
  return drift;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  if (check) {
    const drift = await findDrift();
    if (drift.length) {
      console.error(
        `Generated files are out of date (${drift.length}):\n${drift.join('\n')}\nRun \`npm run generate -w @zorghub/schemas\`.`,
      );
      process.exitCode = 1;
    } else console.log('Generated files are up to date.');
    return;
  }
  const { files, warnings } = await buildOutputs();
  for (const w of warnings) console.warn(`warning: ${w}`);
  let written = 0;
  for (const [path, content] of files) {
    const target = join(packageRoot, path);
    let current: string | undefined;
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === content) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    written++;
  }
  let removed = 0;
  for (const dir of managedDirs)
    for (const file of listFiles(join(packageRoot, dir))) {
      if (!files.has(relative(packageRoot, file))) {
        rmSync(file);
        removed++;
      }
    }
  console.log(`Generated ${files.size} files (${written} written, ${removed} stale removed).`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().catch((error: unknown) => {
    if (error instanceof InputError) {
      console.error(`error: ${error.message}`);
      process.exitCode = 1;
    } else throw error;
  });
}
