#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The `zorghub` command. This file is committed (not built) so that `npm install` can link the bin
// on a fresh clone, before `dist/` exists; it loads the built program. Old syntax only, so that an
// old Node.js reaches the version check in dist/bin.js.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const target = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(fileURLToPath(target))) {
  process.stderr.write(
    'zorghub: the command line has not been built yet (' +
      fileURLToPath(target) +
      ' is missing).\n' +
      'Run `npm run build` (or `npm start`) at the root of the toolkit checkout, then try again.\n',
  );
  process.exit(2);
}
import(target.href).catch((error) => {
  process.stderr.write('zorghub: could not start: ' + error?.message + '\n');
  process.exit(2);
});
