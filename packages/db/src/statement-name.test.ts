import { describe, expect, it } from 'vitest';
import { statementName } from './statement-name.js';

describe('statementName', () => {
  it('names the verb and the first table, never a value', () => {
    expect(
      statementName(
        `insert into "patient" ("id", "national_id", "name") values ('p1', '04819012372', 'Kari') - duplicate key`,
      ),
    ).toBe('insert patient');
    expect(statementName('update "session" set "last_seen_at" = $1 where token_hash = $2')).toBe('update session');
    expect(statementName("with s as (select token_hash from session where token_hash = '04819012372') select 1")).toBe(
      'with session',
    );
    expect(statementName('select x.* from public.free_slot x')).toBe('select free_slot');
    expect(statementName('  /* hint */ delete from sign_in_attempt where email = $1')).toBe('delete sign_in_attempt');
    expect(statementName('begin')).toBe('begin');
  });

  it('is null for text that is not a statement', () => {
    expect(statementName('04819012372 Kari Nordmann')).toBeNull();
    expect(statementName('')).toBeNull();
  });
});
