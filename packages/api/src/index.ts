export { type BuildAppOptions, buildApp } from './app.js';
export { purgeAccessLog, verifyAccessLog } from './audit.js';
export { createApiKey } from './auth.js';
export { type Db, openDb, type Queryable } from './db.js';
export { migrate, migrations } from './migrations.js';
export { API_VERSION } from './openapi.js';
export { type StartServerOptions, startServer } from './server.js';
export { ROLES, type Role } from './types.js';

/** The OpenAPI 3.1 document, without starting a server. */
export async function openApiDocument(): Promise<object> {
  const { buildOpenApi } = await import('./openapi.js');
  const { allRoutes, componentSchemas } = await import('./routes/index.js');
  return buildOpenApi(allRoutes(), componentSchemas());
}
