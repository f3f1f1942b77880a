// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { findDrift } from './generate.js';

describe('generated files', () => {
  it('match what the generator writes now (no drift)', async () => {
    const drift = await findDrift();
    expect(
      drift,
      `Generated files are out of date. Run \`npm run generate -w @zorghub/schemas\`.\n${drift.join('\n')}`,
    ).toEqual([]);
  }, 120_000);
});
