// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// `npm start` is stopped the ways users and process managers stop it: SIGTERM to npm alone (a process
// manager, CI, `kill <pid>`) and Ctrl-C (SIGINT to the whole foreground process group). Either way no
// process of it is left, and neither port still accepts connections.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { ensureBuilt, site } from './helpers.mjs';

const root = join(site, '..');

/** Starts `npm start -- --no-build` in a process group of its own and waits until both servers run. */
async function startViaNpm() {
  const child = spawn('npm', ['start', '--', '--no-build'], {
    cwd: root,
    detached: true,
    env: { ...process.env, DOCS_PORT: '0', API_PORT: '0', npm_config_update_notifier: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr.on('data', (chunk) => {
    out += chunk;
  });
  const exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${out}`)), 90_000);
    child.stdout.on('data', () => {
      if (out.includes('Press Ctrl-C')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', () => reject(new Error(`npm start exited early:\n${out}`)));
  });
  const ports = [
    /Guide \(nl\/en\):\s+http:\/\/localhost:(\d+)/,
    /Reference API:\s+http:\/\/localhost:(\d+)/,
  ].map((re) => Number(re.exec(out)?.[1]));
  assert.ok(
    ports.every((p) => p > 0),
    `both addresses printed:\n${out}`,
  );
  return { child, exited, ports, output: () => out };
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function accepts(port) {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function expectAllGone(run, what) {
  const { child, exited, ports } = run;
  await Promise.race([
    exited,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`npm did not exit after ${what}`)), 20_000),
    ),
  ]);
  // The servers may need a moment after npm itself has gone: give them 20 s, polling.
  const deadline = Date.now() + 20_000;
  while (groupAlive(child.pid) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 250));
  try {
    assert.equal(
      groupAlive(child.pid),
      false,
      `a process of npm start is still running after ${what}:\n${run.output()}`,
    );
    for (const port of ports)
      assert.equal(await accepts(port), false, `port ${port} still accepts after ${what}`);
    assert.match(run.output(), /Stopped\./);
  } finally {
    if (groupAlive(child.pid)) process.kill(-child.pid, 'SIGKILL');
  }
}

test('SIGTERM to npm start (npm alone) stops the guide and the API: no orphan keeps a port', async () => {
  ensureBuilt();
  const run = await startViaNpm();
  process.kill(run.child.pid, 'SIGTERM');
  await expectAllGone(run, 'SIGTERM to npm');
});

test('Ctrl-C (SIGINT to the process group) stops the guide and the API: no orphan keeps a port', async () => {
  ensureBuilt();
  const run = await startViaNpm();
  process.kill(-run.child.pid, 'SIGINT');
  await expectAllGone(run, 'SIGINT to the group');
});
