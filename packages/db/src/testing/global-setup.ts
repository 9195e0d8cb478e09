// Vitest globalSetup for the `int` projects: one PostgreSQL per run, migrated once into a template database.
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../embedded.js';
import { migrate, ormConfig } from '../orm.js';
import { createDatabase, dropDatabasesWithPrefix, urlForDatabase } from './admin.js';
import { readTestDbEnv } from './env.js';
import type { TestDbContext } from './provided.js';
import './provided.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = readTestDbEnv();
  const started = Date.now();
  let server: EmbeddedDatabase | undefined;
  let tempDir: string | undefined;
  let context: TestDbContext;

  /** Stops the embedded server and deletes its files, or drops this run's databases (template included) on a shared one. */
  const cleanUp = async () => {
    if (server) await server.stop();
    else if (env.databaseUrl) await dropDatabasesWithPrefix(context.adminUrl, context.prefix).catch(() => {});
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };

  if (env.databaseUrl) {
    // A shared server may serve several runs at once (turbo runs packages in parallel): name everything per run.
    const runId = randomBytes(4).toString('hex');
    context = {
      adminUrl: urlForDatabase(env.databaseUrl, 'postgres'),
      template: `bn_test_${runId}_template`,
      prefix: `bn_test_${runId}_`,
    };
  } else {
    tempDir = await mkdtemp(path.join(os.tmpdir(), 'bn-test-pg-'));
    // As root, PostgreSQL runs as the `postgres` user, which must be able to enter this directory.
    await chmod(tempDir, 0o755);
    const lines: string[] = [];
    const log = (line: string) => {
      if (env.logPostgres) console.error(`[postgres] ${line}`);
      lines.push(line);
      if (lines.length > 50) lines.shift();
    };
    try {
      server = await startEmbeddedPostgres({ dataDir: path.join(tempDir, 'data'), port: 0, ephemeral: true, log });
    } catch (e) {
      await cleanUp();
      throw new Error(`The embedded PostgreSQL did not start. Its last log lines:\n${lines.join('\n')}`, { cause: e });
    }
    context = { adminUrl: server.adminUrl, template: 'bn_template', prefix: 'bn_test_' };
  }

  try {
    await createDatabase(context.adminUrl, context.template);
    const config = ormConfig({ url: urlForDatabase(context.adminUrl, context.template), poolMax: 2 });
    // The same configuration the server migrates with, minus the progress lines in the test output.
    const orm = await MikroORM.init({ ...config, migrations: { ...config.migrations, silent: true } });
    try {
      await migrate(orm);
    } finally {
      // CREATE DATABASE … TEMPLATE refuses while anyone is connected to the template.
      await orm.close(true);
    }
  } catch (e) {
    await cleanUp();
    throw e;
  }

  project.provide('bnTestDb', context);
  if (env.logPostgres) console.error(`[bn-test-db] ${context.template} ready in ${Date.now() - started} ms`);

  return cleanUp;
}
