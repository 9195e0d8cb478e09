// THE ACCESS MATRIX (testing/access-matrix.ts): every procedure of appRouter, called as every role and as an anonymous
// browser, on the caller's own tenant and — where the input names a tenant's row — on another tenant's. Every answer
// to a tenant role is also searched for the other tenant's ids: 0 of them may appear.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { browserCaller, callerAs, failureOf, type Caller } from './testing/index.js';
import {
  createMatrixWorld,
  EVERYONE,
  hiddenFrom,
  MATRIX,
  PROCEDURES,
  procedureAt,
  TENANT_ROLES,
  type MatrixWorld,
  type Who,
} from './testing/access-matrix.js';

describe('access matrix', () => {
  let db: TestDatabase;
  let w: MatrixWorld;
  beforeAll(async () => {
    db = await createTestDatabase();
    w = await createMatrixWorld(db.orm);
  });
  afterAll(() => db?.drop());

  // A fresh session per call: signIn and signOut change the session they run in.
  const callerFor = async (who: Who): Promise<Caller> =>
    who === 'anonymous' ? browserCaller(db.orm).caller : callerAs(db.orm, w.network.users[who].user);

  it('has exactly one entry per procedure of appRouter', () => {
    const missing = PROCEDURES.filter((path) => !MATRIX[path]);
    const stale = Object.keys(MATRIX).filter((path) => !PROCEDURES.includes(path));
    expect(missing, 'procedures without an entry in MATRIX: say who may call them').toEqual([]);
    expect(stale, 'entries in MATRIX for procedures that no longer exist').toEqual([]);
  });

  const own = PROCEDURES.filter((path) => MATRIX[path]).flatMap((path) => EVERYONE.map((who) => [path, who] as const));

  it.each(own)('%s as %s, own tenant', async (path, who) => {
    const access = MATRIX[path]!;
    const call = procedureAt(await callerFor(who), path)(access.input?.(w, who));
    if (access.allowed.includes(who)) {
      const answer = await call; // an answer, whatever it is; a refusal fails the test with the error
      const text = JSON.stringify(answer) ?? '';
      const leaked = hiddenFrom(w, who).filter((id) => text.includes(id));
      expect(leaked, `${path} answered ${who} with another tenant's rows`).toEqual([]);
    } else {
      const refusal = who === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN';
      expect(await failureOf(call)).toMatchObject({ data: { code: refusal } });
    }
  });

  const foreign = PROCEDURES.filter((path) => MATRIX[path]?.foreign).flatMap((path) =>
    MATRIX[path]!.allowed.filter((who) => TENANT_ROLES.includes(who)).map((who) => [path, who] as const),
  );

  it('names another tenant for every procedure whose input points at a clinic, book, patient or booking', () => {
    const scoped = PROCEDURES.filter(
      (path) => MATRIX[path]!.allowed.some((who) => TENANT_ROLES.includes(who)) && MATRIX[path]!.input,
    );
    // These take no row of a tenant: what they answer is scoped by the caller's own session (and searched above).
    const unscoped = [
      'auth.signIn',
      'auth.linkInfo',
      'auth.acceptInvitation',
      'auth.resetPassword',
      'auth.requestPasswordReset',
      'auth.confirmTotp',
      'holidays.list',
      'booking.mine',
      'booking.find',
      'search.network',
      'search.practitioners',
      'search.practitionerSlots',
      'search.practitioner',
      'search.findPractitioners',
      'search.whyNoTimes',
    ];
    expect(scoped.filter((path) => !MATRIX[path]!.foreign && !unscoped.includes(path))).toEqual([]);
  });

  it.each(foreign)('%s as %s, foreign tenant', async (path, who) => {
    const { foreign: f } = MATRIX[path]!;
    const expected = typeof f!.refusal === 'string' ? f!.refusal : f!.refusal[who];
    const call = procedureAt(await callerFor(who), path)(f!.input(w, who));
    if (expected === null) return expect(await call).toBeNull();
    const failure = await failureOf(call);
    expect(failure.data.appCode, `${path} as ${who} on another tenant's row`).toBe(expected);
    expect(JSON.stringify(failure)).not.toMatch(
      new RegExp(
        hiddenFrom(w, who)
          .join('|')
          .replace(/[.*+?^${}()[\]\\]/g, '\\$&') || '^$',
      ),
    );
  });
});
