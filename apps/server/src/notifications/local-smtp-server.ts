// A local SMTP server for development and tests: the system starts it itself when no SMTP_URL is configured, and it
// keeps what arrives under the data directory (one .eml file per Message-ID), so sent e-mail can be read and counted.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  messageId: string;
  to: string;
  subject: string;
  raw: string;
}

export interface LocalSmtpServer {
  /** smtp://127.0.0.1:<port> */
  url: string;
  dir: string;
  /** Every message stored, one per Message-ID. */
  messages(): Promise<ReceivedMail[]>;
  /** How many DATA transfers arrived in total, repeats of a Message-ID included. */
  arrivals(): Promise<number>;
  close(): Promise<void>;
}

/** What a stored message says about itself, decoded by mailparser (encoded-word headers, transfer encodings). */
async function readMail(raw: Buffer | string): Promise<Omit<ReceivedMail, 'raw'>> {
  const mail = await simpleParser(raw, { skipHtmlToText: true, skipTextLinks: true, skipImageLinks: true });
  const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
  return { messageId: mail.messageId ?? '', to, subject: mail.subject ?? '' };
}

export async function startLocalSmtpServer({
  dir,
  port = 0,
}: {
  dir: string;
  port?: number;
}): Promise<LocalSmtpServer> {
  await mkdir(dir, { recursive: true });
  const arrivalsLog = path.join(dir, 'arrivals.log');
  const store = async (raw: Buffer) => {
    const messageId = (await readMail(raw)).messageId || `<no-id-${Date.now()}>`;
    const file = path.join(dir, `${createHash('sha256').update(messageId).digest('hex').slice(0, 32)}.eml`);
    // A repeat of a Message-ID (an at-least-once retry) is accepted and counted, but stored once.
    await writeFile(file, raw, { flag: 'wx' }).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
    await appendFile(arrivalsLog, `${messageId}\n`);
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    banner: 'Behandlernettverk local mail',
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        store(Buffer.concat(chunks)).then(
          () => callback(),
          (e: Error) => callback(e),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    dir,
    async messages() {
      const files = (await readdir(dir)).filter((f) => f.endsWith('.eml'));
      return Promise.all(
        files.map(async (f) => {
          const raw = await readFile(path.join(dir, f), 'utf8');
          return { ...(await readMail(raw)), raw };
        }),
      );
    },
    async arrivals() {
      const text = await readFile(arrivalsLog, 'utf8').catch(() => '');
      return text.split('\n').filter(Boolean).length;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
