#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Writes .br and .gz next to every text asset of build/, so the static server (sirv) can send
// compressed files, as any production host would. Deterministic: same input, same bytes.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = fileURLToPath(new URL('../build', import.meta.url));
const TEXT = /\.(html|js|css|json|svg|xml|txt|map)$/;

let files = 0;
for (const entry of readdirSync(dir, { recursive: true })) {
  const path = join(dir, entry);
  if (!TEXT.test(path) || statSync(path).size < 1024) continue;
  const data = readFileSync(path);
  writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
  );
  files++;
}
console.log(`compressed ${files} files in build/`);
