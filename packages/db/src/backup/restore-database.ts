// `pnpm db:restore <file>`: loads a backup (backup-database.ts) into an empty database. The schema comes from the
// migrations: migrated up to the backup's last migration, the rows loaded as they were (triggers and foreign-key
// checks off, since the rows are one consistent snapshot, derived tables included), then migrated to the newest.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { createOrm } from '../orm.js';
import { migrationsList } from '../migrations/index.js';
import {
  BACKUP_FORMAT,
  END_MARK,
  NOT_BACKED_UP,
  TABLE_MARK,
  type BackupHeader,
  type TableLine,
  type Trailer,
} from './backup-format.js';

const BATCH = 500;

export class RestoreRefused extends Error {}

async function assertEmpty(client: pg.Client): Promise<void> {
  const tables = (
    await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    )
  ).rows
    .map((r) => r.name)
    .filter((t) => !NOT_BACKED_UP.has(t));
  for (const t of tables) {
    const { rowCount } = await client.query(`select 1 from ${pg.escapeIdentifier(t)} limit 1`);
    if (rowCount)
      throw new RestoreRefused(
        `The database already holds data (table ${t}): restore into a new database (--database NAME), or stop the server and replace this one (--replace).`,
      );
  }
}

async function migrateTo(url: string, to?: string): Promise<void> {
  const orm = await createOrm({ url, poolMax: 2, silentMigrations: true });
  try {
    const migrator = orm.getMigrator();
    const done = new Set((await migrator.getExecutedMigrations()).map((m) => m.name));
    if (!to || !done.has(to)) await migrator.up(to ? { to } : undefined);
  } finally {
    await orm.close(true);
  }
}

export async function restoreDatabase({
  url,
  file,
}: {
  url: string;
  file: string;
}): Promise<{ rows: Record<string, number>; header: BackupHeader }> {
  const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const it = input[Symbol.asyncIterator]();
  const first = await it.next();
  let header: BackupHeader;
  try {
    header = JSON.parse(String(first.value)) as BackupHeader;
  } catch {
    throw new RestoreRefused(`${file} is not a backup of this system.`);
  }
  if (header.format !== BACKUP_FORMAT) throw new RestoreRefused(`${file} is not a backup of this system.`);
  const known = new Set(migrationsList.map((m) => m.name));
  const unknown = header.migrations.find((m) => !known.has(m));
  if (unknown)
    throw new RestoreRefused(
      `The backup was made by a newer version (its migration ${unknown} is unknown here): restore it with that version.`,
    );

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rows: Record<string, number> = {};
  try {
    await migrateTo(url, header.migrations.at(-1));
    await assertEmpty(client);
    await client.query('begin');
    // The rows are one snapshot: no trigger may derive anything from them, no foreign key order them.
    await client.query('set local session_replication_role = replica');
    let current: TableLine | null = null;
    let batch: string[] = [];
    const flush = async () => {
      if (!current || batch.length === 0) return;
      const table = pg.escapeIdentifier(current.table);
      const list = current.columns.map((c) => pg.escapeIdentifier(c)).join(', ');
      await client.query(
        `insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, $1::json)`,
        [`[${batch.join(',')}]`],
      );
      rows[current.table] = (rows[current.table] ?? 0) + batch.length;
      batch = [];
    };
    let trailer: Trailer | null = null;
    for (let next = await it.next(); !next.done; next = await it.next()) {
      const line = String(next.value);
      if (line.startsWith(TABLE_MARK)) {
        await flush();
        current = JSON.parse(line.slice(TABLE_MARK.length)) as TableLine;
        rows[current.table] = 0;
      } else if (line.startsWith(END_MARK)) {
        await flush();
        trailer = JSON.parse(line.slice(END_MARK.length)) as Trailer;
      } else if (line) {
        batch.push(line);
        if (batch.length >= BATCH) await flush();
      }
    }
    if (!trailer)
      throw new RestoreRefused(`${file} ends before its last line: it is incomplete, and nothing was restored.`);
    for (const [table, n] of Object.entries(trailer.rows)) {
      if ((rows[table] ?? 0) !== n)
        throw new RestoreRefused(
          `${file} says ${table} has ${n} rows but holds ${rows[table] ?? 0}: nothing was restored.`,
        );
    }
    for (const s of header.sequences)
      if (s.value !== null)
        await client.query('select setval($1, $2::bigint)', [`public.${pg.escapeIdentifier(s.name)}`, s.value]);
    // The job queue's own tables are not in the backup (it rebuilds them): notifications still to send are handed to
    // it again by the outbox relay, which takes rows not yet queued.
    await client.query('update outbox_message set queued_at = null where sent_at is null');
    await client.query('commit');
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    await client.end();
    input.close();
  }
  await migrateTo(url);
  return { rows, header };
}
