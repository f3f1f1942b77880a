// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Reference pages for the data standard, generated from `entities` and `codelists`
// of @zorghub/schemas (both languages, same file names).
import { code, frontMatter, GENERATED_NOTE, table, text } from './markdown.mjs';

const L = {
  nl: {
    indexTitle: 'Referentie gegevensstandaard',
    indexDescription:
      'Alle entiteiten, velden, codelijsten en privacyklassen van de Zorghub-gegevensstandaard.',
    intro: (v) =>
      `Dit is de volledige naslag van versie ${code(v)} van de gegevensstandaard: elke entiteit met haar velden, de codelijsten en de privacyklasse van elk veld. CSV- en Excel-kolommen heten zoals het veld; de Engelse kolomnaam wordt ook geaccepteerd.`,
    entities: 'Entiteiten',
    entityCols: ['Entiteit', 'Meervoud', 'Engels', 'Omschrijving'],
    privacy: 'Privacyklassen',
    privacyIntro:
      'Elk veld heeft een privacyklasse (`x-privacy`). De validator, de exports van de API en deze documentatie gebruiken haar.',
    privacyCols: ['Klasse', 'Betekenis'],
    codelists: 'Codelijsten',
    codelistsLink: 'Alle codelijsten staan op de pagina [Codelijsten](./codelijsten.md).',
    fields: 'Velden',
    fieldCols: [
      'Veld',
      'Engelse kolom',
      'Type',
      'Verplicht',
      'Privacy',
      'Codelijst of verwijzing',
      'Omschrijving',
    ],
    yes: 'ja',
    no: 'nee',
    deprecated: '(vervalt)',
    refersTo: 'verwijst naar',
    schemaId: 'Schema-id',
    englishName: 'Engelse naam',
    example: 'Voorbeeld',
    codelistsTitle: 'Codelijsten',
    codelistsDescription:
      'Alle codelijsten van de gegevensstandaard met hun codes in het Nederlands en Engels.',
    open: 'Open lijst: andere codes geven een waarschuwing.',
    closed: 'Gesloten lijst: andere codes zijn een fout.',
    codeCols: ['Code', 'Label', 'Engels label', 'Omschrijving', 'Status'],
    replacedBy: 'vervangen door',
    usedBy: 'Gebruikt in',
  },
  en: {
    indexTitle: 'Data standard reference',
    indexDescription:
      'Every entity, field, codelist and privacy class of the Zorghub data standard.',
    intro: (v) =>
      `This is the complete reference of version ${code(v)} of the data standard: every entity with its fields, the codelists and the privacy class of each field. CSV and Excel columns are named after the (Dutch) field; the English column name is accepted as an alias.`,
    entities: 'Entities',
    entityCols: ['Entity', 'Plural', 'English', 'Description'],
    privacy: 'Privacy classes',
    privacyIntro:
      'Every field has a privacy class (`x-privacy`). The validator, the API exports and this documentation use it.',
    privacyCols: ['Class', 'Meaning'],
    codelists: 'Codelists',
    codelistsLink: 'All codelists are on the [Codelists](./codelijsten.md) page.',
    fields: 'Fields',
    fieldCols: [
      'Field',
      'English column',
      'Type',
      'Required',
      'Privacy',
      'Codelist or reference',
      'Description',
    ],
    yes: 'yes',
    no: 'no',
    deprecated: '(deprecated)',
    refersTo: 'refers to',
    schemaId: 'Schema id',
    englishName: 'English name',
    example: 'Example',
    codelistsTitle: 'Codelists',
    codelistsDescription:
      'Every codelist of the data standard with its codes in Dutch and English.',
    open: 'Open list: other codes give a warning.',
    closed: 'Closed list: other codes are an error.',
    codeCols: ['Code', 'Dutch label', 'English label', 'Description', 'Status'],
    replacedBy: 'replaced by',
    usedBy: 'Used in',
  },
};

const PRIVACY = {
  none: { nl: 'Geen persoonsgegeven.', en: 'Not personal data.' },
  pseudonymous: {
    nl: 'Gepseudonimiseerd: een code die alleen met een sleutel tot een persoon te herleiden is.',
    en: 'Pseudonymous: a code that leads to a person only with a key.',
  },
  personal: { nl: 'Persoonsgegeven.', en: 'Personal data.' },
  special: {
    nl: 'Bijzonder persoonsgegeven, zoals gezondheidsgegevens: alleen met grondslag, toegang wordt gelogd.',
    en: 'Special category data such as health data: only with a legal basis, access is logged.',
  },
};

function fail(message) {
  const error = new Error(message);
  error.userFacing = true;
  return error;
}

/** Load the standard through its package exports; a clear error when it is not built yet. */
export async function loadStandard() {
  let mod;
  try {
    mod = await import('@zorghub/schemas');
  } catch (error) {
    throw fail(
      `@zorghub/schemas could not be loaded (${error.message}). Build it first: npx turbo run build --filter=@zorghub/schemas`,
    );
  }
  const { entities, codelists, standardVersion, getSchema } = mod;
  if (!Array.isArray(entities) || entities.length === 0 || !codelists || !standardVersion) {
    throw fail(
      '@zorghub/schemas is built but does not export `entities`, `codelists` and `standardVersion` yet (see the contract in the team brief). Build it first: npx turbo run build --filter=@zorghub/schemas',
    );
  }
  return { entities, codelists, standardVersion, getSchema };
}

