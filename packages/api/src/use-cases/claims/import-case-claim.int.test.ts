// P2, a claim with a case id: looked up, imported only when the birth date decoded from the patient's national id
// (fødselsnummer, D- or H-number) is the case's; valid from 14 days before the case was created; a booking's claim
// (K5) is completed, never doubled; each refusal its own code, with nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { addDays, AppError } from '@bn/domain';
import { callerAs, failureOf } from '../../testing/index.js';
import { countRows, createBookableSetup, freeSlotsOf } from '../../testing/booking-fixtures.js';
import { caseFor, createClaimsWorld, type ClaimPatientKey, type ClaimsWorld } from '../../testing/claims-fixtures.js';

describe('importing a claim from an insurer’s case', () => {
  let db: TestDatabase;
  let w: ClaimsWorld;
  const written = async (patientId: string) => ({
    claims: await countRows(db.orm, 'select 1 from claim where patient_id = ?', [patientId]),
    audit: await countRows(db.orm, `select 1 from audit_entry where entity = 'claim'`),
    accessLog: await countRows(
      db.orm,
      `select 1 from access_log_entry where patient_id = ? and action = 'update_patient'`,
      [patientId],
    ),
    caseOwners: await countRows(db.orm, 'select 1 from insurer_case'),
  });
  const importCase = (key: ClaimPatientKey, caseId: string) =>
    w.admin.claims.importCase({ patientId: w.patients[key], insurerId: w.network.insurerX.id, caseId });

  beforeAll(async () => {
    db = await createTestDatabase();
    w = await createClaimsWorld(db.orm);
    await w.operator.cases.register({
      cases: [
        caseFor(w, 'fnr', 'FNRSAK1', { createdDaysAgo: 3 }),
        caseFor(w, 'dnr', 'DNRSAK1', { grant: { type: 'per_treatment_type', treatments: { B1010: 6, b1020: 2 } } }),
        caseFor(w, 'hnr', 'HNRSAK1', { validTo: null }),
        caseFor(w, 'fnr', 'ANNENDATO', { birthDate: '1985-05-16' }),
        caseFor(w, 'fnr', 'UTLOPT1', { createdDaysAgo: 200, validTo: addDays(w.today, -1) }),
        caseFor(w, 'fnr', 'SISTEDAG', { createdDaysAgo: 200, validTo: w.today }),
        caseFor(w, 'dnr', 'DELT1'),
      ],
    });
  });
  afterAll(() => db?.drop());

  it('imports a case for a fødselsnummer: insurer, grant and validity from the case, valid from 14 days before it was created', async () => {
    const { claim, outcome } = await importCase('fnr', 'fnrsak1');
    const createdOn = addDays(w.today, -3);
    expect(outcome).toBe('created');
    expect(claim).toMatchObject({
      insurerId: w.network.insurerX.id,
      caseId: 'FNRSAK1',
      grant: { type: 'total', treatments: 10 },
      validFrom: addDays(createdOn, -14),
      validTo: addDays(createdOn, 180),
      createdAutomatically: false,
    });
    const card = await w.admin.patients.get({ patientId: w.patients.fnr });
    expect(card.claims).toEqual([
      expect.objectContaining({
        id: claim.id,
        insurerId: w.network.insurerX.id,
        insurerName: 'Forsikring X',
        caseId: 'FNRSAK1',
        claimType: 'total',
        treatmentsGranted: 10,
        grant: { type: 'total', treatments: 10 },
        validFrom: addDays(createdOn, -14),
      }),
    ]);
  });

  it('matches the birth date decoded from a D-number, and keeps a per-tariff grant per B-code', async () => {
    const { claim } = await importCase('dnr', 'DNRSAK1');
    expect(claim.grant).toEqual({ type: 'per_treatment_type', treatments: { B1010: 6, B1020: 2 } });
    const card = await w.admin.patients.get({ patientId: w.patients.dnr });
    expect(card.claims[0]).toMatchObject({
      claimType: 'per_treatment_type',
      treatmentsGranted: null,
      grant: claim.grant,
    });
  });

  it('matches the birth date decoded from an H-number, and a case without an end stays open', async () => {
    const { claim } = await importCase('hnr', 'HNRSAK1');
    expect(claim).toMatchObject({ caseId: 'HNRSAK1', validTo: null });
  });

  it('refuses a case whose birth date is not the patient’s, and writes nothing', async () => {
    const before = await written(w.patients.fnr);
    expect((await failureOf(importCase('fnr', 'ANNENDATO'))).data).toMatchObject({
      appCode: 'CASE_BIRTH_DATE_MISMATCH',
      httpStatus: 409,
    });
    expect(await written(w.patients.fnr)).toEqual(before);
  });

  it('refuses an unknown case and an expired one; a case ending today still imports', async () => {
    const before = await written(w.patients.fnr);
    expect((await failureOf(importCase('fnr', 'FINNESIKKE'))).data).toMatchObject({
      appCode: 'CASE_NOT_FOUND',
      httpStatus: 404,
    });
    expect((await failureOf(importCase('fnr', 'UTLOPT1'))).data).toMatchObject({
      appCode: 'CASE_EXPIRED',
      values: { validTo: addDays(w.today, -1) },
    });
    // Another insurer has no case with this id.
    expect(
      (
        await failureOf(
          w.admin.claims.importCase({ patientId: w.patients.fnr, insurerId: w.network.insurerY.id, caseId: 'FNRSAK1' }),
        )
      ).data.appCode,
    ).toBe('CASE_NOT_FOUND');
    expect(await written(w.patients.fnr)).toEqual(before);
    expect((await importCase('fnr', 'SISTEDAG')).claim.validTo).toBe(w.today);
  });

  it('refuses an insurer that does not exist, at its field', async () => {
    const failure = await failureOf(
      w.admin.claims.importCase({ patientId: w.patients.fnr, insurerId: 'finnes-ikke', caseId: 'FNRSAK1' }),
    );
    expect(failure.data).toMatchObject({
      appCode: 'VALIDATION',
      issues: [{ path: ['insurerId'], code: 'insurer.not_found' }],
    });
  });

  it('importing the same case again keeps one claim', async () => {
    const first = await importCase('hnr', 'HNRSAK1');
    expect(first.outcome).toBe('updated');
    expect((await w.admin.patients.get({ patientId: w.patients.hnr })).claims).toHaveLength(1);
  });

  it('refuses a case id that is another patient’s at the insurer, even with the same birth date (CASE_ID_OTHER_PATIENT)', async () => {
    await importCase('dnr', 'DELT1');
    const before = await written(w.patients.twin);
    expect((await failureOf(importCase('twin', 'DELT1'))).data).toMatchObject({
      appCode: 'CASE_ID_OTHER_PATIENT',
      issues: [{ path: ['caseId'], code: 'case_id.other_patient' }],
    });
    expect(await written(w.patients.twin)).toEqual(before);
  });

  it('audits each import and logs it in the patient’s access log', async () => {
    const rows = await db.orm.em
      .fork()
      .execute<{ action: string; after: { caseId: string } }[]>(
        `select action, after from audit_entry where entity = 'claim' and after->>'caseId' = 'FNRSAK1'`,
      );
    expect(rows).toEqual([
      expect.objectContaining({ action: 'create', after: expect.objectContaining({ caseId: 'FNRSAK1' }) }),
    ]);
    const log = await db.orm.em
      .fork()
      .execute<{ what: string }[]>(
        `select what from access_log_entry where patient_id = ? and action = 'update_patient'`,
        [w.patients.fnr],
      );
    expect(log.map((r) => r.what)).toContain('krav hentet fra sak FNRSAK1');
  });

  it('when the lookup service cannot answer: CASE_LOOKUP_UNAVAILABLE (503), and nothing is written', async () => {
    const down = await callerAs(db.orm, w.network.users.clinic_admin.user, {
      caseLookup: () => ({
        find: () => Promise.reject(new AppError('CASE_LOOKUP_UNAVAILABLE')),
      }),
    });
    const before = await written(w.patients.twin);
    expect(
      (
        await failureOf(
          down.claims.importCase({ patientId: w.patients.twin, insurerId: w.network.insurerX.id, caseId: 'NOE1' }),
        )
      ).data,
    ).toMatchObject({ appCode: 'CASE_LOOKUP_UNAVAILABLE', httpStatus: 503 });
    expect(await written(w.patients.twin)).toEqual(before);
  });
});

