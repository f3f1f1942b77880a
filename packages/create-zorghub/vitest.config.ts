// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only this package's tests: dist/templates holds the generated project's own tests.
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
