// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The hub app in the generated project: a dependency with the API, and a README that says how to use it. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFlags } from './args.js';
import { generateProject } from './generate.js';
import { resolveAnswers } from './resolve.js';

const templatesDir = fileURLToPath(new URL('../../../templates/region/', import.meta.url));

async function project(parts: string) {
  const answers = await resolveAnswers(parseFlags(['regio-test', '--parts', parts]), undefined);
  const files = generateProject(answers, {
    version: '2.0.1',
    packageManager: 'npm',
    install: true,
    git: true,
    templatesDir,
  });
  const text = (path: string) => files.find((f) => f.path === path)?.content ?? '';
  return { pkg: JSON.parse(text('package.json')), readme: text('README.md') };
}

describe('the hub app in the generated project', () => {
  it('depends on @zorghub/app of the same release when the API is in, as a registry range', async () => {
    const { pkg } = await project('api');
    expect(pkg.dependencies['@zorghub/app']).toBe('^2.0.1');
    expect(pkg.dependencies['@zorghub/api']).toBe('^2.0.1');
    expect(pkg.scripts.start).toBe('zorghub serve --config zorghub.config.ts');
  });

  it('leaves the app out without the API: nothing would serve it', async () => {
    const { pkg, readme } = await project('data-checks');
    expect(Object.keys(pkg.dependencies)).not.toContain('@zorghub/app');
    expect(readme).not.toContain('/app/');
  });

  it('tells where the app is, how to sign in with a demo login, and how to leave it out', async () => {
    const { readme } = await project('api');
    expect(readme).toContain('#### De hub-app in de browser');
    expect(readme).toContain('http://127.0.0.1:3000/app/');
    expect(readme).toMatch(
      /`npm run start:demo` laadt de Delftse demodata en toont per rol een demo-login/,
    );
    expect(readme).toContain('`npm start -- --no-app`');
    expect(readme).toMatch(/with the hub app in the browser at \/app\//);
  });
});
