// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Where the built app lives: the API serves this folder at /app/ (`zorghub serve`, `npm start`). */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const appDir = fileURLToPath(new URL('./dist/', import.meta.url));

/** The folder when the app has been built (it has an index.html), otherwise undefined. */
export function builtAppDir() {
  return existsSync(new URL('./dist/index.html', import.meta.url)) ? appDir : undefined;
}
