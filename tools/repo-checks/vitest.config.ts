// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // These checks read the whole repository; a busy CI machine must not fail them for time alone.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
