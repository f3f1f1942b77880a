// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * ajv's errors as issues of the report: a stable code per keyword, what was expected in words a
 * data team reads (nl/en), and the value found unless its field or its look says it is personal.
 */
import { parsePointer, resolvePointer } from '../../pointer.js';
import { isoExpected, isoForm } from '../dutch-dates.js';
import { type Lang, type Sample, showValue } from '../report.js';
import { closest, codeCandidates } from '../suggest.js';
import type { EntityRuntime } from './runtime.js';
import type { Source } from './source.js';

/** What the checks report through: the issue list and the rule for showing a found value. */
export interface Reporter {
  readonly lang: Lang;
  issue(
    code: string,
    source: Source | undefined,
    line: number,
    field: string | undefined,
    details?: Omit<Sample, 'file'>,
  ): void;
  /** `found` for a sample, or `redacted` when the value may not be shown. */
  found(
    runtime: EntityRuntime,
    generic: string,
    value: unknown,
  ): Pick<Sample, 'found' | 'redacted'>;
}

/** Generic path (arrays as []) and concrete path (arrays as [n]) of an ajv instancePath. */
export function pointerPaths(pointer: string): {
  generic: string;
  concrete: string;
  segments: string[];
} {
  const segments = parsePointer(pointer);
  let generic = '';
  let concrete = '';
  for (const s of segments) {
    if (/^\d+$/.test(s)) {
      generic += '[]';
      concrete += `[${s}]`;
    } else {
      generic += generic ? `.${s}` : s;
      concrete += concrete ? `.${s}` : s;
    }
  }
  return { generic, concrete, segments };
}

const typeNames: Record<Lang, Record<string, string>> = {
  nl: {
    string: 'tekst',
    integer: 'geheel getal',
    number: 'getal',
    boolean: 'true of false',
    object: 'object',
    array: 'lijst',
    null: 'leeg (null)',
  },
  en: {
    string: 'text',
    integer: 'whole number',
    number: 'number',
    boolean: 'true or false',
    object: 'object',
    array: 'list',
    null: 'empty (null)',
  },
};

const formatNames: Record<Lang, Record<string, string>> = {
  nl: {
    date: 'datum jjjj-mm-dd, bv. 2025-03-01',
    'date-time': 'tijdstip met zone, bv. 2025-03-01T09:30:00+01:00',
    email: 'e-mailadres',
    uri: 'webadres (URI)',
    uuid: 'UUID',
  },
  en: {
    date: 'date yyyy-mm-dd, e.g. 2025-03-01',
    'date-time': 'timestamp with zone, e.g. 2025-03-01T09:30:00+01:00',
    email: 'e-mail address',
    uri: 'web address (URI)',
    uuid: 'UUID',
  },
};

export function listText(values: unknown[], lang: Lang): string {
  const shown = values.slice(0, 12).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  const more = values.length > 12 ? (lang === 'nl' ? ', …' : ', …') : '';
  return `${lang === 'nl' ? 'een van' : 'one of'}: ${shown.join(', ')}${more}`;
}

export function reportSchemaErrors(
  reporter: Reporter,
  record: unknown,
  source: Source,
  line: number,
  idSample: object,
): void {
  const runtime = source.runtime;
  const lang = reporter.lang;
  for (const error of runtime.validate.errors ?? []) {
    // "must match then schema" only wraps the errors of the `then` branch, reported themselves
    if (error.keyword === 'if') continue;
    const at = pointerPaths(error.instancePath);
    let generic = at.generic;
    let concrete = at.concrete;
    let segments = at.segments;
    const p = error.params;
    let code = 'schema.invalid';
    let expected: string | undefined = error.message;
    let showFound = true;
    switch (error.keyword) {
      case 'required': {
        const missing = String(p.missingProperty ?? '');
        generic = generic ? `${generic}.${missing}` : missing;
        concrete = concrete ? `${concrete}.${missing}` : missing;
        segments = [...segments, missing];
        if (source.suppressRequired?.has(generic)) continue;
        code = 'schema.required';
        expected = lang === 'nl' ? 'een waarde' : 'a value';
        showFound = false;
        break;
      }
      case 'additionalProperties': {
        const extra = String(p.additionalProperty ?? '');
        generic = generic ? `${generic}.${extra}` : extra;
        concrete = concrete ? `${concrete}.${extra}` : extra;
        code = 'schema.additional-property';
        expected = lang === 'nl' ? 'geen ander veld' : 'no other field';
        showFound = false; // the value of an unknown field could be anything: never shown
        break;
      }
      case 'type': {
        code = 'schema.type';
        const types = String(p.type ?? '').split(',');
        expected = types.map((t) => typeNames[lang][t] ?? t).join(lang === 'nl' ? ' of ' : ' or ');
        break;
      }
      case 'format':
        code = 'schema.format';
        expected = formatNames[lang][String(p.format)] ?? String(p.format);
        break;
      case 'pattern':
        code = 'schema.pattern';
        expected = `${lang === 'nl' ? 'patroon' : 'pattern'} ${String(p.pattern)}`;
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
      case 'multipleOf':
        code = 'schema.range';
        expected =
          `${p.comparison ?? (error.keyword === 'multipleOf' ? '×' : '')} ${String(p.limit ?? p.multipleOf)}`.trim();
        break;
      case 'minLength':
      case 'maxLength':
      case 'minItems':
      case 'maxItems':
      case 'minProperties':
      case 'maxProperties':
        code = 'schema.length';
        expected = `${error.keyword.startsWith('min') ? '≥' : '≤'} ${String(p.limit)}`;
        break;
      case 'uniqueItems':
        code = 'schema.unique-items';
        break;
      case 'enum': {
        const list =
          runtime.codelistOf.get(generic) ?? runtime.codelistOf.get(generic.replace(/\[\]$/, ''));
        code = list ? 'codelist.unknown-code' : 'schema.enum';
        expected = listText((p.allowedValues as unknown[]) ?? [], lang);
        if (list)
          expected = `${lang === 'nl' ? 'codelijst' : 'codelist'} ${list.name}: ${expected}`;
        break;
      }
      case 'const':
        code = 'schema.enum';
        expected = showValue(p.allowedValue);
        break;
      default:
        break;
    }
    const value = showFound ? resolvePointer(record, segments) : undefined;
    const found = showFound ? reporter.found(runtime, generic, value) : {};
    let suggestion: string | undefined;
    if (error.keyword === 'format' && found.found !== undefined && typeof value === 'string') {
      const iso = isoForm(value, String(p.format));
      if (iso) {
        suggestion = iso;
        expected = isoExpected(iso, String(p.format), lang);
      }
    }
    if (error.keyword === 'enum' && found.found !== undefined && typeof value === 'string') {
      const list =
        runtime.codelistOf.get(generic) ?? runtime.codelistOf.get(generic.replace(/\[\]$/, ''));
      suggestion = closest(
        value,
        list
          ? codeCandidates(list)
          : ((p.allowedValues as unknown[]) ?? []).map((v) => ({
              spelling: String(v),
              suggest: String(v),
            })),
      );
    }
    reporter.issue(code, source, line, generic || undefined, {
      ...idSample,
      ...(concrete && concrete !== generic ? { field: concrete } : {}),
      ...(expected ? { expected } : {}),
      ...found,
      ...(suggestion !== undefined ? { suggestion } : {}),
    });
  }
}
