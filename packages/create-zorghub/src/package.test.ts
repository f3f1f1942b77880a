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
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('the published package', () => {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: packageDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as Array<{ files: Array<{ path: string; mode: number }> }>;
  const files = packed[0]!.files.map((f) => f.path);

  it('holds the templates of every part, with _gitignore', () => {
    for (const path of [
      'dist/templates/region/base/_gitignore',
      'dist/templates/region/base/README.md.tmpl',
      'dist/templates/region/base/config/schema.ts',
      'dist/templates/region/base/test/config.test.ts',
      'dist/templates/region/api/test/api.test.ts',
      'dist/templates/region/business-case/test/business-case.test.ts',
      'dist/templates/region/data-checks/test/data.test.ts',
      'dist/templates/region/themes/zorghub.json',
      'dist/templates/region/delft/scenario.yaml',
    ]) {
      expect(files, path).toContain(path);
    }
  });

  it('holds the committed bin (executable), the bundle it loads, and nothing from src', () => {
    expect(files).toContain('bin/create-zorghub.js');
    expect(files).toContain('dist/bin.js');
    const bin = packed[0]!.files.find((f) => f.path === 'bin/create-zorghub.js')!;
    expect(bin.mode & 0o111).not.toBe(0);
    expect(files.filter((f) => f.startsWith('src/'))).toEqual([]);
  });

  it('says "run npm run build" when the bin runs before the build, and writes nothing', () => {
    // A fresh clone right after `npm install`: the bin is linked, dist/ does not exist yet.
    const scratch = mkdtempSync(join(tmpdir(), 'create-zorghub-unbuilt-'));
    try {
      mkdirSync(join(scratch, 'pkg', 'bin'), { recursive: true });
      cpSync(join(packageDir, 'bin'), join(scratch, 'pkg', 'bin'), { recursive: true });
      writeFileSync(join(scratch, 'pkg', 'package.json'), '{ "type": "module" }\n');
      const result = spawnSync(
        process.execPath,
        [join(scratch, 'pkg', 'bin', 'create-zorghub.js'), 'regio', '--yes'],
        { cwd: scratch, encoding: 'utf8' },
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('has not been built yet');
      expect(result.stderr).toContain('npm run build');
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(scratch)).toEqual(['pkg']);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('has no runtime dependencies: prompts and YAML are bundled', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.bin).toEqual({ 'create-zorghub': './bin/create-zorghub.js' });
  });

  it('checks the Node.js version before it loads anything', () => {
    const bin = readFileSync(new URL('../dist/bin.js', import.meta.url), 'utf8');
    const staticImports = bin.match(/^import .* from ['"][^'"]+['"];?/gm) ?? [];
    expect(staticImports.every((line) => line.includes("'node:module'"))).toBe(true);
    expect(bin.indexOf('process.versions.node')).toBeLessThan(bin.indexOf('import("./cli.js")'));
  });

  it('refuses to run on a Node.js older than 20.19, with one line', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'create-zorghub-node-'));
    try {
      // Pretend to be Node 18 before the bin runs.
      const fake = join(scratch, 'old-node.cjs');
      writeFileSync(
        fake,
        "Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '18.19.0' } });\n",
      );
      const result = spawnSync(
        process.execPath,
        ['-r', fake, join(packageDir, 'bin', 'create-zorghub.js'), 'regio', '--yes'],
        {
          cwd: scratch,
          encoding: 'utf8',
        },
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        'create-zorghub: Node.js 20.19 or newer is needed; this is 18.19.0\n',
      );
      expect(readdirSync(scratch)).toEqual(['old-node.cjs']);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('passes publint (strict)', async () => {
    const { messages, pkg: linted } = await publint({
      pkgDir: packageDir,
      strict: true,
      pack: 'npm',
    });
    expect(messages.map((m) => formatMessage(m, linted))).toEqual([]);
  }, 60_000);
});
