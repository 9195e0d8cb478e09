// Reads a downloaded EHF document (UBL 2.1) in the page's own XML parser: the elements and sums the Peppol BIS 3.0
// rules check, as plain values the spec compares.
import type { Page } from '@playwright/test';

export interface EhfLine {
  id: string;
  quantity: string;
  lineExtension: string;
  price: string;
  name: string;
  taxCategory: string;
  properties: Record<string, string>;
}

export interface EhfFacts {
  root: string;
  customizationId: string;
  profileId: string;
  currency: string;
  orderReference: string;
  sellerEndpoint: { scheme: string; id: string };
  buyerEndpoint: { scheme: string; id: string };
  sellerTaxSchemes: string[];
  lines: EhfLine[];
  taxAmount: string;
  taxSubtotals: { taxable: string; tax: string; category: string; exemptionReason: string }[];
  totals: Record<string, string>;
}

export function readEhf(page: Page, xml: string): Promise<EhfFacts> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('not well-formed XML');
    const kids = (el: Element | null, name: string) =>
      el ? Array.from(el.children).filter((c) => c.localName === name) : [];
    const kid = (el: Element | null, name: string) => kids(el, name)[0] ?? null;
    const path = (el: Element | null, ...names: string[]) =>
      names.reduce<Element | null>((at, name) => kid(at, name), el);
    const val = (el: Element | null, ...names: string[]) => path(el, ...names)?.textContent?.trim() ?? '';
    const root = doc.documentElement;
    const endpoint = (party: string) => {
      const e = path(root, party, 'Party', 'EndpointID');
      return { scheme: e?.getAttribute('schemeID') ?? '', id: e?.textContent?.trim() ?? '' };
    };
    const lineName = root.localName === 'CreditNote' ? 'CreditNoteLine' : 'InvoiceLine';
    const quantityName = root.localName === 'CreditNote' ? 'CreditedQuantity' : 'InvoicedQuantity';
    const taxTotal = kid(root, 'TaxTotal');
    const monetary = kid(root, 'LegalMonetaryTotal');
    return {
      root: root.localName,
      customizationId: val(root, 'CustomizationID'),
      profileId: val(root, 'ProfileID'),
      currency: val(root, 'DocumentCurrencyCode'),
      orderReference: val(root, 'OrderReference', 'ID'),
      sellerEndpoint: endpoint('AccountingSupplierParty'),
      buyerEndpoint: endpoint('AccountingCustomerParty'),
      sellerTaxSchemes: kids(path(root, 'AccountingSupplierParty', 'Party'), 'PartyTaxScheme').map((s) =>
        val(s, 'CompanyID'),
      ),
      lines: kids(root, lineName).map((l) => ({
        id: val(l, 'ID'),
        quantity: val(l, quantityName),
        lineExtension: val(l, 'LineExtensionAmount'),
        price: val(l, 'Price', 'PriceAmount'),
        name: val(l, 'Item', 'Name'),
        taxCategory: val(l, 'Item', 'ClassifiedTaxCategory', 'ID'),
        properties: Object.fromEntries(
          kids(kid(l, 'Item'), 'AdditionalItemProperty').map((p) => [val(p, 'Name'), val(p, 'Value')]),
        ),
      })),
      taxAmount: val(taxTotal, 'TaxAmount'),
      taxSubtotals: kids(taxTotal, 'TaxSubtotal').map((s) => ({
        taxable: val(s, 'TaxableAmount'),
        tax: val(s, 'TaxAmount'),
        category: val(s, 'TaxCategory', 'ID'),
        exemptionReason: val(s, 'TaxCategory', 'TaxExemptionReason'),
      })),
      totals: Object.fromEntries(
        Array.from(monetary?.children ?? []).map((c) => [c.localName, c.textContent?.trim() ?? '']),
      ),
    };
  }, xml);
}
