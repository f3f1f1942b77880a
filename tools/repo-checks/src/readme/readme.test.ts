// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The README test: every shell command of the root README.md, run in README order on a fresh clone of
// the working tree in a temporary directory, with an environment that holds nothing of this checkout
// (no built files, no node_modules/.bin on PATH, no npm or ZORGHUB_* variables). Short commands must
// exit 0; servers (`npm start`, `zorghub serve`) are started, probed over HTTP, stopped with SIGTERM,
// and must leave no process behind. A command the test cannot run is marked in the README itself:
// `# (skipped by the README test: <why>)`.
//
// What the test puts in place of the README's own placeholders: a fresh PostgreSQL database for
// `postgres://…` (from ZORGHUB_TEST_DATABASE_URL), and free ports (port 0) for the servers.
// Builds reuse this checkout's turbo cache (the same task hashes, as a CI cache would give); set
// ZORGHUB_README_TEST_COLD=1 to build from nothing. ZORGHUB_README_TEST_KEEP=1 keeps the clone.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accepts,
  runShort,
  type Started,
  startServer,
  stopServer,
  tail,
} from '../support/processes.js';
import { userEnv } from '../support/user-env.js';
import { cloneWorkingTree, turboCacheDir } from './clone.js';
import { readmeCommands, splitAnd } from './commands.js';

const root = resolve(import.meta.dirname, '../../../..');
const commands = readmeCommands(readFileSync(join(root, 'README.md'), 'utf8'));

interface ServerKind {
  name: string;
  match: RegExp;
  env: Record<string, string>;
  ready: RegExp;
  /** Addresses to GET, taken from what the server printed, with what the answer must hold. */
  probes(output: string): Array<{ url: string; body?: RegExp }>;
}

const servers: ServerKind[] = [
  {
    name: 'npm start',
    match: /^npm start\b/,
    env: { DOCS_PORT: '0', API_PORT: '0' },
    ready: /Press Ctrl-C to stop/,
    probes: (out) => {
      const guide = /Guide \(nl\/en\):\s+(http:\/\/\S+)/.exec(out)?.[1];
      const api = /Reference API:\s+(http:\/\/\S+)/.exec(out)?.[1];
      if (!guide || !api) throw new Error(`npm start printed no addresses:\n${tail(out)}`);
      return [
        { url: `${guide}/`, body: /Zorghub/ },
        { url: `${guide}/en/`, body: /Zorghub/ },
        { url: `${api}/ready` },
      ];
    },
  },
  {
    name: 'zorghub serve',
    match: /\bzorghub serve\b/,
    env: { ZORGHUB_PORT: '0' },
    ready: /Ctrl\+C/,
    probes: (out) => {
      const api = /Zorghub API: (http:\/\/\S+)/.exec(out)?.[1];
      if (!api) throw new Error(`zorghub serve printed no address:\n${tail(out)}`);
      return [{ url: `${api}/ready` }, { url: `${api}/openapi.json`, body: /"openapi"/ }];
    },
  },
];

const DATABASE_PLACEHOLDER = 'postgres://…';

