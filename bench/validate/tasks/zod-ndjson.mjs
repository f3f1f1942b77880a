// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// What a data team might write instead: a zod schema (converted from the bundled JSON Schema with
// z.fromJSONSchema) and safeParse per NDJSON line. z.fromJSONSchema cannot convert if/then, so the
// one conditional rule of a visit (a performed visit has actual times) is added as a refinement.
import { createReadStream, readFileSync } from 'node:fs';
import { z } from 'zod';

const json = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const { allOf: _conditional, ...plain } = json;
const schema = z.fromJSONSchema(plain).superRefine((visit, ctx) => {
  if (visit.status === 'uitgevoerd' && (!visit.werkelijkStartOp || !visit.werkelijkEindOp))
    ctx.addIssue({ code: 'custom', message: 'a performed visit has actual times' });
});
let carry = '';
let records = 0;
let invalid = 0;
const check = (line) => {
  if (!schema.safeParse(JSON.parse(line)).success) invalid++;
  records++;
};
for await (const buf of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) {
  const last = buf.lastIndexOf(10);
  if (last === -1) {
    carry += buf.toString('utf8');
    continue;
  }
  const lines = (carry + buf.toString('utf8', 0, last)).split('\n');
  carry = buf.toString('utf8', last + 1);
  for (const line of lines) if (line.length) check(line);
}
if (carry.length) check(carry);
process.stdout.write(`${records} ${invalid}\n`);
if (invalid) process.exitCode = 1;
