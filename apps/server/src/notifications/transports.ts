// The notification transports the worker sends through: e-mail over SMTP (nodemailer), and logging transports for
// SMS and the clinic's patient app/portal until those integrations exist.
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Transport, Transports } from '@bn/api';
import { bookingIcs, maskPhone } from '@bn/domain';

/** The outbox row's id as the e-mail's Message-ID: a resent message is recognisable as the same one. */
export function messageIdFor(outboxId: string): string {
  return `<${outboxId}@behandlernettverk.local>`;
}

/** «Behandlernettverket <ikke-svar@…>» → the calendar entry's ORGANIZER. */
function senderOf(from: string): { name: string; email: string } {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return m
    ? { name: m[1] || 'Behandlernettverket', email: m[2]! }
    : { name: 'Behandlernettverket', email: from.trim() };
}

export function smtpTransport({
  url,
  from,
}: {
  url: string;
  from: string;
}): Transport & { close(): void; verify(): Promise<boolean> } {
  // A small pool of SMTP connections, reused across messages (pool=true in the URL's query is nodemailer's option).
  const pooled = new URL(url);
  if (!pooled.searchParams.has('pool')) pooled.searchParams.set('pool', 'true');
  if (!pooled.searchParams.has('maxConnections')) pooled.searchParams.set('maxConnections', '5');
  // nodemailer waits up to 2 min to connect and 10 min on a silent socket; a send must end well within the job's
  // expiry (worker.ts), so a hung mail server fails the send and the queue retries it.
  for (const [key, ms] of [
    ['connectionTimeout', '10000'],
    ['greetingTimeout', '10000'],
    ['socketTimeout', '15000'],
  ] as const) {
    if (!pooled.searchParams.has(key)) pooled.searchParams.set(key, ms);
  }
  const mailer = nodemailer.createTransport(pooled.toString());
  const organizer = senderOf(from);
  return {
    async send(m) {
      const messageId = messageIdFor(m.outboxId);
      // nodemailer writes the entry both as a text/calendar alternative (method=…, what Outlook and Gmail read as an
      // invitation or cancellation) and as the attached file time.ics.
      const icalEvent = m.calendar && {
        method: m.calendar.method,
        filename: 'time.ics',
        content: bookingIcs(m.calendar, { organizer, attendee: { email: m.to }, stamp: new Date() }),
      };
      await mailer.sendMail({
        from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        ...(icalEvent ? { icalEvent } : {}),
        messageId,
        headers: { 'X-Outbox-Id': m.outboxId },
      });
      return { deliveryId: messageId };
    },
    close: () => mailer.close(),
    /** Connects and greets the SMTP server (for /health). */
    verify: () => mailer.verify(),
  };
}

/** Logs instead of sending: the recipient masked, never the text (it can say where and when someone is treated). */
export function loggingTransport(channel: 'sms' | 'portal', logger: Logger): Transport {
  return {
    send(m) {
      logger.info(
        { channel, outboxId: m.outboxId, to: channel === 'sms' ? maskPhone(m.to) : 'patient', chars: m.text.length },
        'notification sent',
      );
      return Promise.resolve({ deliveryId: `${channel}:${m.outboxId}` });
    },
  };
}

export function buildTransports(opts: {
  smtpUrl: string;
  mailFrom: string;
  logger: Logger;
}): Transports & { close(): void; verifyMail(): Promise<boolean> } {
  const email = smtpTransport({ url: opts.smtpUrl, from: opts.mailFrom });
  return {
    email,
    sms: loggingTransport('sms', opts.logger),
    portal: loggingTransport('portal', opts.logger),
    close: () => email.close(),
    verifyMail: () => email.verify(),
  };
}
