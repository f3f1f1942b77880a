/// <reference types="@docusaurus/module-type-aliases" />

// Written by scripts/generate.mjs before every build (gitignored), so typed here.
declare module '@site/src/generated/calculator.json' {
  const data: import('./components/Calculator/types').CalculatorData;
  export default data;
}
