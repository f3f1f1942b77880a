// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Reading by confidentiality: fields the standard marks `x-privacy: special` (a signal's text and
 * follow-up) are left out of responses for roles that need not read them. Which roles may is
 * configuration (ZORGHUB_PRIVACY_SPECIAL_ROLES); the safe default is the care organisation the
 * signal is routed to and the worker who raised it. A required special field (a signal's category)
 * stays: without it the record is not one of the standard, and the role could not do its work.
 */
import type { Role } from './types.js';

export const DEFAULT_SPECIAL_FIELD_ROLES: readonly Role[] = ['zorgorganisatie', 'medewerker'];
