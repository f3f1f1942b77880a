// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Docusaurus prefetches the page chunks of every internal link as soon as the link scrolls into
// view. Each prefetch matches the link against all routes (the reference pages make them many)
// and adds a <link rel="prefetch">; with a sidebar full of links that was one task of about 80 ms
// right after start-up (over 300 ms on an emulated phone), blocking the first input. Prefetching
// stays, but in the browser's idle time and in slices short enough never to block.

/** The part of window.docusaurus this module touches (@docusaurus/core's client/docusaurus.js). */
interface Prefetcher {
  prefetch: (routePath: string) => unknown;
}

const SLICE_MS = 8;
let wrapped = false;

type Idle = (run: (deadline: { timeRemaining(): number }) => void) => void;
const whenIdle: Idle = (run) => {
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(run, { timeout: 5000 });
  else setTimeout(() => run({ timeRemaining: () => SLICE_MS }), 200);
};

function deferPrefetching(): void {
  const host = window as unknown as { docusaurus?: Prefetcher };
  const docusaurus = host.docusaurus;
  if (wrapped || !docusaurus) return;
  wrapped = true;
  const prefetchNow = docusaurus.prefetch.bind(docusaurus);
  const queue: string[] = [];
  let scheduled = false;
  const schedule = () => {
    if (scheduled || queue.length === 0) return;
    scheduled = true;
    whenIdle((deadline) => {
      scheduled = false;
      const start = performance.now();
      while (
        queue.length > 0 &&
        performance.now() - start < SLICE_MS &&
        deadline.timeRemaining() > 0
      )
        prefetchNow(queue.shift() as string);
      schedule();
    });
  };
  // Docusaurus' object is read-only: the links find a copy with the deferred prefetch in its place.
  host.docusaurus = {
    ...docusaurus,
    prefetch: (routePath: string) => {
      queue.push(routePath);
      schedule();
      return true;
    },
  };
}

/** Docusaurus calls this after the first render too, before any link's observer has fired. */
export function onRouteDidUpdate(): void {
  deferPrefetching();
}
