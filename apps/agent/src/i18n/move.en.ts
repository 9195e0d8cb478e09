// English texts of «Flytt timen»; the keys are exactly those of move.nb.ts.
import type { moveNb } from './move.nb.js';

export const moveEn: Record<keyof typeof moveNb, string> = {
  'move.heading': 'Move the appointment',
  'move.back': 'Back to my bookings',
  'move.loading': 'Loading the booking …',
  'move.badLink': 'The link does not point to one of your bookings. Open the appointment from My bookings.',
  'move.notFound': 'The booking was not found on this date. It may have been moved or cancelled – see My bookings.',

  'move.current.heading': 'Current appointment',
  'move.fact.when': 'Time',
  'move.fact.type': 'Appointment type',
  'move.fact.deadline': 'Can be changed until',
  'move.fact.newTime': 'New time',
  'move.fact.oldTime': 'Previous time',
  'move.caseId.none': 'No case id',

  'move.closed': 'Cannot be changed after {at}. Contact the clinic if the appointment must be moved.',
  'move.offline': 'This appointment cannot be changed online. Contact the clinic if it must be moved.',
  'move.over': 'The appointment is cancelled, closed or has already begun, and cannot be moved.',
  'move.cannotMove':
    'The appointment has no practitioner, type or tariff and cannot be moved online. Contact the clinic.',

  'move.pick.heading': 'Pick a new time',
  'move.pick.intro':
    'Free times with {name} for {tariff} – {type}. Only times of the same appointment type and tariff are shown.',
  'move.keys': 'The left and right arrow keys change the week; up and down move between the times.',
  'move.loadingTimes': 'Loading free times …',
  'move.empty': 'No free times of the same type and tariff this week. Try another week.',
  'move.count': '{count, plural, one {# free time} other {# free times}}',
  'move.currentTime': 'The appointment now',
  'move.currentWeek': 'The appointment’s week',
  'move.pick.time': 'Move to {time} {weekday} {date}',

  'move.question.heading': 'Confirm the move',
  'move.question': 'Move the appointment from {from} to {to}?',
  'move.question.note': 'The patient is told. The case id and the insurance claim go with the appointment.',
  'move.yes': 'Yes, move it',
  'move.no': 'Pick another time',
  'move.pending': 'Moving the appointment …',

  'move.done.heading': 'The appointment is moved',
  'move.done.body': 'The appointment is moved from {from} to {to}. The patient is told.',
  'move.done.caseId': 'Case id {caseId} goes with the appointment, with the same insurance claim.',
  'move.done.noCaseId': 'The appointment has no case id; the patient pays, as before.',
  'move.done.mine': 'See my bookings',

  'move.refused.heading': 'The appointment was not moved',
  'move.refused.SLOT_TAKEN':
    'Someone else just took the new time. The appointment stays where it was – pick another time.',
  'move.refused.NOT_BOOKABLE':
    'The new time cannot be booked for your insurer. The appointment stays where it was – pick another time.',
  'move.refused.TOO_SOON':
    'The new time is too soon to be booked online. The appointment stays where it was – pick a later time.',
  'move.refused.OUTSIDE_HORIZON':
    'The new time is too far ahead. The appointment stays where it was – pick an earlier time.',
  'move.refused.VALIDATION':
    'The chosen time was not accepted. The appointment stays where it was – pick another time.',
  'move.refused.BAD_INPUT': 'The chosen time was not accepted. The appointment stays where it was – pick another time.',
  'move.refused.CANCELLATION_DEADLINE_PASSED':
    'The deadline for changing the appointment online has passed, so it stays where it was. Contact the clinic.',
  'move.refused.APPOINTMENT_NOT_ACTIVE': 'The appointment is cancelled or closed and cannot be moved.',
  'move.refused.NOT_FOUND': 'The appointment was not found among your bookings.',
  'move.refused.IDEMPOTENCY_KEY_REUSED': 'The move may already be registered. Check My bookings before trying again.',
  'move.refused.NETWORK': 'No answer from the server. It is safe to try again – the appointment is moved only once.',
  'move.refused.INTERNAL':
    'Something went wrong on our side. It is safe to try again – the appointment is moved only once.',
  'move.refused.UNAVAILABLE':
    'The service is unavailable for a moment. Try again in a few seconds – the appointment is moved only once.',
  'move.refused.other': 'The appointment was not moved.',
  'move.step.retry': 'Try again',
  'move.step.retrying': 'Trying again …',
  'move.step.pickAnother': 'Pick another time',
  'move.step.mine': 'Back to my bookings',
};
