import { describe, expect, it } from 'vitest';
import { refusalOf } from '../testing/refusal.js';
import { wordIssue } from '../../i18n/refusals.js';
import {
  buildEhfCreditNote,
  buildEhfInvoice,
  creditNoteInputIssues,
  invoiceInputIssues,
  vatCategoryFor,
} from './index.js';
import { escapeAttribute, escapeText } from './xml.js';
import {
  awkwardNames,
  clinicAs,
  creditNote,
  EXAMPLES,
  invoiceAwkwardNames,
  invoiceOneLine,
} from './testing/fixtures.js';
import { readEhf } from './testing/read-ehf.js';
import * as UBL from './testing/ubl-sequences.js';

describe('UBL 2.1 element order (the XSD sequence the Schematron does not check)', () => {
  const docs = Object.entries(EXAMPLES).map(([file, e]) => ({
    file,
    kind: e.kind,
    doc: readEhf(e.kind === 'invoice' ? buildEhfInvoice(e.input) : buildEhfCreditNote(e.input)),
  }));

  it.each(docs)('$file', ({ kind, doc }) => {
    const root = kind === 'invoice' ? '/inv:Invoice' : '/cn:CreditNote';
    const line = kind === 'invoice' ? 'cac:InvoiceLine' : 'cac:CreditNoteLine';
    const checks: [string, readonly string[]][] = [
      [root, kind === 'invoice' ? UBL.INVOICE_ORDER : UBL.CREDIT_NOTE_ORDER],
      [`${root}/cac:AccountingSupplierParty/cac:Party`, UBL.PARTY_ORDER],
      [`${root}/cac:AccountingCustomerParty/cac:Party`, UBL.PARTY_ORDER],
      [`${root}/cac:AccountingSupplierParty/cac:Party/cac:PostalAddress`, UBL.ADDRESS_ORDER],
      [`${root}/cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity`, UBL.LEGAL_ENTITY_ORDER],
      [`${root}/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory`, UBL.TAX_CATEGORY_ORDER],
      [`${root}/cac:LegalMonetaryTotal`, UBL.MONETARY_TOTAL_ORDER],
      [`${root}/${line}[1]`, kind === 'invoice' ? UBL.INVOICE_LINE_ORDER : UBL.CREDIT_NOTE_LINE_ORDER],
      [`${root}/${line}[1]/cac:Item`, UBL.ITEM_ORDER],
      [`${root}/${line}[1]/cac:Item/cac:ClassifiedTaxCategory`, UBL.TAX_CATEGORY_ORDER],
    ];
    if (doc.count(`${root}/cac:PaymentMeans`) > 0) checks.push([`${root}/cac:PaymentMeans`, UBL.PAYMENT_MEANS_ORDER]);
    for (const [path, order] of checks)
      expect({
        path,
        children: doc.childNames(path),
        follows: UBL.followsOrder(doc.childNames(path), order),
      }).toMatchObject({ follows: true });
  });

  it('the order check itself refuses a swapped or unknown element', () => {
    expect(UBL.followsOrder(['ID', 'IssueDate'], UBL.INVOICE_ORDER)).toBe(true);
    expect(UBL.followsOrder(['IssueDate', 'ID'], UBL.INVOICE_ORDER)).toBe(false);
    expect(UBL.followsOrder(['ID', 'Whatever'], UBL.INVOICE_ORDER)).toBe(false);
  });
});

