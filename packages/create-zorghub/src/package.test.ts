import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

  it('holds the bundled bin, executable, and nothing from src', () => {
    expect(files).toContain('dist/bin.js');
    const bin = packed[0]!.files.find((f) => f.path === 'dist/bin.js')!;
    expect(bin.mode & 0o111).not.toBe(0);
    expect(files.filter((f) => f.startsWith('src/'))).toEqual([]);
  });

  it('has no runtime dependencies: prompts and YAML are bundled', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.bin).toEqual({ 'create-zorghub': './dist/bin.js' });
  });

  it('checks the Node.js version before it loads anything', () => {
    const bin = readFileSync(new URL('../dist/bin.js', import.meta.url), 'utf8');
    const staticImports = bin.match(/^import .* from ['"][^'"]+['"];?/gm) ?? [];
    expect(staticImports.every((line) => line.includes("'node:module'"))).toBe(true);
    expect(bin.indexOf('process.versions.node')).toBeLessThan(bin.indexOf('import("./cli.js")'));
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
