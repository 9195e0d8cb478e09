// Kysely on MikroORM's own connections: a statement built with `sqlOf(em)` runs inside `em`'s transaction when it has
// one (`em.transactional`), and on a connection of the ORM's pool otherwise. No second pool, no second transaction
// manager: MikroORM owns connections and transactions, Kysely only builds and types the SQL. (MikroORM 7's
// `em.getKysely()` takes this shape once the project runs on Node 22.)
import { createHash } from 'node:crypto';
import pg from 'pg';
import {
  DefaultQueryExecutor,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
  type ConnectionProvider,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { statementName } from '../statement-name.js';
import type { DB as Database } from './database.js';

/** The pg client knex hands out: of the pool, or the transaction's own (knex's transaction client returns that one). */
interface PgClient {
  query(config: pg.QueryConfig): Promise<pg.QueryResult>;
}

interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<unknown>;
}

/**
 * MikroORM's pool returns timestamps as text (its own hydration parses them); Kysely's rows are typed from the
 * schema, so here a `timestamptz` is a `Date` and a `date` stays the Oslo day as text ('2026-12-01').
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: (oid, format) => {
    if (oid === pg.types.builtins.DATE) return (value: string) => value;
    return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
  },
};

/** The statement's name per SQL text: a named statement is planned once per connection (docs/performance.md). */
const names = new Map<string, string>();
const MAX_NAMES = 1000;

function nameFor(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `bn_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    if (names.size >= MAX_NAMES) names.clear();
    names.set(text, name);
  }
  return name;
}

class PgConnection implements DatabaseConnection {
  constructor(
    private readonly client: PgClient,
    private readonly named: boolean,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const text = query.sql;
    const values = [...query.parameters];
    try {
      const result = await this.client.query(
        this.named ? { name: nameFor(text), text, values, types } : { text, values, types },
      );
      const { command, rowCount } = result;
      return {
        rows: (result.rows ?? []) as R[],
        numAffectedRows:
          command === 'INSERT' || command === 'UPDATE' || command === 'DELETE' || command === 'MERGE'
            ? BigInt(rowCount ?? 0)
            : undefined,
      };
    } catch (e) {
      // The driver's error names no statement; the log names it by this (apps/server's logging.ts), never by its values.
      if (e && typeof e === 'object') Object.assign(e, { statement: statementName(text) });
      throw e;
    }
  }

  // No cursor: large reads page with keysets instead.
  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported on the MikroORM connection');
  }
}

/** Each query asks `em` for its connection at the moment it runs, so a transaction begun later is joined too. */
class EntityManagerConnections implements ConnectionProvider {
  constructor(
    private readonly em: EntityManager,
    private readonly named: boolean,
  ) {}

  async provideConnection<T>(consumer: (connection: DatabaseConnection) => Promise<T>): Promise<T> {
    const knex: object = this.em.getTransactionContext<object>() ?? this.em.getKnex();
    const client = (knex as { client: KnexClient }).client;
    const connection = await client.acquireConnection();
    try {
      return await consumer(new PgConnection(connection, this.named));
    } finally {
      await client.releaseConnection(connection);
    }
  }
}

const refuse = (): never => {
  throw new Error('Transactions belong to MikroORM: use em.transactional and build the statement with sqlOf(tx)');
};

/** Kysely's own driver is never asked for a connection: every query goes through an EntityManager's. */
const driver: Driver = {
  init: async () => {},
  acquireConnection: refuse,
  beginTransaction: refuse,
  commitTransaction: refuse,
  rollbackTransaction: refuse,
  releaseConnection: async () => {},
  destroy: async () => {},
};

const dialect: Dialect = {
  createAdapter: () => new PostgresAdapter(),
  createDriver: () => driver,
  createQueryCompiler: () => new PostgresQueryCompiler(),
  createIntrospector: (db) => new PostgresIntrospector(db),
};

const compiler = dialect.createQueryCompiler();
const adapter = dialect.createAdapter();

export interface SqlOptions {
  /**
   * Run each statement as a named prepared statement (planned once per pooled connection). Only for the few hot
   * statements whose planning measurably costs (search, hold, confirm, the session): docs/performance.md.
   */
  prepared?: boolean;
}

/** The typed SQL builder on `em`'s connection: inside `em.transactional(tx => …)` pass `tx`. */
export function sqlOf(em: EntityManager, { prepared = false }: SqlOptions = {}): Kysely<Database> {
  const executor = new DefaultQueryExecutor(compiler, adapter, new EntityManagerConnections(em, prepared), []);
  return new Kysely<Database>({ config: { dialect }, dialect, driver, executor });
}

export type Sql = Kysely<Database>;
