// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as p from '@clack/prompts';
import { type Flags, helpText, parseFlags } from './args.js';
import { type PackageManager, packageManagers } from './choices.js';
import { clackSource } from './clack-source.js';
import { UserError } from './errors.js';
import { generateProject, runScript } from './generate.js';
import { equivalentCommand, resolveAnswers } from './resolve.js';
import { templatesDir } from './templates.js';
import { checkTargetDirectory, initGit, insideGitWorkTree, writeProject } from './write.js';

export interface MainOptions {
  argv: readonly string[];
  cwd?: string;
  stdinIsTTY?: boolean;
  env?: NodeJS.ProcessEnv;
  out?: (text: string) => void;
  err?: (text: string) => void;
}

function packageRoot(): string {
  // dist/cli.js and src/cli.ts both sit one level below the package root.
  return fileURLToPath(new URL('..', import.meta.url));
}

export function ownVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** The package manager that started us (npm_config_user_agent), else npm. */
export function detectPackageManager(env: NodeJS.ProcessEnv): PackageManager {
  const agent = env.npm_config_user_agent ?? '';
  const name = agent.split('/')[0];
  return (packageManagers as readonly string[]).includes(name ?? '')
    ? (name as PackageManager)
    : 'npm';
}

/** The repository root when create-zorghub runs from a source checkout of the toolkit. */
export function sourceCheckout(): string | undefined {
  const root = resolve(packageRoot(), '..', '..');
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: string };
    if (pkg.name !== 'zorghub-toolkit') return undefined;
  } catch {
    return undefined;
  }
  const needed = ['schemas', 'business-case', 'api', 'cli'].map((d) => join(root, 'packages', d));
  return needed.every((d) => existsSync(join(d, 'package.json'))) ? root : undefined;
}

function checkoutAt(path: string): string {
  const root = resolve(path);
  const needed = ['schemas', 'business-case', 'api', 'cli'].map((d) =>
    join(root, 'packages', d, 'package.json'),
  );
  const missing = needed.filter((f) => !existsSync(f));
  if (missing.length > 0)
    throw new UserError(
      `--link-packages: expected a checkout of the Zorghub toolkit at ${root}, missing ${missing.map((m) => relative(root, m)).join(', ')}`,
    );
  return root;
}

/** Refuses, before anything is written, when the package manager that would install is missing. */
function checkPackageManager(pm: PackageManager, env: NodeJS.ProcessEnv, chosen: boolean): void {
  const result = spawnSync(pm, ['--version'], {
    env,
    stdio: 'ignore',
    shell: process.platform === 'win32',
  });
  if (!result.error && result.status === 0) return;
  const source = chosen
    ? `--package-manager ${pm}`
    : `${pm} (the package manager that started create-zorghub)`;
  throw new UserError(
    `${source}: "${pm}" was not found or does not run (${result.error ? result.error.message : `exit code ${result.status}`}), and it is needed to install the dependencies; install it${pm === 'npm' ? '' : ` (e.g. corepack enable ${pm})`}, choose another with --package-manager, or add --no-install. Nothing was written`,
  );
}

