// P2, a claim without a case id: case number, claim type ("a total count" or "a count per treatment type"), the
// treatments granted in total or per tariff (B-codes only), and a validity period.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { callerAs, failureOf } from '../../testing/index.js';
import { countRows } from '../../testing/booking-fixtures.js';
import { createClaimsWorld, type ClaimsWorld } from '../../testing/claims-fixtures.js';

describe('a claim made by hand', () => {
  let db: TestDatabase;
  let w: ClaimsWorld;
  const claims = () => countRows(db.orm, 'select 1 from claim');
  const byHand = (claim: Record<string, unknown>) =>
    w.admin.claims.createByHand({
      patientId: w.patients.fnr,
      claim: {
        insurerId: w.network.insurerX.id,
        caseNumber: 'S-2026-118',
        validFrom: '2026-12-01',
        validTo: '2027-05-31',
        ...claim,
      } as never,
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    w = await createClaimsWorld(db.orm);
  });
  afterAll(() => db?.drop());

  it('"a total count": shown on the card with its case number, count and validity; audited and access-logged', async () => {
    const claim = await byHand({ grant: { type: 'total', treatments: 12 } });
    expect(claim).toMatchObject({ caseId: null, caseNumber: 'S-2026-118', grant: { type: 'total', treatments: 12 } });
    const card = await w.admin.patients.get({ patientId: w.patients.fnr });
    expect(card.claims).toContainEqual(
      expect.objectContaining({
        id: claim.id,
        caseId: null,
        caseNumber: 'S-2026-118',
        claimType: 'total',
        treatmentsGranted: 12,
        grant: { type: 'total', treatments: 12 },
        validFrom: '2026-12-01',
        validTo: '2027-05-31',
        createdAutomatically: false,
      }),
    );
    expect(
      await countRows(db.orm, `select 1 from audit_entry where entity = 'claim' and entity_id = ?`, [claim.id]),
    ).toBe(1);
    expect(
      await countRows(db.orm, `select 1 from access_log_entry where patient_id = ? and action = 'update_patient'`, [
        w.patients.fnr,
      ]),
    ).toBe(1);
  });

  it('the claim is in the clinic admin’s history, never in what support and the network operator read of it', async () => {
    const claim = await byHand({ grant: { type: 'total', treatments: 3 } });
    const forAdmin = await w.admin.audit.forClinic({ clinicId: w.network.clinicA.id, limit: 200 });
    expect(forAdmin.some((e) => e.entity === 'claim' && e.entityId === claim.id)).toBe(true);
    const support = await callerAs(db.orm, w.network.users.support.user);
    for (const reader of [support, w.operator]) {
      const rows = await reader.audit.forClinic({ clinicId: w.network.clinicA.id, limit: 200 });
      expect(rows.some((e) => e.entity === 'claim' || e.entity === 'billingCard')).toBe(false);
      expect(JSON.stringify(rows)).not.toContain(claim.id);
    }
  });

  it('"a count per treatment type": a count per B-code, stored upper-case', async () => {
    const claim = await byHand({ grant: { type: 'per_treatment_type', treatments: { b1010: 4, B1020: 2 } } });
    const card = await w.admin.patients.get({ patientId: w.patients.fnr });
    expect(card.claims.find((c) => c.id === claim.id)).toMatchObject({
      claimType: 'per_treatment_type',
      treatmentsGranted: null,
      grant: { type: 'per_treatment_type', treatments: { B1010: 4, B1020: 2 } },
    });
  });

  it('a per-tariff grant takes only insurance tariffs (B-codes), and at least one', async () => {
    const before = await claims();
    const helfo = await failureOf(byHand({ grant: { type: 'per_treatment_type', treatments: { A3a: 4 } } }));
    expect(helfo.data.appCode).toBe('BAD_INPUT');
    expect(helfo.data.issues).toContainEqual(expect.objectContaining({ code: 'claim.insurance_tariffs_only' }));
    const none = await failureOf(byHand({ grant: { type: 'per_treatment_type', treatments: {} } }));
    expect(none.data.issues).toContainEqual(expect.objectContaining({ code: 'claim.tariff_required' }));
    expect(await claims()).toBe(before);
  });

  it('refuses a missing case number, no treatments, and an end before the start', async () => {
    const before = await claims();
    const codes = async (claim: Record<string, unknown>) =>
      ((await failureOf(byHand(claim))).data.issues ?? []).map((i) => i.code);
    expect(await codes({ caseNumber: ' ', grant: { type: 'total', treatments: 3 } })).toContain(
      'claim.case_number_required',
    );
    expect(await codes({ grant: { type: 'total', treatments: 0 } })).toContain('claim.treatments_min');
    expect(await codes({ grant: { type: 'total', treatments: 3 }, validTo: '2026-11-30' })).toContain(
      'claim.ends_before_start',
    );
    expect(await claims()).toBe(before);
  });

  it('another clinic’s patient card is not found; an unknown insurer is refused at its field', async () => {
    const unknown = await failureOf(byHand({ insurerId: 'finnes-ikke', grant: { type: 'total', treatments: 3 } }));
    expect(unknown.data).toMatchObject({
      appCode: 'VALIDATION',
      issues: [{ path: ['insurerId'], code: 'insurer.not_found' }],
    });
    const other = await failureOf(
      w.admin.claims.createByHand({
        patientId: 'ingen-slik',
        claim: {
          insurerId: w.network.insurerX.id,
          caseNumber: 'S-1',
          grant: { type: 'total', treatments: 1 },
          validFrom: '2026-12-01',
          validTo: '2026-12-31',
        },
      }),
    );
    expect(other.data.appCode).toBe('NOT_FOUND');
  });
});
