// UBL 2.1's element order (xsd:sequence) for the elements the builder writes, from the OASIS UBL 2.1 schemas
// (maindoc UBL-Invoice-2.1.xsd, UBL-CreditNote-2.1.xsd, common UBL-CommonAggregateComponents-2.1.xsd). The Peppol
// Schematron does not check element order and the XSDs are not available here, so the tests check it against these.
// Only elements the builder can write are listed; a child the list does not know fails the test too.

export const INVOICE_ORDER = [
  'CustomizationID',
  'ProfileID',
  'ID',
  'IssueDate',
  'DueDate',
  'InvoiceTypeCode',
  'Note',
  'DocumentCurrencyCode',
  'BuyerReference',
  'InvoicePeriod',
  'OrderReference',
  'BillingReference',
  'AccountingSupplierParty',
  'AccountingCustomerParty',
  'PaymentMeans',
  'PaymentTerms',
  'TaxTotal',
  'LegalMonetaryTotal',
  'InvoiceLine',
];

export const CREDIT_NOTE_ORDER = [
  'CustomizationID',
  'ProfileID',
  'ID',
  'IssueDate',
  'CreditNoteTypeCode',
  'Note',
  'DocumentCurrencyCode',
  'BuyerReference',
  'InvoicePeriod',
  'OrderReference',
  'BillingReference',
  'AccountingSupplierParty',
  'AccountingCustomerParty',
  'PaymentMeans',
  'PaymentTerms',
  'TaxTotal',
  'LegalMonetaryTotal',
  'CreditNoteLine',
];

export const PARTY_ORDER = [
  'EndpointID',
  'PartyIdentification',
  'PartyName',
  'PostalAddress',
  'PartyTaxScheme',
  'PartyLegalEntity',
  'Contact',
];
export const ADDRESS_ORDER = [
  'StreetName',
  'AdditionalStreetName',
  'CityName',
  'PostalZone',
  'CountrySubentity',
  'Country',
];
export const LEGAL_ENTITY_ORDER = ['RegistrationName', 'CompanyID', 'CompanyLegalForm'];
export const INVOICE_LINE_ORDER = ['ID', 'Note', 'InvoicedQuantity', 'LineExtensionAmount', 'Item', 'Price'];
export const CREDIT_NOTE_LINE_ORDER = ['ID', 'Note', 'CreditedQuantity', 'LineExtensionAmount', 'Item', 'Price'];
export const ITEM_ORDER = [
  'Description',
  'Name',
  'SellersItemIdentification',
  'ClassifiedTaxCategory',
  'AdditionalItemProperty',
];
export const TAX_CATEGORY_ORDER = ['ID', 'Percent', 'TaxExemptionReasonCode', 'TaxExemptionReason', 'TaxScheme'];
export const PAYMENT_MEANS_ORDER = ['PaymentMeansCode', 'PaymentID', 'PayeeFinancialAccount'];
export const MONETARY_TOTAL_ORDER = [
  'LineExtensionAmount',
  'TaxExclusiveAmount',
  'TaxInclusiveAmount',
  'PayableAmount',
];

/** True when `names` follow `order` (repeats allowed, nothing unknown). */
export function followsOrder(names: readonly string[], order: readonly string[]): boolean {
  let at = 0;
  for (const name of names) {
    const i = order.indexOf(name);
    if (i < at) return false; // unknown (-1) or out of order
    at = i;
  }
  return true;
}
