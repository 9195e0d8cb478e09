import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { baseProperties } from './common.js';

export const Clinic = defineEntity({
  name: 'Clinic',
  tableName: 'clinic',
  properties: (p) => ({
    ...baseProperties,
    name: p.string(),
    orgNumber: p.string().length(9).unique(),
    /** N5: the network operator (or support) switches the integration on at the clinic's request. */
    integrationActive: p.boolean().default(false),
    /** D2: when the clinic told the network it has several departments; null until it has. */
    severalDepartmentsNotifiedAt: p.datetime().nullable(),
    /** T3: the clinic's cap on self-booked appointments per patient. */
    maxSelfBooked: p.integer().nullable(),
    /** The clinic's phone number (+47XXXXXXXX), set by its admin; agents see it with its times and bookings. */
    phone: p.text().nullable(),
    // The clinic as seller on its EHF invoices (BG-4), kept by the clinic's admin; null until given.
    /** The registered name (BT-27), e.g. "… AS"; the name when not given. */
    legalName: p.string().nullable(),
    invoiceStreet: p.string().nullable(),
    invoicePostcode: p.string().nullable(),
    invoiceCity: p.string().nullable(),
    /** Norwegian account number (11 digits) or IBAN the insurer pays to. */
    bankAccount: p.string().nullable(),
    /** Registered in Foretaksregisteret (an AS/ASA must say so on its invoices). */
    inBusinessRegister: p.boolean().default(false),
    /** Registered in Merverdiavgiftsregisteret (NO…MVA stated on invoices). */
    vatRegistered: p.boolean().default(false),
    /** P1: whether the clinic bills late cancellations and no-shows (then a card may be made for them). */
    chargesCancellation: p.boolean().default(false),
    chargesNoShow: p.boolean().default(false),
    /** The last invoice and credit-note numbers allocated: numbers are unique per seller and without gaps. */
    lastInvoiceNumber: p.integer().default(0),
    lastCreditNoteNumber: p.integer().default(0),
  }),
});
export type Clinic = InferEntity<typeof Clinic>;
