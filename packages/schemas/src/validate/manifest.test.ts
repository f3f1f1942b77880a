// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** A delivery can be trusted: sha256 and aantalRecords are checked, a declared profile is applied. */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, type ValidationReport, validatePaths } from './index.js';

const delft = join(dirname(fileURLToPath(import.meta.url)), '../../../../examples/delft/export');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zorghub-manifest-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function copy(name: string): Promise<string> {
  const target = join(dir, name);
  await cp(delft, target, { recursive: true });
  return target;
}

const codes = (report: ValidationReport) => report.issues.map((i) => i.code);

async function editManifest(pkg: string, change: (m: Record<string, unknown>) => void) {
  const path = join(pkg, 'datapakket.json');
  const manifest = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  change(manifest);
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
}

describe('manifest integrity', { timeout: 120_000 }, () => {
  it('the Delft package matches its own sha256 and counts', async () => {
    const report = await validatePaths([delft]);
    expect(report.issues).toEqual([]);
  });

  it('finds a deleted row by its sha256 and by aantalRecords', async () => {
    const pkg = await copy('rij-weg');
    const path = join(pkg, 'clienten.csv');
    const lines = (await readFile(path, 'utf8')).split('\n');
    lines.splice(5, 1);
    await writeFile(path, lines.join('\n'));
    const report = await validatePaths([pkg], { lang: 'en' });
    expect(codes(report)).toEqual(['manifest.checksum-mismatch', 'manifest.count-mismatch']);
    const [checksum, count] = report.issues;
    expect(checksum!.samples[0]).toMatchObject({ file: path, field: checksum!.field });
    expect(checksum!.field).toMatch(/^bestanden\[\d+\]\.sha256$/);
    expect(count!.samples[0]).toMatchObject({ file: path, expected: '96', found: '95 read' });
    expect(report.valid).toBe(false);
  });

  it('applies the profile the manifest declares, and refuses one it cannot find', async () => {
    const pkg = await copy('met-profiel');
    await editManifest(pkg, (m) => {
      m.profiel = 'voorbeeld-regio';
    });
    // the example profile leaves out the clients' age band, which the Delft export has
    const report = await validatePaths([pkg]);
    const unknown = report.issues.find((i) => i.code === 'csv.unknown-column');
    expect(unknown?.samples[0]).toMatchObject({ column: 'leeftijdsklasse' });
    await editManifest(pkg, (m) => {
      m.profiel = 'nergens-te-vinden';
    });
    const error = await validatePaths([pkg], { lang: 'en' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).reason).toBe('unknown-profile');
    expect((error as Error).message).toMatch(/profile "nergens-te-vinden" not found/);
  });

  it('warns about a folder without datapakket.json and lists what it skipped', async () => {
    const folder = join(dir, 'zonder-manifest');
    await mkdir(folder);
    for (const name of ['clienten.csv', 'diensten.csv'])
      await cp(join(delft, name), join(folder, name));
    await writeFile(join(folder, 'README.md'), '# notes\n');
    await writeFile(join(folder, 'overzicht.pdf'), '%PDF-1.7\n');
    const report = await validatePaths([folder], { lang: 'en' });
    const absent = report.issues.find((i) => i.code === 'manifest.absent');
    expect(absent?.severity).toBe('warning');
    expect(absent?.samples[0]).toMatchObject({
      file: folder,
      found: '2 files checked by name; skipped: README.md, overzicht.pdf',
    });
    expect(report.stats.records).toBeGreaterThan(0);
  });
});
