import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import { darkCode, lightCode } from './src/theme-config/prism';

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
        explicitSearchResultPath: true,
      },
    ],
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: false,
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
        sitemap: { changefreq: 'monthly', priority: 0.5, lastmod: null },
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
