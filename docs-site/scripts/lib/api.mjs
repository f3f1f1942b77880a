// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Static API reference pages generated from `openApiDocument()` of @zorghub/api.
// Nothing is loaded at runtime: every operation and schema becomes plain Markdown.
import { code, frontMatter, GENERATED_NOTE, slug, table, text } from './markdown.mjs';

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

const L = {
  nl: {
    indexTitle: 'API-referentie',
    indexDescription:
      'Alle endpoints, parameters, antwoorden en schema’s van de Zorghub-referentie-API.',
    intro: (title, version) =>
      `Naslag van ${text(title)}, versie ${code(version)}, gegenereerd uit het OpenAPI-document van de API. Een draaiende API publiceert hetzelfde document op ${code('/api/v1/openapi.json')}; een kopie staat [hier](pathname:///api/openapi.json).`,
    servers: 'Servers',
    security: 'Beveiliging',
    securityCols: ['Naam', 'Type', 'Details'],
    groups: 'Onderdelen',
    groupCols: ['Onderdeel', 'Omschrijving', 'Endpoints'],
    parameters: 'Parameters',
    paramCols: ['Naam', 'In', 'Type', 'Verplicht', 'Omschrijving'],
    body: 'Request body',
    responses: 'Antwoorden',
    responseCols: ['Status', 'Omschrijving', 'Inhoud'],
    yes: 'ja',
    no: 'nee',
    arrayOf: 'lijst van',
    schemasTitle: 'Schema’s',
    schemasDescription: 'De schema’s die de API-endpoints gebruiken.',
    propCols: ['Eigenschap', 'Type', 'Verplicht', 'Omschrijving'],
    other: 'Overig',
    operationSecurity: 'Vereist',
    noAuth: 'geen authenticatie',
    or: 'of',
    deprecated: 'Vervalt.',
  },
  en: {
    indexTitle: 'API reference',
    indexDescription:
      'Every endpoint, parameter, response and schema of the Zorghub reference API.',
    intro: (title, version) =>
      `Reference of ${text(title)}, version ${code(version)}, generated from the API's OpenAPI document. A running API publishes the same document at ${code('/api/v1/openapi.json')}; a copy is [here](pathname:///api/openapi.json).`,
    servers: 'Servers',
    security: 'Security',
    securityCols: ['Name', 'Type', 'Details'],
    groups: 'Sections',
    groupCols: ['Section', 'Description', 'Endpoints'],
    parameters: 'Parameters',
    paramCols: ['Name', 'In', 'Type', 'Required', 'Description'],
    body: 'Request body',
    responses: 'Responses',
    responseCols: ['Status', 'Description', 'Content'],
    yes: 'yes',
    no: 'no',
    arrayOf: 'array of',
    schemasTitle: 'Schemas',
    schemasDescription: 'The schemas the API endpoints use.',
    propCols: ['Property', 'Type', 'Required', 'Description'],
    other: 'Other',
    operationSecurity: 'Requires',
    noAuth: 'no authentication',
    or: 'or',
    deprecated: 'Deprecated.',
  },
};

function fail(message) {
  const error = new Error(message);
  error.userFacing = true;
  return error;
}

export async function loadOpenApi() {
  let mod;
  try {
    mod = await import('@zorghub/api');
  } catch (error) {
    throw fail(
      `@zorghub/api could not be loaded (${error.message}). Build it first: npx turbo run build --filter=@zorghub/api...`,
    );
  }
  if (typeof mod.openApiDocument !== 'function') {
    throw fail(
      '@zorghub/api is built but does not export openApiDocument() yet (see the contract in the team brief). Build it first: npx turbo run build --filter=@zorghub/api...',
    );
  }
  const doc = await mod.openApiDocument();
  if (!doc || typeof doc !== 'object' || !doc.paths || Object.keys(doc.paths).length === 0) {
    throw fail('openApiDocument() of @zorghub/api returned a document without paths.');
  }
  return doc;
}

/** Localised string: the API may carry English text in `x-…-en` extensions. */
function loc(obj, key, lang) {
  if (!obj) return '';
  if (lang === 'en') return obj[`x-${key}-en`] ?? obj[key] ?? '';
  return obj[key] ?? '';
}

function refName(ref) {
  return ref.split('/').pop();
}

