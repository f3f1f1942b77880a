// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { codeInfo, type Severity } from './codes.js';
import { renderReportHtml } from './report-html.js';
import { fmt, where, words } from './report-words.js';

export type Lang = 'nl' | 'en';

/** Where a problem was found. CSV/NDJSON/JSON give `line`; XLSX gives `sheet` + `cell`. */
export interface Sample {
  file: string;
  line?: number;
  sheet?: string;
  cell?: string;
  /** CSV column header as written in the file. */
  column?: string;
  /** Id of the record, when it has one (ids are pseudonymous). */
  id?: string;
  /** Concrete path of the field, e.g. `adres.postcode` or `regels[2].bedrag`. */
  field?: string;
  expected?: string;
  /** What was found; left out when `redacted` is true. */
  found?: string;
  /** The value was not shown because of its field's `x-privacy` or because it looks like personal data. */
  redacted?: boolean;
  /** "Did you mean": the known column, code or entity closest to what was found. */
  suggestion?: string;
}

export interface Issue {
  code: string;
  severity: Severity;
  /** Entity the issue is about, when known. */
  entity?: string;
  /** Field path (generic: `regels[].bedrag`) the issue is grouped on, when there is one. */
  field?: string;
  count: number;
  message: string;
  help: string;
  samples: Sample[];
  /** True when `count` is larger than the number of samples kept. */
  truncated: boolean;
}

export interface FileSummary {
  file: string;
  sheet?: string;
  entity?: string;
  format: string;
  records: number;
}

export interface ValidationReport {
  valid: boolean;
  /**
   * False when the input could not be used at all (exit code 2): then `reason` and `message` say
   * why and nothing was checked.
   */
  usable: boolean;
  reason?: string;
  message?: string;
  standardVersion: string;
  lang: Lang;
  stats: {
    files: number;
    records: number;
    errors: number;
    warnings: number;
    /** True when samples were cut or issue groups were dropped. */
    truncated: boolean;
  };
  files: FileSummary[];
  issues: Issue[];
}

const MAX_GROUPS = 1000;
const MAX_FOUND = 120;

/** Collects issues while files stream by; memory is bounded by groups × samples. */
export class ReportBuilder {
  readonly #groups = new Map<string, Issue>();
  readonly #maxSamples: number;
  readonly lang: Lang;
  readonly files: FileSummary[] = [];
  records = 0;
  errors = 0;
  warnings = 0;
  #droppedGroups = false;

  constructor(options: { lang: Lang; maxSamples: number }) {
    this.lang = options.lang;
    this.#maxSamples = Math.max(0, options.maxSamples);
  }

