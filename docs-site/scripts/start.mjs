#!/usr/bin/env node
// `npm start` at the repository root: builds what is needed (turbo, cached), then serves
// the guide on http://localhost:3000 and the reference API with the Delft demo data on
// http://localhost:8080. Ctrl-C stops both. Ports: DOCS_PORT / API_PORT.
import { spawnSync } from 'node:child_process';
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

if (!skipBuild) {
  console.log('Building the packages and the guide (cached after the first run)…');
  const turbo = join(root, 'node_modules/.bin/turbo');
  if (!existsSync(turbo))
    fail('turbo is not installed. Run `npm install` at the repository root first.');
  const build = spawnSync(
    turbo,
    ['run', 'build', '--filter=zorghub-docs...', '--output-logs=errors-only'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) fail('The build failed (see above); nothing was started.');
}

const buildDir = join(site, 'build');
if (!existsSync(join(buildDir, 'index.html'))) {
  fail(
    `The guide has not been built (${buildDir}/index.html is missing). Run npm start without --no-build.`,
  );
}

let api;
let docs;
try {
  const { startServer } = await import('@zorghub/api');
  // This script handles Ctrl-C for both servers; the API's own request log stays quiet here.
  api = await startServer({
    demo: true,
    port: apiPort,
    host: '127.0.0.1',
    handleSignals: false,
    logger: false,
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
const creds = api.demoCredentials ?? [];
if (creds.length > 0) {
  console.log('  Demo credentials (Delft demo data; send as "Authorization: Bearer <key>"):');
  const width = Math.max(...creds.map((c) => `${c.role} · ${c.organisation}`.length));
  for (const c of creds)
    console.log(`    ${`${c.role} · ${c.organisation}`.padEnd(width)}  ${c.apiKey}`);
  console.log('');
}
console.log('Press Ctrl-C to stop.');

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal === 'SIGINT' ? 'Ctrl-C' : signal}: stopping the guide and the API…`);
  const timer = setTimeout(() => {
    console.error('Shutdown took longer than 10 s; exiting.');
    process.exit(1);
  }, 10_000);
  timer.unref();
  await Promise.allSettled([docs.close(), api.close()]);
  console.log('Stopped.');
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
