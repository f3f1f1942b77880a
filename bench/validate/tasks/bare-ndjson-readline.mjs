// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Baseline, the textbook way: readline over a file stream + JSON.parse per line.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

let records = 0;
for await (const line of createInterface({
  input: createReadStream(process.argv[2]),
  crlfDelay: Infinity,
})) {
  if (line.length) {
    JSON.parse(line);
    records++;
  }
}
process.stdout.write(`${records}\n`);
