// What the agent checks before and after booking: the picked time — who (B2), where, when (Oslo time), how long,
// and what it is booked as, the tariff's name with the type's name under it (T1) — and the patient.
import type { ReactNode } from 'react';
import {
  formatDate,
  formatTime,
  isoWeekday,
  maskNationalId,
  osloDate,
  PROFESSION_INFO,
  WEEKDAY_LABELS,
  type Locale,
  type Profession,
} from '@bn/domain';
import type { AgentTranslate } from '../i18n/agent-messages.js';
import type { PatientPayload } from './patient-fields.js';
import type { SlotChoice } from './slot-choice.js';

export interface Fact {
  label: string;
  value: ReactNode;
}

export function slotFacts(slot: SlotChoice, at: AgentTranslate, locale: Locale): Fact[] {
  const weekday = WEEKDAY_LABELS[locale][isoWeekday(osloDate(new Date(slot.startAt))) - 1];
  const profession = PROFESSION_INFO[slot.profession as Profession]?.[locale] ?? slot.profession;
  return [
    {
      label: at('booking.fact.practitioner'),
      value: (
        <>
          {slot.practitionerName} <span className="muted">({profession})</span>
        </>
      ),
    },
    { label: at('booking.fact.clinic'), value: slot.clinicName },
    {
      label: at('booking.fact.address'),
      value: `${slot.departmentName}, ${slot.street}, ${slot.postcode} ${slot.city}`,
    },
    {
      label: at('booking.fact.date'),
      value: (
        <span className="booking-weekday">
          {weekday} {formatDate(slot.startAt)}
        </span>
      ),
    },
    { label: at('booking.fact.time'), value: `${formatTime(slot.startAt)}–${formatTime(slot.endAt)}` },
    { label: at('booking.fact.duration'), value: at('booking.fact.minutes', { minutes: slot.durationMinutes }) },
    {
      label: at('booking.fact.tariff'),
      value: (
        <>
          {slot.tariffName} ({slot.tariffCode})<span className="booking-type muted">{slot.typeName}</span>
        </>
      ),
    },
  ];
}

/** The patient as the summary and the receipt show them: the national id masked to its birth-date part. */
export interface PatientShown {
  name: string;
  maskedNationalId: string;
  phone?: string | null;
  email?: string | null;
  caseId: string | null;
  remark: string | null;
}

export function shownPatient(payload: PatientPayload): PatientShown {
  return {
    name: payload.patient.name,
    maskedNationalId: maskNationalId(payload.patient.nationalId),
    phone: payload.patient.phone,
    email: payload.patient.email,
    caseId: payload.caseId,
    remark: payload.patientRemark,
  };
}

export function patientFacts(patient: PatientShown, at: AgentTranslate): Fact[] {
  return [
    { label: at('booking.fact.patient'), value: patient.name },
    { label: at('booking.fact.nationalId'), value: patient.maskedNationalId },
    ...(patient.phone ? [{ label: at('booking.fact.phone'), value: patient.phone }] : []),
    ...(patient.email ? [{ label: at('booking.fact.email'), value: patient.email }] : []),
    { label: at('booking.fact.caseId'), value: patient.caseId ?? at('booking.fact.caseId.none') },
    { label: at('booking.fact.remark'), value: patient.remark ?? at('booking.fact.remark.none') },
  ];
}
