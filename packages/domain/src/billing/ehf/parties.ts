import { normaliseBankAccount } from '../../validators/bank-account.js';
import { el, text, type XmlElement } from './xml.js';
import type { EhfAddress, EhfBuyer, EhfPayment, EhfSeller } from './types.js';

/** The seller (clinic), buyer (insurer) and payment parts of an EHF document, in UBL 2.1's element order. */

/** ISO 6523 ICD 0192: Enhetsregisteret ved Brønnøysundregistrene, the Norwegian organisation number. */
export const NORWEGIAN_ORG_NUMBER_SCHEME = '0192';

/** UNCL 4461 code 30: credit transfer (BR-61: the account is then required, and always given). */
export const CREDIT_TRANSFER = '30';

const digits = (orgNumber: string) => orgNumber.replace(/\s/g, '');

function postalAddress(a: EhfAddress): XmlElement | null {
  return el('cac:PostalAddress', [
    text('cbc:StreetName', a.street),
    text('cbc:AdditionalStreetName', a.additionalStreet),
    text('cbc:CityName', a.city),
    text('cbc:PostalZone', a.postcode),
    el('cac:Country', [text('cbc:IdentificationCode', a.countryCode ?? 'NO')]),
  ]);
}

const taxScheme = (companyId: string, scheme: 'VAT' | 'TAX') =>
  el('cac:PartyTaxScheme', [text('cbc:CompanyID', companyId), el('cac:TaxScheme', [text('cbc:ID', scheme)])]);

/** The words foretaksregisterloven § 10-2 asks an AS/ASA to print on its invoices. */
export const BUSINESS_REGISTER_TEXT = 'Foretaksregisteret';

/** What seller and buyer both start with: reached at the organisation number, the name people know, the address. */
const partyStart = (party: EhfSeller | EhfBuyer) => [
  text('cbc:EndpointID', digits(party.orgNumber), { schemeID: NORWEGIAN_ORG_NUMBER_SCHEME }),
  el('cac:PartyName', [text('cbc:Name', party.name)]),
  postalAddress(party.address),
];

const legalEntity = (party: EhfSeller | EhfBuyer, ...more: (XmlElement | null | false)[]) =>
  el('cac:PartyLegalEntity', [
    text('cbc:RegistrationName', party.legalName?.trim() || party.name),
    text('cbc:CompanyID', digits(party.orgNumber), { schemeID: NORWEGIAN_ORG_NUMBER_SCHEME }),
    ...more,
  ]);

export function sellerParty(seller: EhfSeller): XmlElement | null {
  const org = digits(seller.orgNumber);
  return el('cac:AccountingSupplierParty', [
    el('cac:Party', [
      ...partyStart(seller),
      // BT-31, checked by NO-R-001: NO + a valid organisation number + MVA.
      seller.vatRegistered && taxScheme(`NO${org}MVA`, 'VAT'),
      // BT-32, where NO-R-002 looks for it (and what satisfies BR-E-02 for a clinic that is not VAT-registered).
      seller.inBusinessRegister && taxScheme(BUSINESS_REGISTER_TEXT, 'TAX'),
      // BT-33, "Seller additional legal information": the same statement, where people reading the invoice see it.
      legalEntity(seller, seller.inBusinessRegister && text('cbc:CompanyLegalForm', BUSINESS_REGISTER_TEXT)),
      seller.contact &&
        el('cac:Contact', [
          text('cbc:Name', seller.contact.name),
          text('cbc:Telephone', seller.contact.phone),
          text('cbc:ElectronicMail', seller.contact.email),
        ]),
    ]),
  ]);
}

/** The insurer: reached at its organisation number (PEPPOL-EN16931-R010), no VAT identifier stated (see vat.ts). */
export function buyerParty(buyer: EhfBuyer): XmlElement | null {
  return el('cac:AccountingCustomerParty', [el('cac:Party', [...partyStart(buyer), legalEntity(buyer)])]);
}

export function paymentMeans(payment: EhfPayment | null | undefined): XmlElement | null {
  if (!payment) return null;
  return el('cac:PaymentMeans', [
    text('cbc:PaymentMeansCode', CREDIT_TRANSFER),
    text('cbc:PaymentID', payment.kid?.trim()),
    el('cac:PayeeFinancialAccount', [text('cbc:ID', normaliseBankAccount(payment.bankAccount))]),
  ]);
}
