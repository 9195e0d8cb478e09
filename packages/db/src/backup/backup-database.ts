// `pnpm db:backup`: a consistent logical backup of every table, taken in one REPEATABLE READ, READ ONLY transaction
// (one snapshot, no locks that block the running server). Built in rather than pg_dump: the embedded PostgreSQL
// package ships no pg_dump, and a pg_dump older than the server (Debian's 15 against the embedded 18) refuses to run.
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  END_MARK,
  NOT_BACKED_UP,
  TABLE_MARK,
  type BackupHeader,
  type TableLine,
  type Trailer,
} from './backup-format.js';

export interface BackupResult {
  file: string;
  rows: Record<string, number>;
}

const FETCH = 2000;

async function* lines(client: pg.Client, database: string): AsyncGenerator<string> {
  await client.query('begin isolation level repeatable read, read only');
  try {
    const migrations = (
      await client.query<{ name: string }>('select name from mikro_orm_migrations order by id')
    ).rows.map((r) => r.name);
    const sequences = (
      await client.query<{ name: string; value: string | null }>(
        `select sequencename as name, last_value::text as value from pg_sequences where schemaname = 'public' order by 1`,
      )
    ).rows;
    const serverVersion = (await client.query<{ v: string }>('show server_version')).rows[0]!.v;
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      serverVersion,
      database,
      migrations,
      sequences,
    };
    yield `${JSON.stringify(header)}\n`;
    const tables = (
      await client.query<{ name: string }>(
        `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
      )
    ).rows
      .map((r) => r.name)
      .filter((t) => !NOT_BACKED_UP.has(t));
    const rows: Record<string, number> = {};
    for (const table of tables) {
      // Generated columns are computed again on restore.
      const columns = (
        await client.query<{ name: string }>(
          `select column_name as name from information_schema.columns where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER' order by ordinal_position`,
          [table],
        )
      ).rows.map((r) => r.name);
      yield `${TABLE_MARK}${JSON.stringify({ table, columns } satisfies TableLine)}\n`;
      const list = columns.map((c) => pg.escapeIdentifier(c)).join(', ');
      await client.query(
        `declare backup_rows no scroll cursor for select row_to_json(t)::text as r from (select ${list} from ${pg.escapeIdentifier(table)}) t`,
      );
      let n = 0;
      for (;;) {
        const batch = (await client.query<{ r: string }>(`fetch ${FETCH} from backup_rows`)).rows;
        if (batch.length === 0) break;
        n += batch.length;
        yield batch.map((b) => `${b.r}\n`).join('');
      }
      await client.query('close backup_rows');
      rows[table] = n;
    }
    yield `${END_MARK}${JSON.stringify({ end: true, rows } satisfies Trailer)}\n`;
  } finally {
    await client.query('rollback').catch(() => {});
  }
}

export async function backupDatabase({ url, file }: { url: string; file: string }): Promise<BackupResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const database = new URL(url).pathname.slice(1);
    let rows: Record<string, number> = {};
    const source = Readable.from(
      (async function* () {
        for await (const chunk of lines(client, database)) {
          if (chunk.startsWith(END_MARK)) rows = (JSON.parse(chunk.slice(END_MARK.length)) as Trailer).rows;
          yield chunk;
        }
      })(),
    );
    // Written beside the target and renamed when complete: a backup file that exists is a whole one.
    if (existsSync(file)) throw new Error(`${file} already exists: choose another name.`);
    const partial = `${file}.partial`;
    await pipeline(source, createGzip(), createWriteStream(partial, { mode: 0o600 }));
    await rename(partial, file);
    return { file, rows };
  } finally {
    await client.end();
  }
}
