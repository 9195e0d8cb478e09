// The e-mail the e2e server's local SMTP server kept (MAIL_DIR = <data dir>/mail), parsed, for specs that follow a
// message: a booking's confirmation, an invitation's link.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { runtime } from './env.js';

export interface StoredMail {
  file: string;
  to: string;
  subject: string;
  raw: string;
  /** The text body, its transfer encoding undone. */
  body: string;
  /** Attachments and non-text alternatives (a calendar entry's text/calendar part and its time.ics), decoded. */
  attachments: { contentType: string; filename: string | null; content: string }[];
}

export async function mailsTo(address: string): Promise<StoredMail[]> {
  const dir = path.join(runtime().dataDir, 'mail');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml'));
  const mails = await Promise.all(
    files.map(async (file) => {
      const raw = await readFile(path.join(dir, file), 'utf8');
      const mail = await simpleParser(raw, { skipHtmlToText: true, skipTextLinks: true, skipImageLinks: true });
      const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
      const attachments = mail.attachments.map((a) => ({
        contentType: a.contentType,
        filename: a.filename ?? null,
        content: a.content.toString('utf8'),
      }));
      return { file, to, subject: mail.subject ?? '', raw, body: mail.text ?? '', attachments };
    }),
  );
  return mails.filter((m) => m.to.toLowerCase().includes(address.toLowerCase()));
}
