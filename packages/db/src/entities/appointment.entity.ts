import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { baseProperties } from './common.js';
import { Clinic } from './clinic.entity.js';
import { AppointmentBook } from './appointment-book.entity.js';
import { AppointmentType } from './appointment-type.entity.js';
import { Insurer } from './insurer.entity.js';
import { Tariff } from './tariff.entity.js';
import { Patient } from './patient.entity.js';
import { Claim } from './claim.entity.js';
import { Department } from './department.entity.js';

export const APPOINTMENT_KINDS = ['booking', 'hold', 'block'] as const;
export const APPOINTMENT_STATUSES = ['active', 'cancelled', 'no_show'] as const;
export const APPOINTMENT_SOURCES = ['agent', 'insurer_app', 'clinic'] as const;

/**
 * Time taken in a book: a booking, a hold (an agent filling in the form; expires) or a block (the clinic's own busy
 * time). The migration adds `appointment_no_overlap`: an exclusion constraint over (book, time range) for every
 * active row, so PostgreSQL itself refuses a double booking whatever any process believes (holds and blocks too).
 */
export const Appointment = defineEntity({
  name: 'Appointment',
  tableName: 'appointment',
  indexes: [
    { properties: ['book', 'startAt'] },
    // The sweeper and the lazy check before a hold look for expired holds.
    {
      name: 'appointment_hold_expiry_index',
      expression: `create index "appointment_hold_expiry_index" on "appointment" ("hold_expires_at") where "kind" = 'hold' and "status" = 'active'`,
    },
    {
      // Declared here so the schema diff knows the constraint's index and leaves it alone.
      name: 'appointment_no_overlap',
      expression: `alter table "appointment" add constraint "appointment_no_overlap" exclude using gist ("book_id" with =, tstzrange("start_at", "end_at", '[)') with &&) where ("status" = 'active')`,
    },
  ],
  checks: [{ name: 'appointment_time_order', expression: 'end_at > start_at' }],
  properties: (p) => ({
    ...baseProperties,
    clinic: () => p.manyToOne(Clinic).deleteRule('cascade').index(),
    book: () => p.manyToOne(AppointmentBook).deleteRule('cascade'),
    /**
     * T5: the department (visiting address) the patient comes to, as chosen from the search hit; null when unknown
     * (blocks, bookings from before it was stored, or a type offered at several departments held without one).
     */
    department: () => p.manyToOne(Department).nullable().deleteRule('set null').index(),
    type: () => p.manyToOne(AppointmentType).nullable().deleteRule('set null'),
    startAt: p.datetime(),
    endAt: p.datetime(),
    kind: p.enum([...APPOINTMENT_KINDS]),
    status: p.enum([...APPOINTMENT_STATUSES]).default('active'),
    holdExpiresAt: p.datetime().nullable(),
    /** When the hold was extended (once at most, booking.extendHold); null for one never extended. */
    holdExtendedAt: p.datetime().nullable(),
    source: p.enum([...APPOINTMENT_SOURCES]).nullable(),
    insurer: () => p.manyToOne(Insurer).nullable().deleteRule('set null'),
    tariff: () => p.manyToOne(Tariff).nullable().deleteRule('set null'),
    caseId: p.string().nullable(),
    patientRemark: p.text().nullable(),
    note: p.text().nullable(),
    createdBy: p.string().columnType('text').nullable(),
    cancelledAt: p.datetime().nullable(),
    cancelReason: p.text().nullable(),
    /** Who a cancellation was on behalf of: the patient or the clinic (null when not cancelled). */
    cancelledBy: p.string().columnType('text').nullable(),
    patient: () => p.manyToOne(Patient).nullable().deleteRule('set null').index(),
    /**
     * The patient's name and contact details as the booker gave them. The card (`patient`) is the clinic's and a
     * booking never rewrites it; this booking's notifications go here, and the clinic sees where they differ from its
     * card. Null for holds, blocks and bookings made without details (their notifications use the card's).
     */
    bookedName: p.string().nullable(),
    bookedPhone: p.string().nullable(),
    bookedEmail: p.string().nullable(),
    /** K5: the claim the booking's case id links to; null without a case id. */
    claim: () => p.manyToOne(Claim).nullable().deleteRule('set null').index(),
    /** K6: booked without a claim; the patient pays. */
    paidByPatient: p.boolean().default(false),
  }),
});
export type Appointment = InferEntity<typeof Appointment>;
