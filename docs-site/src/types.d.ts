// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/// <reference types="@docusaurus/module-type-aliases" />

// Written by scripts/generate.mjs before every build (gitignored), so typed here.
declare module '@site/src/generated/calculator.json' {
  const data: import('./components/Calculator/types').CalculatorData;
  export default data;
}

declare module '@site/src/generated/profiles.json' {
  const profiles: Array<{
    path: string;
    title: string | Record<import('@zorghub/schemas/validate/browser').Lang, string>;
    files: Array<{ name: string; text: string }>;
  }>;
  export default profiles;
}
