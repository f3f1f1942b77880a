// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The API's version: the API-Version header and info.version. */
export const API_VERSION = '1.0.0';
