// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Tests run for real (whole files, generated data, child processes); CI machines are shared and
    // busy, so a slow run must not fail for time alone. Speed is measured in bench/, not here.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
