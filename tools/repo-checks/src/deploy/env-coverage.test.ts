// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Every environment variable the API reads (packages/api/src/config/variables.ts) is in the
// documented table and in each deploy template a region gets (compose, systemd unit, Helm chart),
// unless the list below says why it does not belong there. A new variable that is not carried
// into the deploy files, or an entry of the list that has become untrue, fails this test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { root } from '../public-code/project.js';
import { renderTemplate } from './helm-render.js';

const deployDir = join(root, 'templates', 'region', 'api', 'deploy');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The variables' names: the keys of `export const variables = { … }`. */
export function variableNames(source: string): string[] {
  const start = source.indexOf('export const variables = {');
  const end = source.indexOf('} satisfies Record<string, Variable>', start);
  if (start < 0 || end < 0) throw new Error('variables.ts: the variables table was not found');
  return [...source.slice(start, end).matchAll(/^ {2}([A-Z][A-Z0-9_]*): \{$/gm)].map((m) => m[1]!);
}

type Target = 'compose' | 'systemd' | 'helm';

/** Variables a deploy file leaves out on purpose, and why. */
const NOT_IN: Record<string, Partial<Record<Target, string>>> = {
  ZORGHUB_DEMO_DIR: {
    compose: 'only for `zorghub serve --demo`, never in production',
    systemd: 'only for `zorghub serve --demo`, never in production',
    helm: 'only for `zorghub serve --demo`, never in production',
  },
  NODE_ENV: {
    compose: 'fixed to production by the image (Containerfile ENV)',
    helm: 'fixed to production by the image (Containerfile ENV)',
  },
  ZORGHUB_HOST: {
    compose: 'fixed to 0.0.0.0 by the image: the container must listen on its own interface',
    helm: 'fixed to 0.0.0.0 by the image: the container must listen on its own interface',
  },
  ZORGHUB_PORT: {
    compose: 'fixed to 8080 by the image; the published port and the HEALTHCHECK use it',
    helm: 'fixed to 8080 by the image; the probes, containerPort and Service use it',
  },
  ZORGHUB_DATA_DIR: {
    compose: 'compose runs PostgreSQL (DATABASE_URL); the image sets /data for PGlite',
    helm: 'the chart runs on PostgreSQL (DATABASE_URL in the Secret); the image sets /data',
  },
};

function composeNames(): string[] {
  const text = readFileSync(join(deployDir, 'compose.yaml.tmpl'), 'utf8').replaceAll(
    '{{slug}}',
    'regio-test',
  );
  const compose = parseYaml(text) as { services: { api: { environment: Record<string, string> } } };
  return Object.keys(compose.services.api.environment);
}

/** Names set on an `Environment=` line (comments do not count). */
function systemdNames(): string[] {
  const text = readFileSync(join(deployDir, 'systemd', 'zorghub-api.service.tmpl'), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.startsWith('Environment='))
    .flatMap((l) =>
      l
        .slice('Environment='.length)
        .split(/\s+/)
        .map((a) => a.replace(/^"/, '').split('=')[0]!),
    );
}

/** Names the rendered chart gives the API's container: its env and the Secret it reads. */
function helmNames(): string[] {
  const chartDir = join(deployDir, 'helm');
  const values = parseYaml(
    readFileSync(join(chartDir, 'values.yaml.tmpl'), 'utf8')
      .replaceAll('{{slug}}', 'regio-test')
      .replaceAll('{{version}}', '1.0.0'),
  );
  const context = {
    Values: values,
    Release: { Name: 'zorghub', Namespace: 'zorghub' },
    Chart: { Name: 'regio-test-api', AppVersion: '1.0.0', Version: '1.0.0' },
  };
  const names: string[] = [];
  for (const file of readdirSync(join(chartDir, 'templates')).filter((f) => f.endsWith('.yaml'))) {
    const text = renderTemplate(readFileSync(join(chartDir, 'templates', file), 'utf8'), context);
    for (const doc of parseAllDocuments(text)) {
      const m = doc.toJS() as Record<string, any> | null;
      if (m?.kind === 'Secret') names.push(...Object.keys(m.stringData ?? {}));
      if (m?.kind === 'Deployment')
        for (const c of m.spec.template.spec.containers)
          names.push(...(c.env ?? []).map((e: { name: string }) => e.name));
    }
  }
  return names;
}

/** What is missing from a target, and which entries of NOT_IN are untrue for it. */
export function coverage(names: string[], target: Target, carried: string[]) {
  const missing = names.filter((n) => !carried.includes(n) && !NOT_IN[n]?.[target]);
  const stale = Object.entries(NOT_IN)
    .filter(([n, why]) => why[target] && (!names.includes(n) || carried.includes(n)))
    .map(([n]) => n);
  return { missing, stale };
}

const names = variableNames(read('packages/api/src/config/variables.ts'));

describe('the API’s environment variables in the docs and the deploy templates', () => {
  it('reads the variables table (and would see one more)', () => {
    expect(names).toContain('ZORGHUB_DB_POOL');
    expect(names).toContain('ZORGHUB_CONFIG');
    expect(names.length).toBeGreaterThan(20);
    const extra = read('packages/api/src/config/variables.ts').replace(
      '  ZORGHUB_HOST: {',
      '  ZORGHUB_NEW_ONE: {\n  },\n  ZORGHUB_HOST: {',
    );
    expect(variableNames(extra)).toContain('ZORGHUB_NEW_ONE');
    expect(coverage(variableNames(extra), 'compose', composeNames()).missing).toEqual([
      'ZORGHUB_NEW_ONE',
    ]);
  });

  it('every variable is a row of the documented table (packages/api/README.md)', () => {
    const rows = read('packages/api/README.md')
      .split('\n')
      .filter((l) => l.startsWith('|'));
    expect(names.filter((n) => !rows.some((r) => r.includes(`\`${n}\``)))).toEqual([]);
  });

  it.each([
    ['compose', composeNames],
    ['systemd', systemdNames],
    ['helm', helmNames],
  ] as const)('the %s template carries every variable, or the list says why not', (target, of) => {
    expect(coverage(names, target, of())).toEqual({ missing: [], stale: [] });
  });
});