function fieldRow(field, lang, l, codelistNames) {
  const links = [];
  if (field.codelist) {
    links.push(
      codelistNames.has(field.codelist)
        ? `[${field.codelist}](./codelijsten.md#${field.codelist})`
        : code(field.codelist),
    );
  }
  if (field.reference) links.push(`${l.refersTo} [${field.reference}](./${field.reference}.md)`);
  const type = field.format ? `${field.type} (${field.format})` : field.type;
  const title = text(field.title?.[lang]);
  const description = text(field.description?.[lang]);
  return [
    code(field.path) + (field.deprecated ? ` ${l.deprecated}` : ''),
    code(field.columnEn),
    text(type),
    field.required ? l.yes : l.no,
    code(field.privacy),
    links.join(', '),
    title && description ? `**${title}**: ${description}` : title || description,
  ];
}

function entityPage(entity, index, lang, ctx) {
  const l = L[lang];
  const title = entity.title?.[lang] || entity.name;
  const lines = [
    frontMatter({
      title,
      description: text(entity.description?.[lang]) || title,
      sidebar_position: index + 2,
    }),
    `{/* ${GENERATED_NOTE[lang]} */}`,
    '',
    text(entity.description?.[lang]),
    '',
    `- ${l.schemaId}: ${code(entity.$id)}`,
    `- ${l.englishName}: ${code(entity.english)} / ${code(entity.englishPlural)}`,
    `- ${lang === 'nl' ? 'Meervoud (bestandsnaam, API-pad)' : 'Plural (file name, API path)'}: ${code(entity.plural)}`,
    '',
    `## ${l.fields}`,
    '',
    table(
      l.fieldCols,
      entity.fields.map((f) => fieldRow(f, lang, l, ctx.codelistNames)),
    ),
    '',
  ];
  const example = ctx.exampleOf(entity.name);
  if (example) {
    lines.push(`## ${l.example}`, '', '```json', JSON.stringify(example, null, 2), '```', '');
  }
  return lines.join('\n');
}

function indexPage(lang, ctx) {
  const l = L[lang];
  return [
    frontMatter({ title: l.indexTitle, description: l.indexDescription, sidebar_position: 1 }),
    `{/* ${GENERATED_NOTE[lang]} */}`,
    '',
    l.intro(ctx.standardVersion),
    '',
    `## ${l.entities}`,
    '',
    table(
      l.entityCols,
      ctx.entities.map((e) => [
        `[${text(e.title?.[lang] || e.name)}](./${e.name}.md)`,
        code(e.plural),
        code(e.english),
        text(e.description?.[lang]),
      ]),
    ),
    '',
    `## ${l.privacy}`,
    '',
    l.privacyIntro,
    '',
    table(
      l.privacyCols,
      Object.entries(PRIVACY).map(([k, v]) => [code(k), v[lang]]),
    ),
    '',
    `## ${l.codelists}`,
    '',
    l.codelistsLink,
    '',
  ].join('\n');
}

function codelistsPage(lang, ctx) {
  const l = L[lang];
  const lines = [
    frontMatter({
      title: l.codelistsTitle,
      description: l.codelistsDescription,
      sidebar_position: ctx.entities.length + 2,
    }),
    `{/* ${GENERATED_NOTE[lang]} */}`,
    '',
  ];
  for (const name of [...ctx.codelistNames].sort()) {
    const list = ctx.codelists[name];
    const users = ctx.entities
      .filter((e) => e.fields.some((f) => f.codelist === name))
      .map((e) => `[${e.name}](./${e.name}.md)`);
    lines.push(`## ${name}`, '', list.open ? l.open : l.closed, '');
    if (users.length > 0) lines.push(`${l.usedBy}: ${users.join(', ')}.`, '');
    lines.push(
      table(
        l.codeCols,
        list.codes.map((c) => [
          code(c.code),
          text(c.labelNl),
          text(c.labelEn),
          text(lang === 'nl' ? c.descriptionNl : c.descriptionEn || c.descriptionNl),
          c.deprecated
            ? `${l.deprecated}${c.replacedBy ? ` ${l.replacedBy} ${code(c.replacedBy)}` : ''}`
            : '',
        ]),
      ),
      '',
    );
  }
  return lines.join('\n');
}

/** Returns { 'file.md': content } for one language. */
export function standardPages(standard, lang) {
  const codelistNames = new Set(Object.keys(standard.codelists));
  const ctx = {
    ...standard,
    codelistNames,
    exampleOf(name) {
      try {
        const schema = standard.getSchema?.(name);
        return Array.isArray(schema?.examples) ? schema.examples[0] : undefined;
      } catch {
        return undefined;
      }
    },
  };
  const files = {
    '_category_.json': `${JSON.stringify(
      {
        label: 'Referentie',
        key: 'standaard-referentie',
        position: 90,
        link: { type: 'doc', id: 'standaard/referentie/index' },
      },
      null,
      2,
    )}\n`,
    'index.md': indexPage(lang, ctx),
    'codelijsten.md': codelistsPage(lang, ctx),
  };
  standard.entities.forEach((entity, i) => {
    files[`${entity.name}.md`] = entityPage(entity, i, lang, ctx);
  });
  if (lang === 'en') delete files['_category_.json'];
  return files;
}
