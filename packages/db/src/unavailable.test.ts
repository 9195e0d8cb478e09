import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { freePort } from './embedded.js';
import { databaseUnavailable } from './unavailable.js';

describe('databaseUnavailable', () => {
  it('recognises a refused connection as node-postgres reports it', async () => {
    const client = new pg.Client({
      connectionString: `postgres://x:y@127.0.0.1:${await freePort()}/none`,
      connectionTimeoutMillis: 2000,
    });
    const error = await client.connect().then(
      () => null,
      (e: unknown) => e,
    );
    expect(databaseUnavailable(error)).toBe(true);
    // Wrapped, as MikroORM's DriverException and tRPC's error keep the original as `cause`.
    expect(databaseUnavailable(new Error('query failed', { cause: new Error('wrapped', { cause: error }) }))).toBe(
      true,
    );
  });

  it('recognises a server shutting down or starting up by SQLSTATE', () => {
    for (const code of ['57P01', '57P03', '08006', '53300'])
      expect(databaseUnavailable(Object.assign(new Error('x'), { code }))).toBe(true);
    expect(databaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    // As knex rethrows a statement cut off by a lost connection, inside MikroORM's DriverException (no code, no cause).
    expect(
      databaseUnavailable(
        new Error("update outbox_message set sent_at = '…' where id = '…' - Connection terminated unexpectedly"),
      ),
    ).toBe(true);
  });

  it('leaves every other failure alone: a bug is a 500, bad data a 4xx', () => {
    for (const code of ['23505', '22P02', '42P01', '40001', 'BAD_INPUT'])
      expect(databaseUnavailable(Object.assign(new Error('x'), { code }))).toBe(false);
    expect(databaseUnavailable(new TypeError('Cannot read properties of undefined'))).toBe(false);
    expect(databaseUnavailable(null)).toBe(false);
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    expect(databaseUnavailable(loop)).toBe(false);
  });
});
