// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Markdown reference pages for the guide (Docusaurus), in Dutch and English with the same file
 * names: `generated/docs/{nl,en}/index.md`, one page per entity (`<entity>.md`) and one per
 * codelist (`codelijsten/<codelist>.md`). Text is escaped so that it is safe as MDX too.
 */

import { resolveLocal } from '../src/entity-info.js';
import type {
  Codelist,
  CodelistMeta,
  EntityInfo,
  FieldInfo,
  JsonSchema,
  Privacy,
} from '../src/model.js';
import { standardVersion } from '../src/version.js';

type Lang = 'nl' | 'en';

interface DocsInput {
  entities: EntityInfo[];
  bundled: Record<string, JsonSchema>;
  codelists: Record<string, Codelist>;
  codelistMeta: Record<string, CodelistMeta>;
}

const L = {
  nl: {
    referenceTitle: 'Referentie van de standaard',
    referenceLabel: 'Referentie',
    referenceDescription:
      "Alle entiteiten, velden en codelijsten van de Zorghub-standaard, gegenereerd uit de schema's.",
    intro: `Deze pagina's zijn gegenereerd uit de JSON Schema-bestanden en codelijsten van \`@zorghub/schemas\` (standaardversie ${standardVersion}). Wijzig ze niet met de hand.`,
    entities: 'Entiteiten',
    codelists: 'Codelijsten',
    entity: 'Entiteit',
    plural: 'Meervoud (bestandsnaam)',
    english: 'Engelse naam',
    idField: 'Sleutelveld',
    schema: 'Gebundeld schema',
    fields: 'Velden',
    field: 'Veld (kolom)',
    columnEn: 'Engelse kolom',
    title: 'Titel',
    description: 'Omschrijving',
    type: 'Type',
    required: 'Verplicht',
    privacy: 'Privacy',
    values: 'Waarden',
    yes: 'ja',
    no: 'nee',
    codelist: 'codelijst',
    reference: 'verwijst naar',
    deprecated: 'verouderd',
    example: 'Voorbeeld',
    code: 'Code',
    label: 'Label',
    open: 'Open lijst: andere codes geven een waarschuwing, geen fout.',
    closed: 'Gesloten lijst: alleen deze codes zijn geldig.',
    replacedBy: 'vervangen door',
    usedIn: 'Gebruikt in',
    privacyTitle: 'Privacyklassen',
    privacyText: {
      none: 'geen persoonsgegeven (organisaties, codes, bedragen)',
      pseudonymous: 'over een persoon, maar alleen via een pseudoniem id te koppelen',
      personal: 'direct identificerend of contactgegeven; de standaard vermijdt deze',
      special:
        'bijzonder persoonsgegeven (gezondheid, AVG art. 9) of vrije tekst die dat kan bevatten',
    } as Record<Privacy, string>,
    conventionsTitle: 'Afspraken',
    conventions: [
      'Namen van velden, kolommen en codes zijn Nederlands (camelCase); CSV- en XLSX-bestanden mogen ook de Engelse kolomnamen gebruiken.',
      'Velden die eindigen op `Op` zijn een datum met tijd en tijdzone (`date-time`), velden die eindigen op `Datum` een datum (`date`).',
      'Bedragen zijn hele eurocenten (integer) en eindigen op `InCenten`.',
      'Ids zijn pseudoniem; een BSN, naam of adres van een persoon komt nooit in een export.',
      'Geneste velden hebben een pad met punten (`adres.postcode`); `[]` staat voor de elementen van een lijst.',
    ],
    formatLabel: 'formaat',
    patternLabel: 'patroon',
    rangeLabel: 'bereik',
    lengthLabel: 'lengte',
    name: 'Naam',
    property: 'Eigenschap',
    value: 'Waarde',
    status: 'Status',
    kind: 'Soort lijst',
    codeCount: 'Aantal codes',
  },
  en: {
    referenceTitle: 'Reference of the standard',
    referenceLabel: 'Reference',
    referenceDescription:
      'All entities, fields and codelists of the Zorghub standard, generated from the schemas.',
    intro: `These pages are generated from the JSON Schema files and codelists of \`@zorghub/schemas\` (standard version ${standardVersion}). Do not edit them by hand.`,
    entities: 'Entities',
    codelists: 'Codelists',
    entity: 'Entity',
    plural: 'Plural (file name)',
    english: 'English name',
    idField: 'Key field',
    schema: 'Bundled schema',
    fields: 'Fields',
    field: 'Field (column)',
    columnEn: 'English column',
    title: 'Title',
    description: 'Description',
    type: 'Type',
    required: 'Required',
    privacy: 'Privacy',
    values: 'Values',
    yes: 'yes',
    no: 'no',
    codelist: 'codelist',
    reference: 'refers to',
    deprecated: 'deprecated',
    example: 'Example',
    code: 'Code',
    label: 'Label',
    open: 'Open list: other codes give a warning, not an error.',
    closed: 'Closed list: only these codes are valid.',
    replacedBy: 'replaced by',
    usedIn: 'Used in',
    privacyTitle: 'Privacy classes',
    privacyText: {
      none: 'not personal data (organisations, codes, amounts)',
      pseudonymous: 'about a person, but linkable only through a pseudonymous id',
      personal: 'directly identifying or contact data; the standard avoids these',
      special: 'special-category data (health, GDPR art. 9) or free text that may contain it',
    } as Record<Privacy, string>,
    conventionsTitle: 'Conventions',
    conventions: [
      'Field, column and code names are Dutch (camelCase); CSV and XLSX files may also use the English column names.',
      'Fields ending in `Op` are a date-time with time zone (`date-time`), fields ending in `Datum` are a date (`date`).',
      'Amounts are whole euro cents (integers) and end in `InCenten`.',
      'Ids are pseudonymous; a BSN, name or address of a person never goes into an export.',
      'Nested fields have a dotted path (`adres.postcode`); `[]` stands for the items of a list.',
    ],
    formatLabel: 'format',
    patternLabel: 'pattern',
    rangeLabel: 'range',
    lengthLabel: 'length',
    name: 'Name',
    property: 'Property',
    value: 'Value',
    status: 'Status',
    kind: 'Kind of list',
    codeCount: 'Number of codes',
  },
};

