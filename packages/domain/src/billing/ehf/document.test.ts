import { describe, expect, it } from 'vitest';
import { isValidOrgNumber } from '../../validators/org-number.js';
import { buildEhfCreditNote, buildEhfInvoice } from './index.js';
import { creditNote, EXAMPLES, invoiceMixed, invoiceOneLine, invoiceSoleProprietor } from './testing/fixtures.js';
import { decimalToOre, readEhf, type EhfReader } from './testing/read-ehf.js';

// What the official rules (docs/ehf.md) check, asserted on the parsed documents; the rule id is in each test's name.
// Every example of testing/fixtures.ts is the same set that validate.sh was run on.

const build = (e: (typeof EXAMPLES)[keyof typeof EXAMPLES]) =>
  e.kind === 'invoice' ? buildEhfInvoice(e.input) : buildEhfCreditNote(e.input);

const examples = Object.entries(EXAMPLES).map(([file, e]) => ({ file, ...e, doc: readEhf(build(e)) }));
const lineTag = (kind: string) => (kind === 'invoice' ? 'cac:InvoiceLine' : 'cac:CreditNoteLine');
const rootOf = (kind: string) => (kind === 'invoice' ? '/inv:Invoice' : '/cn:CreditNote');
const ore = (doc: EhfReader, path: string) => decimalToOre(doc.one(path));