  /**
   * Adds one occurrence. `sample` is built only when it is kept, so callers pass a function.
   */
  add(code: string, entity: string | undefined, field: string | undefined, sample: () => Sample) {
    const info = codeInfo(code);
    if (info.severity === 'error') this.errors++;
    else this.warnings++;
    const key = `${code}\u0000${entity ?? ''}\u0000${field ?? ''}`;
    let group = this.#groups.get(key);
    if (!group) {
      if (this.#groups.size >= MAX_GROUPS) {
        this.#droppedGroups = true;
        return;
      }
      group = {
        code,
        severity: info.severity,
        ...(entity ? { entity } : {}),
        ...(field ? { field } : {}),
        count: 0,
        message: this.lang === 'nl' ? info.nl : info.en,
        help: this.lang === 'nl' ? info.helpNl : info.helpEn,
        samples: [],
        truncated: false,
      };
      this.#groups.set(key, group);
    }
    group.count++;
    if (group.samples.length < this.#maxSamples) group.samples.push(sample());
    else group.truncated = true;
  }

  /**
   * The groups added since the last call, in the order they were first seen, and forgets them
   * (a worker thread hands its part of a file to the main thread this way; see parallel/).
   */
  takeGroups(): { groups: Issue[]; errors: number; warnings: number; dropped: boolean } {
    const taken = {
      groups: [...this.#groups.values()],
      errors: this.errors,
      warnings: this.warnings,
      dropped: this.#droppedGroups,
    };
    this.#groups.clear();
    this.errors = 0;
    this.warnings = 0;
    this.#droppedGroups = false;
    return taken;
  }

  /**
   * Adds groups another builder took ({@link takeGroups}) as if their issues had been added here
   * one by one, in order: counts add up, samples are kept up to the limit, and a group new here is
   * dropped when the limit of groups is reached.
   */
  merge(taken: ReturnType<ReportBuilder['takeGroups']>): void {
    this.errors += taken.errors;
    this.warnings += taken.warnings;
    if (taken.dropped) this.#droppedGroups = true;
    for (const part of taken.groups) {
      const key = `${part.code}\u0000${part.entity ?? ''}\u0000${part.field ?? ''}`;
      let group = this.#groups.get(key);
      if (!group) {
        if (this.#groups.size >= MAX_GROUPS) {
          this.#droppedGroups = true;
          continue;
        }
        group = { ...part, count: 0, samples: [], truncated: false };
        this.#groups.set(key, group);
      }
      group.count += part.count;
      if (part.truncated) group.truncated = true;
      for (const sample of part.samples) {
        if (group.samples.length < this.#maxSamples) group.samples.push(sample);
        else group.truncated = true;
      }
    }
  }

  build(standardVersion: string): ValidationReport {
    const issues = [...this.#groups.values()].sort(
      (a, b) =>
        codeRank(a.code) - codeRank(b.code) ||
        (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
        b.count - a.count ||
        a.code.localeCompare(b.code) ||
        (a.entity ?? '').localeCompare(b.entity ?? '') ||
        (a.field ?? '').localeCompare(b.field ?? ''),
    );
    return {
      valid: this.errors === 0,
      usable: true,
      standardVersion,
      lang: this.lang,
      stats: {
        files: this.files.length,
        records: this.records,
        errors: this.errors,
        warnings: this.warnings,
        truncated: this.#droppedGroups || issues.some((issue) => issue.truncated),
      },
      files: this.files,
      issues,
    };
  }
}

/**
 * Problems with the input itself come first, because they explain the rest: reading it
 * (encoding, file type, lines), then its structure (syntax, header, sheets, manifest), then the
 * records' content.
 */
function codeRank(code: string): number {
  if (code.startsWith('input.')) return 0;
  if (/^(?:json|csv|xlsx|manifest)\./.test(code)) return 1;
  return 2;
}

/** The report of a run whose input could not be used at all (exit code 2). */
export function unusableReport(
  reason: string,
  message: string,
  lang: Lang,
  standardVersion: string,
): ValidationReport {
  return {
    valid: false,
    usable: false,
    reason,
    message,
    standardVersion,
    lang,
    stats: { files: 0, records: 0, errors: 0, warnings: 0, truncated: false },
    files: [],
    issues: [],
  };
}

/** Shortens a value for a sample; never more than MAX_FOUND characters. */
export function showValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = 'undefined';
  else if (Array.isArray(value)) text = `[…] (${value.length})`;
  else if (typeof value === 'object' && value !== null) text = '{…}';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > MAX_FOUND ? `${text.slice(0, MAX_FOUND - 1)}…` : text;
}

/**
 * Renders a report as readable text, as a self-contained HTML page, or as one JSON document (the format of
 * `report/validation-report.schema.json`). Messages follow `lang`; `expected` in the samples
 * was written in the language the report was made in.
 */
export function formatReport(
  report: ValidationReport,
  options: { format: 'text' | 'json' | 'html'; lang: Lang },
): string {
  const lang = options.lang;
  if (options.format === 'html') return renderReportHtml(report, lang);
  if (options.format === 'json') {
    const issues = report.issues.map((issue) => {
      const info = codeInfo(issue.code);
      return {
        ...issue,
        message: lang === 'nl' ? info.nl : info.en,
        help: lang === 'nl' ? info.helpNl : info.helpEn,
      };
    });
    return `${JSON.stringify({ ...report, lang, issues }, null, 2)}\n`;
  }
  const w = words[lang];
  const out: string[] = [];
  const s = report.stats;
  out.push(
    `${report.valid ? w.valid : w.invalid} — ${w.files(s.files)}, ${w.records(s.records)}: ${w.errors(s.errors)}, ${w.warnings(s.warnings)}`,
  );
  for (const file of report.files)
    out.push(`  ${file.file}  (${file.entity ?? '?'}, ${file.format}) ${w.records(file.records)}`);
  if (report.issues.length === 0) out.push('', w.none);
  for (const issue of report.issues) {
    const info = codeInfo(issue.code);
    const subject = [issue.entity, issue.field].filter(Boolean).join('.');
    out.push(
      '',
      `${issue.severity === 'error' ? w.error : w.warning} ${issue.code} (${fmt(issue.count, lang)}×) ${lang === 'nl' ? info.nl : info.en}${subject ? ` — ${subject}` : ''}`,
    );
    for (const sample of issue.samples) {
      const parts = [`  ${where(sample, w)}`];
      if (sample.column && sample.column !== sample.field)
        parts.push(`${w.column} ${sample.column}`);
      if (sample.field) parts.push(`${w.field} ${sample.field}`);
      if (sample.id) parts.push(`id ${sample.id}`);
      if (sample.expected) parts.push(`${w.expected}: ${sample.expected}`);
      if (sample.redacted) parts.push(`${w.found}: ${w.redacted}`);
      else if (sample.found !== undefined) parts.push(`${w.found}: ${sample.found}`);
      if (sample.suggestion) parts.push(`${w.suggestion}: ${sample.suggestion}`);
      out.push(parts.join('  '));
    }
    if (issue.count > issue.samples.length)
      out.push(`  ${w.more(issue.count - issue.samples.length)}`);
    out.push(`  → ${lang === 'nl' ? info.helpNl : info.helpEn}`);
  }
  if (s.truncated) out.push('', w.truncated);
  return `${out.join('\n')}\n`;
}
