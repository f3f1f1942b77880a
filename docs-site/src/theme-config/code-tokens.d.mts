// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
export type Token = [types: string, content: string, empty?: 1];
export function tokenise(code: string, language: string | undefined): Token[][] | undefined;
export default function rehypeCodeTokens(): (tree: unknown) => void;
