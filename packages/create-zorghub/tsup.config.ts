// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { defineConfig } from 'tsup';

// One self-contained bundle: @clack/prompts and yaml are bundled, so the published package has no
// runtime dependencies. bin.js holds only the Node version check and loads cli.js.
export default defineConfig({
  entry: { bin: 'src/bin.ts', cli: 'src/cli.ts', index: 'src/index.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts' } },
  noExternal: [/.*/],
  splitting: true,
  clean: true,
  sourcemap: false,
  shims: false,
  // Some bundled dependencies are CommonJS and require Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
