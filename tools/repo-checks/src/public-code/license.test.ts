// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LICENSE_ID, licenseText, publishedPackages, root, rootManifest } from './project.js';

describe('the licence', () => {
  it('LICENSE and LICENSES/EUPL-1.2.txt hold the full EUPL-1.2 text of the SPDX licence list', () => {
    const text = licenseText();
    expect(text).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
    expect(text.length).toBeGreaterThan(10_000);
    const fix = 'run `npm run sync:metadata` to write it again';
    expect(readFileSync(join(root, 'LICENSE'), 'utf8'), `LICENSE differs; ${fix}`).toBe(text);
    expect(readFileSync(join(root, 'LICENSES', `${LICENSE_ID}.txt`), 'utf8'), fix).toBe(text);
  });

  it('every package says EUPL-1.2', () => {
    expect(rootManifest().license).toBe(LICENSE_ID);
    for (const [dir, pkg] of publishedPackages()) expect(pkg.license, dir).toBe(LICENSE_ID);
  });
});
