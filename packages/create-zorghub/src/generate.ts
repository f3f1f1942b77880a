// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { PackageManager, Part } from './choices.js';
import { careKinds, services } from './choices.js';
import type { GeneratedFile } from './project-files.js';
import { type Answers, equivalentCommand } from './resolve.js';
import { sampleValues } from './sample-values.js';
import { scaleScenario } from './scenario.js';

export type { GeneratedFile } from './project-files.js';

export interface GenerateOptions {
  /** The version of create-zorghub, which is also the release of the @zorghub packages used. */
  version: string;
  packageManager: PackageManager;
  install: boolean;
  git: boolean;
  templatesDir: string;
  /**
   * Use the packages of a source checkout instead of the registry: the checkout's path relative
   * to the project directory (e.g. "../zorghub-toolkit").
   */
  linkPackagesFrom?: string;
  /** The Delft scenario the business case starts from; read from the templates when not given. */
  delftScenario?: string;
}

const partDirs: Record<Part, string> = {
  'business-case': 'business-case',
  api: 'api',
  'data-checks': 'data-checks',
};

const packageDirs: Record<string, string> = {
  '@zorghub/schemas': 'packages/schemas',
  '@zorghub/business-case': 'packages/business-case',
  '@zorghub/api': 'packages/api',
  // The CLI depends on the hub app (zorghub serve serves it), so a linked project needs it too.
  '@zorghub/app': 'packages/app',
  zorghub: 'packages/cli',
};

function listFiles(root: string, dir = root): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(root, full));
    else out.push(relative(root, full).split('\\').join('/'));
  }
  return out.sort();
}

/** A value for the templates: text, a condition, or a list of rows for `{{#each}}` and `{{list[n].field}}`. */
export type TemplateValue = string | boolean | ReadonlyArray<Readonly<Record<string, string>>>;

/**
 * `{{name}}` is replaced; `{{#if name}}…{{/if}}` is kept only when the value is truthy;
 * `{{#each list}}…{{/each}}` repeats its body for every row of a list, with `{{.field}}` for the
 * row's fields (a newline right after `{{/each}}` belongs to the tag); `{{list[n].field}}` is a
 * field of row n, counting round the list when it is shorter (the sample data spreads twelve visits
 * over however many services a region chose).
 */
export function renderTemplate(text: string, values: Record<string, TemplateValue>): string {
  const list = (key: string) => {
    const value = values[key];
    if (!Array.isArray(value)) throw new Error(`template: "${key}" is not a list`);
    return value as ReadonlyArray<Readonly<Record<string, string>>>;
  };
  const field = (row: Readonly<Record<string, string>> | undefined, key: string, name: string) => {
    const value = row?.[name];
    if (value === undefined) throw new Error(`template: unknown field "${key}.${name}"`);
    return value;
  };
  const repeated = text.replace(
    /\{\{#each (\w+)\}\}([\s\S]*?)\{\{\/each\}\}\n?/g,
    (_, key: string, body: string) =>
      list(key)
        .map((row) => body.replace(/\{\{\.(\w+)\}\}/g, (__, name: string) => field(row, key, name)))
        .join(''),
  );
  const sections = repeated.replace(
    /\{\{#if (\w+)\}\}([\s\S]*?)\{\{\/if\}\}/g,
    (_, key: string, body: string) => {
      if (!(key in values)) throw new Error(`template: unknown condition "${key}"`);
      return values[key] ? body : '';
    },
  );
  const picked = sections.replace(
    /\{\{(\w+)\[(\d+)\]\.(\w+)\}\}/g,
    (_, key: string, index: string, name: string) => {
      const rows = list(key);
      if (rows.length === 0) throw new Error(`template: "${key}" is an empty list`);
      return field(rows[Number(index) % rows.length], key, name);
    },
  );
  return picked.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`template: unknown value "${key}"`);
    if (Array.isArray(value)) throw new Error(`template: "${key}" is a list; use {{#each ${key}}}`);
    return String(value);
  });
}

export function runScript(pm: PackageManager, script: string): string {
  if (pm === 'npm')
    return script === 'test' || script === 'start' ? `npm ${script}` : `npm run ${script}`;
  return `${pm} ${script}`;
}

export function readDelftScenario(templatesDir: string): string {
  const candidates = [
    join(templatesDir, 'delft', 'scenario.yaml'),
    join(templatesDir, '..', '..', 'examples', 'delft', 'scenario.yaml'),
  ];
  for (const path of candidates) if (existsSync(path)) return readFileSync(path, 'utf8');
  throw new Error(`the Delft scenario is missing (looked in ${candidates.join(', ')})`);
}

interface TokenTree {
  [key: string]: TokenTree | unknown;
}

/** Flattens design tokens ({ $value }) into CSS custom properties. */
export function tokensToCss(tokens: TokenTree, themeName: string): string {
  const lines: string[] = [];
  const walk = (node: TokenTree, path: string[]) => {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('$')) continue;
      const child = value as TokenTree;
      if (child && typeof child === 'object' && '$value' in child) {
        const v = child.$value;
        const css = Array.isArray(v)
          ? v.map((f) => (/\s/.test(String(f)) ? `"${f}"` : String(f))).join(', ')
          : String(v);
        lines.push(`  --${[...path, key].join('-')}: ${css};`);
      } else if (child && typeof child === 'object') walk(child, [...path, key]);
    }
  };
  walk(tokens, []);
  return `/* Design tokens of the "${themeName}" theme, generated from tokens.json. */\n.zorghub-theme {\n${lines.join('\n')}\n}\n`;
}

