/**
 * The calendar entry that goes with a booking's confirmation: one VEVENT in an iTIP message (RFC 5545 / RFC 5546).
 * Our own small writer rather than a library: the product needs one event shape, and the rules that matter (CRLF,
 * escaping, folding at 75 octets, UTC instants) fit on a page and are tested against a real parser (ical.js).
 * Times are written in UTC (`…Z`), which RFC 5545 allows for any instant and which needs no VTIMEZONE: the calendar
 * app shows them in its own zone, and an Oslo appointment on a daylight-saving day keeps its true instant.
 */

/** What the calendar entry says; no national id, case id, remark or tariff ever goes in (as in the e-mail). */
export interface BookingCalendarEvent {
  /** Stable per booking: a move updates and a cancellation removes the same entry. */
  uid: string;
  /** Grows with every change of the booking (0 at booking, one more per move, one more at cancellation). */
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  startAt: Date;
  endAt: Date;
  summary: string;
  location: string | null;
  description: string;
}

export interface IcsParties {
  /** The network's sending address (iTIP requires an ORGANIZER). */
  organizer: { name: string; email: string };
  /** The patient's address the message goes to. */
  attendee: { email: string };
  /** When the message is written (DTSTAMP). */
  stamp: Date;
}

/** The UID of a booking's calendar entry. */
export function bookingCalendarUid(appointmentId: string): string {
  return `${appointmentId}@behandlernettverk.no`;
}

/** 20270328T080000Z */
function icsUtc(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** A parameter value, quoted when it holds characters a bare one may not (§3.2); quotes themselves are dropped. */
const param = (value: string) => {
  const v = value.replace(/"/g, '');
  return /[;:,]/.test(v) ? `"${v}"` : v;
};

/** Folds a content line at 75 octets, never inside a UTF-8 character (§3.1). */
function foldLine(line: string): string {
  const utf8 = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8.encode(ch).length;
    // Continuation lines begin with a space, which counts towards their 75.
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** The iCalendar object (CRLF line ends) for one booking event, as the e-mail attaches it. */
export function bookingIcs(event: BookingCalendarEvent, parties: IcsParties): string {
  const cancelled = event.method === 'CANCEL';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Behandlernettverket//Booking//NO',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${icsUtc(parties.stamp)}`,
    `DTSTART:${icsUtc(event.startAt)}`,
    `DTEND:${icsUtc(event.endAt)}`,
    `SUMMARY:${icsText(event.summary)}`,
    ...(event.location ? [`LOCATION:${icsText(event.location)}`] : []),
    `DESCRIPTION:${icsText(event.description)}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    `ORGANIZER;CN=${param(parties.organizer.name)}:mailto:${parties.organizer.email}`,
    `ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:${parties.attendee.email}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
