/**
 * The network's confirmation to the patient (K3) at booking, move and cancellation: what, when (Oslo, with the
 * weekday), how long, where, with whom, the booking reference and the cancellation deadline, in Norwegian first and
 * English second (a patient has no language of their own in the product), with the calendar entry that goes with it.
 * The type's name is the «what» the patient needs to recognise the appointment; nothing else from the booking's
 * sensitive details goes in: no national id, no case id, no remark, no tariff. No link to the booking yet: the
 * patient's own page does not exist.
 */
import { formatDate, formatTime } from '../format.js';
import { OSLO } from '../time/oslo.js';
import type { NotificationEvent } from './constants.js';
import { bookingCalendarUid, type BookingCalendarEvent } from './ics.js';
import type { BookingFacts, RenderedMessage } from './messages.js';
import { bookingReference } from './reference.js';

export interface ConfirmationFacts extends BookingFacts {
  appointmentId: string;
  /** The appointment type's name; null for an appointment without a type. */
  typeName: string | null;
  endAt: Date;
  /** The clinic's phone number, for the patient who must cancel or ask. */
  clinicPhone: string | null;
  /** T3 after booking: cancelling online off, or allowed until `until` (null: until the appointment begins). */
  cancellation: { allowed: boolean; until: Date | null };
  /** The calendar entry's SEQUENCE: 0 at booking, one more per move and one more at cancellation. */
  sequence: number;
}

export interface RenderedConfirmation extends RenderedMessage {
  calendar: BookingCalendarEvent;
}

type Lang = 'nb' | 'en';
/** A booking's events (`account` is the accounts' own e-mail, never a booking's). */
type BookingEvent = Exclude<NotificationEvent, 'account'>;

const weekdays = {
  nb: new Intl.DateTimeFormat('nb-NO', { timeZone: OSLO, weekday: 'long' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: OSLO, weekday: 'long' }),
};

/** «søndag 28.03.2027 kl. 10:00» / «Sunday 28.03.2027 at 10:00», Oslo time. */
function confirmationWhen(at: Date, lang: Lang): string {
  return `${weekdays[lang].format(at)} ${formatDate(at)} ${lang === 'nb' ? 'kl.' : 'at'} ${formatTime(at)}`;
}

const minutes = (n: number, lang: Lang) =>
  lang === 'nb' ? `${n} ${n === 1 ? 'minutt' : 'minutter'}` : `${n} ${n === 1 ? 'minute' : 'minutes'}`;

/** The subject stays Norwegian (one line); the body carries both languages. */
const SUBJECTS = { booked: 'Timen din er bestilt', moved: 'Timen din er flyttet', cancelled: 'Timen din er avbestilt' };

const WORDS = {
  nb: {
    what: 'Hva',
    when: 'Når',
    where: 'Hvor',
    with: 'Hos',
    reference: 'Bookingreferanse',
    deadline: 'Avbestillingsfrist',
    untilStart: 'til timen begynner',
    noCancel: 'Timen kan ikke avbestilles på nett. Kontakt klinikken.',
    call: (phone: string) => `Klinikkens telefon: ${phone}`,
    calendar: 'Kalenderoppføringen er vedlagt (time.ics).',
    calendarCancel: 'Vedlegget (time.ics) fjerner timen fra kalenderen din.',
    footer: 'Denne meldingen er sendt fra behandlernettverket. Kontakt klinikken om du har spørsmål.',
  },
  en: {
    what: 'What',
    when: 'When',
    where: 'Where',
    with: 'With',
    reference: 'Booking reference',
    deadline: 'Cancellation deadline',
    untilStart: 'until the appointment begins',
    noCancel: 'The appointment cannot be cancelled online. Please contact the clinic.',
    call: (phone: string) => `The clinic’s phone: ${phone}`,
    calendar: 'The calendar entry is attached (time.ics).',
    calendarCancel: 'The attachment (time.ics) removes the appointment from your calendar.',
    footer: 'This message was sent by the practitioner network. Please contact the clinic if you have questions.',
  },
} as const;

function headline(event: BookingEvent, f: ConfirmationFacts, lang: Lang): string {
  const when = confirmationWhen(f.startAt, lang);
  const who = `${f.practitionerName}, ${f.clinicName}${f.address ? `, ${f.address}` : ''}`;
  if (lang === 'nb') {
    if (event === 'booked') return `Du har fått time ${when} hos ${who}.`;
    if (event === 'moved') return `Timen din er flyttet til ${when} hos ${who}.`;
    return `Timen din ${when} hos ${who} er avbestilt.`;
  }
  if (event === 'booked') return `You have an appointment on ${when} with ${who}.`;
  if (event === 'moved') return `Your appointment has been moved to ${when} with ${who}.`;
  return `Your appointment on ${when} with ${who} has been cancelled.`;
}

function section(event: BookingEvent, f: ConfirmationFacts, lang: Lang): string {
  const w = WORDS[lang];
  const length = Math.round((f.endAt.getTime() - f.startAt.getTime()) / 60_000);
  const lines = [
    headline(event, f, lang),
    '',
    ...(f.typeName ? [`${w.what}: ${f.typeName}`] : []),
    `${w.when}: ${confirmationWhen(f.startAt, lang)}–${formatTime(f.endAt)} (${minutes(length, lang)})`,
    `${w.where}: ${f.clinicName}${f.address ? `, ${f.address}` : ''}`,
    `${w.with}: ${f.practitionerName}`,
    `${w.reference}: ${bookingReference(f.appointmentId)}`,
  ];
  if (event !== 'cancelled') {
    lines.push(
      !f.cancellation.allowed
        ? w.noCancel
        : `${w.deadline}: ${f.cancellation.until ? confirmationWhen(f.cancellation.until, lang) : w.untilStart}`,
    );
  }
  if (f.clinicPhone) lines.push(w.call(f.clinicPhone));
  lines.push('', event === 'cancelled' ? w.calendarCancel : w.calendar, w.footer);
  return lines.join('\n');
}

/** The confirmation's subject (Norwegian), bilingual text and calendar entry. */
export function renderConfirmation(notified: NotificationEvent, f: ConfirmationFacts): RenderedConfirmation {
  const event: BookingEvent = notified === 'moved' || notified === 'cancelled' ? notified : 'booked';
  const summary = `${f.typeName ?? 'Time'} – ${f.practitionerName}`;
  return {
    subject: SUBJECTS[event],
    text: `${section(event, f, 'nb')}\n\n— In English —\n\n${section(event, f, 'en')}`,
    calendar: {
      uid: bookingCalendarUid(f.appointmentId),
      sequence: f.sequence,
      method: event === 'cancelled' ? 'CANCEL' : 'REQUEST',
      startAt: f.startAt,
      endAt: f.endAt,
      summary,
      location: `${f.clinicName}${f.address ? `, ${f.address}` : ''}`,
      description: `${WORDS.nb.reference}: ${bookingReference(f.appointmentId)}\n${WORDS.en.reference}: ${bookingReference(f.appointmentId)}`,
    },
  };
}
