// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  workspaces: string[];
};

describe('workspaces', () => {
  it('every workspace listed in the root package.json has a package.json with a test script', () => {
    for (const workspace of rootPackage.workspaces) {
      const file = join(root, workspace, 'package.json');
      expect(existsSync(file), `${workspace}/package.json`).toBe(true);
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
        scripts?: Record<string, string>;
      };
      expect(manifest.scripts?.test, `${workspace} has no "test" script`).toBeTruthy();
    }
  });
});