/** The heading id Docusaurus gives `## name` (github-slugger rules). */
function schemaAnchor(name) {
  return String(name)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

function typeOf(schema, l, depth = 0) {
  if (!schema || depth > 4) return '';
  if (schema.$ref)
    return `[${refName(schema.$ref)}](./schemas.md#${schemaAnchor(refName(schema.$ref))})`;
  if (schema.enum) return schema.enum.map((v) => code(JSON.stringify(v))).join(' \\| ');
  if (schema.const !== undefined) return code(JSON.stringify(schema.const));
  for (const key of ['oneOf', 'anyOf', 'allOf']) {
    if (Array.isArray(schema[key])) {
      return schema[key]
        .map((s) => typeOf(s, l, depth + 1))
        .join(key === 'allOf' ? ' & ' : ' \\| ');
    }
  }
  const type = Array.isArray(schema.type) ? schema.type.join(' \\| ') : schema.type;
  if (type === 'array') return `${l.arrayOf} ${typeOf(schema.items, l, depth + 1) || 'any'}`;
  if (!type) return schema.properties ? 'object' : 'any';
  return schema.format ? `${type} (${text(schema.format)})` : text(type);
}

function schemaDescription(schema, lang) {
  if (!schema) return '';
  const description = loc(schema, 'description', lang) || loc(schema, 'title', lang);
  return text(description);
}

function propertiesTable(schema, lang, l) {
  const props = schema?.properties;
  if (!props) return '';
  const required = new Set(schema.required ?? []);
  return table(
    l.propCols,
    Object.entries(props).map(([name, prop]) => [
      code(name),
      typeOf(prop, l),
      required.has(name) ? l.yes : l.no,
      schemaDescription(prop, lang),
    ]),
  );
}

function operations(doc) {
  const ops = [];
  for (const path of Object.keys(doc.paths).sort()) {
    const item = doc.paths[path];
    for (const method of METHODS) {
      const op = item?.[method];
      if (!op) continue;
      ops.push({ path, method, op, shared: item.parameters ?? [] });
    }
  }
  return ops;
}

function resolve(doc, obj) {
  if (obj?.$ref?.startsWith('#/')) {
    return obj.$ref
      .slice(2)
      .split('/')
      .reduce((o, k) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  }
  return obj;
}

function operationSection(doc, { path, method, op, shared }, lang, l) {
  const heading = `${method.toUpperCase()} ${path}`;
  const lines = [`## ${text(heading)}`, ''];
  const summary = loc(op, 'summary', lang);
  if (summary) lines.push(`**${text(summary)}**`, '');
  const description = loc(op, 'description', lang);
  if (description) lines.push(text(description), '');
  if (op.deprecated) lines.push(`*${l.deprecated}*`, '');
  const security = op.security ?? doc.security;
  if (security) {
    // Each requirement object is an alternative; the schemes inside one object are all needed.
    const options = security.map((s) => Object.keys(s).map(code).join(' + ') || l.noAuth);
    lines.push(`${l.operationSecurity}: ${options.join(` ${l.or} `)}`, '');
  }
  const params = [...shared, ...(op.parameters ?? [])].map((p) => resolve(doc, p)).filter(Boolean);
  if (params.length > 0) {
    lines.push(
      `### ${l.parameters}`,
      '',
      table(
        l.paramCols,
        params.map((p) => [
          code(p.name),
          text(p.in),
          typeOf(p.schema, l),
          p.required ? l.yes : l.no,
          text(loc(p, 'description', lang)) || schemaDescription(p.schema, lang),
        ]),
      ),
      '',
    );
  }
  const body = resolve(doc, op.requestBody);
  if (body?.content) {
    lines.push(`### ${l.body}`, '');
    const bodyDescription = loc(body, 'description', lang);
    if (bodyDescription) lines.push(text(bodyDescription), '');
    for (const [mediaType, media] of Object.entries(body.content)) {
      lines.push(`${code(mediaType)}: ${typeOf(media.schema, l)}`, '');
      const inline =
        media.schema && !media.schema.$ref ? propertiesTable(media.schema, lang, l) : '';
      if (inline) lines.push(inline, '');
    }
  }
  if (op.responses) {
    lines.push(
      `### ${l.responses}`,
      '',
      table(
        l.responseCols,
        Object.entries(op.responses).map(([status, raw]) => {
          const response = resolve(doc, raw) ?? {};
          const content = Object.entries(response.content ?? {})
            .map(([mt, media]) => `${code(mt)} ${typeOf(media.schema, l)}`.trim())
            .join('<br/>');
          return [code(status), text(loc(response, 'description', lang)), content];
        }),
      ),
      '',
    );
  }
  return lines.join('\n');
}

/** Returns { 'file.md': content } for one language, plus the raw document for static/. */
export function apiPages(doc, lang) {
  const l = L[lang];
  const ops = operations(doc);
  const declaredTags = (doc.tags ?? []).map((t) => t.name);
  const usedTags = new Set(ops.flatMap(({ op }) => (op.tags?.length ? op.tags : [l.other])));
  const tagNames = [
    ...declaredTags.filter((t) => usedTags.has(t)),
    ...[...usedTags].filter((t) => !declaredTags.includes(t)).sort(),
  ];
  const tagInfo = Object.fromEntries((doc.tags ?? []).map((t) => [t.name, t]));
  const tagFile = (tag) => {
    const base = slug(tag) || 'overig';
    return ['index', 'schemas'].includes(base) ? `tag-${base}.md` : `${base}.md`;
  };
  const opsOf = (tag) =>
    ops.filter(({ op }) => (op.tags?.length ? op.tags : [l.other]).includes(tag));

  const files = {
    '_category_.json': `${JSON.stringify(
      {
        label: 'Referentie',
        key: 'api-referentie',
        position: 90,
        link: { type: 'doc', id: 'api/referentie/index' },
      },
      null,
      2,
    )}\n`,
  };

  const info = doc.info ?? {};
  const index = [
    frontMatter({ title: l.indexTitle, description: l.indexDescription, sidebar_position: 1 }),
    `{/* ${GENERATED_NOTE[lang]} */}`,
    '',
    l.intro(info.title ?? 'API', info.version ?? ''),
    '',
  ];
  const infoDescription = loc(info, 'description', lang);
  if (infoDescription) index.push(text(infoDescription), '');
  if (doc.servers?.length) {
    index.push(`## ${l.servers}`, '');
    for (const s of doc.servers)
      index.push(`- ${code(s.url)} ${text(loc(s, 'description', lang))}`.trimEnd());
    index.push('');
  }
  const schemes = doc.components?.securitySchemes ?? {};
  if (Object.keys(schemes).length > 0) {
    index.push(
      `## ${l.security}`,
      '',
      table(
        l.securityCols,
        Object.entries(schemes).map(([name, s]) => [
          code(name),
          text(s.type),
          text(
            [
              s.scheme,
              s.bearerFormat,
              s.in && s.name ? `${s.in}: ${s.name}` : '',
              loc(s, 'description', lang),
            ]
              .filter(Boolean)
              .join(' · '),
          ),
        ]),
      ),
      '',
    );
  }
  index.push(
    `## ${l.groups}`,
    '',
    table(
      l.groupCols,
      tagNames.map((tag) => [
        `[${text(tag)}](./${tagFile(tag)})`,
        text(loc(tagInfo[tag], 'description', lang)),
        String(opsOf(tag).length),
      ]),
    ),
    '',
  );
  files['index.md'] = index.join('\n');

  tagNames.forEach((tag, i) => {
    const page = [
      frontMatter({
        title: tag,
        description: text(loc(tagInfo[tag], 'description', lang)) || `${l.indexTitle}: ${tag}`,
        sidebar_position: i + 2,
      }),
      `{/* ${GENERATED_NOTE[lang]} */}`,
      '',
    ];
    const tagDescription = loc(tagInfo[tag], 'description', lang);
    if (tagDescription) page.push(text(tagDescription), '');
    for (const entry of opsOf(tag)) page.push(operationSection(doc, entry, lang, l));
    files[tagFile(tag)] = page.join('\n');
  });

  const schemas = doc.components?.schemas ?? {};
  const schemaPage = [
    frontMatter({
      title: l.schemasTitle,
      description: l.schemasDescription,
      sidebar_position: tagNames.length + 2,
    }),
    `{/* ${GENERATED_NOTE[lang]} */}`,
    '',
  ];
  for (const name of Object.keys(schemas).sort()) {
    const schema = schemas[name];
    schemaPage.push(`## ${text(name)}`, '');
    const description = schemaDescription(schema, lang);
    if (description) schemaPage.push(description, '');
    const props = propertiesTable(schema, lang, l);
    schemaPage.push(props || `${l.propCols[1]}: ${typeOf(schema, l)}`, '');
  }
  files['schemas.md'] = schemaPage.join('\n');
  if (lang === 'en') delete files['_category_.json'];
  return files;
}
