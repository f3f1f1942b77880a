// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from './project.js';

const read = (path: string) => readFileSync(join(root, path), 'utf8');
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;

describe('community files', () => {
  it('SECURITY.md gives a closed reporting channel and no person’s address', () => {
    const text = read('SECURITY.md');
    expect(text).toMatch(/private vulnerability reporting/i);
    expect(text).toMatch(/never in a public issue/i);
    const addresses = text.match(EMAIL) ?? [];
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses)
      expect(address, 'a role address, not a person').toMatch(/^security@/);
  });

  it('CONTRIBUTING.md and CODE_OF_CONDUCT.md exist, in Dutch and English, without personal addresses', () => {
    for (const file of ['CONTRIBUTING.md', 'CODE_OF_CONDUCT.md']) {
      const text = read(file);
      expect(text, file).toMatch(/\*\*Nederlands\.\*\*/);
      expect(text, file).toMatch(/\*\*English\.\*\*/);
      expect(text.match(EMAIL) ?? [], file).toEqual([]);
    }
  });

  it('issue templates are valid issue forms that warn against real client data', () => {
    const dir = join(root, '.github', 'ISSUE_TEMPLATE');
    expect(existsSync(dir)).toBe(true);
    const forms = readdirSync(dir).filter((f) => f.endsWith('.yml'));
    expect(forms.length).toBeGreaterThanOrEqual(2);
    for (const file of forms) {
      const form = parse(read(`.github/ISSUE_TEMPLATE/${file}`)) as {
        name?: string;
        description?: string;
        body?: Array<{ type: string }>;
      };
      expect(form.name, file).toBeTruthy();
      expect(form.description, file).toBeTruthy();
      expect(form.body?.length, file).toBeGreaterThan(0);
    }
    expect(read('.github/ISSUE_TEMPLATE/bug.yml')).toMatch(/synthetic data/);
  });
});
