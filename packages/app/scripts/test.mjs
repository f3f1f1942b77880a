#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// `npm test` of the app: every browser journey runs against a real API on PGlite (in memory), then,
// when ZORGHUB_TEST_DATABASE_URL names a PostgreSQL server (as in CI), the browser tests once more
// against PostgreSQL (issue 17: "each journey ... in the browser tests on both databases"). One run
// after the other, not side by side: each run starts one Chromium and one API per file on 2 cores.
// Extra arguments (a file, -t name) go to both runs.
import { spawnSync } from 'node:child_process';

const extra = process.argv.slice(2);
const databaseUrl = process.env.ZORGHUB_TEST_DATABASE_URL;

function vitest(db, args) {
  console.log(`\n@zorghub/app: browser tests on ${db}\n`);
  const r = spawnSync('vitest', ['run', '--passWithNoTests=false', ...args], {
    stdio: 'inherit',
    shell: false,
    env: { ...process.env, ZORGHUB_APP_TEST_DB: db },
  });
  if (r.error) {
    console.error(`@zorghub/app: could not start vitest (${r.error.message}); run npm install`);
    process.exit(1);
  }
  return r.status ?? 1;
}

const pglite = vitest('pglite', extra);
let postgres = 0;
if (databaseUrl) postgres = vitest('postgres', extra.length > 0 ? extra : ['test/']);
else
  console.log(
    '\n@zorghub/app: PostgreSQL not run: set ZORGHUB_TEST_DATABASE_URL (CI sets it) to run the browser tests on it too',
  );
process.exit(pglite || postgres);
