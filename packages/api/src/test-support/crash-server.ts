// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// A server process for the crash test: prints its URL (and on first start an API key) as JSON lines.
import { buildApp } from '../app.js';
import { createApiKey } from '../auth.js';

const app = await buildApp({
  ...(process.env.CRASH_DATABASE_URL
    ? { databaseUrl: process.env.CRASH_DATABASE_URL, schema: process.env.CRASH_SCHEMA }
    : { dataDir: process.env.CRASH_DATA_DIR }),
  rateLimit: { max: 1_000_000, timeWindow: 60_000 },
});
if (process.env.CRASH_SEED === '1') {
  const { apiKey } = await createApiKey(app.zorghub.db, {
    hubId: 'HUB-C',
    orgId: 'HUB-C',
    role: 'beheerder',
  });
  process.stdout.write(`${JSON.stringify({ apiKey })}\n`);
}
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ url: `${address}/api/v1` })}\n`);
