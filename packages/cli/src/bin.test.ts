// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
  files: string[];
};

// npm links a bin at install time only when its file exists then; dist/ is built later, so the bin
// is a committed file that loads dist/.
describe('the zorghub bin', () => {
  it('is a committed file, shipped with the package, that is not built', () => {
    expect(pkg.bin).toEqual({ zorghub: './bin/zorghub.js' });
    expect(pkg.files).toContain('bin');
    const tracked = spawnSync('git', ['ls-files', '--error-unmatch', 'bin/zorghub.js'], {
      cwd: packageDir,
      encoding: 'utf8',
    });
    expect(tracked.status, tracked.stderr).toBe(0);
  });

  it('runs the built command line', () => {
    const result = spawnSync(
      process.execPath,
      [join(packageDir, 'bin', 'zorghub.js'), '--version'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(pkg.version);
    expect(result.status).toBe(0);
  });

  it('says "run npm run build" when it runs before the build', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'zorghub-unbuilt-'));
    try {
      mkdirSync(join(scratch, 'bin'));
      cpSync(join(packageDir, 'bin'), join(scratch, 'bin'), { recursive: true });
      writeFileSync(join(scratch, 'package.json'), '{ "type": "module" }\n');
      const result = spawnSync(
        process.execPath,
        [join(scratch, 'bin', 'zorghub.js'), 'validate', 'x'],
        { cwd: scratch, encoding: 'utf8' },
      );
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('has not been built yet');
      expect(result.stderr).toContain('npm run build');
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(scratch).sort()).toEqual(['bin', 'package.json']);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('ships the Delft demo data that `zorghub serve --demo` loads outside a checkout', () => {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: packageDir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    ) as Array<{ files: Array<{ path: string }> }>;
    const shipped = new Set(packed[0]!.files.map((f) => f.path));
    const manifest = JSON.parse(
      readFileSync(join(packageDir, 'dist/demo/delft/datapakket.json'), 'utf8'),
    ) as { bestanden: Array<{ pad: string }> };
    expect(manifest.bestanden.length).toBeGreaterThan(5);
    for (const path of ['datapakket.json', ...manifest.bestanden.map((b) => b.pad)])
      expect(shipped.has(`dist/demo/delft/${path}`), path).toBe(true);
  });
});
