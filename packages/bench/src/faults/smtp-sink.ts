// The mail server of a fault run (SMTP_URL points at it): it counts every delivery per Message-ID (the server sends
// the outbox row's id as Message-ID), so a run can tell a lost notification (never arrived) from a doubled one
// (arrived twice) — and it can answer slowly, so that a kill lands while messages are being sent.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  url: string;
  /** Deliveries per Message-ID: those the sink answered 250 to. */
  counts(): Map<string, number>;
  /** Messages whose data has arrived and whose answer is being held back. */
  inFlight(): number;
  setDelay(ms: number): void;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const counts = new Map<string, number>();
  let delay = 0;
  let inFlight = 0;
  // As a real mail server does, a message is taken only when its 250 reaches a sender still connected: one whose
  // sender was killed while the answer was held back is dropped, and its sender will send it again.
  const closed = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const head =
          Buffer.concat(chunks)
            .toString('utf8')
            .split(/\r?\n\r?\n/, 1)[0] ?? '';
        const id = /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? 'none';
        inFlight++;
        setTimeout(() => {
          inFlight--;
          if (!closed.has(session.id)) counts.set(id, (counts.get(id) ?? 0) + 1);
          callback();
        }, delay);
      });
    },
  });
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    counts: () => counts,
    inFlight: () => inFlight,
    setDelay: (ms) => (delay = ms),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
