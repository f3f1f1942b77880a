// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Runs the business case in a Web Worker, so that typing never waits for the Monte Carlo. A newer
// request ends the run of an older one (the worker is stopped and started afresh): only the
// latest edit's result matters. Without Worker support the page computes on the main thread.
import type { BusinessCaseResult, Scenario } from '@zorghub/business-case';
import { loadLibrary } from './library';

/** The promise of a run that a newer one replaced; the caller ignores it. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer edit');
    this.name = 'Superseded';
  }
}

interface Pending {
  id: number;
  resolve: (result: BusinessCaseResult) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
let pending: Pending | undefined;
let nextId = 0;

function startWorker(): Worker {
  const created = new Worker(new URL('./compute.worker.ts', import.meta.url), {
    type: 'module',
    name: 'zorghub-calculator',
  });
  created.onmessage = (
    event: MessageEvent<{ id: number; result?: BusinessCaseResult; error?: string }>,
  ) => {
    if (!pending || event.data.id !== pending.id) return;
    const { resolve, reject } = pending;
    pending = undefined;
    if (event.data.error !== undefined) reject(new Error(event.data.error));
    else resolve(event.data.result as BusinessCaseResult);
  };
  created.onerror = (event) => {
    event.preventDefault();
    const failed = pending;
    pending = undefined;
    worker?.terminate();
    worker = undefined;
    failed?.reject(new Error(event.message || 'the calculation stopped'));
  };
  return created;
}

export function computeResult(scenario: Scenario, runs: number): Promise<BusinessCaseResult> {
  if (typeof Worker === 'undefined')
    return loadLibrary().then((lib) => lib.runScenario(scenario, { runs }));
  if (pending) {
    worker?.terminate();
    worker = undefined;
    pending.reject(new Superseded());
    pending = undefined;
  }
  worker ??= startWorker();
  const id = ++nextId;
  const active = worker;
  return new Promise<BusinessCaseResult>((resolve, reject) => {
    pending = { id, resolve, reject };
    active.postMessage({ id, scenario, runs });
  });
}
