/**
 * The clinic's portal notice and the type's automatic dialog about a booking (the network's confirmation is
 * `confirmation-message.ts`). They never contain sensitive content: no national identity number, no case id, no
 * diagnosis, no appointment type or tariff (a type's name can reveal a condition); only who, where and when.
 */
import { formatDate, formatTime } from '../format.js';
import type { NotificationEvent, NotificationKind } from './constants.js';

export interface BookingFacts {
  practitionerName: string;
  clinicName: string;
  startAt: Date;
  /**
   * "Bogstadveien 54, 0366 Oslo": the booking's department (picked with the time), else the type's, else the clinic's
   * only one; null when none of these names a single address.
   */
  address: string | null;
}

export interface RenderedMessage {
  subject: string;
  text: string;
}

const when = (at: Date) => `${formatDate(at)} kl. ${formatTime(at)}`;
const where = (f: BookingFacts) => `${f.practitionerName}, ${f.clinicName}${f.address ? `, ${f.address}` : ''}`;

export function renderBookingMessage(
  kind: NotificationKind,
  event: NotificationEvent,
  facts: BookingFacts,
  dialog?: string | null,
): RenderedMessage {
  if (kind === 'automatic_dialog') {
    return {
      subject: `Melding fra ${facts.clinicName}`,
      text: `${dialog ?? ''}\n\nTimen din: ${when(facts.startAt)} hos ${where(facts)}.`,
    };
  }
  const subject =
    event === 'booked' ? 'Timen din er bestilt' : event === 'moved' ? 'Timen din er flyttet' : 'Timen din er avbestilt';
  const line =
    event === 'booked'
      ? `Du har fått time ${when(facts.startAt)} hos ${where(facts)}.`
      : event === 'moved'
        ? `Timen din er flyttet til ${when(facts.startAt)} hos ${where(facts)}.`
        : `Timen din ${when(facts.startAt)} hos ${where(facts)} er avbestilt.`;
  const footer =
    kind === 'portal_notice'
      ? 'Du finner timen i klinikkens pasientportal og app.'
      : 'Denne meldingen er sendt fra behandlernettverket. Kontakt klinikken om du har spørsmål.';
  return { subject, text: `${line}\n\n${footer}` };
}

/** k***@example.no */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  return at < 1 ? '***' : `${email[0]}***${email.slice(at)}`;
}

/** +47 *** ** 678 */
export function maskPhone(phone: string): string {
  return phone.length < 4 ? '***' : `${phone.startsWith('+47') ? '+47 ' : ''}*** ** ${phone.slice(-3)}`;
}
