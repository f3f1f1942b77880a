// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// A data package for the monitoring benchmark: datapakket.json, 400 participants in four classes
// (deelnemers.csv) and the validate benchmark's visits (bezoeken.ndjson, bench/validate/generate.mjs),
// plus a scenario for it (the Delft scenario moved to 2024, so the classes match its cohorts).
// Deterministic; written once per size into bench/.data/monitor-<n>/.
import { once } from 'node:events';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { visits } from '../validate/generate.mjs';

const pad = (n, w) => String(n).padStart(w, '0');
const CLASSES = [
  { cohort: '2024-05', training: '2024-05-06', start: '2024-06-03' },
  { cohort: '2024-09', training: '2024-09-02', start: '2024-09-30' },
  { cohort: '2025-01', training: '2025-01-06', start: '2025-02-03' },
  { cohort: '2025-03', training: '2025-03-03', start: '2025-03-31' },
];

function participants() {
  const header =
    'id,werkgeverId,cohort,gemeentecode,status,aanmeldDatum,trainingStartDatum,trainingEindDatum,indienstDatum,contracturenPerWeek,uitstroomDatum,uitstroombestemming';
  const rows = [header];
  for (let i = 1; i <= 400; i++) {
    const c = CLASSES[i % CLASSES.length];
    const dropped = i % 23 === 0;
    const left = !dropped && i % 9 === 0;
    rows.push(
      [
        `DN-${pad(i, 4)}`,
        'ORG-HUB',
        c.cohort,
        'GM0503',
        dropped ? 'uitgevallen' : left ? 'uitgestroomd' : 'inDienst',
        '2024-03-01',
        c.training,
        dropped ? '' : c.training.replace(/-0(\d)$/, '-2$1'),
        dropped ? '' : c.start,
        dropped ? '' : String(12 + (i % 3) * 4),
        dropped ? c.training : left ? '2025-02-28' : '',
        dropped ? 'geenWerk' : left ? 'regulierWerkElders' : '',
      ].join(','),
    );
  }
  return `${rows.join('\n')}\n`;
}

export async function makePackage(dataDir, count) {
  const dir = join(dataDir, `monitor-${count}`);
  const scenario = join(dataDir, 'monitor-scenario.yaml');
  if (!existsSync(scenario)) {
    const s = parse(
      readFileSync(new URL('../../examples/delft/scenario.yaml', import.meta.url), 'utf8'),
      { merge: true },
    );
    s.id = 'SC-BENCH-MONITOR';
    s.startjaar += 3;
    s.startgeld = undefined;
    for (const c of s.cohorten) c.startjaar += 3;
    for (const r of s.regels) {
      if (r.vanJaar) r.vanJaar += 3;
      if (r.totJaar) r.totJaar += 3;
    }
    writeFileSync(scenario, stringify(s));
  }
  if (existsSync(join(dir, 'datapakket.json'))) return { dir, scenario };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'deelnemers.csv'), participants());
  const tmp = join(dir, 'bezoeken.ndjson.partial');
  const out = createWriteStream(tmp);
  let buffer = [];
  for (const v of visits(count)) {
    buffer.push(`${JSON.stringify(v)}\n`);
    if (buffer.length === 4096) {
      if (!out.write(buffer.join(''))) await once(out, 'drain');
      buffer = [];
    }
  }
  out.end(buffer.join(''));
  await once(out, 'finish');
  renameSync(tmp, join(dir, 'bezoeken.ndjson'));
  writeFileSync(
    join(dir, 'datapakket.json'),
    `${JSON.stringify(
      {
        standaardVersie: '1.0.0',
        naam: `Benchmarkpakket monitoring (${count} bezoeken)`,
        aangemaaktOp: '2025-06-30T18:00:00+02:00',
        aanbiederId: 'ORG-HUB',
        bestanden: [
          { pad: 'deelnemers.csv', entiteit: 'deelnemer', formaat: 'csv', aantalRecords: 400 },
          { pad: 'bezoeken.ndjson', entiteit: 'bezoek', formaat: 'ndjson', aantalRecords: count },
        ],
      },
      null,
      2,
    )}\n`,
  );
  return { dir, scenario };
}
