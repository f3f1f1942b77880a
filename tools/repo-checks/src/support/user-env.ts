// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { delimiter, resolve } from 'node:path';

/** The environment of a new user: none of this checkout's PATH entries, npm or Zorghub variables. */
export function userEnv(root: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|INIT_CWD$|TURBO_|VITEST|ZORGHUB_|DATABASE_URL$|NODE_OPTIONS$|NODE_ENV$)/.test(key))
      continue;
    env[key] = value;
  }
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((p) => p && !p.includes('node_modules') && !resolve(p).startsWith(root))
    .join(delimiter);
  Object.assign(env, {
    // The same packages from the npm cache, without asking the registry about each again.
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    TURBO_TELEMETRY_DISABLED: '1',
    DO_NOT_TRACK: '1',
  });
  return env;
}