describe('a claim a booking made (K5) is completed by importing its case', () => {
  let db: TestDatabase;
  let w: ClaimsWorld;
  beforeAll(async () => {
    db = await createTestDatabase();
    w = await createClaimsWorld(db.orm);
  });
  afterAll(() => db?.drop());

  it('the card keeps one claim, now with the case’s grant and validity', async () => {
    const a = await createBookableSetup(db.orm.em.fork(), {
      clinic: w.network.clinicA,
      insurer: w.network.insurerX,
      practitioner: w.network.practitionerA,
    });
    const agent = await callerAs(db.orm, w.network.users.insurer_agent.user);
    const [slot] = await freeSlotsOf(db.orm, a.book.id, a.type.id);
    const hold = await agent.booking.hold({
      bookId: a.book.id,
      typeId: a.type.id,
      tariffCode: a.tariffCode,
      startAt: slot!.startAt,
    });
    const booked = await agent.booking.confirm({
      holdId: hold.holdId,
      patient: { nationalId: '15058549905', name: 'Kari Fødselsnummer', email: 'fnr@example.no' },
      caseId: 'k5sak1',
      patientRemark: null,
    });
    expect(booked.patientId).toBe(w.patients.fnr);
    const [k5] = (await w.admin.patients.get({ patientId: w.patients.fnr })).claims;
    expect(k5).toMatchObject({ caseId: 'K5SAK1', createdAutomatically: true, grant: null, claimType: null });

    await w.operator.cases.register({
      cases: [caseFor(w, 'fnr', 'K5SAK1', { grant: { type: 'total', treatments: 8 } })],
    });
    const { claim, outcome } = await w.admin.claims.importCase({
      patientId: w.patients.fnr,
      insurerId: w.network.insurerX.id,
      caseId: 'K5SAK1',
    });
    expect(outcome).toBe('completed');
    expect(claim).toMatchObject({ id: k5!.id, createdAutomatically: true, grant: { type: 'total', treatments: 8 } });
    const claims = (await w.admin.patients.get({ patientId: w.patients.fnr })).claims;
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      id: k5!.id,
      grant: { type: 'total', treatments: 8 },
      validFrom: addDays(w.today, -17),
    });
  });
});