describe.each(examples)('$file', ({ kind, input, doc }) => {
  const root = rootOf(kind);
  const lines = `${root}/${lineTag(kind)}`;

  it('is a UBL 2.1 document of the right kind, Peppol BIS Billing 3.0 (PEPPOL-EN16931-R001, R004, R007)', () => {
    expect(doc.root.localName).toBe(kind === 'invoice' ? 'Invoice' : 'CreditNote');
    expect(doc.one(`${root}/cbc:CustomizationID`)).toBe(
      'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
    );
    expect(doc.one(`${root}/cbc:ProfileID`)).toBe('urn:fdc:peppol.eu:2017:poacc:billing:01:1.0');
    expect(doc.one(`${root}/cbc:ID`)).toBe(input.number);
    expect(doc.one(`${root}/cbc:IssueDate`)).toBe(input.issueDate);
    expect(doc.one(`${root}/cbc:${kind === 'invoice' ? 'InvoiceTypeCode' : 'CreditNoteTypeCode'}`)).toBe(
      kind === 'invoice' ? '380' : '381',
    );
    expect(doc.one(`${root}/cbc:DocumentCurrencyCode`)).toBe('NOK');
  });

  it('carries the case id as the order reference (DOMAIN; PEPPOL-EN16931-R003)', () => {
    expect(doc.one(`${root}/cac:OrderReference/cbc:ID`)).toBe(input.caseId.toUpperCase());
  });

  it('has no empty element (PEPPOL-EN16931-R008)', () => {
    expect(doc.count('//*[not(*) and normalize-space() = ""]')).toBe(0);
  });

  it('names the clinic as seller at its organisation number, scheme 0192 (PEPPOL-EN16931-R020, BR-06, BR-08, BR-09)', () => {
    const party = `${root}/cac:AccountingSupplierParty/cac:Party`;
    expect(doc.one(`${party}/cbc:EndpointID`)).toBe(input.seller.orgNumber);
    expect(doc.one(`${party}/cbc:EndpointID/@schemeID`)).toBe('0192');
    expect(doc.one(`${party}/cac:PartyLegalEntity/cbc:CompanyID`)).toBe(input.seller.orgNumber);
    expect(doc.one(`${party}/cac:PartyLegalEntity/cbc:CompanyID/@schemeID`)).toBe('0192');
    expect(doc.one(`${party}/cac:PartyLegalEntity/cbc:RegistrationName`)).toBe(
      (input.seller.legalName ?? input.seller.name).normalize('NFC').replaceAll('\u0007', ''),
    );
    expect(doc.one(`${party}/cac:PostalAddress/cac:Country/cbc:IdentificationCode`)).toBe('NO');
    expect(doc.one(`${party}/cac:PostalAddress/cbc:PostalZone`)).toBe(input.seller.address.postcode);
  });

  it('states Foretaksregisteret exactly when the clinic is registered there (NO-R-002; BT-33)', () => {
    const party = `${root}/cac:AccountingSupplierParty/cac:Party`;
    const stated = input.seller.inBusinessRegister ? ['Foretaksregisteret'] : [];
    expect(doc.all(`${party}/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID = "TAX"]/cbc:CompanyID`)).toEqual(stated);
    expect(doc.all(`${party}/cac:PartyLegalEntity/cbc:CompanyLegalForm`)).toEqual(stated);
  });

  it('states a VAT number NO + organisation number + MVA only for a VAT-registered clinic (NO-R-001)', () => {
    const vat = doc.all(
      `${root}/cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID = "VAT"]/cbc:CompanyID`,
    );
    expect(vat).toEqual(input.seller.vatRegistered ? [`NO${input.seller.orgNumber}MVA`] : []);
    for (const v of vat) expect(isValidOrgNumber(v.slice(2, 11))).toBe(true);
  });

  it('names the insurer as buyer at its organisation number (PEPPOL-EN16931-R010, BR-07, BR-10, BR-11)', () => {
    const party = `${root}/cac:AccountingCustomerParty/cac:Party`;
    expect(doc.one(`${party}/cbc:EndpointID`)).toBe(input.buyer.orgNumber);
    expect(doc.one(`${party}/cbc:EndpointID/@schemeID`)).toBe('0192');
    expect(doc.one(`${party}/cac:PartyLegalEntity/cbc:CompanyID`)).toBe(input.buyer.orgNumber);
    expect(doc.count(`${party}/cac:PartyTaxScheme`)).toBe(0);
    expect(doc.one(`${party}/cac:PostalAddress/cac:Country/cbc:IdentificationCode`)).toBe('NO');
  });

  it('has one line per input line, numbered, each amount quantity × price (BR-16, BR-21, PEPPOL-EN16931-R120)', () => {
    expect(doc.count(lines)).toBe(input.lines.length);
    input.lines.forEach((line, i) => {
      const at = `${lines}[${i + 1}]`;
      expect(doc.one(`${at}/cbc:ID`)).toBe(String(i + 1));
      expect(doc.one(`${at}/cbc:${kind === 'invoice' ? 'InvoicedQuantity' : 'CreditedQuantity'}`)).toBe(
        String(line.quantity),
      );
      expect(ore(doc, `${at}/cac:Price/cbc:PriceAmount`)).toBe(line.priceOre);
      expect(ore(doc, `${at}/cbc:LineExtensionAmount`)).toBe(line.priceOre * line.quantity);
      expect(doc.one(`${at}/cac:Item/cac:SellersItemIdentification/cbc:ID`)).toBe(line.tariffCode);
    });
  });

  it('gives each line its TreatmentId and TreatmentDateTime, and what is known of the treatment (BR-54)', () => {
    input.lines.forEach((line, i) => {
      const prop = (name: string) =>
        doc.all(`${lines}[${i + 1}]/cac:Item/cac:AdditionalItemProperty[cbc:Name = "${name}"]/cbc:Value`);
      expect(prop('TreatmentId')).toEqual([line.tariffCode]);
      expect(prop('TreatmentDateTime')).toHaveLength(1);
      expect(new Date(prop('TreatmentDateTime')[0]!).getTime()).toBe(line.treatment.startsAt.getTime());
      const t = line.treatment;
      expect(prop('TreatmentDuration')).toEqual(t.durationMinutes ? [String(t.durationMinutes)] : []);
      expect(prop('TherapistHpr')).toEqual(t.therapist?.hprNumber ? [t.therapist.hprNumber] : []);
      expect(prop('TherapistName')).toEqual(t.therapist?.name ? [t.therapist.name.normalize('NFC')] : []);
      expect(prop('Profession')).toHaveLength(t.therapist?.profession ? 1 : 0);
    });
    expect(doc.count(`${lines}/cac:Item/cac:AdditionalItemProperty[not(cbc:Name) or not(cbc:Value)]`)).toBe(0);
  });

  it('adds up: line total, tax exclusive, tax inclusive and payable agree (BR-CO-10, BR-CO-13, BR-CO-15, BR-CO-16)', () => {
    const total = `${root}/cac:LegalMonetaryTotal`;
    const sum = doc
      .all(`${lines}/cbc:LineExtensionAmount`)
      .map(decimalToOre)
      .reduce((a, b) => a + b, 0);
    const expected = input.lines.reduce((s, l) => s + l.priceOre * l.quantity, 0);
    expect(sum).toBe(expected);
    expect(ore(doc, `${total}/cbc:LineExtensionAmount`)).toBe(expected);
    expect(ore(doc, `${total}/cbc:TaxExclusiveAmount`)).toBe(expected);
    expect(ore(doc, `${total}/cbc:TaxInclusiveAmount`)).toBe(expected + ore(doc, `${root}/cac:TaxTotal/cbc:TaxAmount`));
    expect(ore(doc, `${total}/cbc:PayableAmount`)).toBe(expected);
  });

  it('writes every amount with two decimals in the document currency (PEPPOL-EN16931-R051, BR-CL-03)', () => {
    const amounts = doc.all('//*[@currencyID]');
    expect(amounts.length).toBeGreaterThan(5);
    for (const a of amounts) expect(a).toMatch(/^\d+\.\d{2}$/);
    expect(doc.all('//*/@currencyID').every((c) => c === 'NOK')).toBe(true);
  });

  it('has one VAT breakdown, tax 0, over all the lines (BR-CO-14, BR-E-01/08/09 or BR-O-01/08/09)', () => {
    expect(doc.count(`${root}/cac:TaxTotal`)).toBe(1);
    expect(doc.count(`${root}/cac:TaxTotal/cac:TaxSubtotal`)).toBe(1);
    expect(ore(doc, `${root}/cac:TaxTotal/cbc:TaxAmount`)).toBe(0);
    const sub = `${root}/cac:TaxTotal/cac:TaxSubtotal`;
    expect(ore(doc, `${sub}/cbc:TaxAmount`)).toBe(0);
    expect(ore(doc, `${sub}/cbc:TaxableAmount`)).toBe(
      ore(doc, `${root}/cac:LegalMonetaryTotal/cbc:LineExtensionAmount`),
    );
    const category = doc.one(`${sub}/cac:TaxCategory/cbc:ID`);
    expect(doc.all(`${lines}/cac:Item/cac:ClassifiedTaxCategory/cbc:ID`).every((c) => c === category)).toBe(true);
    expect(doc.all('//cac:TaxScheme/cbc:ID[not(../../self::cac:PartyTaxScheme)]').every((s) => s === 'VAT')).toBe(true);
  });

  if (input.seller.vatRegistered || input.seller.inBusinessRegister) {
    it('marks health services exempt: category E, rate 0, the legal reason, the seller’s tax registration (BR-E-02, BR-E-05, BR-E-10)', () => {
      expect(doc.one(`${root}/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID`)).toBe('E');
      expect(doc.one(`${root}/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent`)).toBe('0');
      expect(doc.one(`${root}/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReason`)).toMatch(
        /merverdiavgiftsloven § 3-2/,
      );
      expect(doc.all(`${lines}/cac:Item/cac:ClassifiedTaxCategory/cbc:Percent`).every((p) => p === '0')).toBe(true);
      expect(
        doc.count(`${root}/cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID`),
      ).toBeGreaterThan(0);
    });
  } else {
    it('a seller in neither register uses category O, without rates or VAT numbers (BR-O-02, BR-O-05, BR-O-10, PEPPOL-EN16931-P0105)', () => {
      const category = `${root}/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory`;
      expect(doc.one(`${category}/cbc:ID`)).toBe('O');
      expect(doc.one(`${category}/cbc:TaxExemptionReasonCode`)).toBe('VATEX-EU-O');
      expect(doc.count(`${category}/cbc:Percent`)).toBe(0);
      expect(doc.count(`${lines}/cac:Item/cac:ClassifiedTaxCategory/cbc:Percent`)).toBe(0);
      expect(doc.count('//cac:PartyTaxScheme[cac:TaxScheme/cbc:ID = "VAT"]')).toBe(0);
    });
  }

  if (kind === 'invoice') {
    it('says when to pay: due date, and the account for a credit transfer (BR-CO-25, BR-61)', () => {
      const invoice = input;
      expect(doc.one('/inv:Invoice/cbc:DueDate')).toBe(invoice.dueDate);
      expect(doc.count('/inv:Invoice/cac:PaymentMeans')).toBe(invoice.payment ? 1 : 0);
      if (invoice.payment) {
        expect(doc.one('/inv:Invoice/cac:PaymentMeans/cbc:PaymentMeansCode')).toBe('30');
        expect(doc.one('/inv:Invoice/cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID')).toBe(
          invoice.payment.bankAccount.replace(/\s/g, ''),
        );
      }
    });
  } else {
    it('refers to the invoice it credits, and says so in its payment terms (BG-3, BR-55, BR-CO-25)', () => {
      const note = input;
      expect(doc.one('/cn:CreditNote/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID')).toBe(
        note.invoice.number,
      );
      expect(doc.one('/cn:CreditNote/cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate')).toBe(
        note.invoice.issueDate,
      );
      expect(doc.one('/cn:CreditNote/cac:PaymentTerms/cbc:Note')).toContain(note.invoice.number);
      expect(doc.count('//cbc:DueDate')).toBe(0); // not in UBL 2.1's CreditNote
    });
  }
});

