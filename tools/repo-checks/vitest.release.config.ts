// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { defineConfig } from 'vitest/config';

// `npm run test:release`: the release into a real registry, end to end (minutes; run by .ci/run).
export default defineConfig({
  test: {
    include: ['src/release/**/*.e2e.ts'],
    testTimeout: 30 * 60_000,
    hookTimeout: 30 * 60_000,
    fileParallelism: false,
  },
});
