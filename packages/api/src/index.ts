// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
export { type BuildAppOptions, buildApp } from './app.js';
export { auditKeyFromEnv, newAuditKey, parseAuditKey } from './audit.js';
export {
  accessLogRetentionDays,
  checkpointAccessLog,
  purgeAccessLog,
  type VerifyResult,
  verifyAccessLog,
} from './audit-verify.js';
export { type ApiKeyInfo, createApiKey, listApiKeys, revokeApiKey } from './auth.js';
export { BackupError, backupDatabase, restoreDatabase, type TableCounts } from './backup.js';
export { ConfigError, loadDotEnv, readServerEnv, type ServerEnv, serverEnv } from './config/env.js';
export {
  checkRegionConfig,
  hourlyCents,
  loadRegionConfig,
  type RegionConfig,
} from './config/region.js';
export { type TrustProxy, variables as environmentVariables } from './config/variables.js';
export { type Db, openDb, type Queryable } from './db.js';
export { migrate, migrations } from './migrations.js';
export { openApiDocument } from './openapi/from-routes.js';
export { type ZorghubApiOptions, type ZorghubState, zorghubApi } from './plugin.js';
export { type StartServerOptions, startServer } from './server.js';
export { ROLES, type Role } from './types.js';
export { API_VERSION } from './version.js';
