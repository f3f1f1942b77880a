// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Baseline: a bare csv-parse over the file (arrays of strings, records handed to a callback and
// dropped), with the options the validator uses for delimiter and line endings.
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

let records = 0;
const parser = parse({
  delimiter: process.argv[3] ?? ';',
  bom: true,
  relax_column_count: true,
  skip_empty_lines: true,
  record_delimiter: ['\r\n', '\n'],
  on_record: () => {
    records++;
    return null;
  },
});
createReadStream(process.argv[2], { highWaterMark: 1 << 20 }).pipe(parser);
parser.resume();
await once(parser, 'end');
process.stdout.write(`${records - 1}\n`);
