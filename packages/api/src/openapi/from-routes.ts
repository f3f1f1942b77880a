// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { allRoutes, componentSchemas } from '../routes/index.js';
import { buildOpenApi } from './document.js';

/** The OpenAPI 3.1 document, without a database or a server: from the same route table the router uses. */
export function openApiDocument(): Promise<object> {
  return Promise.resolve(buildOpenApi(allRoutes(), componentSchemas()));
}
