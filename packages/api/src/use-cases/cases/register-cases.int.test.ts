// P2: the network operator's register of insurer cases: one case or an import of many, all or nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { addDays } from '@bn/domain';
import { failureOf } from '../../testing/index.js';
import { countRows } from '../../testing/booking-fixtures.js';
import { caseFor, createClaimsWorld, type ClaimsWorld } from '../../testing/claims-fixtures.js';

describe('the register of insurer cases', () => {
  let db: TestDatabase;
  let w: ClaimsWorld;
  const registered = () => countRows(db.orm, 'select 1 from registered_case');

  beforeAll(async () => {
    db = await createTestDatabase();
    w = await createClaimsWorld(db.orm);
  });
  afterAll(() => db?.drop());

  it('registers an import and lists it with who registered it and the first day each case covers', async () => {
    const { ids } = await w.operator.cases.register({
      cases: [
        caseFor(w, 'fnr', 'reg1', { createdDaysAgo: 5 }),
        caseFor(w, 'dnr', 'REG2', { grant: { type: 'per_treatment_type', treatments: { b1010: 3 } } }),
      ],
    });
    expect(ids).toHaveLength(2);
    const list = await w.operator.cases.list({ insurerId: w.network.insurerX.id });
    expect(list.find((c) => c.caseId === 'REG1')).toMatchObject({
      insurerName: 'Forsikring X',
      birthDate: '1985-05-15',
      createdOn: addDays(w.today, -5),
      validFrom: addDays(w.today, -19),
      grant: { type: 'total', treatments: 10 },
      registeredByName: w.network.users.network_operator.user.name,
    });
    expect(list.find((c) => c.caseId === 'REG2')?.grant).toEqual({
      type: 'per_treatment_type',
      treatments: { B1010: 3 },
    });
    expect(await w.operator.cases.list({ insurerId: w.network.insurerY.id })).toEqual([]);
    // Audited as an import, without the birth date.
    const audit = await db.orm.em
      .fork()
      .execute<{ action: string; after: Record<string, unknown> }[]>(
        `select action, after from audit_entry where entity = 'registered_case'`,
      );
    expect(audit).toHaveLength(2);
    expect(audit.every((a) => a.action === 'import' && !('birthDate' in a.after))).toBe(true);
  });

  it('an import with one case id already registered, or named twice, writes nothing', async () => {
    const before = await registered();
    expect(
      (await failureOf(w.operator.cases.register({ cases: [caseFor(w, 'hnr', 'NY1'), caseFor(w, 'fnr', 'REG1')] })))
        .data,
    ).toMatchObject({ appCode: 'CASE_ALREADY_REGISTERED', values: { caseId: 'REG1' } });
    expect(
      (await failureOf(w.operator.cases.register({ cases: [caseFor(w, 'hnr', 'NY1'), caseFor(w, 'fnr', 'ny1')] })))
        .data,
    ).toMatchObject({ appCode: 'CASE_ALREADY_REGISTERED', values: { caseId: 'NY1' } });
    expect(await registered()).toBe(before);
  });

  it('an unknown insurer, a bad grant or a case ending before it covers is refused at its row', async () => {
    const before = await registered();
    const unknown = await failureOf(
      w.operator.cases.register({
        cases: [caseFor(w, 'hnr', 'NY2'), { ...caseFor(w, 'hnr', 'NY3'), insurerId: 'finnes-ikke' }],
      }),
    );
    expect(unknown.data).toMatchObject({
      appCode: 'VALIDATION',
      issues: [{ path: ['cases', 1, 'insurerId'], code: 'insurer.not_found' }],
    });
    const helfo = await failureOf(
      w.operator.cases.register({
        cases: [caseFor(w, 'hnr', 'NY4', { grant: { type: 'per_treatment_type', treatments: { K2: 3 } } })],
      }),
    );
    expect(helfo.data.issues).toContainEqual(expect.objectContaining({ code: 'claim.insurance_tariffs_only' }));
    const ends = await failureOf(
      w.operator.cases.register({
        cases: [caseFor(w, 'hnr', 'NY5', { createdDaysAgo: 0, validTo: addDays(w.today, -15) })],
      }),
    );
    expect(ends.data.issues).toContainEqual(expect.objectContaining({ code: 'case.ends_before_start' }));
    expect(await registered()).toBe(before);
  });
});
