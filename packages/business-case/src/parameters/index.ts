// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** `@zorghub/business-case/parameters`: the parameter library and the price index series. */
export { type LibraryEntry, PARAMETER_LIBRARY } from './library.js';
export { libraryEntry, toParameter } from './lookup.js';
export { CBS_CPI, type IndexFactor, indexFactor, type PriceIndexSeries } from './price-index.js';
