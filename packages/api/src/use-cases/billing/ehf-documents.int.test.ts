// The insurer's EHF documents made through the procedures (P1, docs/ehf.md): an invoice for a billed card with a
// claim and the credit note that undoes it, read back with a real XML parser and asserted on what the Peppol rules
// check — the case id, per line the B-code and treatment, the seller's endpoint and Foretaksregisteret, and every
// sum in exact øre. With EHF_OUT_DIR set, the documents are also written there for `shared/peppol/validate.sh`.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { addDays, osloDate } from '@bn/domain';
import { decimalToOre, readEhf } from '@bn/domain/testing/ehf';
import { callerAs, failureOf, type Caller } from '../../testing/index.js';
import { createClinicSetup } from '../../testing/config-fixtures.js';
import {
  B_PRICE_ORE,
  HELFO_PRICE_ORE,
  createAppointment,
  createBillingSetup,
  createClaim,
  daysAgo,
  type BillingSetup,
} from '../../testing/billing-fixtures.js';

const CASE_ID = '6QPTR';

describe('EHF documents of billing cards', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let b: BillingSetup;
  let admin: Caller;
  let invoice: { fileName: string; xml: string };
  let creditNote: { fileName: string; xml: string };
  let cardId: string;
  const total = HELFO_PRICE_ORE * 2 + B_PRICE_ORE;

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    const setup = await createClinicSetup(db.orm.em.fork(), n.clinicA, n.practitionerA);
    b = await createBillingSetup(db.orm, { clinicId: n.clinicA.id, insurerId: n.insurerX.id, setup });
    admin = await callerAs(db.orm, n.users.clinic_admin.user);
    const claimId = await createClaim(db.orm, {
      patientId: b.patientId,
      insurerId: b.insurerId,
      grant: 6,
      caseId: CASE_ID,
    });
    const appointmentId = await createAppointment(db.orm, b, { start: daysAgo(2), claimId, withTariff: true });
    cardId = (await admin.billing.createCard({ appointmentId })).id;
    await admin.billing.setQuantity({ cardId, tariffCode: setup.helfoTariff.code, quantity: 2 });
    await admin.billing.bill({ cardId });
    invoice = await admin.billing.ehf({ cardId });
    await admin.billing.credit({ cardId });
    creditNote = await admin.billing.ehf({ cardId });
    const out = process.env.EHF_OUT_DIR;
    if (out) {
      await mkdir(out, { recursive: true });
      for (const doc of [invoice, creditNote]) await writeFile(path.join(out, doc.fileName), doc.xml);
    }
  });
  afterAll(() => db?.drop());

  it('invoices the insurer with the case id, the clinic as seller at its organisation number and Foretaksregisteret', () => {
    const doc = readEhf(invoice.xml);
    expect(doc.root.localName).toBe('Invoice');
    expect(doc.one('/inv:Invoice/cbc:InvoiceTypeCode')).toBe('380');
    expect(doc.one('/inv:Invoice/cac:OrderReference/cbc:ID')).toBe(CASE_ID);
    const seller = '/inv:Invoice/cac:AccountingSupplierParty/cac:Party';
    expect(doc.one(`${seller}/cbc:EndpointID`)).toBe(n.clinicA.orgNumber);
    expect(doc.one(`${seller}/cbc:EndpointID/@schemeID`)).toBe('0192');
    expect(doc.one(`${seller}/cac:PartyTaxScheme/cbc:CompanyID`)).toBe('Foretaksregisteret');
    expect(doc.one(`${seller}/cac:PostalAddress/cbc:PostalZone`)).toBe('0364');
    expect(doc.one('/inv:Invoice/cac:AccountingCustomerParty/cac:Party/cbc:EndpointID')).toBe(n.insurerX.orgNumber);
    expect(doc.one('/inv:Invoice/cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID')).toBe('86011117947');
    expect(doc.one('/inv:Invoice/cbc:DueDate')).toBe(addDays(osloDate(new Date()), 14));
  });

  it('writes the Helfo line first and the B-code as TreatmentId with the treatment’s time on each line', () => {
    const doc = readEhf(invoice.xml);
    const line = '/inv:Invoice/cac:InvoiceLine';
    const prop = (name: string) => `${line}/cac:Item/cac:AdditionalItemProperty[cbc:Name='${name}']/cbc:Value`;
    expect(doc.all(prop('TreatmentId'))).toEqual([b.setup.helfoTariff.code, b.setup.insuranceTariff.code]);
    expect(doc.all(prop('TreatmentDateTime'))).toHaveLength(2);
    expect(doc.all(prop('TreatmentDuration'))).toEqual(['30', '30']);
    expect(doc.all(prop('TherapistName'))).toEqual([n.practitionerA.name, n.practitionerA.name]);
    expect(doc.all(`${line}/cbc:InvoicedQuantity`)).toEqual(['2', '1']);
  });

  it('adds up in exact øre: lines, totals, VAT-exempt breakdown and the amount due (BR-CO-10/13/15/16)', () => {
    const doc = readEhf(invoice.xml);
    const ore = (x: string) => doc.all(x).map(decimalToOre);
    expect(ore('/inv:Invoice/cac:InvoiceLine/cbc:LineExtensionAmount')).toEqual([HELFO_PRICE_ORE * 2, B_PRICE_ORE]);
    const totals = '/inv:Invoice/cac:LegalMonetaryTotal';
    for (const el of ['LineExtensionAmount', 'TaxExclusiveAmount', 'TaxInclusiveAmount', 'PayableAmount'])
      expect(ore(`${totals}/cbc:${el}`)).toEqual([total]);
    expect(ore('/inv:Invoice/cac:TaxTotal/cbc:TaxAmount')).toEqual([0]);
    expect(doc.one('/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID')).toBe('E');
  });

  it('credits the invoice with a credit note of the same lines that names it', () => {
    const doc = readEhf(creditNote.xml);
    expect(doc.root.localName).toBe('CreditNote');
    expect(doc.one('/cn:CreditNote/cbc:CreditNoteTypeCode')).toBe('381');
    const invoiceNumber = readEhf(invoice.xml).one('/inv:Invoice/cbc:ID');
    expect(doc.one('/cn:CreditNote/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID')).toBe(invoiceNumber);
    expect(doc.one('/cn:CreditNote/cac:OrderReference/cbc:ID')).toBe(CASE_ID);
    expect(doc.all('/cn:CreditNote/cac:CreditNoteLine/cbc:CreditedQuantity')).toEqual(['2', '1']);
    expect(decimalToOre(doc.one('/cn:CreditNote/cac:LegalMonetaryTotal/cbc:PayableAmount'))).toBe(total);
  });

  it('puts the period’s invoices and credit notes to the insurer in one zip', async () => {
    const today = osloDate(new Date());
    const archive = await admin.billing.ehfArchive({
      clinicId: b.clinicId,
      insurerId: b.insurerId,
      from: addDays(today, -7),
      to: today,
    });
    const files = unzipSync(Buffer.from(archive.zipBase64, 'base64'));
    expect(Object.keys(files).sort()).toEqual([creditNote.fileName, invoice.fileName].sort());
    expect(strFromU8(files[invoice.fileName]!)).toBe(invoice.xml);
  });

  it('refuses documents for a draft, a card without a claim, and a credit note of a card not credited', async () => {
    const draft = await admin.billing.createCard({
      appointmentId: await createAppointment(db.orm, b, { start: daysAgo(3) }),
    });
    expect((await failureOf(admin.billing.ehf({ cardId: draft.id }))).data.appCode).toBe('CARD_NOT_BILLED');
    const billed = await admin.billing.bill({ cardId: draft.id });
    expect((await failureOf(admin.billing.ehf({ cardId: billed.id }))).data.appCode).toBe('CARD_NO_CLAIM');
    expect((await failureOf(admin.billing.ehf({ cardId: billed.id, document: 'credit_note' }))).data.appCode).toBe(
      'CARD_NOT_CREDITED',
    );
  });

  it('names the missing seller details instead of writing a document the rules refuse', async () => {
    const details = await admin.billing.sellerDetails({ clinicId: b.clinicId });
    await admin.billing.setSellerDetails({ clinicId: b.clinicId, ...details, street: null });
    const refusal = await failureOf(admin.billing.ehf({ cardId, document: 'invoice' }));
    expect(refusal.data.appCode).toBe('INVOICE_DATA_INVALID');
    expect(refusal.data.issues).toEqual([
      expect.objectContaining({ path: ['seller', 'address', 'street'], code: 'invoice.street_missing' }),
    ]);
    await admin.billing.setSellerDetails({ clinicId: b.clinicId, ...details });
  });
});