/** Escapes text for a Markdown table cell that is also valid MDX. */
export function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;')
    .replace(/\r?\n/g, ' ');
}

/** Inline code that is safe inside a table cell. */
function code(text: string): string {
  const safe = text.replace(/\|/g, '\\|');
  return safe.includes('`') ? `\`\` ${safe} \`\`` : `\`${safe}\``;
}

/** Front matter as YAML with JSON-quoted strings (valid YAML, no escaping surprises). */
function frontMatter(fields: Record<string, string | number>): string {
  const lines = Object.entries(fields).map(
    ([k, v]) => `${k}: ${typeof v === 'number' ? v : JSON.stringify(v)}`,
  );
  return `---\n${lines.join('\n')}\n---\n\n`;
}

function fieldNode(root: JsonSchema, path: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = resolveLocal(root, root);
  for (const part of path.split('.')) {
    if (!node) return undefined;
    const isArray = part.endsWith('[]');
    const key = isArray ? part.slice(0, -2) : part;
    const props: JsonSchema | undefined = node.properties;
    node = props?.[key] ? resolveLocal(root, props[key]) : undefined;
    if (node && isArray) node = node.items ? resolveLocal(root, node.items) : undefined;
  }
  return node;
}

function constraints(node: JsonSchema | undefined, lang: Lang): string[] {
  if (!node) return [];
  const t = L[lang];
  const out: string[] = [];
  const target =
    node.type === 'array' && node.items && typeof node.items === 'object' ? node.items : node;
  if (typeof node.pattern === 'string') out.push(`${t.patternLabel} ${code(node.pattern)}`);
  const min = node.minimum ?? node.exclusiveMinimum;
  const max = node.maximum ?? node.exclusiveMaximum;
  if (min !== undefined || max !== undefined)
    out.push(`${t.rangeLabel} ${min ?? '…'}–${max ?? '…'}`);
  if (node.minLength !== undefined || node.maxLength !== undefined)
    out.push(`${t.lengthLabel} ${node.minLength ?? 0}–${node.maxLength ?? '…'}`);
  if (Array.isArray(target.enum) && typeof target.codelist !== 'string')
    out.push(target.enum.map((v: unknown) => code(String(v))).join(', '));
  if (node.const !== undefined) out.push(`= ${code(JSON.stringify(node.const))}`);
  return out;
}

