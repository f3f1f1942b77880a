// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** `npm run check`: loads zorghub.config.ts and says whether it is valid. */
const { default: config } = await import('../zorghub.config.ts').catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
console.log(
  `zorghub.config.ts is geldig / valid: ${config.hub.name} (${config.region.municipality})`,
);
