import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only this package's tests: dist/templates holds the generated project's own tests.
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
