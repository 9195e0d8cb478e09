import type { EhfSeller } from './types.js';

/**
 * The VAT category of a clinic's treatments on an EHF document.
 *
 * Health services (examination and treatment by physiotherapists, chiropractors, psychologists …) are exempt from
 * Norwegian VAT: they are "unntatt fra merverdiavgiftsloven", mval. § 3-2 — no VAT is charged and no input VAT
 * deducted. That is what EN 16931 calls category E, "Exempt from VAT" (UNCL 5305; in the EU the same supply is the
 * exemption of medical care in art. 132(1)(c) of the VAT directive), not Z ("zero rated", Norway's "fritatt",
 * mval. chapter 6, where input VAT is deducted). EN 16931 then requires, and the schematron checks:
 * - BR-E-05/06/07: the rate is 0 on every line, allowance and charge of category E;
 * - BR-E-01, BR-E-08, BR-E-09: exactly one E breakdown, its taxable amount the sum of the E lines, its tax 0;
 * - BR-E-10: an exemption reason, code (BT-121) or text (BT-120) — we give the text with the Norwegian legal basis,
 *   not an EU VATEX code: the VATEX-EU-132 codes cite an EU directive that does not bind a Norwegian seller;
 * - BR-E-02: the seller states a VAT identifier (BT-31) or a tax registration identifier (BT-32). A VAT-registered
 *   clinic has its NO…MVA number; a clinic in Foretaksregisteret states "Foretaksregisteret" in BT-32 (a
 *   `cac:PartyTaxScheme` with tax scheme TAX), which is where the Norwegian rule NO-R-002 reads it.
 *
 * A clinic with neither — a sole proprietorship outside both registers, common among physiotherapists — cannot state
 * what BR-E-02 requires, so its documents use category O, "Not subject to VAT" (VATEX-EU-O): EN 16931's category for
 * a seller outside the VAT system, which must then name no VAT identifier at all (BR-O-02) and may have no other
 * category on the document (BR-O-11…14) — both hold, as every line is a health service.
 */
export type EhfVatCategory =
  | { id: 'E'; percent: 0; exemptionReasonCode: null; exemptionReason: string }
  | { id: 'O'; percent: null; exemptionReasonCode: 'VATEX-EU-O'; exemptionReason: string };

export const HEALTH_SERVICES_EXEMPTION_REASON =
  'Helsetjenester er unntatt fra merverdiavgift, jf. merverdiavgiftsloven § 3-2';
export const NOT_SUBJECT_TO_VAT_REASON =
  'Ikke merverdiavgiftspliktig: helsetjenester er unntatt fra merverdiavgift, jf. merverdiavgiftsloven § 3-2';

export function vatCategoryFor(seller: Pick<EhfSeller, 'vatRegistered' | 'inBusinessRegister'>): EhfVatCategory {
  if (seller.vatRegistered || seller.inBusinessRegister) {
    return { id: 'E', percent: 0, exemptionReasonCode: null, exemptionReason: HEALTH_SERVICES_EXEMPTION_REASON };
  }
  return { id: 'O', percent: null, exemptionReasonCode: 'VATEX-EU-O', exemptionReason: NOT_SUBJECT_TO_VAT_REASON };
}
