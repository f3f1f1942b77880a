/**
 * `npm start`: the reference API of @zorghub/api on the embedded database (PGlite, stored in
 * .zorghub-data/). Set DATABASE_URL to use a PostgreSQL server instead, PORT and HOST to move it.
 */
import { startServer } from '@zorghub/api';
import config from '../zorghub.config.ts';

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT: expected a port number 0-65535, found "${process.env.PORT}"`);
  process.exit(1);
}

const server = await startServer({
  port,
  host: process.env.HOST ?? '127.0.0.1',
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.ZORGHUB_DATA_DIR ?? '.zorghub-data',
});
// The server may report its root or its /api/v1 base; print the origin and the full paths.
const origin = new URL(server.url).origin;
console.log(`${config.hub.name}: API listening on ${origin}`);
console.log(`Health / gezondheid: ${origin}/api/v1/health`);
console.log(`OpenAPI: ${origin}/api/v1/openapi.json`);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    server.close().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`could not close the API cleanly: ${error.message}`);
        process.exit(1);
      },
    );
  });
}
