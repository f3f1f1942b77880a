// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Stands in for @docusaurus/theme-classic/lib/prism-include-languages (see docusaurus.config.ts):
// code is highlighted at build time, so the browser needs no Prism and no extra languages.
export {};
