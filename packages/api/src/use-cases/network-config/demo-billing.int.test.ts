// The billing demo (demo-billing.ts) on a freshly seeded demo network: Kari's past physiotherapy booking at
// Majorstuen with her Storebrand case DEMO1 gets a card with A3a first and B1010 from the claim, priced from the demo
// price list and agreement, is billed, and its EHF invoice and credit note are made. With EHF_OUT_DIR set they are
// written there for `shared/peppol/validate.sh` (docs/billing.md).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { User } from '@bn/db';
import { readEhf } from '@bn/domain/testing/ehf';
import { callerAs, type Caller } from '../../testing/index.js';
import { daysAgo } from '../../testing/billing-fixtures.js';
import { seedDemo } from './seed-demo.js';
import { DEMO_CASES_INSURER, DEMO_CLAIMS_CLINIC, DEMO_PATIENTS } from './demo-cases.js';

describe('billing demo', () => {
  let db: TestDatabase;
  let admin: Caller;
  const kari = DEMO_PATIENTS[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo({ em: db.orm.em.fork() });
    admin = await callerAs(db.orm, await db.orm.em.fork().findOneOrFail(User, { email: 'admin@majorstuen.demo' }));
  });
  afterAll(() => db?.drop());

  it('bills Kari’s DEMO1 treatment and makes an EHF invoice and credit note to Storebrand', async () => {
    const { claim } = await admin.claims.importCase({
      patientId: kari.id,
      insurerId: DEMO_CASES_INSURER,
      caseId: 'DEMO1',
    });
    const appointmentId = randomUUID();
    const start = daysAgo(1);
    await db.orm.em.fork().execute(
      `insert into appointment (id, created_at, clinic_id, book_id, type_id, start_at, end_at, kind, status, source, patient_id, claim_id, tariff_id, insurer_id, case_id, paid_by_patient)
       values (?, now(), ?, 'book-kari', 'type-majorstuen-fysio-30', ?, ?, 'booking', 'active', 'agent', ?, ?, 'tariff-b1010', ?, 'DEMO1', false)`,
      [
        appointmentId,
        DEMO_CLAIMS_CLINIC,
        start,
        new Date(start.getTime() + 30 * 60_000),
        kari.id,
        claim.id,
        DEMO_CASES_INSURER,
      ],
    );
    const card = await admin.billing.createCard({ appointmentId });
    expect(card.lines.map((l) => [l.code, l.priceOre])).toEqual([
      ['A3a', 22450],
      ['A3b', 7925],
      ['B1010', 65000],
    ]);
    await admin.billing.removeLine({ cardId: card.id, tariffCode: 'A3b' });
    await admin.billing.bill({ cardId: card.id });
    const invoice = await admin.billing.ehf({ cardId: card.id });
    await admin.billing.credit({ cardId: card.id });
    const creditNote = await admin.billing.ehf({ cardId: card.id });
    const doc = readEhf(invoice.xml);
    expect(doc.one('/inv:Invoice/cac:OrderReference/cbc:ID')).toBe('DEMO1');
    expect(
      doc.one('/inv:Invoice/cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName'),
    ).toBe('Storebrand Livsforsikring AS');
    expect(doc.one('/inv:Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount')).toBe('874.50');
    expect(readEhf(creditNote.xml).one('/cn:CreditNote/cac:LegalMonetaryTotal/cbc:PayableAmount')).toBe('874.50');
    const out = process.env.EHF_OUT_DIR;
    if (out) {
      await mkdir(out, { recursive: true });
      for (const d of [invoice, creditNote]) await writeFile(path.join(out, `demo-${d.fileName}`), d.xml);
    }
  });
});
