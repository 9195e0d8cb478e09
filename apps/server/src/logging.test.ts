import { describe, expect, it } from 'vitest';
import { logSafeError, logSafePostgresLine } from './logging.js';

describe('what the log says about an error', () => {
  it('keeps an ordinary error’s message, with national ids and e-mail addresses masked', () => {
    const logged = logSafeError(new TypeError('no card for 04819012372 (kari@example.no)')) as Record<string, unknown>;
    expect(logged).toMatchObject({ type: 'TypeError', message: 'no card for [national id] ([e-mail])' });
    expect(String(logged.stack)).toMatch(/^\s+at /);
  });

  it('drops every message of a chain that holds a database error, keeping its SQLSTATE, constraint and statement', () => {
    const db = Object.assign(
      new Error(`insert into "patient" ("national_id", "name") values ('04819012372', 'Kari') - duplicate key value`),
      {
        code: '23505',
        severity: 'ERROR',
        constraint: 'patient_clinic_national_id_unique',
        table: 'patient',
        detail: 'Key (national_id)=(04819012372) already exists.',
      },
    );
    const wrapper = new Error(db.message, { cause: db });
    const logged = JSON.stringify(logSafeError(wrapper));
    expect(logged).not.toContain('04819012372');
    expect(logged).not.toContain('Kari');
    expect(logSafeError(wrapper)).toMatchObject({
      cause: {
        code: '23505',
        statement: 'insert patient',
        constraint: 'patient_clinic_national_id_unique',
        table: 'patient',
      },
    });
  });

  it('withholds what PostgreSQL’s own log lines say about a failed statement', () => {
    expect(
      logSafePostgresLine('2026-03-02 08:00:00 UTC [42] DETAIL:  Key (national_id)=(04819012372) already exists.'),
    ).toBe('2026-03-02 08:00:00 UTC [42] DETAIL: (withheld: may carry patient data)');
    expect(logSafePostgresLine('LOG:  database system is ready to accept connections')).toBe(
      'LOG:  database system is ready to accept connections',
    );
  });
});
