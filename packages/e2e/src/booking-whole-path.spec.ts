// Issue #5's whole path in one browser test: the insurer's agent books a time with a case id in the agent SPA; the
// clinic admin finds it in the book, striped and marked «Nettverk» with the case id in the note and the patient's
// remark, and on the patient card the claim created from the case id with the booking it covers; the patient's
// confirmation e-mail reaches the (local) SMTP server, and says nothing sensitive.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launch, newPage, signIn } from './browser.js';
import { openSection, uniqueTag } from './configuration-helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// ---- test data ----

/**
 * A synthetic national identity number (month + 80, born 1950–1998, individual number 000–499), with the classic
 * check digits, different on every run; so the clinic's limits per patient never decide, and no real person is used.
 */
function syntheticNationalId(): string {
  const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const check = (digits: number[], weights: number[]) => {
    const k = 11 - (weights.reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11);
    return k === 11 ? 0 : k;
  };
  const pick = (n: number) => Math.floor(Math.random() * n);
  const two = (n: number) => String(n).padStart(2, '0');
  for (;;) {
    const digits = `${two(1 + pick(28))}${two(81 + pick(12))}${two(50 + pick(49))}${String(pick(500)).padStart(3, '0')}`
      .split('')
      .map(Number);
    const k1 = check(digits, K1);
    if (k1 === 10) continue;
    const k2 = check([...digits, k1], K2);
    if (k2 === 10) continue;
    return [...digits, k1, k2].join('');
  }
}

// ---- dates as the UIs write them (Europe/Oslo) ----

const osloIsoDate = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(at);
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** dd.mm.yyyy → yyyy-mm-dd */
const isoOf = (display: string) => display.split('.').reverse().join('-');
const weekdayOf = (iso: string) =>
  new Intl.DateTimeFormat('nb-NO', { timeZone: 'UTC', weekday: 'long' }).format(new Date(`${iso}T12:00:00Z`));

// ---- seeing things as a user does, with a message that says what was missing ----

async function see(locator: Locator, what: string, timeout?: number): Promise<void> {
  try {
    await locator.first().waitFor({ timeout });
  } catch (e) {
    throw new Error(`expected to see ${what}, but it did not appear (${(e as Error).message.split('\n')[0]})`, {
      cause: e,
    });
  }
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting until ${what}`);
}

// ---- the agent's side ----

const TIME_LINK = /^Bestill (\d{2}:\d{2}) (\d{2}\.\d{2}\.\d{4}) hos Kari Nordmann, /;

interface Patient {
  nationalId: string;
  name: string;
  email: string;
  caseId: string;
  remark: string;
}

/**
 * Searches two weeks of Kari Nordmann's B1010 times from a random day 2–15 days ahead, and holds one of the first «Fysioterapi
 * 30 min» times at Majorstuen shown, chosen at random (other specs take the first and the last time of the default
 * search). A time someone else took meanwhile is refused by the server; then another one is tried. Returns the held
 * time as the search showed it.
 */
async function holdATime(page: Page): Promise<{ hhmm: string; date: string }> {
  const from = addDays(osloIsoDate(new Date()), 2 + Math.floor(Math.random() * 14));
  const tried = new Set<string>();
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel('Takst').selectOption({ label: 'Fysioterapi konsultasjon (B1010)' });
    await page.getByLabel('Sted').fill('Oslo');
    await page.getByLabel('Behandlerens navn').fill('Kari Nordmann');
    await page.getByLabel('Fra dato').fill(from);
    await page.getByLabel('Til dato').fill(addDays(from, 14));
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await page.waitForURL(/takst=B1010/);
    // Kari offers B1010 as more than one type (and at two addresses); the times of one type, at Majorstuen.
    const type = page
      .getByRole('article')
      .filter({ hasText: 'Kari Nordmann' })
      .filter({ hasText: 'Bogstadveien 54, 0366 Oslo' })
      .getByRole('region', { name: 'Fysioterapi konsultasjon, Fysioterapi 30 min', exact: true });
    const links = type.getByRole('link', { name: TIME_LINK });
    // The results of this search, not those shown before it: every time is on or after the chosen day.
    let times: { label: string; href: string }[] = [];
    await waitUntil(async () => {
      times = (
        await links.evaluateAll((els) =>
          els.map((el) => ({ label: el.getAttribute('aria-label') ?? '', href: el.getAttribute('href') ?? '' })),
        )
      ).filter((t) => !tried.has(t.href));
      return times.length > 0 && times.every((t) => isoOf(TIME_LINK.exec(t.label)![2]!) >= from);
    }, `the search shows Kari Nordmann's free «Fysioterapi 30 min» times at Majorstuen from ${from}`);
    const time = times[Math.floor(Math.random() * Math.min(8, times.length))]!;
    tried.add(time.href);
    const [, hhmm, date] = TIME_LINK.exec(time.label)!;
    await type.locator(`a[href="${time.href}"]`).click();
    await page.waitForURL(/\/agent\/bestill\?/);
    await see(page.getByRole('heading', { name: 'Bestill time', level: 1 }), 'the booking page «Bestill time»');
    const held = page.getByRole('timer');
    const refused = page.getByRole('heading', { name: 'Timen kunne ikke holdes av' });
    await see(held.or(refused), `the hold countdown or the refusal for ${date} ${hhmm}`);
    if (await held.isVisible()) return { hhmm: hhmm!, date: date! };
    // Taken by a parallel test between the search and the click: back to the search, another time.
    expect(
      await page.getByText('Timen er nettopp tatt av noen andre. Velg en annen tid.').count(),
      `why ${date} ${hhmm} could not be held`,
    ).toBe(1);
    await page.getByRole('link', { name: 'Tilbake til søket' }).first().click();
    await see(page.getByRole('heading', { name: 'Finn behandler', level: 1 }), 'the search page after a refused hold');
  }
  throw new Error('no free time of Kari Nordmann could be held in five attempts');
}

