import { PROFESSION_INFO } from '../../professions.js';
import { osloOffsetMinutes, toOslo } from '../../time/oslo.js';
import { oreToDecimal, sumOre } from '../money.js';
import { normaliseTariffCode } from '../tariff-code.js';
import { el, text, type XmlElement } from './xml.js';
import type { EhfLine, EhfTreatment } from './types.js';
import type { EhfVatCategory } from './vat.js';

/** Document lines and the sums over them: computed once here, written from the same numbers everywhere. */

export const CURRENCY = 'NOK';
/** UN/ECE Recommendation 20 "one" (C62): a treatment is counted, not weighed. */
export const UNIT_CODE = 'C62';

export interface EhfTotals {
  /** Per line: unit price × quantity, in øre. */
  lineAmountsOre: number[];
  /** BT-106 = Σ BT-131 (BR-CO-10). No allowances or charges, so BT-109 (tax exclusive) is the same. */
  lineExtensionOre: number;
  /** BT-110: 0 — every line is exempt (BR-E-09 / BR-O-09). */
  taxOre: number;
  /** BT-112 = BT-109 + BT-110 (BR-CO-15). */
  taxInclusiveOre: number;
  /** BT-115 = BT-112 with nothing prepaid (BR-CO-16). */
  payableOre: number;
}

export function ehfTotals(lines: readonly Pick<EhfLine, 'priceOre' | 'quantity'>[]): EhfTotals {
  const lineAmountsOre = lines.map((l) => l.priceOre * l.quantity);
  const lineExtensionOre = sumOre(lineAmountsOre);
  const taxOre = 0;
  const taxInclusiveOre = lineExtensionOre + taxOre;
  return { lineAmountsOre, lineExtensionOre, taxOre, taxInclusiveOre, payableOre: taxInclusiveOre };
}

export const amount = (name: string, ore: number) => text(name, oreToDecimal(ore), { currencyID: CURRENCY });

/** The treatment's start as xs:dateTime in Oslo time with its offset: 2026-03-30T09:15:00+02:00. */
export function osloDateTime(instant: Date): string {
  const { date, time } = toOslo(instant);
  const offset = osloOffsetMinutes(instant);
  const sign = offset < 0 ? '-' : '+';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  // Offsets are whole minutes, so the seconds are those of the instant itself.
  return `${date}T${time}:${String(instant.getUTCSeconds()).padStart(2, '0')}${sign}${hh}:${mm}`;
}

/** A name/value pair, or nothing when the value is unknown (BR-54: both parts or no attribute at all). */
function property(name: string, value: string | number | null | undefined): XmlElement | null {
  const v = text('cbc:Value', value);
  return v && el('cac:AdditionalItemProperty', [text('cbc:Name', name), v]);
}

/**
 * The insurers' per-line treatment data, as `cac:AdditionalItemProperty` name/value pairs (BT-160/BT-161): TreatmentId
 * (the tariff code — the B-code on an insurance line) and TreatmentDateTime always; TreatmentDuration (minutes),
 * TherapistHpr, TherapistName and Profession (the authorities' code, FYNO …, else the Norwegian name) where known.
 */
export function treatmentProperties(tariffCode: string, t: EhfTreatment): (XmlElement | null)[] {
  const profession = t.therapist?.profession;
  const professionValue = profession ? (PROFESSION_INFO[profession].code ?? PROFESSION_INFO[profession].nb) : null;
  return [
    property('TreatmentId', normaliseTariffCode(tariffCode)),
    property('TreatmentDateTime', osloDateTime(t.startsAt)),
    property('TreatmentDuration', t.durationMinutes),
    property('TherapistHpr', t.therapist?.hprNumber?.trim()),
    property('TherapistName', t.therapist?.name),
    property('Profession', professionValue),
  ];
}

export function vatCategoryElement(
  name: 'cac:ClassifiedTaxCategory' | 'cac:TaxCategory',
  vat: EhfVatCategory,
): XmlElement | null {
  const withReason = name === 'cac:TaxCategory'; // the reason belongs to the breakdown (UBL-CR-600 on lines)
  return el(name, [
    text('cbc:ID', vat.id),
    text('cbc:Percent', vat.percent),
    withReason && text('cbc:TaxExemptionReasonCode', vat.exemptionReasonCode),
    withReason && text('cbc:TaxExemptionReason', vat.exemptionReason),
    el('cac:TaxScheme', [text('cbc:ID', 'VAT')]),
  ]);
}

export function documentLine(
  kind: 'invoice' | 'credit_note',
  line: EhfLine,
  index: number,
  amountOre: number,
  vat: EhfVatCategory,
): XmlElement | null {
  const invoice = kind === 'invoice';
  return el(invoice ? 'cac:InvoiceLine' : 'cac:CreditNoteLine', [
    text('cbc:ID', index + 1),
    text(invoice ? 'cbc:InvoicedQuantity' : 'cbc:CreditedQuantity', line.quantity, { unitCode: UNIT_CODE }),
    amount('cbc:LineExtensionAmount', amountOre),
    el('cac:Item', [
      text('cbc:Name', line.tariffName),
      el('cac:SellersItemIdentification', [text('cbc:ID', normaliseTariffCode(line.tariffCode))]),
      vatCategoryElement('cac:ClassifiedTaxCategory', vat),
      ...treatmentProperties(line.tariffCode, line.treatment),
    ]),
    el('cac:Price', [amount('cbc:PriceAmount', line.priceOre)]),
  ]);
}