describe('the README, command by command, on a fresh clone', () => {
  let clone = '';
  let scratch = '';
  let cwd = '';
  let env: NodeJS.ProcessEnv = {};
  let failed: string | undefined;
  let database: { name: string; url: string } | undefined;
  const running: Started[] = [];
  const groups = new Set<number>();
  const admin = process.env.ZORGHUB_TEST_DATABASE_URL;

  beforeAll(async () => {
    clone = mkdtempSync(join(tmpdir(), 'zorghub-readme-'));
    scratch = mkdtempSync(join(tmpdir(), 'zorghub-readme-scratch-'));
    const files = cloneWorkingTree(root, clone);
    console.log(`README test: ${files} files cloned into ${clone}`);
    cwd = clone;
    env = userEnv(root);
    if (!process.env.ZORGHUB_README_TEST_COLD) env.TURBO_CACHE_DIR = turboCacheDir(root);
    if (commands.some((c) => !c.skipped && c.command.includes(DATABASE_PLACEHOLDER))) {
      if (!admin)
        throw new Error(
          `README.md uses ${DATABASE_PLACEHOLDER}; set ZORGHUB_TEST_DATABASE_URL to a PostgreSQL server the test may create a database on (CI: postgres://postgres@127.0.0.1:5432/test)`,
        );
      const name = `zh_readme_${process.pid}_${Date.now().toString(36)}`;
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      const url = new URL(admin);
      url.pathname = `/${name}`;
      database = { name, url: url.href };
    }
  });

  afterAll(async () => {
    for (const s of running) groups.add(s.child.pid!);
    for (const pgid of groups) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    if (database && admin) {
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${database.name} WITH (FORCE)`);
      await client.end();
    }
    rmSync(scratch, { recursive: true, force: true });
    if (process.env.ZORGHUB_README_TEST_KEEP) console.log(`README test: clone kept in ${clone}`);
    else rmSync(clone, { recursive: true, force: true });
  });

  it('finds the commands, starting with the install, and says why it skips any', () => {
    const run = commands.filter((c) => !c.skipped);
    expect(run.length).toBeGreaterThanOrEqual(8);
    expect(run[0]?.command).toMatch(/^npm install\b/);
    for (const c of commands.filter((c) => c.skipped !== undefined)) {
      expect(c.skipped, `README.md:${c.line} is skipped without a reason`).toMatch(/\w{3,}/);
      console.log(`README test skips README.md:${c.line} \`${c.command}\` (${c.skipped})`);
    }
  });

  for (const readme of commands.filter((c) => !c.skipped)) {
    // npm install and the first build take minutes on a busy 2-core machine.
    it(`README.md:${readme.line}: ${readme.command}`, { timeout: 40 * 60_000 }, async () => {
      if (failed)
        throw new Error(`not run: ${failed} failed first, and every later command needs it`);
      failed = `README.md:${readme.line}`;
      const command = database
        ? readme.command.split(DATABASE_PLACEHOLDER).join(database.url)
        : readme.command;
      for (const part of splitAnd(command)) {
        const began = Date.now();
        const took = () =>
          console.log(`README test: ${((Date.now() - began) / 1000).toFixed(0)} s  ${part}`);
        const server = servers.find((s) => s.match.test(part.replace(/^(?:\w+=\S*\s+)*/, '')));
        if (!server) {
          const done = await runShort(part, {
            cwd,
            env,
            scratch,
            timeoutMs: 20 * 60_000,
            onStart: (pid) => groups.add(pid),
          });
          expect(
            done.code,
            `README.md:${readme.line} \`${part}\` exited with ${done.code ?? done.signal}:\n${tail(done.output)}`,
          ).toBe(0);
          expect(done.leftovers, `\`${part}\` left processes running`).toBe(false);
          cwd = done.cwd;
          took();
          continue;
        }
        const started = await startServer(part, {
          cwd,
          env: { ...env, ...server.env },
          ready: server.ready,
          timeoutMs: 15 * 60_000,
        }).catch((error: Error) => {
          throw new Error(`README.md:${readme.line} \`${part}\`: ${error.message}`);
        });
        running.push(started);
        for (const probe of server.probes(started.output())) {
          const response = await fetch(probe.url, { signal: AbortSignal.timeout(60_000) });
          const body = await response.text();
          expect(response.status, `GET ${probe.url}: ${tail(body, 500)}`).toBe(200);
          if (probe.body) expect(body, `GET ${probe.url}`).toMatch(probe.body);
        }
        const urls = server.probes(started.output()).map((p) => p.url);
        const { finished, orphans } = await stopServer(started);
        expect(
          orphans,
          `${server.name}: a process was left after SIGTERM:\n${tail(finished.output)}`,
        ).toBe(false);
        for (const url of urls)
          expect(await accepts(url), `${url} still answers after SIGTERM`).toBe(false);
      }
      failed = undefined;
    });
  }
});