function existingAncestor(path: string): string {
  let dir = path;
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Runs create-zorghub; returns the exit code. */
export async function main(options: MainOptions): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const out = options.out ?? ((t: string) => process.stdout.write(t));
  const err = options.err ?? ((t: string) => process.stderr.write(t));
  let flags: Flags;
  try {
    flags = parseFlags(options.argv);
    if (flags.help) {
      out(helpText);
      return 0;
    }
    if (flags.version) {
      out(`${ownVersion()}\n`);
      return 0;
    }
    if (
      flags.packageManager !== undefined &&
      !(packageManagers as readonly string[]).includes(flags.packageManager)
    ) {
      throw new UserError(
        `--package-manager: expected one of ${packageManagers.join(', ')}, found "${flags.packageManager}"`,
      );
    }
    if (flags.linkPackages !== undefined && flags.noLinkPackages)
      throw new UserError('--link-packages and --no-link-packages exclude each other');
    const linkRoot =
      flags.linkPackages !== undefined
        ? checkoutAt(resolve(cwd, flags.linkPackages))
        : flags.noLinkPackages
          ? undefined
          : sourceCheckout();

    const packageManager =
      (flags.packageManager as PackageManager | undefined) ?? detectPackageManager(env);
    // Before any question and before anything is written: the install at the end needs it.
    if (flags.install) checkPackageManager(packageManager, env, flags.packageManager !== undefined);

    const interactive = !flags.yes && (options.stdinIsTTY ?? process.stdin.isTTY === true);
    if (interactive) p.intro(`create-zorghub ${ownVersion()}`);
    const answers = await resolveAnswers(flags, interactive ? clackSource : undefined, {
      checkTarget: (dir) => checkTargetDirectory(resolve(cwd, dir)),
    });
    const target = resolve(cwd, answers.directory);
    const version = ownVersion();
    const files = generateProject(answers, {
      version,
      packageManager,
      install: flags.install,
      git: flags.git,
      templatesDir: templatesDir(),
      linkPackagesFrom: linkRoot
        ? relative(target, linkRoot).split('\\').join('/') || '.'
        : undefined,
    });

    const makeGit = flags.git && !insideGitWorkTree(existingAncestor(dirname(target)));
    let gitNote = flags.git ? 'inside an existing git repository: no new repository made' : '';
    const { leftoversRemoved } = await writeProject(target, files, {
      beforeMove: makeGit
        ? (temp) => {
            gitNote = initGit(temp);
          }
        : undefined,
    });

    const shown = relative(cwd, target) || '.';
    const lines = [
      `${answers.hubName}: project written to ${shown} (${files.length} files)`,
      ...(linkRoot
        ? [`@zorghub packages linked from the source checkout at ${linkRoot} (run its build first)`]
        : []),
      ...(gitNote ? [gitNote] : []),
      ...leftoversRemoved.map(
        (d) => `removed ${d}, a half-written project left by an earlier run that was stopped`,
      ),
    ];
    if (interactive) p.log.success(lines.join('\n'));
    else out(`${lines.join('\n')}\n`);

    let installed = false;
    if (flags.install) {
      out(`\nInstalling dependencies with ${packageManager} …\n`);
      const result = spawnSync(packageManager, ['install'], {
        cwd: target,
        stdio: ['ignore', 'inherit', 'inherit'],
        shell: process.platform === 'win32',
      });
      if (result.error || result.status !== 0) {
        const why = result.error ? result.error.message : `exit code ${result.status}`;
        err(
          `create-zorghub: the project is in ${shown}, but "${packageManager} install" failed (${why}); run it there yourself\n`,
        );
        return 1;
      }
      installed = true;
    }

    const cd = shown === '.' ? [] : [`cd ${/\s/.test(shown) ? `"${shown}"` : shown}`];
    const steps = [
      ...cd,
      ...(installed ? [] : [`${packageManager} install`]),
      runScript(packageManager, 'test'),
      ...(answers.parts.includes('business-case')
        ? [runScript(packageManager, 'business-case')]
        : []),
      ...(answers.parts.includes('data-checks') ? [runScript(packageManager, 'validate')] : []),
      ...(answers.parts.includes('api') ? [runScript(packageManager, 'start')] : []),
    ];
    const command = equivalentCommand(answers, {
      packageManager,
      install: flags.install,
      git: flags.git,
      version,
    });
    const next = `Volgende stappen / next steps:\n${steps.map((s) => `  ${s}`).join('\n')}\n`;
    const again = `Zonder vragen / without questions (also in README.md):\n  ${command}\n`;
    if (interactive) {
      p.note(steps.join('\n'), 'Volgende stappen / next steps');
      p.outro(`Lees ${basename(target)}/README.md voor de eerste week`);
      out(`${again}`); // outside the box, so that it copies cleanly
    } else out(`\n${next}\n${again}`);
    return 0;
  } catch (error) {
    if (error instanceof UserError) {
      err(`create-zorghub: ${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    err(`create-zorghub: ${message.split('\n')[0]}\n`);
    if (env.CREATE_ZORGHUB_DEBUG && error instanceof Error) err(`${error.stack}\n`);
    return 1;
  }
}
