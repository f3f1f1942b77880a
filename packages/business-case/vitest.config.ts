// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The model, the Monte Carlo and LibreOffice run for real; a busy CI machine must not time them out.
    testTimeout: 120_000,
  },
});
