// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Writes the invalid fixtures in test-fixtures/invalid/<entity>/: per entity one export with known
// defects, and expected.json listing the error codes each defect must produce and where.
// The expectations come from the defects injected here, not from running the validator.
//
//   npx turbo run build --filter=@zorghub/schemas && node packages/schemas/test-fixtures/generate.mjs
//
// Ids are pseudonymous. 111222333 passes the BSN 11-check but is a synthetic test number, never
// issued to a person; it stands in for "a BSN that leaked into an export".
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { codelists, entities, getSchema } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'invalid');
const SYNTHETIC_BSN = '111222333';

/** Formats per entity: most NDJSON; some CSV, JSON and XLSX so that every reader is covered. */
const FORMAT = {
  client: 'csv',
  urenregistratie: 'csv',
  coachingcontact: 'csv',
  training: 'json',
  dienst: 'xlsx',
};

const topLevel = (e) => e.fields.filter((f) => !f.path.includes('.') && !f.path.includes('[]'));

function defects(entity, tabular) {
  const example = structuredClone(getSchema(entity.name).examples[0]);
  const fields = topLevel(entity);
  const id = entity.idField;
  const list = [];
  const required = fields.find((f) => f.required && f.path !== id && example[f.path] !== undefined);
  if (required) {
    const r = structuredClone(example);
    delete r[required.path];
    list.push({ record: r, code: 'schema.required', field: required.path });
  }
  // in a table every cell is text, so a wrong type only shows in number and boolean columns
  const typed =
    fields.find((f) => ['number', 'integer', 'boolean'].includes(f.type)) ??
    (tabular
      ? undefined
      : fields.find((f) => f.type === 'string' && f.path !== id && !f.codelist && !f.format && !f.reference));
  if (typed) {
    const r = structuredClone(example);
    r[typed.path] = typed.type === 'string' ? 42 : 'abc';
    list.push({ record: r, code: 'schema.type', field: typed.path });
  }
  const coded = fields.find((f) => f.type === 'string' && f.codelist && codelists[f.codelist] && !codelists[f.codelist].open);
  if (coded) {
    const r = structuredClone(example);
    r[coded.path] = 'bestaatNiet';
    list.push({ record: r, code: 'codelist.unknown-code', field: coded.path });
  }
  const dated = fields.find((f) => f.type === 'string' && (f.format === 'date' || f.format === 'date-time') && example[f.path] !== undefined);
  if (dated) {
    const r = structuredClone(example);
    r[dated.path] = '31-12-2024';
    list.push({ record: r, code: 'schema.format', field: dated.path });
  }
  list.push({ record: structuredClone(example), code: 'id.duplicate', field: id, sameId: true });
  {
    const r = structuredClone(example);
    r.onbekendVeld = 'x';
    list.push({ record: r, code: 'schema.additional-property', field: 'onbekendVeld', tabular: 'csv.unknown-column' });
  }
  {
    const r = structuredClone(example);
    r[id] = SYNTHETIC_BSN;
    list.push({ record: r, code: 'privacy.bsn', field: id });
  }
  // every record but the first and the duplicate gets its own id
  list.forEach((d, i) => {
    if (!d.sameId && d.record[id] !== SYNTHETIC_BSN) d.record[id] = `FX-${String(i + 2).padStart(4, '0')}`;
  });
  return { example, list };
}

