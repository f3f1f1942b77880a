// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The validation report as one self-contained HTML page (`--format html`): no scripts, no
 * external files, readable by someone who does not program — the verdict first, then what to fix
 * first (issues come in the report's order: input problems before structure before content), each
 * with what to do and where it was found. Values a field's privacy hides stay hidden.
 */
import { codeInfo } from './codes.js';
import type { Issue, Lang, Sample, ValidationReport } from './report.js';
import { fmt, where, words } from './report-words.js';

const labels = {
  nl: {
    title: 'Validatierapport',
    standard: 'Gecontroleerd tegen de Zorghub-standaard, versie',
    files: 'Bestanden',
    file: 'Bestand',
    entity: 'Soort gegevens',
    format: 'Formaat',
    records: 'Records',
    issues: 'Wat er gevonden is',
    todo: 'Wat te doen',
    place: 'Plaats',
    unusable: 'De invoer kon niet gebruikt worden; er is niets gecontroleerd.',
    code: 'code',
    times: 'keer',
  },
  en: {
    title: 'Validation report',
    standard: 'Checked against the Zorghub standard, version',
    files: 'Files',
    file: 'File',
    entity: 'Kind of data',
    format: 'Format',
    records: 'Records',
    issues: 'What was found',
    todo: 'What to do',
    place: 'Place',
    unusable: 'The input could not be used; nothing was checked.',
    code: 'code',
    times: 'times',
  },
} as const;

const style = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1a1a1a;max-width:70rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.3rem;margin-top:2rem}
h3{font-size:1.1rem;margin:0}
.verdict{display:inline-block;padding:.2rem .6rem;border-radius:.25rem;font-weight:700;color:#fff}
.valid{background:#176e33}.invalid{background:#a4171c}
section.issue{border-left:.35rem solid #a4171c;padding:.2rem 0 .2rem 1rem;margin:1.5rem 0}
section.issue.warning{border-color:#8a5a00}
.severity{font-weight:700;text-transform:uppercase;letter-spacing:.03em}
.error .severity{color:#a4171c}.warning .severity{color:#8a5a00}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;background:#f2f2f2;padding:0 .2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #c8c8c8;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}
td.number{text-align:right;font-variant-numeric:tabular-nums}
.redacted{font-style:italic;color:#555}
@media print{body{max-width:none}section.issue{break-inside:avoid}}
`;

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function sampleRow(sample: Sample, lang: Lang): string {
  const w = words[lang];
  const field = [sample.column && sample.column !== sample.field ? sample.column : undefined]
    .concat(sample.field, sample.id ? `id ${sample.id}` : undefined)
    .filter((part): part is string => part !== undefined);
  const found = sample.redacted
    ? `<span class="redacted">${escapeHtml(w.redacted)}</span>`
    : escapeHtml(sample.found ?? '');
  return `<tr><td>${escapeHtml(where(sample, w))}</td><td>${escapeHtml(field.join(' · '))}</td><td>${escapeHtml(sample.expected ?? '')}</td><td>${found}</td><td>${escapeHtml(sample.suggestion ?? '')}</td></tr>`;
}

function issueSection(issue: Issue, lang: Lang): string {
  const w = words[lang];
  const l = labels[lang];
  const info = codeInfo(issue.code);
  const subject = [issue.entity, issue.field].filter(Boolean).join('.');
  const samples = issue.samples.map((sample) => sampleRow(sample, lang)).join('\n');
  const more =
    issue.count > issue.samples.length
      ? `<p>${escapeHtml(w.more(issue.count - issue.samples.length))}</p>`
      : '';
  const table = issue.samples.length
    ? `<table><thead><tr><th scope="col">${l.place}</th><th scope="col">${escapeHtml(w.field)}</th><th scope="col">${escapeHtml(w.expected)}</th><th scope="col">${escapeHtml(w.found)}</th><th scope="col">${escapeHtml(w.suggestion)}</th></tr></thead><tbody>\n${samples}\n</tbody></table>`
    : '';
  return `<section class="issue ${issue.severity}">
<h3><span class="severity">${issue.severity === 'error' ? w.error : w.warning}</span> ${escapeHtml(lang === 'nl' ? info.nl : info.en)}${subject ? ` — <code>${escapeHtml(subject)}</code>` : ''}</h3>
<p>${fmt(issue.count, lang)} ${l.times} · ${l.code} <code>${escapeHtml(issue.code)}</code></p>
<p><strong>${l.todo}:</strong> ${escapeHtml(lang === 'nl' ? info.helpNl : info.helpEn)}</p>
${table}${more}
</section>`;
}

/** The report as a complete HTML document in `lang`. */
export function renderReportHtml(report: ValidationReport, lang: Lang): string {
  const w = words[lang];
  const l = labels[lang];
  const s = report.stats;
  const verdict = report.valid ? w.valid : w.invalid;
  const body: string[] = [
    `<h1>${l.title}</h1>`,
    `<p><span class="verdict ${report.valid ? 'valid' : 'invalid'}">${verdict}</span> ${escapeHtml(`${w.files(s.files)}, ${w.records(s.records)}: ${w.errors(s.errors)}, ${w.warnings(s.warnings)}`)}</p>`,
    `<p>${l.standard} ${escapeHtml(report.standardVersion)}.</p>`,
  ];
  if (!report.usable)
    body.push(
      `<p><strong>${l.unusable}</strong></p>`,
      `<p>${escapeHtml(report.message ?? '')}</p>`,
    );
  if (report.files.length) {
    const rows = report.files.map(
      (file) =>
        `<tr><td>${escapeHtml(file.file)}${file.sheet !== undefined ? ` [${escapeHtml(w.sheet)} ${escapeHtml(file.sheet)}]` : ''}</td><td>${escapeHtml(file.entity ?? '?')}</td><td>${escapeHtml(file.format)}</td><td class="number">${fmt(file.records, lang)}</td></tr>`,
    );
    body.push(
      `<h2>${l.files}</h2>`,
      `<table><thead><tr><th scope="col">${l.file}</th><th scope="col">${l.entity}</th><th scope="col">${l.format}</th><th scope="col">${l.records}</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`,
    );
  }
  if (report.usable) {
    body.push(`<h2>${l.issues}</h2>`);
    if (report.issues.length === 0) body.push(`<p>${escapeHtml(w.none)}</p>`);
    for (const issue of report.issues) body.push(issueSection(issue, lang));
    if (s.truncated) body.push(`<p>${escapeHtml(w.truncated)}</p>`);
  }
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${l.title}: ${verdict}</title>
<style>${style}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}
