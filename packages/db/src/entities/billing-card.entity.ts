import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { BILLING_CARD_STATUSES } from '@bn/domain';
import { baseProperties } from './common.js';
import { Clinic } from './clinic.entity.js';
import { Appointment } from './appointment.entity.js';
import { Patient } from './patient.entity.js';
import { Claim } from './claim.entity.js';

/**
 * A billing card (regningskort), P1: made from one appointment, draft → billed → credited. The database keeps one card
 * per appointment that is not credited (a credited card makes room for its replacement), and invoice and credit-note
 * numbers unique per clinic (the seller, BT-1). A billed card is never edited: its lines are what the invoice says.
 * The credit note is the credited card's own: its number and when it was made.
 */
export const BillingCard = defineEntity({
  name: 'BillingCard',
  tableName: 'billing_card',
  indexes: [
    {
      name: 'billing_card_one_open_per_appointment',
      expression: `create unique index "billing_card_one_open_per_appointment" on "billing_card" ("appointment_id") where "status" <> 'credited'`,
    },
    {
      name: 'billing_card_invoice_number_unique',
      expression: `create unique index "billing_card_invoice_number_unique" on "billing_card" ("clinic_id", "invoice_number") where "invoice_number" is not null`,
    },
    {
      name: 'billing_card_credit_note_number_unique',
      expression: `create unique index "billing_card_credit_note_number_unique" on "billing_card" ("clinic_id", "credit_note_number") where "credit_note_number" is not null`,
    },
  ],
  checks: [
    {
      name: 'billing_card_status_facts',
      expression: `(status = 'draft' and billed_at is null and invoice_number is null and credited_at is null) or (status = 'billed' and billed_at is not null and invoice_number is not null and credited_at is null) or (status = 'credited' and billed_at is not null and invoice_number is not null and credited_at is not null and credit_note_number is not null)`,
    },
  ],
  properties: (p) => ({
    ...baseProperties,
    clinic: () => p.manyToOne(Clinic).deleteRule('cascade').index(),
    appointment: () => p.manyToOne(Appointment).deleteRule('cascade').index(),
    patient: () => p.manyToOne(Patient).deleteRule('cascade').index(),
    /** The insurance claim the card bills; null: the patient pays (K6). */
    claim: () => p.manyToOne(Claim).nullable().deleteRule('set null').index(),
    status: p.enum([...BILLING_CARD_STATUSES]).default('draft'),
    /** Oslo date of the appointment's start: the date the claim must be valid on. */
    treatmentDate: p.date(),
    billedAt: p.datetime().nullable(),
    /** Oslo date of billing: the invoice's issue date (BT-2). */
    invoiceDate: p.date().nullable(),
    invoiceNumber: p.string().columnType('text').nullable(),
    creditedAt: p.datetime().nullable(),
    creditNoteDate: p.date().nullable(),
    creditNoteNumber: p.string().columnType('text').nullable(),
  }),
});
export type BillingCard = InferEntity<typeof BillingCard>;
