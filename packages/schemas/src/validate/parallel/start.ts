// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Starts a worker thread of a parallel run, from the built JavaScript or (tests) TypeScript. */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerSetup } from './protocol.js';

export function startWorker(setup: WorkerSetup): Worker {
  // a smaller young generation than V8's default keeps the workers and the main thread under
  // 256 MB together (measured earlier: 261 → 197-223 MB on 1 M visits), at little CPU cost
  const resourceLimits = { maxYoungGenerationSizeMb: 8 };
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./worker.js', import.meta.url), {
      workerData: setup,
      resourceLimits,
    });
  // from the TypeScript sources (the tests) the worker is TypeScript too, loaded through tsx
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(
    /\.cjs$/,
    '.mjs',
  );
  const worker = new URL('./worker.ts', import.meta.url).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); })`,
    { eval: true, workerData: setup },
  );
}