describe('the documents one billed card makes', () => {
  it('a credit note repeats the invoice’s lines and amounts exactly, so it undoes it', () => {
    const invoice = readEhf(buildEhfInvoice(invoiceMixed));
    const note = readEhf(buildEhfCreditNote(creditNote));
    expect(note.all('//cac:CreditNoteLine/cbc:LineExtensionAmount')).toEqual(
      invoice.all('//cac:InvoiceLine/cbc:LineExtensionAmount'),
    );
    expect(note.all('//cac:CreditNoteLine/cac:Item/cac:AdditionalItemProperty/cbc:Value')).toEqual(
      invoice.all('//cac:InvoiceLine/cac:Item/cac:AdditionalItemProperty/cbc:Value'),
    );
    expect(note.one('//cac:LegalMonetaryTotal/cbc:PayableAmount')).toBe(
      invoice.one('//cac:LegalMonetaryTotal/cbc:PayableAmount'),
    );
    expect(note.one('//cac:OrderReference/cbc:ID')).toBe(invoice.one('//cac:OrderReference/cbc:ID'));
  });

  it('mixes Helfo and insurance tariffs on one invoice, with øre kept exact (224,50 + 2 × 79,25 + 799,99)', () => {
    const doc = readEhf(buildEhfInvoice(invoiceMixed));
    expect(
      doc.all('//cac:InvoiceLine/cac:Item/cac:AdditionalItemProperty[cbc:Name = "TreatmentId"]/cbc:Value'),
    ).toEqual(['A3a', 'A3b', 'B1020']);
    expect(doc.one('//cac:LegalMonetaryTotal/cbc:PayableAmount')).toBe('1182.99');
  });

  it('writes the treatment time in Oslo time with its offset, summer and winter', () => {
    const summer = readEhf(buildEhfInvoice(invoiceOneLine));
    expect(summer.one('//cac:AdditionalItemProperty[cbc:Name = "TreatmentDateTime"]/cbc:Value')).toBe(
      '2026-03-30T09:15:00+02:00',
    );
    const winter = readEhf(buildEhfInvoice(invoiceMixed));
    expect(winter.all('//cac:AdditionalItemProperty[cbc:Name = "TreatmentDateTime"]/cbc:Value')[0]).toBe(
      '2026-10-27T14:00:00+01:00',
    );
    expect(winter.one('//cac:InvoicePeriod/cbc:StartDate')).toBe('2026-10-27');
  });

  it('writes the authorities’ profession code where one exists, else the Norwegian name', () => {
    const doc = readEhf(buildEhfInvoice(invoiceMixed));
    expect(doc.all('//cac:AdditionalItemProperty[cbc:Name = "Profession"]/cbc:Value')).toEqual([
      'FYNO',
      'FYNO',
      'FYMT',
    ]);
    const osteopath = readEhf(buildEhfInvoice(EXAMPLES['invoice-special-characters.xml'].input));
    expect(osteopath.one('//cac:AdditionalItemProperty[cbc:Name = "Profession"]/cbc:Value')).toBe('Osteopat');
  });

  it('leaves out what is unknown instead of writing it empty', () => {
    const doc = readEhf(
      buildEhfInvoice({
        ...invoiceSoleProprietor,
        lines: [{ ...invoiceSoleProprietor.lines[0]!, treatment: { startsAt: new Date('2026-03-30T07:15:00Z') } }],
      }),
    );
    expect(doc.all('//cac:AdditionalItemProperty/cbc:Name')).toEqual(['TreatmentId', 'TreatmentDateTime']);
    expect(doc.count('//cac:Contact')).toBe(0);
  });
});
