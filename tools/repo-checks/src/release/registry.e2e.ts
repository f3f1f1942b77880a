// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The release, end to end, against a real npm registry (Verdaccio on this machine): `npm run release`
// publishes every package with one version; then, in an empty folder outside the repository, with
// only that registry configured, a region does what the README tells it:
//   npm exec create-zorghub@<version> -- my-region --yes   (and npx create-zorghub)
//   npm test, npm run validate, npm run business-case, npm start, npm run start:demo
// No `file:` link anywhere on that path. Run with `npm run test:release` (from .ci/run): it takes
// minutes, which do not belong in `npm test`.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedPackages } from '../public-code/project.js';
import { cloneWorkingTree } from '../readme/clone.js';
import { runShort, startServer, stopServer, tail } from '../support/processes.js';
import { userEnv } from '../support/user-env.js';
import { baseImage, buildah, runInContainer } from './container.js';
import { freePort, type Registry, startRegistry } from './verdaccio.js';

const root = resolve(import.meta.dirname, '../../../..');
const cache = join(root, 'node_modules', '.cache', 'zorghub-release-e2e');
const packages = publishedPackages();
const version = String(packages[0]![1].version);
const slow = { timeout: 30 * 60_000 };

describe('a release into a real registry, installed by a region', () => {
  let registry: Registry;
  let scratch: string;
  let region: string;
  let env: NodeJS.ProcessEnv;

  const sh = async (command: string, cwd: string, extra: NodeJS.ProcessEnv = {}) => {
    const done = await runShort(command, {
      cwd,
      env: { ...env, ...extra },
      scratch,
      timeoutMs: 25 * 60_000,
    });
    expect(
      done.code,
      `\`${command}\` in ${cwd} exited with ${done.code ?? done.signal}:\n${tail(done.output)}`,
    ).toBe(0);
    expect(done.leftovers, `\`${command}\` left processes running`).toBe(false);
    return done.output;
  };

  /** The generated project; when an earlier step did not make it, say so at once instead of waiting. */
  const made = (name = 'my-region') => {
    const project = join(region, name);
    if (!existsSync(join(project, 'package.json')))
      throw new Error(
        `${project} was not generated: see the failure of the create-zorghub step above`,
      );
    return project;
  };

  beforeAll(async () => {
    mkdirSync(cache, { recursive: true });
    scratch = mkdtempSync(join(tmpdir(), 'zorghub-release-'));
    region = join(scratch, 'elsewhere');
    mkdirSync(region);
    registry = await startRegistry(cache, scratch);
    env = {
      ...userEnv(root),
      // Only this registry, and fresh metadata: a run before this one published other tarballs.
      npm_config_userconfig: registry.npmrc,
      npm_config_registry: registry.url,
      npm_config_prefer_offline: 'false',
      npm_config_prefer_online: 'true',
      // A cache of its own: npm exec would otherwise run a create-zorghub an earlier run cached.
      npm_config_cache: join(scratch, 'npm-cache'),
    };
  }, slow.timeout);

  afterAll(async () => {
    await registry?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it(
    'changeset version gives every package the same next version and a CHANGELOG.md',
    slow,
    async () => {
      // On a copy of the working tree: versioning rewrites package.json files and deletes changesets.
      const copy = join(scratch, 'versioned');
      cloneWorkingTree(root, copy);
      symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
      const pending = readdirSync(join(copy, '.changeset')).filter(
        (f) => f.endsWith('.md') && f !== 'README.md',
      );
      expect(pending.length, 'changesets waiting for a release').toBeGreaterThan(0);
      await sh(`node ${join(root, 'node_modules/@changesets/cli/bin.js')} version`, copy);
      const versions = new Set<string>();
      for (const [dir] of packages) {
        const pkg = JSON.parse(readFileSync(join(copy, dir, 'package.json'), 'utf8'));
        versions.add(pkg.version);
        const changelog = readFileSync(join(copy, dir, 'CHANGELOG.md'), 'utf8');
        expect(changelog, `${dir}/CHANGELOG.md`).toContain(`## ${pkg.version}`);
      }
      expect([...versions], 'one version for all packages').toHaveLength(1);
      expect([...versions][0]).not.toBe(version);
    },
  );

  it('npm run release publishes every package with one version', slow, async () => {
    // Every package a region installs, the app the API serves included: none may turn private unseen.
    expect(packages.map(([, pkg]) => pkg.name).sort()).toEqual([
      '@zorghub/api',
      '@zorghub/app',
      '@zorghub/business-case',
      '@zorghub/schemas',
      'create-zorghub',
      'zorghub',
    ]);
    for (const [, pkg] of packages) expect(pkg.version, String(pkg.name)).toBe(version);
    // --no-git-tag: this is a rehearsal, the checkout gets no release tags.
    const out = await sh('npm run release -- --no-git-tag', root);
    for (const [, pkg] of packages) {
      expect(out).toMatch(
        new RegExp(`${String(pkg.name).replace('/', '\\/')}@${version.replace(/\./g, '\\.')}`),
      );
      const seen = execFileSync('npm', ['view', `${pkg.name}@${version}`, 'version'], {
        env,
        encoding: 'utf8',
      }).trim();
      expect(seen, `${pkg.name} on the registry`).toBe(version);
    }
  });

  it(
    'npm exec create-zorghub@<version> -- my-region --yes makes and installs a project from the registry',
    slow,
    async () => {
      await sh(`npm exec --yes create-zorghub@${version} -- my-region --yes`, region);
      const project = made();
      const manifest = readFileSync(join(project, 'package.json'), 'utf8');
      const lock = readFileSync(join(project, 'package-lock.json'), 'utf8');
      expect(manifest).not.toMatch(/file:/);
      expect(lock).not.toMatch(/"file:|"resolved": "file:/);
      expect(JSON.parse(manifest).dependencies['@zorghub/api']).toBe(`^${version}`);
      expect(existsSync(join(project, '.npmrc'))).toBe(false);
      // Every @zorghub package came from this registry, in the released version.
      const tree = JSON.parse(
        readFileSync(join(project, 'node_modules', 'zorghub', 'package.json'), 'utf8'),
      );
      expect(tree.version).toBe(version);
      expect(lock).toContain(`${registry.url}zorghub/-/zorghub-${version}.tgz`);
    },
  );

  it(
    'npm test, npm run validate and npm run business-case pass in the generated project',
    slow,
    async () => {
      const project = made();
      await sh('npm test', project);
      const validate = await sh('npm run validate', project);
      expect(validate).toMatch(/geldig|valid/i);
      await sh('npm run business-case', project);
      expect(existsSync(join(project, 'business-case', 'rapport'))).toBe(true);
    },
  );

  for (const script of ['start', 'start:demo']) {
    it(
      `npm ${script === 'start' ? 'start' : 'run start:demo'}: the API answers /ready, and SIGTERM stops it`,
      slow,
      async () => {
        const project = made();
        const started = await startServer(script === 'start' ? 'npm start' : 'npm run start:demo', {
          cwd: project,
          env: { ...env, ZORGHUB_PORT: '0' },
          ready: /Ctrl\+C/,
          timeoutMs: 10 * 60_000,
        });
        const api = /Zorghub API: (http:\/\/\S+)/.exec(started.output())?.[1];
        expect(api, started.output()).toBeTruthy();
        const ready = await fetch(`${api}/ready`);
        expect(ready.status, await ready.text()).toBe(200);
        if (script === 'start:demo') {
          const key = /planner\s+\S+\s+(\S+)/.exec(started.output())?.[1];
          expect(key, started.output()).toBeTruthy();
          const visits = await fetch(`${api}/bezoeken?pageSize=2`, {
            headers: { authorization: `Bearer ${key}` },
          });
          expect(visits.status, await visits.clone().text()).toBe(200);
        }
        const { orphans } = await stopServer(started);
        expect(orphans).toBe(false);
      },
    );
  }

  it(
    'the project image builds with buildah on a base assembled offline, and the API in it answers /ready',
    slow,
    async () => {
      const project = made();
      const b = buildah(cache, join(scratch, 'buildah-run'));
      const base = baseImage(cache, b);
      const image = `localhost/my-region-api:${process.pid}`;
      // --format docker keeps HEALTHCHECK (the OCI format has no field for it).
      const built = b(
        [
          'bud',
          '--isolation',
          'chroot',
          '--format',
          'docker',
          '--layers=false',
          '--build-arg',
          `BASE_IMAGE=${base}`,
          '--build-arg',
          `NPM_REGISTRY=${registry.url}`,
          '-f',
          'deploy/Containerfile',
          '-t',
          image,
          '.',
        ],
        { cwd: project },
      );
      expect(built).toMatch(/COMMIT|Successfully tagged|[0-9a-f]{64}/);
      const inspect = JSON.parse(b(['inspect', '--type', 'image', image])) as {
        Docker?: {
          config?: { User?: string; Healthcheck?: { Test?: string[] }; Volumes?: object };
        };
      };
      const config = inspect.Docker?.config ?? {};
      expect(config.User).toBe('10001:10001');
      expect(config.Healthcheck?.Test?.join(' ')).toMatch(/\/api\/v1\/ready/);
      expect(Object.keys(config.Volumes ?? {})).toEqual(['/data']);
      const size = b(['images', '--noheading', '--format', '{{.Size}}', image]).trim();
      console.log(
        `release e2e: image ${image} is ${size} (base ${b(['images', '--noheading', '--format', '{{.Size}}', base]).trim()})`,
      );

      const ctr = b(['from', '--quiet', image]).trim();
      const port = await freePort();
      const child = runInContainer(b, [
        '--env',
        `ZORGHUB_PORT=${port}`,
        '--env',
        'ZORGHUB_HOST=127.0.0.1',
        '--workingdir',
        '/app',
        ctr,
        '--',
        'node',
        'node_modules/zorghub/bin/zorghub.js',
        'serve',
      ]);
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
      });
      child.stderr!.on('data', (d: Buffer) => {
        out += d.toString();
      });
      try {
        const deadline = Date.now() + 5 * 60_000;
        while (!out.includes('Ctrl+C') && Date.now() < deadline && child.exitCode === null)
          await new Promise((r) => setTimeout(r, 500));
        expect(out, out).toContain('Ctrl+C');
        const ready = await fetch(`http://127.0.0.1:${port}/api/v1/ready`);
        expect(ready.status, await ready.text()).toBe(200);
      } finally {
        try {
          process.kill(-child.pid!, 'SIGTERM');
        } catch {
          // gone
        }
        await new Promise((r) => setTimeout(r, 3000));
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // gone
        }
        b(['rm', ctr]);
        b(['rmi', image]);
      }
    },
  );

  it('npx create-zorghub (the latest release) works too', slow, async () => {
    await sh('npx --yes create-zorghub other-region --yes --no-install --no-git', region);
    const manifest = JSON.parse(readFileSync(join(region, 'other-region', 'package.json'), 'utf8'));
    expect(manifest.dependencies.zorghub).toBe(`^${version}`);
  });
});
