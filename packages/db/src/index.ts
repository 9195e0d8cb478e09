export * from './entities/index.js';
export { createOrm, migrate, ormConfig, type OrmOptions } from './orm.js';
export { startEmbeddedPostgres, ensureDatabase, freePort, type EmbeddedDatabase } from './embedded.js';
export { resolveDatabase, type ResolvedDatabase } from './connect.js';
export { readDbEnv, findRepoRoot, type DbEnv } from './env.js';
export { hashPassword, verifyPassword, dummyPasswordHash } from './passwords.js';
export { demoNetworkDocument } from './seed/demo-network.js';
export { readCredentials, writeCredentials, credentialsPath, type DemoCredentials } from './seed/credentials.js';
export type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
