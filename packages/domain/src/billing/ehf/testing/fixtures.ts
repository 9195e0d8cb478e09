// The kinds of EHF document the product makes, as builder inputs: used by the unit tests and by
// `scripts/write-ehf-examples.ts`, whose output is what `validate.sh` (the official Peppol rules) was run on.
import { osloInstant } from '../../../time/oslo.js';
import type { EhfBuyer, EhfCreditNoteInput, EhfInvoiceInput, EhfLine, EhfSeller } from '../types.js';

/** An AS: in Foretaksregisteret, not VAT-registered (it sells only health services). Numbers as in the demo network. */
export const clinicAs: EhfSeller = {
  name: 'Majorstuen Fysioterapi og Kiropraktikk',
  legalName: 'Majorstuen Fysioterapi og Kiropraktikk AS',
  orgNumber: '921400012',
  vatRegistered: false,
  inBusinessRegister: true,
  address: { street: 'Kirkeveien 64', postcode: '0364', city: 'Oslo' },
  contact: { name: 'Kari Nordmann', phone: '+47 22 00 00 00', email: 'post@majorstuen-fysio.example' },
};

/** A clinic that also sells taxable goods, so it is VAT-registered as well. */
export const clinicVat: EhfSeller = {
  ...clinicAs,
  name: 'Bergen Helse og Bevegelse',
  legalName: 'Bergen Helse og Bevegelse AS',
  orgNumber: '921400020',
  vatRegistered: true,
};

/** A sole proprietorship in neither register: category O. */
export const soleProprietor: EhfSeller = {
  name: 'Fysioterapeut Ola Hansen',
  orgNumber: '912345602',
  vatRegistered: false,
  inBusinessRegister: false,
  address: { street: 'Storgata 1', postcode: '9008', city: 'Tromsø' },
};

export const insurer: EhfBuyer = {
  name: 'Storebrand',
  legalName: 'Storebrand Livsforsikring AS',
  orgNumber: '958995369',
  address: { street: 'Professor Kohts vei 9', postcode: '1366', city: 'Lysaker' },
};

const therapist = { name: 'Per Fysio', hprNumber: '9144889', profession: 'physiotherapist' as const };

/** 30 March 2026 09:15 in Oslo: summer time, the day after the spring change. */
export const summerTreatment = { startsAt: osloInstant('2026-03-30', '09:15'), durationMinutes: 45, therapist };
/** 27 October 2026 14:00: winter time, two days after the autumn change. */
export const winterTreatment = { startsAt: osloInstant('2026-10-27', '14:00'), durationMinutes: 30, therapist };

export const b1010: EhfLine = {
  tariffCode: 'B1010',
  tariffName: 'Fysioterapi konsultasjon',
  priceOre: 65000,
  quantity: 1,
  treatment: summerTreatment,
};

export const invoiceOneLine: EhfInvoiceInput = {
  number: '2026-0001',
  issueDate: '2026-03-31',
  dueDate: '2026-04-14',
  paymentTerms: 'Betales innen 14 dager.',
  caseId: '6qptr',
  seller: clinicAs,
  buyer: insurer,
  lines: [b1010],
  payment: { bankAccount: '8601 11 17947', kid: '0000123456789' },
};

/** Helfo and insurance tariffs on one card (T4), the Helfo lines first (P1), an amount with øre, a quantity of 2. */
export const invoiceMixed: EhfInvoiceInput = {
  ...invoiceOneLine,
  number: '2026-0002',
  issueDate: '2026-10-28',
  dueDate: '2026-11-11',
  seller: clinicVat,
  caseId: 'A1B2C3',
  lines: [
    {
      tariffCode: 'A3a',
      tariffName: 'Behandling hos fysioterapeut',
      priceOre: 22450,
      quantity: 1,
      treatment: winterTreatment,
    },
    {
      tariffCode: 'A3b',
      tariffName: 'Tillegg per påbegynte 10 min over 20 min',
      priceOre: 7925,
      quantity: 2,
      treatment: winterTreatment,
    },
    {
      tariffCode: 'B1020',
      tariffName: 'Manuellterapi konsultasjon',
      priceOre: 79999,
      quantity: 1,
      treatment: { ...winterTreatment, therapist: { ...therapist, profession: 'manual_therapist' } },
    },
  ],
  payment: { bankAccount: 'NO93 8601 1117 947' },
};

export const creditNote: EhfCreditNoteInput = {
  number: 'K-2026-0001',
  issueDate: '2026-11-02',
  caseId: invoiceMixed.caseId,
  seller: invoiceMixed.seller,
  buyer: invoiceMixed.buyer,
  lines: invoiceMixed.lines,
  note: 'Feil takst fakturert; ny faktura følger.',
  invoice: { number: invoiceMixed.number, issueDate: invoiceMixed.issueDate },
};

/** Names a careless writer would break: &, <, >, quotes, apostrophes, Norwegian and Sámi letters, an emoji, a control character. */
export const awkwardNames = {
  clinic: 'Fysio & Helse <Sentrum> "Nord" AS',
  clinicLegal: 'Ærlig & Søn\u0007 Fysioterapi AS',
  street: "Åsveien 3 'B' & 5",
  city: 'Ålesund',
  insurer: 'If Skadeforsikring NUF & Co <test>',
  therapist: 'Siri O’Brien-Østbø > Ánde Čuđiš 😀',
  tariffName: 'Behandling <akutt> & "oppfølging"',
};

export const invoiceAwkwardNames: EhfInvoiceInput = {
  ...invoiceOneLine,
  number: '2026-0003',
  note: 'Merknad med <tegn> & "sitat"',
  seller: {
    ...clinicAs,
    name: awkwardNames.clinic,
    legalName: awkwardNames.clinicLegal,
    address: { street: awkwardNames.street, postcode: '6002', city: awkwardNames.city },
  },
  buyer: { ...insurer, name: awkwardNames.insurer, reference: 'Ref <42> & "x"' },
  lines: [
    {
      ...b1010,
      tariffName: awkwardNames.tariffName,
      treatment: {
        ...summerTreatment,
        therapist: { name: awkwardNames.therapist, hprNumber: null, profession: 'osteopath' },
      },
    },
  ],
};

export const invoiceSoleProprietor: EhfInvoiceInput = {
  ...invoiceOneLine,
  number: '2026-0004',
  seller: soleProprietor,
  payment: null,
};

export const creditNoteSoleProprietor: EhfCreditNoteInput = {
  ...creditNote,
  number: 'K-2026-0002',
  issueDate: '2026-04-02',
  caseId: invoiceSoleProprietor.caseId,
  seller: soleProprietor,
  lines: invoiceSoleProprietor.lines,
  note: null,
  invoice: { number: invoiceSoleProprietor.number, issueDate: invoiceSoleProprietor.issueDate },
};

/** Every kind of document, by file name. */
export const EXAMPLES = {
  'invoice-one-line.xml': { kind: 'invoice', input: invoiceOneLine },
  'invoice-helfo-and-insurance-lines.xml': { kind: 'invoice', input: invoiceMixed },
  'credit-note.xml': { kind: 'credit_note', input: creditNote },
  'invoice-special-characters.xml': { kind: 'invoice', input: invoiceAwkwardNames },
  'invoice-sole-proprietor.xml': { kind: 'invoice', input: invoiceSoleProprietor },
  'credit-note-sole-proprietor.xml': { kind: 'credit_note', input: creditNoteSoleProprietor },
} as const satisfies Record<
  string,
  { kind: 'invoice'; input: EhfInvoiceInput } | { kind: 'credit_note'; input: EhfCreditNoteInput }
>;
