#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The `create-zorghub` command. This file is committed (not built) so that `npm install` can link the
// bin on a fresh clone, before `dist/` exists; it loads the built scaffolder. Old syntax only, so that
// an old Node.js reaches the version check in dist/bin.js.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const target = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(fileURLToPath(target))) {
  process.stderr.write(
    'create-zorghub: the scaffolder has not been built yet (' +
      fileURLToPath(target) +
      ' is missing).\n' +
      'Run `npm run build` (or `npm start`) at the root of the toolkit checkout, then try again.\n',
  );
  process.exit(1);
}
import(target.href).catch((error) => {
  process.stderr.write('create-zorghub: could not start: ' + error?.message + '\n');
  process.exit(1);
});
