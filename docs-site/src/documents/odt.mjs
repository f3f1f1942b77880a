// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Turns the same document spec as render.mjs into an OpenDocument text file (ODT, ODF 1.3), for
// municipalities that work with LibreOffice or must offer open standards. No JavaScript ODT
// writer on npm is both kept and able to write tables, and converting the DOCX with LibreOffice
// at build time would make the build depend on it; the spec has only four kinds of block, so
// the XML is written here and zipped with fflate. Deterministic: no dates, fixed zip times.
// test/documents.test.mjs opens every file in LibreOffice and checks its headings and figures.
import { strToU8, zipSync } from 'fflate';

const MIME = 'application/vnd.oasis.opendocument.text';
const NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  svg: 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
  meta: 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
  dc: 'http://purl.org/dc/elements/1.1/',
};
const LANG = { nl: ['nl', 'NL'], en: ['en', 'GB'] };
/** A fixed time for the zip entries (DOS time cannot go below 1980), so the bytes are stable. */
const MTIME = new Date(Date.UTC(2026, 0, 1));

function xmlns(...prefixes) {
  return prefixes.map((p) => `xmlns:${p}="${NS[p]}"`).join(' ');
}

/** Escapes text for XML and keeps runs of spaces, tabs and line breaks as ODF elements. */
function esc(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/ {2,}/g, (s) => ` <text:s text:c="${s.length - 1}"/>`)
    .replace(/\t/g, '<text:tab/>')
    .replace(/\r?\n/g, '<text:line-break/>');
}

/** "[in te vullen]" placeholders in italics, as in the DOCX. */
function runs(text) {
  return String(text)
    .split(/(\[[^\]]+\])/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('[') ? `<text:span text:style-name="Ti">${esc(part)}</text:span>` : esc(part),
    )
    .join('');
}

function table(rows, header, n) {
  const columns = Math.max(...rows.map((r) => r.length));
  const row = (cells, bold) =>
    `<table:table-row>${Array.from({ length: columns }, (_, i) => {
      const cell = cells[i] ?? '';
      const content = bold ? `<text:span text:style-name="Tb">${esc(cell)}</text:span>` : esc(cell);
      return `<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="Table_20_Contents">${content}</text:p></table:table-cell>`;
    }).join('')}</table:table-row>`;
  const body = rows.map((r, i) => (header && i === 0 ? '' : row(r, false))).join('');
  const head = header
    ? `<table:table-header-rows>${row(rows[0], true)}</table:table-header-rows>`
    : '';
  return `<table:table table:name="Tabel${n}" table:style-name="Tbl"><table:table-column table:number-columns-repeated="${columns}"/>${head}${body}</table:table>`;
}

/** @param {import('./render.mjs').DocumentSpec} spec */
function content(spec) {
  const parts = [`<text:p text:style-name="Title">${esc(spec.title)}</text:p>`];
  if (spec.subtitle) {
    parts.push(
      `<text:p text:style-name="Text_20_body"><text:span text:style-name="Ti">${esc(spec.subtitle)}</text:span></text:p>`,
    );
  }
  let tables = 0;
  for (const b of spec.blocks) {
    if ('h' in b) {
      parts.push(
        `<text:h text:style-name="Heading_20_${b.h}" text:outline-level="${b.h}">${esc(b.text)}</text:h>`,
      );
    } else if ('p' in b) {
      parts.push(`<text:p text:style-name="Text_20_body">${runs(b.p)}</text:p>`);
    } else if ('list' in b) {
      const items = b.list
        .map(
          (item) =>
            `<text:list-item><text:p text:style-name="List">${runs(item)}</text:p></text:list-item>`,
        )
        .join('');
      parts.push(`<text:list text:style-name="L1">${items}</text:list>`);
    } else if ('table' in b) {
      tables++;
      parts.push(table(b.table, b.header !== false, tables));
      parts.push('<text:p text:style-name="Text_20_body"/>');
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${xmlns('office', 'style', 'text', 'table', 'fo')} office:version="1.3"><office:automatic-styles><style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style><style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #586c88"/></style:style><style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic"/></style:style><style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style><text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style></office:automatic-styles><office:body><office:text>${parts.join('')}</office:text></office:body></office:document-content>
`;
}

function paragraphStyle(name, display, parent, props, text, extra = '') {
  return `<style:style style:name="${name}" style:display-name="${display}" style:family="paragraph" style:parent-style-name="${parent}"${extra}>${props ? `<style:paragraph-properties ${props}/>` : ''}${text ? `<style:text-properties ${text}/>` : ''}</style:style>`;
}

function styles(spec) {
  const [language, country] = LANG[spec.lang] ?? LANG.nl;
  const headings = [1, 2, 3]
    .map((level) =>
      paragraphStyle(
        `Heading_20_${level}`,
        `Heading ${level}`,
        'Heading',
        '',
        `fo:font-size="${[16, 14, 12][level - 1]}pt"`,
        ` style:next-style-name="Text_20_body" style:default-outline-level="${level}" style:class="text"`,
      ),
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${xmlns('office', 'style', 'text', 'fo', 'svg')} office:version="1.3"><office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls><office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="Arial" fo:font-size="11pt" fo:language="${language}" fo:country="${country}"/></style:default-style><style:style style:name="Standard" style:family="paragraph" style:class="text"/>${paragraphStyle('Text_20_body', 'Text body', 'Standard', 'fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="115%"', '', ' style:class="text"')}${paragraphStyle('List', 'List', 'Text_20_body', '', '', ' style:class="list"')}${paragraphStyle('Table_20_Contents', 'Table Contents', 'Standard', '', '', ' style:class="extra"')}${paragraphStyle('Heading', 'Heading', 'Standard', 'fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"', 'fo:font-weight="bold"', ' style:next-style-name="Text_20_body" style:class="text"')}${paragraphStyle('Title', 'Title', 'Heading', '', 'fo:font-size="24pt"', ' style:class="chapter"')}${headings}</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles></office:document-styles>
`;
}

function meta(spec) {
  const [language, country] = LANG[spec.lang] ?? LANG.nl;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta ${xmlns('office', 'meta', 'dc')} office:version="1.3"><office:meta><meta:generator>Zorghub-toolkit</meta:generator><dc:title>${esc(spec.title)}</dc:title><dc:description>${esc(spec.subtitle ?? spec.title)}</dc:description><dc:language>${language}-${country}</dc:language></office:meta></office:document-meta>
`;
}

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${MIME}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>
`;

/**
 * ODT bytes, in Node and in the browser. The mimetype entry comes first and is stored
 * uncompressed, as ODF requires, so tools can tell the file type from its first bytes.
 * @param {import('./render.mjs').DocumentSpec} spec
 * @returns {Uint8Array}
 */
export function odtBytes(spec) {
  return zipSync(
    {
      mimetype: [strToU8(MIME), { level: 0 }],
      'META-INF/manifest.xml': strToU8(MANIFEST),
      'content.xml': strToU8(content(spec)),
      'styles.xml': strToU8(styles(spec)),
      'meta.xml': strToU8(meta(spec)),
    },
    { level: 9, mtime: MTIME },
  );
}

/** A Blob in the browser. */
export function odtBlob(spec) {
  return new Blob([odtBytes(spec)], { type: MIME });
}
