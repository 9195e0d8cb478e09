// English texts of the clinic's own bookings and the practitioner's calendar; the keys are those of clinic-booking.nb.ts.
import type { clinicBookingNb } from './clinic-booking.nb.js';

export const clinicBookingEn: Record<keyof typeof clinicBookingNb, string> = {
  'clinicBooking.open': 'Book {from}–{to}',
  'clinicBooking.heading': 'Book an appointment in {book}',
  'clinicBooking.intro': 'The appointment is booked by the clinic. It leaves the network’s search at once.',
  'clinicBooking.patient': 'Patient',
  'clinicBooking.find': 'Find patient',
  'clinicBooking.choose': 'Choose {name}',
  'clinicBooking.chosen': 'Chosen patient: {name}',
  'clinicBooking.change': 'Change patient',
  'clinicBooking.new': 'New patient',
  'clinicBooking.time': 'Time and appointment type',
  'clinicBooking.time.placeholder': 'Choose a time',
  'clinicBooking.remark': 'Patient remark',
  'clinicBooking.note': 'Note',
  'clinicBooking.submit': 'Book the appointment',
  'clinicBooking.missingPatient': 'Choose or create the patient first.',
  'clinicBooking.missingTime': 'Choose a time.',
  'clinicBooking.done': 'The appointment {time} is booked for {name}.',
  'clinicBooking.close': 'Close',
  'audit.entity.appointment': 'the appointment',
  'myCalendar.heading': 'My calendar',
  'myCalendar.noBooks': 'You do not own an appointment book yet.',
};
