// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Version of the data standard (not of the npm package). `$id`s carry its major.minor. */
export const standardVersion = '1.0.0';
