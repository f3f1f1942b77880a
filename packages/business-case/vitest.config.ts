import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The model, the Monte Carlo and LibreOffice run for real; a busy CI machine must not time them out.
    testTimeout: 120_000,
  },
});