// ---- the e-mail the local SMTP server stored ----

interface StoredMail {
  file: string;
  to: string;
  subject: string;
  raw: string;
  /** The text body, its transfer encoding undone. */
  body: string;
}

function header(head: string, name: string): string {
  const line = head
    .replace(/\r?\n[ \t]+/g, ' ')
    .split(/\r?\n/)
    .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : '';
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= or =?UTF-8?B?…?=), as nodemailer writes a non-ASCII subject. */
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

function decodeBody(head: string, body: string): string {
  const encoding = header(head, 'Content-Transfer-Encoding').toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

async function mailsTo(address: string): Promise<StoredMail[]> {
  const dir = path.join(inject('dataDir'), 'mail');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml'));
  const mails = await Promise.all(
    files.map(async (file) => {
      const raw = await readFile(path.join(dir, file), 'utf8');
      const split = /\r?\n\r?\n/.exec(raw);
      const head = split ? raw.slice(0, split.index) : raw;
      const body = split ? raw.slice(split.index + split[0].length) : '';
      return {
        file,
        to: header(head, 'To'),
        subject: decodeWords(header(head, 'Subject')),
        raw,
        body: decodeBody(head, body),
      };
    }),
  );
  return mails.filter((m) => m.to.toLowerCase().includes(address.toLowerCase()));
}

describe('a network booking, from the insurer’s agent to the clinic and the patient', () => {
  it('is booked in the agent SPA, shows in the clinic’s book and on the patient card with its claim, and the patient gets a confirmation e-mail without sensitive content', async () => {
    const tag = uniqueTag();
    const patient: Patient = {
      nationalId: syntheticNationalId(),
      name: `Hele Veien ${tag}`,
      email: `hele.veien.${tag}@example.no`,
      caseId: `HV${tag.toUpperCase()}${Math.floor(Math.random() * 1000)}`,
      remark: `Stiv nakke etter flytting ${tag}`,
    };

    // ---- 1. The insurer's agent searches, holds a time, fills in the form, confirms the summary. ----
    const agent = await newPage(browser);
    const ap = agent.page;
    await signIn(ap, 'agent', 'insurer_agent');
    await see(
      ap.getByRole('heading', { name: 'Finn behandler', level: 1 }),
      'the agent’s search page «Finn behandler»',
    );
    const { hhmm, date } = await holdATime(ap);
    const day = isoOf(date);

    await ap.getByLabel('Fødselsnummer eller D-nummer').fill(patient.nationalId);
    await ap.getByLabel('Pasientens navn').fill(patient.name);
    await ap.getByLabel('E-post').fill(patient.email);
    await ap.getByLabel('SakID (valgfritt)').fill(patient.caseId);
    await ap.getByLabel('Pasientbemerkning (valgfritt)').fill(patient.remark);
    await ap.getByRole('button', { name: 'Gå videre' }).click();

    const summary = ap.getByRole('region', { name: 'Oppsummering' });
    await see(summary, 'the summary «Oppsummering» after «Gå videre» (the form may have refused a field)');
    for (const text of [
      'Kari Nordmann',
      'Majorstuen Fysioterapi og Kiropraktikk',
      'Bogstadveien 54, 0366 Oslo',
      'Fysioterapi 30 min',
      '30 minutter',
      date,
      patient.name,
      `${patient.nationalId.slice(0, 6)}*****`,
      patient.email,
      patient.caseId,
      patient.remark,
    ]) {
      await see(summary.getByText(text, { exact: false }), `«${text}» in the summary`);
    }
    expect(await summary.innerText(), 'the summary masks the national id').not.toContain(patient.nationalId);
    await summary.getByRole('button', { name: 'Bekreft booking' }).click();

    await see(ap.getByRole('heading', { name: 'Timen er bestilt', level: 1 }), 'the result page «Timen er bestilt»');
    await see(
      ap.getByText(`Et forsikringskrav med SakID ${patient.caseId} er opprettet på pasientkortet.`),
      'that a claim was created from the case id',
    );
    const reference = (await ap.locator('.booking-reference').textContent())?.trim() ?? '';
    expect(reference, 'the booking reference on the result page').toMatch(/^[0-9a-f-]{36}$/);
    const receipt = await ap.getByRole('heading', { name: 'Timen er bestilt' }).locator('..').innerText();
    for (const text of [date, hhmm, 'Kari Nordmann', patient.name, patient.caseId])
      expect(receipt, `the result page shows «${text}»`).toContain(text);
    await agent.context.close();

    // ---- 2. The clinic admin finds the booking in «Timebok» on that day, as a network booking. ----
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin', 'clinic_admin');
    await see(
      page.getByRole('heading', { level: 1, name: 'Majorstuen Fysioterapi og Kiropraktikk' }),
      'the clinic admin’s clinic page',
    );
    await openSection(page, 'Timebok');
    await see(page.getByRole('heading', { level: 2, name: 'Timebok' }), 'the calendar «Timebok»');
    await page.getByLabel('Gå til dato').fill(date);
    await page.getByLabel('Gå til dato').press('Enter');
    await page.waitForURL(new RegExp(`dato=${day}`));
    const column = page.getByRole('region', { name: `Kari Nordmann, ${weekdayOf(day)} ${date}`, exact: true });
    await see(column, `Kari Nordmann's column for ${weekdayOf(day)} ${date}`);
    const booking = column.getByRole('button', { name: new RegExp(patient.name) });
    await see(booking, `the booking of ${patient.name} in Kari Nordmann's book on ${date}`);
    const block = (await booking.innerText()).replace(/\s+/g, ' ');
    for (const part of [
      `${hhmm}–`,
      patient.name,
      'Nettverk',
      'Storebrand',
      'B1010',
      `Notat: SakID: ${patient.caseId}`,
      `Bemerkning: ${patient.remark}`,
    ]) {
      expect(block, `the booking in the calendar shows «${part}»`).toContain(part);
    }
    expect(
      await booking.evaluate((el) => getComputedStyle(el).backgroundImage),
      'a network booking is striped',
    ).toContain('repeating-linear-gradient');

    await booking.click();
    const dialog = page.getByRole('dialog');
    await see(dialog, 'the booking’s details');
    for (const part of [
      'Nettverk',
      'Forsikringsagent (nettverket)',
      'Storebrand',
      'Majorstuen, Bogstadveien 54, 0366 Oslo',
      patient.caseId,
      patient.remark,
      `SakID: ${patient.caseId}`,
    ]) {
      await see(dialog.getByText(part, { exact: false }), `«${part}» in the booking’s details`);
    }

    // ---- 3. The patient card: the claim with the case id, created automatically, linked to this booking. ----
    await dialog.getByRole('link', { name: 'Åpne pasientkortet' }).click();
    await see(page.getByRole('heading', { level: 3, name: patient.name }), `the patient card of ${patient.name}`);
    const claims = page.getByRole('region', { name: 'Forsikringskrav', exact: true }).first();
    const claimRow = claims.getByRole('row').filter({ hasText: patient.caseId });
    await see(claimRow, `the claim with SakID ${patient.caseId} on the patient card`);
    expect(await claimRow.count(), 'one claim with the case id').toBe(1);
    const claim = (await claimRow.innerText()).replace(/\s+/g, ' ');
    for (const part of ['Storebrand', 'opprettet automatisk fra SakID', `${date} ${hhmm}`, 'Aktiv']) {
      expect(claim, `the claim row shows «${part}» (the booking it covers)`).toContain(part);
    }
    const bookings = page.getByRole('region', { name: 'Timer', exact: true }).first();
    const bookingRow = bookings.getByRole('row').filter({ hasText: `${date} ${hhmm}` });
    await see(bookingRow, `the booking ${date} ${hhmm} among the patient's «Timer»`);
    const row = (await bookingRow.innerText()).replace(/\s+/g, ' ');
    for (const part of ['Kari Nordmann', 'B1010', `SakID ${patient.caseId}`, 'Aktiv', 'Forsikringskrav'])
      expect(row, `the patient's booking row shows «${part}»`).toContain(part);
    await context.close();

    // ---- 4. The confirmation e-mail in the local SMTP server's store: to the patient, nothing sensitive. ----
    let confirmations: StoredMail[] = [];
    await waitUntil(
      async () => {
        confirmations = (await mailsTo(patient.email)).filter((m) => m.subject === 'Timen din er bestilt');
        return confirmations.length > 0;
      },
      `the confirmation «Timen din er bestilt» to ${patient.email} is in ${path.join(inject('dataDir'), 'mail')}`,
      20_000,
    );
    expect(confirmations.length, 'exactly one confirmation e-mail for the booking').toBe(1);
    const mail = confirmations[0]!;
    expect(mail.to, 'the recipient').toContain(patient.email);
    // Who, when and where: «Fysioterapi 30 min» names no department of the clinic's two (T5), so the address is the one
    // of the department the agent picked the time at in the search, which the booking keeps.
    expect(mail.body, 'the e-mail says when, with whom and where').toContain(
      `Du har fått time ${date} kl. ${hhmm} hos Kari Nordmann, Majorstuen Fysioterapi og Kiropraktikk, Bogstadveien 54, 0366 Oslo.`,
    );
    for (const m of await mailsTo(patient.email)) {
      for (const [what, secret] of [
        ['national id', patient.nationalId],
        ['case id', patient.caseId],
        ['patient remark', patient.remark],
        ['tariff code', 'B1010'],
      ] as const) {
        expect(
          m.raw.toLowerCase().includes(secret.toLowerCase()),
          `the e-mail «${m.subject}» (${m.file}) contains the ${what}`,
        ).toBe(false);
        expect(
          m.body.toLowerCase().includes(secret.toLowerCase()),
          `the decoded text of «${m.subject}» (${m.file}) contains the ${what}`,
        ).toBe(false);
      }
    }
  });
});
