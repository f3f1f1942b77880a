// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
export { CliError } from './errors.js';
export { createProgram, run } from './program.js';
