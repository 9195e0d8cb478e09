// A local SMTP server for development and tests: the system starts it itself when no SMTP_URL is configured, and it
// keeps what arrives under the data directory (one .eml file per Message-ID), so sent e-mail can be read and counted.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
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

function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : '';
}

/** Decodes an RFC 2047 encoded-word subject (nodemailer encodes non-ASCII as =?UTF-8?Q?…?= or =?UTF-8?B?…?=). */
function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
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
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    banner: 'Behandlernettverk local mail',
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const messageId = header(raw, 'Message-ID') || `<no-id-${Date.now()}>`;
        const file = path.join(dir, `${createHash('sha256').update(messageId).digest('hex').slice(0, 32)}.eml`);
        // A repeat of a Message-ID (an at-least-once retry) is accepted and counted, but stored once.
        writeFile(file, raw, { flag: 'wx' })
          .catch((e: NodeJS.ErrnoException) => (e.code === 'EEXIST' ? undefined : Promise.reject(e)))
          .then(() => appendFile(arrivalsLog, `${messageId}\n`))
          .then(
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
          return {
            messageId: header(raw, 'Message-ID'),
            to: header(raw, 'To'),
            subject: decodeWords(header(raw, 'Subject')),
            raw,
          };
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