function typeText(f: FieldInfo, lang: Lang): string {
  return f.format ? `${f.type} (${L[lang].formatLabel} ${f.format})` : f.type;
}

function entityPage(
  e: EntityInfo,
  schema: JsonSchema,
  position: number,
  lang: Lang,
  entityNames: Set<string>,
): string {
  const t = L[lang];
  const rows = e.fields.map((f) => {
    const values: string[] = [];
    if (f.codelist) values.push(`${t.codelist} [${f.codelist}](./codelijsten/${f.codelist}.md)`);
    if (f.reference)
      values.push(
        entityNames.has(f.reference)
          ? `${t.reference} [${f.reference}](./${f.reference}.md)`
          : `${t.reference} ${code(f.reference)}`,
      );
    values.push(...constraints(fieldNode(schema, f.path), lang));
    const title = f.deprecated
      ? `${cell(f.title[lang])} (**${t.deprecated}**)`
      : cell(f.title[lang]);
    return `| ${code(f.columnNl)} | ${code(f.columnEn)} | ${title} | ${cell(f.description[lang])} | ${typeText(f, lang)} | ${f.required ? t.yes : t.no} | ${f.privacy} | ${values.join('; ')} |`;
  });
  const example = Array.isArray(schema.examples) ? schema.examples[0] : undefined;
  const title = e.title[lang];
  return [
    frontMatter({
      title,
      sidebar_label: title,
      sidebar_position: position,
      description: e.description[lang].slice(0, 300),
    }),
    `# ${cell(title)} (${code(e.name)})\n\n`,
    `${cell(e.description[lang])}\n\n`,
    `| ${t.property} | ${t.value} |\n| --- | --- |\n`,
    `| ${t.entity} | ${code(e.name)} |\n`,
    `| ${t.plural} | ${code(e.plural)} |\n`,
    `| ${t.english} | ${code(e.english)} / ${code(e.englishPlural)} |\n`,
    `| ${t.idField} | ${code(e.idField)} |\n`,
    `| \`$id\` | ${code(e.$id)} |\n`,
    `| ${t.schema} | ${code(`@zorghub/schemas/schema/${e.name}.schema.json`)} |\n\n`,
    `## ${t.fields}\n\n`,
    `| ${t.field} | ${t.columnEn} | ${t.title} | ${t.description} | ${t.type} | ${t.required} | ${t.privacy} | ${t.values} |\n`,
    '| --- | --- | --- | --- | --- | --- | --- | --- |\n',
    `${rows.join('\n')}\n`,
    example === undefined
      ? ''
      : `\n## ${t.example}\n\n\`\`\`json\n${JSON.stringify(example, null, 2)}\n\`\`\`\n`,
  ].join('');
}

