// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Regional profiles in the browser entry give the same report as `validatePaths()` with the same
 * profile: declared by the manifest and found beside the package, found among the profiles the
 * page carries, chosen by name or as a picked folder (as --profile); unknown → unusable input.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DroppedFile, InputError, validateFiles } from './browser.js';
import { validatePaths } from './index.js';
import type { ValidationReport } from './report.js';

const here = dirname(fileURLToPath(import.meta.url));
const delft = join(here, '../../../../examples/delft/export');
const shippedDir = join(here, '../../profiles/voorbeeld-regio');

function dropped(dir: string, prefix: string): DroppedFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => ({
      path: `${prefix}${d.name}`,
      file: new Blob([readFileSync(join(dir, d.name))]),
    }));
}

const comparable = (report: ValidationReport, from: string) =>
  JSON.parse(JSON.stringify(report).split(from).join('P/'));

const shipped = [{ path: 'voorbeeld-regio', files: dropped(shippedDir, 'voorbeeld-regio/') }];

let pkg: string; // the Delft package declaring the example profile
let plain: string; // the Delft package declaring none
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'zh-browser-profile-'));
  pkg = join(dir, 'met-profiel');
  plain = join(dir, 'zonder');
  cpSync(delft, pkg, { recursive: true });
  cpSync(delft, plain, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(pkg, 'datapakket.json'), 'utf8'));
  manifest.profiel = 'voorbeeld-regio';
  writeFileSync(join(pkg, 'datapakket.json'), `${JSON.stringify(manifest, null, 2)}\n`);
});

describe('profiles in the browser entry', { timeout: 120_000 }, () => {
  it('a declared profile shipped with the standard: the same report as the CLI', async () => {
    const cli = await validatePaths([pkg]);
    // the example profile leaves out the clients' age band, which the Delft export has
    expect(cli.issues.map((i) => i.code)).toContain('csv.unknown-column');
    const browser = await validateFiles(dropped(pkg, 'met-profiel/'), { profiles: shipped });
    expect(comparable(browser, 'met-profiel/')).toEqual(comparable(cli, `${pkg}/`));
  });

  it('a declared profile dropped beside the package is applied, and not validated as data', async () => {
    const cli = await validatePaths([pkg]);
    const files = [
      ...dropped(pkg, 'met-profiel/'),
      ...dropped(shippedDir, 'profielen/voorbeeld-regio/'),
    ];
    const browser = await validateFiles(files);
    expect(comparable(browser, 'met-profiel/')).toEqual(comparable(cli, `${pkg}/`));
  });

  it('a profile chosen by name or picked as a folder, as --profile', async () => {
    const cli = await validatePaths([plain], { profile: shippedDir });
    const base = await validatePaths([plain]);
    expect(cli.issues).not.toEqual(base.issues);
    const files = dropped(plain, 'zonder/');
    const byName = await validateFiles(files, { profile: 'voorbeeld-regio', profiles: shipped });
    expect(comparable(byName, 'zonder/')).toEqual(comparable(cli, `${plain}/`));
    const picked = await validateFiles(files, { profile: shipped[0]!.files });
    expect(comparable(picked, 'zonder/')).toEqual(comparable(cli, `${plain}/`));
  });

  it('a declared profile that is nowhere makes the input unusable, naming the profile', async () => {
    const error = await validateFiles(dropped(pkg, 'met-profiel/'), { lang: 'en' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).reason).toBe('unknown-profile');
    expect((error as Error).message).toMatch(
      /met-profiel\/datapakket\.json: profile "voorbeeld-regio" not found/,
    );
    const named = await validateFiles(dropped(plain, 'zonder/'), { profile: 'nergens' }).catch(
      (e: unknown) => e,
    );
    expect(named).toBeInstanceOf(InputError);
  });
});
