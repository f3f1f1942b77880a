// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Baseline: read the file in 1 MiB chunks, split it into lines, JSON.parse every line. The same
// reading technique the validator uses, minus every check.
import { createReadStream } from 'node:fs';

let carry = '';
let records = 0;
for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) {
  const buf = chunk;
  const last = buf.lastIndexOf(10);
  if (last === -1) {
    carry += buf.toString('utf8');
    continue;
  }
  const lines = (carry + buf.toString('utf8', 0, last)).split('\n');
  carry = buf.toString('utf8', last + 1);
  for (const line of lines)
    if (line.length) {
      JSON.parse(line);
      records++;
    }
}
if (carry.length) {
  JSON.parse(carry);
  records++;
}
process.stdout.write(`${records}\n`);
