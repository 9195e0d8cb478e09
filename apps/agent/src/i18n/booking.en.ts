// English texts of the agent's booking; the keys are exactly those of booking.nb.ts.
import { HOLD_MINUTES } from '@bn/domain';
import type { bookingNb } from './booking.nb.js';

export const bookingEn: Record<keyof typeof bookingNb, string> = {
  'agent.nav.bookings': 'My bookings',

  'booking.heading': 'Book an appointment',
  'booking.back': 'Back to the search',
  'booking.slot.loading': 'Loading the time …',
  'booking.slot.badLink': 'This link does not point to a free time. Pick a time in the search.',
  'booking.slot.gone': 'This time is no longer free. Pick another time in the search.',
  'booking.slot.heading': 'The time',
  'booking.bookTime': 'Book {time} {date} with {name}',
  'booking.bookTimeOf': 'Book {time} {date} with {name}, {what}',

  'booking.fact.practitioner': 'Practitioner',
  'booking.fact.clinic': 'Clinic',
  'booking.fact.address': 'Address',
  'booking.fact.date': 'Date',
  'booking.fact.time': 'Time',
  'booking.fact.duration': 'Duration',
  'booking.fact.tariff': 'Tariff',
  'booking.fact.patient': 'Patient',
  'booking.fact.nationalId': 'National identity number',
  'booking.fact.phone': 'Phone',
  'booking.fact.email': 'Email',
  'booking.fact.caseId': 'Case id (SakID)',
  'booking.fact.caseId.none': 'No case id – the patient pays',
  'booking.fact.remark': 'Patient remark',
  'booking.fact.remark.none': 'None',
  'booking.fact.reference': 'Reference',
  'booking.fact.minutes': '{minutes, plural, one {# minute} other {# minutes}}',

  'booking.hold.pending': 'Holding the time …',
  'booking.hold.left': 'The time is held for you for',
  'booking.hold.note': `Finish the booking within ${HOLD_MINUTES} minutes. After that, others can book the time.`,
  'booking.hold.announce.60': 'One minute left before the time is released.',
  'booking.hold.announce.30': 'Half a minute left before the time is released.',
  'booking.hold.expired.title': 'The time is no longer held for you',
  'booking.hold.expired.body':
    'The time is not booked, and others can book it now. Hold it again – what you have typed is kept – or go back to the search.',
  'booking.hold.again': 'Hold the time again',

  'booking.form.label': 'The patient’s details',
  'booking.form.nationalId': 'National identity number or D-number',
  'booking.form.nationalId.hint': '11 digits.',
  'booking.form.name': 'The patient’s name',
  'booking.form.contact': 'Contact details',
  'booking.form.contact.hint':
    'Give a mobile number, an email address or both. The patient gets the confirmation there.',
  'booking.form.phone': 'Mobile number',
  'booking.form.email': 'Email',
  'booking.form.caseId': 'Case id (SakID, optional)',
  'booking.form.caseId.hint': 'The insurer’s case number, for example 6QPTR. Without a case id the patient pays.',
  'booking.form.remark': 'Patient remark (optional)',
  'booking.form.remark.hint': 'Shown on the appointment in the practitioner’s book.',
  'booking.form.next': 'Continue',
  'booking.form.cancel': 'Cancel',
  'booking.form.invalid': 'Correct the marked fields and try again.',

  'booking.summary.heading': 'Summary',
  'booking.summary.intro': 'Check the details with the patient before you confirm.',
  'booking.summary.confirm': 'Confirm booking',
  'booking.summary.confirming': 'Confirming the booking …',
  'booking.summary.edit': 'Change',
  'booking.summary.waitHold': 'Waiting for the time to be held …',

  'booking.done.heading': 'The appointment is booked',
  'booking.done.body':
    'The appointment is now in the practitioner’s book. The patient gets a confirmation from the network.',
  'booking.done.claimCreated': 'An insurance claim with case id {caseId} was created on the patient card.',
  'booking.done.claimLinked': 'Case id {caseId} is linked to the patient’s insurance claim.',
  'booking.done.selfPay': 'Without a case id the patient pays for the appointment.',
  'booking.done.mine': 'See my bookings',
  'booking.done.newSearch': 'New search',

  'booking.refused.hold.heading': 'The time could not be held',
  'booking.refused.confirm.heading': 'The appointment was not booked',
  'booking.refused.hold.SLOT_TAKEN': 'Someone else has just taken this time. Pick another time.',
  'booking.refused.hold.NOT_BOOKABLE': 'This time cannot be booked for your insurer now.',
  'booking.refused.hold.TOO_SOON': 'This time is too soon (or has passed) to be booked online. Pick a later time.',
  'booking.refused.hold.OUTSIDE_HORIZON': 'This time is further ahead than can be booked online. Pick an earlier time.',
  'booking.refused.hold.NOT_ON_GRID': 'No appointment starts at this time. Pick a time from the search.',
  'booking.refused.hold.NETWORK': 'Could not reach the server, so the time is not held. Try again.',
  'booking.refused.hold.INTERNAL': 'Something went wrong on our side, so the time is not held. Try again.',
  'booking.refused.hold.UNAVAILABLE':
    'The service is unavailable for a moment, so the time is not held. Try again in a few seconds.',
  'booking.refused.hold.other': 'The time could not be held.',
  'booking.refused.confirm.SLOT_TAKEN':
    'Someone else took the time before the booking was confirmed. Pick another time.',
  'booking.refused.confirm.NOT_BOOKABLE': 'This time can no longer be booked for your insurer.',
  'booking.refused.confirm.HOLD_EXPIRED':
    'The time stopped being held before the booking was confirmed. It is not booked.',
  'booking.refused.confirm.HOLD_NOT_FOUND':
    'The time is no longer held for you – the hold ran out or was released. It is not booked.',
  'booking.refused.confirm.VALIDATION':
    'Some of the patient’s details need correcting. The appointment is not booked yet.',
  'booking.refused.confirm.BAD_INPUT':
    'Some of the patient’s details need correcting. The appointment is not booked yet.',
  'booking.refused.confirm.INVALID_NATIONAL_ID':
    'The national identity number was not accepted. The appointment is not booked yet.',
  'booking.refused.confirm.MAX_SELF_BOOKED':
    'The patient has reached the limit of appointments booked online with this practitioner. The appointment is not booked.',
  'booking.refused.confirm.CASE_ID_OTHER_PATIENT':
    'This case id belongs to another patient at your insurer. Check the case id and the national identity number – the appointment is not booked yet.',
  'booking.refused.confirm.IDEMPOTENCY_KEY_REUSED':
    'The booking may already be registered with other details. Check My bookings before you try again.',
  'booking.refused.confirm.NETWORK':
    'No answer from the server. It is safe to try again – the appointment is never booked twice.',
  'booking.refused.confirm.INTERNAL':
    'Something went wrong on our side. It is safe to try again – the appointment is never booked twice.',
  'booking.refused.confirm.UNAVAILABLE':
    'The service is unavailable for a moment. Try again in a few seconds – the appointment is never booked twice.',
  'booking.refused.confirm.other': 'The appointment was not booked.',
  'booking.step.retry': 'Try again',
  'booking.step.retrying': 'Trying again …',
  'booking.step.holdAgain': 'Hold the time again',
  'booking.step.fix': 'Correct the details',
  'booking.step.mine': 'See my bookings',
  'booking.step.search': 'Back to the search',

  'bookings.heading': 'My bookings',
  'bookings.intro': 'The appointments you have booked for patients, by date from and to, both included.',
  'bookings.range': 'Period',
  'bookings.from': 'From date',
  'bookings.to': 'To date',
  'bookings.show': 'Show',
  'bookings.range.error':
    'The to date must be the same day as or after the from date, and the period can be at most {maxDays} days.',
  'bookings.loading': 'Loading your bookings …',
  'bookings.empty': 'You have no bookings in the period.',
  'bookings.caption': 'Bookings {from}–{to}',
  'bookings.col.when': 'Time',
  'bookings.col.practitioner': 'Practitioner',
  'bookings.col.patient': 'Patient',
  'bookings.col.tariff': 'Tariff',
  'bookings.col.caseId': 'Case id',
  'bookings.col.status': 'Status',
  'bookings.col.actions': 'Actions',
  'bookings.status.active': 'Booked',
  'bookings.status.cancelled': 'Cancelled',
  'bookings.status.no_show': 'Did not attend',
  'bookings.cancel': 'Cancel',
  'bookings.cancel.named': 'Cancel the appointment {when} for {patient}',
  'bookings.cancel.question': 'Cancel the appointment {when} with {practitioner}? The patient is told.',
  'bookings.cancel.yes': 'Yes, cancel',
  'bookings.cancel.no': 'No, keep it',
  'bookings.cancel.pending': 'Cancelling …',
  'bookings.cancel.done': 'The appointment {when} with {practitioner} is cancelled. The patient is told.',
  'bookings.cancel.refused': 'The appointment was not cancelled.',
  'bookings.unknown': 'Unknown',
  'bookings.move': 'Move',
  'bookings.move.named': 'Move the appointment {when} for {patient}',
  'bookings.change.until': 'Can be changed until {at}',
  'bookings.change.closed': 'Cannot be changed after {at}',
  'bookings.change.offline': 'Cannot be changed online. Contact the clinic.',
};
