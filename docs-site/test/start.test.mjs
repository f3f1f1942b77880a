// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// `npm start` (scripts/start.mjs): serves the built guide and the demo API, prints both
// addresses and the demo credentials, and stops cleanly on Ctrl-C (SIGINT).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { ensureBuilt, site } from './helpers.mjs';

test('start serves the guide and the demo API, prints credentials, and stops on Ctrl-C', async () => {
  ensureBuilt();
  // Port 0: free ports, so the test never collides with a running `npm start` on 3000/8080.
  const child = spawn(process.execPath, [join(site, 'scripts/start.mjs'), '--no-build'], {
    env: { ...process.env, DOCS_PORT: '0', API_PORT: '0' },
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
  try {
    await new Promise((resolve, reject) => {
      // Generous: loading the demo data takes long on a busy CI machine.
      const timer = setTimeout(() => reject(new Error(`start did not come up:\n${out}`)), 180_000);
      child.stdout.on('data', () => {
        if (out.includes('Press Ctrl-C')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on('exit', () => reject(new Error(`start exited early:\n${out}`)));
    });
    const guide = /Guide \(nl\/en\):\s+(http:\/\/localhost:\d+)/.exec(out)?.[1];
    const api = /Reference API:\s+(http:\/\/localhost:\d+\/api\/v1)/.exec(out)?.[1];
    assert.ok(guide, `guide address printed:\n${out}`);
    assert.ok(api, `API address printed:\n${out}`);
    assert.match(out, /Demo credentials/);
    assert.match(out, /[A-Za-z0-9._~+/=-]{16,}/, 'an API key is printed');

    const home = await fetch(`${guide}/`);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /Zorghub/);
    const en = await fetch(`${guide}/en/docs/stappenplan/signaalfunctie`);
    assert.equal(en.status, 200);
    const health = await fetch(`${api}/health`);
    assert.equal(health.status, 200);
    // The hub app on the API's origin, with a sign-in link per role that the API accepts.
    const app = /Hub app \(nl\/en\):\s+(http:\/\/localhost:\d+\/app\/)/.exec(out)?.[1];
    assert.ok(app, `app address printed:\n${out}`);
    const shell = await fetch(app);
    assert.equal(shell.status, 200);
    assert.match(await shell.text(), /<div id="root"><\/div>/);
    const link = /medewerker[^\n]*#sleutel=(\S+)/.exec(out.slice(out.indexOf('Hub app')))?.[1];
    assert.ok(link, `a sign-in link for the worker:\n${out}`);
    const who = await fetch(`${api}/sessie`, { headers: { authorization: `Bearer ${link}` } });
    assert.equal(who.status, 200);
    assert.equal((await who.json()).rol, 'medewerker');

    child.kill('SIGINT');
    const { code } = await Promise.race([
      exited,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('no exit after SIGINT')), 15_000),
      ),
    ]);
    assert.equal(code, 0, out);
    assert.match(out, /Stopped\./);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
