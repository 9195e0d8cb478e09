// The backup file: gzip'd JSON lines. A header (format, the migrations the schema is at, sequences), then per table a
// line `#table {…}` naming it and its columns followed by one line per row (an object, as row_to_json writes it: it
// starts with "{", never "#"), then `#end {…}` with the row counts — a file cut short has no end and is refused.
export const BACKUP_FORMAT = 'behandlernettverk-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  serverVersion: string;
  database: string;
  /** Names of the migrations applied, in order: the schema the rows belong to. */
  migrations: string[];
  sequences: { name: string; value: string | null }[];
}

export interface TableLine {
  table: string;
  columns: string[];
}

export interface Trailer {
  end: true;
  rows: Record<string, number>;
}

/** Tables the backup leaves out: the migrator's own bookkeeping (restore migrates instead). */
export const TABLE_MARK = '#table ';
export const END_MARK = '#end ';

export const NOT_BACKED_UP = new Set(['mikro_orm_migrations']);
