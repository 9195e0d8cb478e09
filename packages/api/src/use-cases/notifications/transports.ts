import type { BookingCalendarEvent, NotificationChannel } from '@bn/domain';

/** One message on its way out; `outboxId` is the idempotency key a transport may give the receiver (Message-ID). */
export interface OutgoingMessage {
  outboxId: string;
  /** E-mail address, phone number (E.164) or, for the portal, the patient card's id. */
  to: string;
  subject: string;
  text: string;
  /** The booking's calendar entry, for a transport that can attach it (e-mail writes it as an ICS file). */
  calendar?: BookingCalendarEvent;
}

export interface Transport {
  /** Resolves with the transport's id of the delivery once the receiver accepted the message. */
  send(message: OutgoingMessage): Promise<{ deliveryId: string }>;
}

/** E-mail over SMTP, SMS and the clinic's patient app/portal: each channel has its own transport. */
export type Transports = Record<NotificationChannel, Transport>;
