// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// A small static file server for the built guide (used by `npm start` and the browser tests).
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * Serves `dir` on host:port (port 0 = ephemeral). Unknown paths get the locale's 404 page.
 * Resolves to { url, close() }; `url` uses "localhost" so it matches the site's canonical host.
 */
export function serveStatic(dir, { port = 0, host = '127.0.0.1' } = {}) {
  const files = sirv(dir, {
    dev: false,
    etag: true,
    extensions: ['html'],
    dotfiles: false,
    brotli: true,
    gzip: true,
    // Hashed bundles never change: cache them for a year; pages are revalidated (etag).
    setHeaders(res, pathname) {
      if (pathname.startsWith('/assets/') || pathname.startsWith('/en/assets/')) {
        res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      }
    },
  });
  const server = createServer((req, res) => {
    files(req, res, () => {
      const en = req.url?.startsWith('/en/') || req.url === '/en';
      const page = join(dir, en ? 'en/404.html' : '404.html');
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end('Not found');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve({
        url: `http://localhost:${address.port}`,
        port: address.port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
