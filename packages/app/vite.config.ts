// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API at /app/ (same origin as /api/v1), so every asset path starts there.
export default defineConfig({
  base: '/app/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1200 },
});
