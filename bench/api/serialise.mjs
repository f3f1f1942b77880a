#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// How much faster a page of 20 visits is serialised with the list route's response schema
// (fast-json-stringify, as Fastify does now that every route has one) than with JSON.stringify (what
// Fastify did without one), in one run; prints both and the ratio. The schema is the one the API
// registers, captured from its route. Needs the built API (npx turbo run build --filter=@zorghub/api...).
//
//   node bench/api/serialise.mjs [--rounds 5] [--pages 20000]
import { isDeepStrictEqual } from 'node:util';
import { parseCli } from './cli.mjs';

const USAGE = `
Usage: node bench/api/serialise.mjs [--rounds 5] [--pages 20000]

A page of 20 visits serialised with the list route's response schema against JSON.stringify.

  --rounds N          rounds, alternating the two (default 5)
  --pages N           pages serialised per round (default 20000)
  -h, --help          this text
`;
const values = parseCli(
  {
    rounds: { type: 'string', default: '5', number: true },
    pages: { type: 'string', default: '20000', number: true },
  },
  USAGE,
);
// after the options, so that --help and a wrong option work without a build
const { zorghubApi } = await import('@zorghub/api');
const { default: fastJsonStringify } = await import('fast-json-stringify');
const { default: Fastify } = await import('fastify');
const app = Fastify();
let schema;
app.addHook('onRoute', (r) => {
  if (r.method === 'GET' && r.url === '/api/v1/bezoeken') schema = r.schema.response[200];
});
await app.register(zorghubApi, { dataDir: 'memory://', rateLimit: false });
await app.ready();
await app.close();

const visit = (i) => ({
  id: `BZ-${String(i).padStart(8, '0')}`,
  clientId: 'CL-0001',
  deelnemerId: 'DN-0001',
  abonnementId: 'AB-0001',
  dienstId: 'DI-GEZELSCHAP',
  geplandStartOp: '2024-03-04T10:00:00+01:00',
  geplandEindOp: '2024-03-04T11:00:00+01:00',
  status: 'uitgevoerd',
  werkelijkStartOp: '2024-03-04T10:05:00+01:00',
  werkelijkEindOp: '2024-03-04T11:00:00+01:00',
});
const page = {
  resultaten: Array.from({ length: 20 }, (_, i) => visit(i)),
  pagina: 1,
  paginaGrootte: 20,
  volgendePagina: 2,
};
const stringify = fastJsonStringify(schema);
// The same page (its keys in the schema's order).
if (!isDeepStrictEqual(JSON.parse(stringify(page)), page))
  throw new Error('the schema serialiser does not give the same page');

const pages = Number(values.pages);
const time = (fn) => {
  const t = process.hrtime.bigint();
  for (let i = 0; i < pages; i++) fn(page);
  return Number(process.hrtime.bigint() - t) / 1e6;
};
let best = { schema: Infinity, json: Infinity };
time(stringify);
time(JSON.stringify);
for (let r = 0; r < Number(values.rounds); r++) {
  best = {
    schema: Math.min(best.schema, time(stringify)),
    json: Math.min(best.json, time(JSON.stringify)),
  };
}
const us = (ms) => ((ms * 1000) / pages).toFixed(1);
console.log(`page of 20 visits, ${pages} pages, best of ${values.rounds}:`);
console.log(`  JSON.stringify           ${us(best.json)} µs/page`);
console.log(`  response schema (fjs)    ${us(best.schema)} µs/page`);
console.log(
  `  ratio JSON/fjs           ${(best.json / best.schema).toFixed(2)}× faster with the schema`,
);
