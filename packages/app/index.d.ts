// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Where the built app lives: the API serves this folder at /app/. */
export declare const appDir: string;
/** The folder when the app has been built (it has an index.html), otherwise undefined. */
export declare function builtAppDir(): string | undefined;