function packageJson(answers: Answers, options: GenerateOptions): string {
  const has = (part: Part) => answers.parts.includes(part);
  const range = `^${options.version}`;
  const zorghubDeps = [
    '@zorghub/schemas',
    ...(has('business-case') ? ['@zorghub/business-case'] : []),
    // The hub app at /app/: a direct dependency, so `zorghub serve` (and the project's test)
    // find it under any package manager, not only where npm happens to hoist the CLI's own.
    ...(has('api') ? ['@zorghub/api', '@zorghub/app'] : []),
    'zorghub',
  ];
  const dependencies: Record<string, string> = {};
  for (const name of zorghubDeps) dependencies[name] = range;
  dependencies.tsx = '^4.20.0';
  dependencies.zod = '^4.1.0';

  const tests = [
    'test/config.test.ts',
    ...(has('business-case') ? ['test/business-case.test.ts'] : []),
    ...(has('api') ? ['test/api.test.ts'] : []),
    ...(has('data-checks') ? ['test/data.test.ts'] : []),
  ];
  const scripts: Record<string, string> = {
    test: `tsx --test ${tests.join(' ')}`,
    check: 'tsx scripts/check-config.ts',
    typecheck: 'tsc',
  };
  if (has('business-case'))
    scripts['business-case'] =
      'zorghub business-case business-case/scenario.yaml --out business-case/rapport --format md,html';
  if (has('data-checks')) scripts.validate = 'zorghub validate data --check-references';
  if (has('api')) {
    // The API runs with this project's zorghub.config.ts: organisation, tariff, services.
    scripts.start = 'zorghub serve --config zorghub.config.ts';
    scripts['start:demo'] = 'zorghub serve --demo --config zorghub.config.ts';
  }

  const pkg: Record<string, unknown> = {
    name: answers.packageName,
    version: '0.1.0',
    private: true,
    description: `${answers.hubName}: supplementary care work by ${answers.enterprise} in ${answers.municipality}`,
    type: 'module',
    engines: { node: '>=20.19' },
    scripts,
    dependencies,
    devDependencies: { '@types/node': '^20.19.0', typescript: '~5.9.0' },
  };

  if (options.linkPackagesFrom !== undefined) {
    // Every @zorghub package becomes a direct file: dependency with a "$name" override: npm
    // resolves a file: override of a transitive dependency wrongly (it installed the CLI in the
    // place of @zorghub/api), a direct one correctly.
    const spec = (name: string) => `file:${options.linkPackagesFrom}/${packageDirs[name]}`;
    for (const name of Object.keys(packageDirs)) dependencies[name] = spec(name);
    const overrides = Object.fromEntries(Object.keys(packageDirs).map((n) => [n, `$${n}`]));
    const specs = Object.fromEntries(Object.keys(packageDirs).map((n) => [n, spec(n)]));
    if (options.packageManager === 'npm') pkg.overrides = overrides;
    else if (options.packageManager === 'pnpm') pkg.pnpm = { overrides: specs };
    else pkg.resolutions = specs;
  }
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** Every file of the project, in memory: nothing is written here. */
export function generateProject(answers: Answers, options: GenerateOptions): GeneratedFile[] {
  const dir = options.templatesDir;
  const files: GeneratedFile[] = [];
  const add = (path: string, content: string) => files.push({ path, content });
  const has = (part: Part) => answers.parts.includes(part);
  const pm = options.packageManager;

  const label = (list: readonly { value: string; label: string }[], value: string) =>
    (list.find((c) => c.value === value)?.label ?? value).split(' / ')[0]!.toLowerCase();
  const values: Record<string, TemplateValue> = {
    // data/ (the sample export in templates/region/data-checks/data): its rows per choice.
    ...sampleValues(answers),
    hubName: answers.hubName,
    municipality: answers.municipality,
    municipalityCode: answers.municipalityCode,
    enterprise: answers.enterprise,
    version: options.version,
    theme: answers.theme,
    intake: String(answers.intake),
    hoursPerWeek: String(answers.hoursPerWeek),
    tariffText: answers.tariff.toFixed(2).replace('.', ','),
    careKindsText: answers.careKinds.map((v) => label(careKinds, v)).join(', '),
    servicesText: answers.services.map((v) => label(services, v)).join(', '),
    businessCase: has('business-case'),
    api: has('api'),
    dataChecks: has('data-checks'),
    // deploy/: a name for images, charts and units (the package name without scope, [a-z0-9-]).
    slug: answers.packageName
      .replace(/^@[^/]+\//, '')
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, ''),
    // zorghub.config.ts.tmpl: values written as TypeScript (JSON) literals.
    hubNameJson: JSON.stringify(answers.hubName),
    municipalityJson: JSON.stringify(answers.municipality),
    municipalityCodeJson: JSON.stringify(answers.municipalityCode ?? ''),
    enterpriseJson: JSON.stringify(answers.enterprise),
    careKindsJson: `[${answers.careKinds.map((v) => JSON.stringify(v)).join(', ')}]`,
    servicesJson: `[${answers.services.map((v) => JSON.stringify(v)).join(', ')}]`,
    tariff: String(answers.tariff),
    priceYear: String(new Date().getFullYear()),
    themeJson: JSON.stringify(answers.theme),
    pm,
    pmRun: pm === 'npm' ? 'npm run' : pm,
    testCmd: runScript(pm, 'test'),
    startCmd: runScript(pm, 'start'),
    command: equivalentCommand(answers, {
      packageManager: pm,
      install: options.install,
      git: options.git,
      version: options.version,
    }),
  };

  const copyTree = (sub: string) => {
    const root = join(dir, sub);
    for (const path of listFiles(root)) {
      const text = readFileSync(join(root, path), 'utf8');
      if (path.endsWith('.tmpl')) add(path.slice(0, -'.tmpl'.length), renderTemplate(text, values));
      else if (path === '_gitignore') add('.gitignore', text);
      else add(path, text);
    }
  };

  copyTree('base');
  for (const part of answers.parts) copyTree(partDirs[part]);

  add('package.json', packageJson(answers, options));
  const tokens = readFileSync(join(dir, 'themes', `${answers.theme}.json`), 'utf8');
  add('theme/tokens.json', tokens);
  add('theme/tokens.css', tokensToCss(JSON.parse(tokens) as TokenTree, answers.theme));
  if (has('business-case'))
    add(
      'business-case/scenario.yaml',
      scaleScenario(options.delftScenario ?? readDelftScenario(dir), answers),
    );
  if (options.linkPackagesFrom !== undefined && pm === 'npm')
    add(
      '.npmrc',
      '# The @zorghub packages come from a source checkout: install them as copies, not links.\ninstall-links=true\n',
    );
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
