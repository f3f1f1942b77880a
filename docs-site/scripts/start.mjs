#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// `npm start` at the repository root: builds what is needed (turbo, cached), then serves
// the guide on http://localhost:3000 and the reference API with the Delft demo data on
// http://localhost:8080. Ctrl-C stops both. Ports: DOCS_PORT / API_PORT.
//
// Stopping: SIGINT (Ctrl-C) and SIGTERM stop the build or both servers, at any moment. npm runs this
// script through `sh -c`, and sh does not pass a signal that npm forwards on to us: after SIGTERM npm
// and sh exit and we would be left as an orphan holding both ports. So we also stop when our parent
// process goes away.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './lib/static-server.mjs';

const site = fileURLToPath(new URL('..', import.meta.url));
const root = join(site, '..');
const docsPort = Number(process.env.DOCS_PORT ?? 3000);
const apiPort = Number(process.env.API_PORT ?? 8080);
const skipBuild = process.argv.includes('--no-build');

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

function portHint(error, port, name) {
  if (error?.code === 'EADDRINUSE') {
    return `Port ${port} is already in use, so the ${name} cannot start. Stop the other program or choose another port, e.g. ${name === 'guide' ? 'DOCS_PORT' : 'API_PORT'}=${port + 1} npm start`;
  }
  return `The ${name} could not start: ${error?.message ?? error}`;
}

let build;
let appDir;
let api;
let docs;
let stopping = false;
async function stop(reason) {
  if (stopping) return;
  stopping = true;
  const what = build ? 'the build' : 'the guide and the API';
  console.log(`\n${reason === 'SIGINT' ? 'Ctrl-C' : reason}: stopping ${what}…`);
  const timer = setTimeout(() => {
    console.error('Shutdown took longer than 10 s; exiting.');
    build?.kill('SIGKILL');
    process.exit(1);
  }, 10_000);
  timer.unref();
  if (build && build.exitCode === null && build.signalCode === null) {
    const ended = new Promise((resolve) => build.once('close', resolve));
    build.kill('SIGTERM');
    await ended;
  }
  await Promise.allSettled([docs?.close(), api?.close()]);
  console.log('Stopped.');
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGHUP', () => void stop('SIGHUP'));
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void stop('the parent process (npm) has exited');
}, 500).unref();

if (!skipBuild) {
  // Every package, not only what the guide needs: the README's next commands use the CLI and the
  // scaffolder (`npx zorghub …`, `npx ./packages/create-zorghub …`).
  console.log('Building the packages and the guide (cached after the first run)…');
  const turbo = join(root, 'node_modules/.bin/turbo');
  if (!existsSync(turbo))
    fail('turbo is not installed. Run `npm install` at the repository root first.');
  build = spawn(turbo, ['run', 'build', '--output-logs=errors-only'], {
    cwd: root,
    stdio: 'inherit',
  });
  const status = await new Promise((resolve) => {
    build.once('error', () => resolve(-1));
    build.once('close', (code) => resolve(code));
  });
  if (stopping) await new Promise(() => {}); // stop() exits once the build has ended
  build = undefined;
  if (status !== 0) fail('The build failed (see above); nothing was started.');
}

const buildDir = join(site, 'build');
if (!existsSync(join(buildDir, 'index.html'))) {
  fail(
    `The guide has not been built (${buildDir}/index.html is missing). Run npm start without --no-build.`,
  );
}

try {
  const { startServer } = await import('@zorghub/api');
  // The hub app at /app/ on the API's origin, when it has been built (the build above does that).
  const { builtAppDir } = await import('@zorghub/app');
  appDir = builtAppDir();
  // This script handles Ctrl-C for both servers; the API's own request log stays quiet here.
  api = await startServer({
    demo: true,
    port: apiPort,
    host: '127.0.0.1',
    handleSignals: false,
    logger: false,
    ...(appDir ? { appDir } : {}),
  });
} catch (error) {
  fail(portHint(error, apiPort, 'API'));
}
try {
  docs = await serveStatic(buildDir, { port: docsPort });
} catch (error) {
  await api.close();
  fail(portHint(error, docsPort, 'guide'));
}

// Port 0 picks a free port (the tests use that), so print the addresses actually bound.
const apiBase = new URL(api.url);
apiBase.hostname = 'localhost';
const apiRoot = apiBase.href.replace(/\/$/, '');
console.log(`
Zorghub is running.

  Guide (nl/en):  ${docs.url}   (English: ${docs.url}/en/)
  Reference API:  ${apiRoot}   (health: ${apiRoot}/health, OpenAPI: ${apiRoot}/openapi.json)
`);
const appUrl = `${apiRoot.replace(/\/api\/v1$/, '')}/app/`;
const creds = api.demoCredentials ?? [];
if (creds.length > 0) {
  console.log('  Demo credentials (Delft demo data; send as "Authorization: Bearer <key>"):');
  const width = Math.max(...creds.map((c) => `${c.role} · ${c.organisation}`.length));
  for (const c of creds)
    console.log(`    ${`${c.role} · ${c.organisation}`.padEnd(width)}  ${c.apiKey}`);
  console.log('');
  if (appDir) {
    console.log(`  Hub app (nl/en): ${appUrl}   sign in per role with these links:`);
    for (const c of creds)
      console.log(
        `    ${`${c.role} · ${c.organisation}`.padEnd(width)}  ${appUrl}#sleutel=${c.apiKey}`,
      );
    console.log('');
  }
}
console.log('Press Ctrl-C to stop.');
if (stopping) await new Promise(() => {}); // a signal came while the servers were starting