describe('escaping', () => {
  it('escapes markup characters in text and attributes', () => {
    expect(escapeText('A & B <c> "d" \'e\'')).toBe('A &amp; B &lt;c&gt; "d" \'e\'');
    expect(escapeAttribute('A & "B"\n<c>')).toBe('A &amp; &quot;B&quot;&#10;&lt;c&gt;');
  });

  it('drops characters XML 1.0 cannot carry, keeps every other one (emoji, Sámi, Norwegian)', () => {
    expect(escapeText('Bell\u0007 NUL\u0000 tab\tÆØÅ áŋŧ 😀')).toBe('Bell NUL tab\tÆØÅ áŋŧ 😀');
    expect(escapeText('lone \ud800 surrogate')).toBe('lone  surrogate');
  });

  it('normalises to NFC, so "ø" typed as o + combining stroke reads as one letter', () => {
    expect(escapeText('Tromso\u0308')).toBe('Tromsö');
  });

  it('names with &, <, >, quotes and non-ASCII come back from a real XML parser exactly as given', () => {
    const doc = readEhf(buildEhfInvoice(invoiceAwkwardNames));
    expect(doc.one('//cac:AccountingSupplierParty//cac:PartyName/cbc:Name')).toBe(awkwardNames.clinic);
    expect(doc.one('//cac:AccountingSupplierParty//cbc:RegistrationName')).toBe('Ærlig & Søn Fysioterapi AS'); // the bell is gone
    expect(doc.one('//cac:AccountingSupplierParty//cbc:StreetName')).toBe(awkwardNames.street);
    expect(doc.one('//cac:AccountingSupplierParty//cbc:CityName')).toBe(awkwardNames.city);
    expect(doc.one('//cac:AccountingCustomerParty//cac:PartyName/cbc:Name')).toBe(awkwardNames.insurer);
    expect(doc.one('//cac:Item/cbc:Name')).toBe(awkwardNames.tariffName);
    expect(doc.one('//cac:AdditionalItemProperty[cbc:Name = "TherapistName"]/cbc:Value')).toBe(awkwardNames.therapist);
    expect(doc.one('/inv:Invoice/cbc:BuyerReference')).toBe('Ref <42> & "x"');
  });
});

describe('the VAT category (see vat.ts for why)', () => {
  it('is E for a clinic in Foretaksregisteret or the VAT register, O for one in neither', () => {
    expect(vatCategoryFor({ vatRegistered: false, inBusinessRegister: true }).id).toBe('E');
    expect(vatCategoryFor({ vatRegistered: true, inBusinessRegister: false }).id).toBe('E');
    expect(vatCategoryFor({ vatRegistered: true, inBusinessRegister: true }).id).toBe('E');
    expect(vatCategoryFor({ vatRegistered: false, inBusinessRegister: false })).toMatchObject({
      id: 'O',
      percent: null,
      exemptionReasonCode: 'VATEX-EU-O',
    });
  });
});

describe('refusing to write a document the rules would refuse', () => {
  const issuePaths = (f: () => unknown) => {
    const { code, issues } = refusalOf(f);
    expect(code).toBe('INVOICE_DATA_INVALID');
    return issues!.map((i) => i.path.join('.'));
  };

  it('lists every missing or wrong fact with its path, in both languages', () => {
    const input = {
      ...invoiceOneLine,
      number: ' ',
      caseId: '6Q-P',
      dueDate: '2026-03-01',
      seller: { ...clinicAs, orgNumber: '921400013', address: { street: '', postcode: '364', city: 'Oslo' } },
      buyer: { ...invoiceOneLine.buyer, name: '  ' },
      payment: { bankAccount: '86011117948', kid: 'abc' },
      lines: [
        {
          ...invoiceOneLine.lines[0]!,
          priceOre: -100,
          quantity: 0,
          treatment: { startsAt: new Date('nope'), durationMinutes: 0, therapist: { hprNumber: '12' } },
        },
      ],
    };
    expect(issuePaths(() => buildEhfInvoice(input))).toEqual([
      'number',
      'caseId',
      'seller.orgNumber',
      'seller.address.street',
      'seller.address.postcode',
      'buyer.name',
      'payment.bankAccount',
      'payment.kid',
      'lines.0.priceOre',
      'lines.0.quantity',
      'lines.0.treatment.startsAt',
      'lines.0.treatment.durationMinutes',
      'lines.0.treatment.therapist.hprNumber',
      'dueDate',
    ]);
    const price = invoiceInputIssues(input).find((i) => i.path === 'lines.0.priceOre')!;
    expect([wordIssue('nb', price), wordIssue('en', price)]).toEqual([
      'Beløpet kan ikke være negativt.',
      'The amount cannot be negative.',
    ]);
  });

  it('needs at least one line (BR-16)', () => {
    expect(issuePaths(() => buildEhfInvoice({ ...invoiceOneLine, lines: [] }))).toEqual(['lines']);
  });

  it('a credit note needs the invoice it credits, not newer than itself', () => {
    expect(creditNoteInputIssues(creditNote)).toEqual([]);
    expect(
      issuePaths(() => buildEhfCreditNote({ ...creditNote, invoice: { number: '', issueDate: '2026-12-01' } })),
    ).toEqual(['invoice.number', 'invoice.issueDate']);
  });

  it('accepts every example as it is', () => {
    for (const e of Object.values(EXAMPLES))
      expect(e.kind === 'invoice' ? invoiceInputIssues(e.input) : creditNoteInputIssues(e.input)).toEqual([]);
  });
});