function cell(value) {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function csvField(text) {
  return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

rmSync(out, { recursive: true, force: true });
const index = [];
for (const entity of entities) {
  // scenario (the business-case input) is an entity like any other here: its fixtures are NDJSON
  const format = FORMAT[entity.name] ?? 'ndjson';
  const { example, list } = defects(entity, format === 'csv' || format === 'xlsx');
  const dir = join(out, entity.name);
  mkdirSync(dir, { recursive: true });
  const records = [example, ...list.map((d) => d.record)];
  const expected = [];
  let file;
  if (format === 'ndjson' || format === 'json') {
    file = `${entity.plural}.${format}`;
    const lines = records.map((r) => JSON.stringify(r));
    if (format === 'ndjson') {
      lines.push('{"kapot": tru');
      writeFileSync(join(dir, file), `${lines.join('\n')}\n`);
      list.forEach((d, i) => expected.push({ code: d.code, line: i + 2, field: d.field }));
      expected.push({ code: 'json.syntax', line: lines.length });
    } else {
      // one record per line inside the array: the record on line n+1 is records[n-1]
      writeFileSync(join(dir, file), `[\n${lines.join(',\n')},\n{"kapot": }\n]\n`);
      list.forEach((d, i) => expected.push({ code: d.code, line: i + 3, field: d.field }));
      expected.push({ code: 'json.syntax', line: lines.length + 2 });
    }
  } else {
    const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
    const rows = records.map((r) => columns.map((c) => cell(r[c])));
    if (format === 'csv') {
      file = `${entity.plural}.csv`;
      const text = [columns, ...rows].map((row) => row.map(csvField).join(';')).join('\r\n');
      writeFileSync(join(dir, file), `\uFEFF${text}\r\n"niet gesloten;x\r\n`);
      list.forEach((d, i) => {
        if (d.tabular) expected.push({ code: d.tabular, line: 1 });
        else if (d.code === 'schema.required')
          expected.push({ code: d.code, line: i + 3, field: d.field }); // empty cell = missing
        else expected.push({ code: d.code, line: i + 3, field: d.field });
      });
      expected.push({ code: 'csv.syntax', line: rows.length + 2 });
    } else {
      file = `${entity.plural}.xlsx`;
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(entity.plural);
      sheet.addRow(columns);
      for (const row of records) sheet.addRow(columns.map((c) => (row[c] === undefined ? null : typeof row[c] === 'object' ? JSON.stringify(row[c]) : row[c])));
      await workbook.xlsx.writeFile(join(dir, file));
      const letter = (name) => String.fromCharCode(65 + columns.indexOf(name));
      list.forEach((d, i) => {
        if (d.tabular) expected.push({ code: d.tabular, sheet: entity.plural, cell: `${letter(d.field)}1` });
        else expected.push({ code: d.code, sheet: entity.plural, cell: `${letter(d.field)}${i + 3}`, field: d.field });
      });
    }
  }
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify({ file, entity: entity.name, errors: expected }, null, 2)}\n`);
  index.push(`| ${entity.name} | \`${entity.name}/${file}\` | ${[...new Set(expected.map((e) => `\`${e.code}\``))].join(', ')} |`);
}

writeFileSync(
  join(out, 'README.md'),
  [
    '# Ongeldige voorbeeldbestanden / Invalid fixtures',
    '',
    'Per entiteit een export met bekende fouten en `expected.json`: de foutcodes die `zorghub validate`',
    'moet geven, met regel (of werkblad en cel) en veld. Gemaakt door `test-fixtures/generate.mjs`;',
    'de verwachtingen volgen uit de ingebrachte fouten, niet uit de uitvoer van de validator.',
    '',
    'One export per entity with known defects, and `expected.json`: the error codes `zorghub validate`',
    'must produce, with line (or sheet and cell) and field. Written by `test-fixtures/generate.mjs`;',
    'the expectations follow from the injected defects, not from the validator’s output.',
    '',
    `Alle ids zijn pseudoniem (FX-0002, …). ${SYNTHETIC_BSN} haalt de elfproef maar is een verzonnen`,
    'testnummer, nooit aan een persoon uitgegeven. / All ids are pseudonymous. 111222333 passes the',
    '11-check but is a made-up test number, never issued to a person.',
    '',
    '| entiteit | bestand | codes |',
    '| --- | --- | --- |',
    ...index,
    '',
  ].join('\n'),
);
process.stdout.write(`wrote ${index.length} fixtures to ${out}\n`);
