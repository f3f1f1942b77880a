// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/*
 * The app's service worker: keeps the app shell (HTML, scripts, styles) so the app opens in a flat
 * without signal. API answers are never cached here (they are health data and per person); the
 * worker's own day is kept by the page itself, and changes wait in the page's queue.
 */
const CACHE = 'zorghub-app-v1';
const SHELL = './';

self.addEventListener('install', (event) => {
  // The shell and every asset it links to (Vite's hashed files under /app/assets/).
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const response = await fetch(SHELL, { cache: 'no-cache' });
      const html = await response.clone().text();
      await cache.put(SHELL, response);
      const assets = [...html.matchAll(/(?:src|href)="(\/app\/assets\/[^"]+)"/g)].map((m) => m[1]);
      await cache.addAll(assets);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (!url.pathname.startsWith('/app/')) return; // the API goes to the network, always
  const isShell = event.request.mode === 'navigate';
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        // Network first, so a new version is picked up at once; the copy is the fallback.
        const response = await fetch(event.request);
        if (response.ok) await cache.put(isShell ? SHELL : event.request, response.clone());
        return response;
      } catch (error) {
        const cached = await cache.match(isShell ? SHELL : event.request);
        if (cached) return cached;
        throw error;
      }
    })(),
  );
});