function codelistPage(
  list: Codelist,
  meta: CodelistMeta,
  position: number,
  usage: Array<{ entity: string; path: string }>,
  lang: Lang,
): string {
  const t = L[lang];
  const rows = list.codes.map((c) => {
    const label = lang === 'nl' ? c.labelNl : c.labelEn;
    const desc = (lang === 'nl' ? c.descriptionNl : c.descriptionEn) ?? '';
    const status = c.deprecated
      ? `**${t.deprecated}**${c.replacedBy ? `, ${t.replacedBy} ${code(c.replacedBy)}` : ''}`
      : '';
    return `| ${code(c.code)} | ${cell(label)} | ${cell(desc)} | ${status} |`;
  });
  const used = usage.map((u) => `- [${u.entity}](../${u.entity}.md): ${code(u.path)}`);
  return [
    frontMatter({
      title: meta.title[lang],
      sidebar_label: meta.title[lang],
      sidebar_position: position,
      description: (meta.description[lang] || meta.title[lang]).slice(0, 300),
    }),
    `# ${cell(meta.title[lang])} (${code(list.name)})\n\n`,
    meta.description[lang] ? `${cell(meta.description[lang])}\n\n` : '',
    `${list.open ? t.open : t.closed}\n\n`,
    `| ${t.code} | ${t.label} | ${t.description} | ${t.status} |\n| --- | --- | --- | --- |\n`,
    `${rows.join('\n')}\n`,
    used.length ? `\n## ${t.usedIn}\n\n${used.join('\n')}\n` : '',
  ].join('');
}

function indexPage(input: DocsInput, lang: Lang): string {
  const t = L[lang];
  const entityRows = input.entities.map(
    (e) =>
      `| [${cell(e.title[lang])}](./${e.name}.md) | ${code(e.name)} | ${code(e.plural)} | ${cell(e.description[lang])} |`,
  );
  const listRows = Object.values(input.codelists).map((l) => {
    const meta = input.codelistMeta[l.name]!;
    return `| [${cell(meta.title[lang])}](./codelijsten/${l.name}.md) | ${code(l.name)} | ${l.open ? 'open' : lang === 'nl' ? 'gesloten' : 'closed'} | ${l.codes.length} |`;
  });
  const privacyRows = (Object.entries(t.privacyText) as Array<[Privacy, string]>).map(
    ([k, v]) => `| ${code(k)} | ${cell(v)} |`,
  );
  return [
    frontMatter({
      title: t.referenceTitle,
      sidebar_label: t.referenceLabel,
      sidebar_position: 0,
      description: t.referenceDescription,
    }),
    `# ${t.referenceTitle}\n\n${t.intro}\n\n`,
    `## ${t.conventionsTitle}\n\n${t.conventions.map((c) => `- ${c}`).join('\n')}\n\n`,
    `## ${t.entities}\n\n| ${t.entity} | ${t.name} | ${t.plural} | ${t.description} |\n| --- | --- | --- | --- |\n${entityRows.join('\n')}\n\n`,
    `## ${t.codelists}\n\n| ${t.title} | ${t.name} | ${t.kind} | ${t.codeCount} |\n| --- | --- | --- | --- |\n${listRows.join('\n')}\n\n`,
    `## ${t.privacyTitle}\n\n| ${t.privacy} | ${t.description} |\n| --- | --- |\n${privacyRows.join('\n')}\n`,
  ].join('');
}

export function renderDocs(input: DocsInput): Map<string, string> {
  const files = new Map<string, string>();
  const entityNames = new Set(input.entities.map((e) => e.name));
  const usage: Record<string, Array<{ entity: string; path: string }>> = {};
  for (const e of input.entities)
    for (const f of e.fields)
      if (f.codelist) {
        usage[f.codelist] ??= [];
        usage[f.codelist]!.push({ entity: e.name, path: f.path });
      }
  for (const lang of ['nl', 'en'] as const) {
    const base = `generated/docs/${lang}`;
    files.set(`${base}/index.md`, indexPage(input, lang));
    input.entities.forEach((e, i) => {
      files.set(
        `${base}/${e.name}.md`,
        entityPage(e, input.bundled[e.name]!, i + 1, lang, entityNames),
      );
    });
    const lists = Object.values(input.codelists);
    lists.forEach((l, i) => {
      files.set(
        `${base}/codelijsten/${l.name}.md`,
        codelistPage(l, input.codelistMeta[l.name]!, i + 1, usage[l.name] ?? [], lang),
      );
    });
    files.set(
      `${base}/codelijsten/_category_.json`,
      `${JSON.stringify({ label: lang === 'nl' ? 'Codelijsten' : 'Codelists', position: 100 }, null, 2)}\n`,
    );
  }
  return files;
}
