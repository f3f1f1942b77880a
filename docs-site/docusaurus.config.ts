// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import rehypeCodeTokens from './src/theme-config/code-tokens.mjs';
import { darkCode, lightCode } from './src/theme-config/prism';

// Code blocks are highlighted at build time (src/theme-config/code-tokens.mjs). theme-classic's
// client module `prism-include-languages` would still import prism-react-renderer on every page
// and build all of Prism's grammars before the page is interactive (about two thirds of main.js's
// start-up on an emulated phone), only to add the extra languages we do not have: it is replaced
// by an empty module.
const prismClientModule = createRequire(import.meta.url)
  .resolve('@docusaurus/theme-classic/lib/prism-include-languages.js')
  .replace(/\.js$/, '');
const noPrismClientModule = fileURLToPath(
  new URL('./src/theme-config/no-prism-client-module.js', import.meta.url),
);

// The repository's web address, from the root package.json (the one place it is written).
const rootManifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const repository = String(rootManifest.repository.url)
  .replace(/^git\+/, '')
  .replace(/\.git$/, '');

// The site is served locally by `npm start`; a deployment sets its own address.
const siteUrl = process.env.ZORGHUB_DOCS_URL ?? 'http://localhost:3000';

const config: Config = {
  title: 'Zorghub',
  tagline: 'Van idee tot draaiende Zorghub in uw regio',
  url: siteUrl,
  baseUrl: '/',
  favicon: 'img/favicon.svg',
  trailingSlash: false,

  // ZORGHUB_DOCS_BUNDLER=webpack is only for the baseline of bench/docs/run.mjs.
  future: { v4: true, faster: process.env.ZORGHUB_DOCS_BUNDLER !== 'webpack' },

  // Link prefetching waits for idle time (see the module).
  clientModules: ['./src/client/idle-prefetch.ts'],

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  i18n: {
    defaultLocale: 'nl',
    locales: ['nl', 'en'],
    localeConfigs: {
      nl: { label: 'Nederlands', htmlLang: 'nl-NL' },
      en: { label: 'English', htmlLang: 'en-GB' },
    },
  },

  markdown: {
    mermaid: true,
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },

  themes: [
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        language: ['nl', 'en'],
        indexDocs: true,
        indexPages: true,
        indexBlog: false,
        docsRouteBasePath: '/docs',
        highlightSearchTermsOnTargetPage: false,
        searchResultLimits: 8,
        // The generated reference pages (one per entity, field list and API operation) outnumber
        // the policy pages and outranked them ("signaal" found the signal protocol 15th). They get
        // a search scope of their own: searching from a reference page searches the reference,
        // searching anywhere else searches the guide.
        searchContextByPaths: [
          {
            label: { nl: 'Referentie standaard', en: 'Standard reference' },
            path: 'docs/standaard/referentie',
          },
          { label: { nl: 'Referentie API', en: 'API reference' }, path: 'docs/api/referentie' },
        ],
        explicitSearchResultPath: true,
      },
    ],
  ],

  plugins: [
    // The validation page's Worker runs @zorghub/schemas/validate/browser: csv-parse has a browser
    // build of its own, and chardet only reaches for fs in functions the page never calls.
    // Its address is Dutch in Dutch and English in English: /valideren, /en/validate. The other
    // address serves the same page too, so the language menu (which keeps the path) never leads
    // to a missing page; only the locale's own address is in its sitemap.
    (context) => ({
      name: 'zorghub-validate-browser',
      async contentLoaded({ actions }) {
        for (const path of ['valideren', 'validate'])
          actions.addRoute({
            path: `${context.baseUrl}${path}`,
            component: '@site/src/components/Validator/Page.tsx',
            exact: true,
          });
      },
      configureWebpack: () => ({
        resolve: {
          alias: {
            'csv-parse$': 'csv-parse/browser/esm',
            // a profile's codelist files (+code.csv) are read with the sync parser
            'csv-parse/sync$': 'csv-parse/browser/esm/sync',
            [`${prismClientModule}$`]: noPrismClientModule,
          },
          fallback: { fs: false },
        },
      }),
    }),
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          // Figures age (the minimum wage changes twice a year): every page says when it changed.
          showLastUpdateTime: true,
          // "Bewerk deze pagina": English pages edit their own file under i18n/en.
          editUrl: `${repository}/edit/main/docs-site/`,
          editLocalizedFiles: true,
          rehypePlugins: [rehypeCodeTokens],
        },
        pages: { rehypePlugins: [rehypeCodeTokens] },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
        sitemap: {
          changefreq: 'monthly',
          priority: 0.5,
          lastmod: null,
          ignorePatterns: ['/validate', '/en/valideren'],
        },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    metadata: [{ name: 'theme-color', content: '#00568b' }],
    colorMode: { defaultMode: 'light', respectPrefersColorScheme: true },
    docs: { sidebar: { hideable: true } },
    navbar: {
      title: 'Zorghub',
      // Empty alt: the logo sits next to the title "Zorghub" in the same link (no redundant text).
      logo: { alt: '', src: 'img/logo.svg', width: 32, height: 32 },
      items: [
        { type: 'docSidebar', sidebarId: 'gids', position: 'left', label: 'Gids' },
        { to: '/docs/businesscase/rekentool', position: 'left', label: 'Rekentool' },
        { to: '/docs/standaard', position: 'left', label: 'Standaard' },
        { to: '/docs/api', position: 'left', label: 'API' },
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Gids',
          items: [
            { label: 'Wat is een Zorghub?', to: '/docs/wat-is-een-zorghub' },
            { label: 'Stappenplan', to: '/docs/stappenplan' },
            { label: 'Rekentool', to: '/docs/businesscase/rekentool' },
          ],
        },
        {
          title: 'Techniek',
          items: [
            { label: 'Gegevensstandaard', to: '/docs/standaard' },
            { label: 'API', to: '/docs/api' },
            { label: 'Voor ontwikkelaars', to: '/docs/ontwikkelaars' },
          ],
        },
        {
          title: 'Over deze site',
          items: [
            { label: 'Toegankelijkheid', to: '/docs/toegankelijkheid' },
            { label: 'Privacy', to: '/docs/privacy' },
            { label: 'Bronnen', to: '/docs/bronnen' },
            { label: 'Downloads', to: '/docs/downloads' },
            { label: 'Meedoen en reageren', to: '/docs/meedoen' },
            { label: 'Wat is nieuw', to: '/docs/wat-is-nieuw' },
            { label: 'Een fout melden', href: `${repository}/issues/new` },
          ],
        },
      ],
      copyright: 'Zorghub-toolkit · EUPL-1.2 · geen cookies, geen tracking',
    },
    mermaid: {
      theme: { light: 'neutral', dark: 'dark' },
      options: { layout: 'elk' },
    },
    prism: { theme: lightCode, darkTheme: darkCode },
  } satisfies Preset.ThemeConfig,
};

export default config;
