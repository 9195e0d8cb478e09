// Issue #5's whole path in one browser test: the insurer's agent books a time with a case id in the agent SPA; the
// clinic admin finds it in the book, striped and marked «Nettverk» with the case id in the note and the patient's
// remark, and on the patient card the claim created from the case id with the booking it covers; the patient's
// confirmation e-mail reaches the (local) SMTP server, and says nothing sensitive.
import ICAL from 'ical.js';
import { mailsTo } from './mail-store.js';
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';
import { confirmSummary } from './agent-helpers.js';
import { openSection } from './configuration-helpers.js';
import { addDays, displayOf, isoOf, osloIsoDate, syntheticNationalId, uniqueTag } from './network-api.js';
import { MAJORSTUEN, SPEC_PRACTITIONERS, seedPractitioner, SPEC_TYPE, TEST_DEPARTMENT } from './spec-practitioners.js';

const practitioner = SPEC_PRACTITIONERS.wholePath;
test.beforeAll(() => seedPractitioner(practitioner));

/** The confirmation's calendar entry as ical.js reads it; the start as Oslo's dd.mm.yyyy HH:mm. */
function readEntry(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  const start = event.startDate.toJSDate();
  const oslo = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short' });
  return {
    method: calendar.getFirstPropertyValue('method'),
    sequence: event.sequence,
    when: oslo.format(start).replace(',', ''),
    minutes: (event.endDate.toJSDate().getTime() - start.getTime()) / 60_000,
    summary: event.summary,
  };
}

const weekdayOf = (iso: string) =>
  new Intl.DateTimeFormat('nb-NO', { timeZone: 'UTC', weekday: 'long' }).format(new Date(`${iso}T12:00:00Z`));

// ---- the agent's side ----

const TIME_LINK = new RegExp(`^Bestill (\\d{2}:\\d{2}) (\\d{2}\\.\\d{2}\\.\\d{4}) hos ${practitioner.name}, `);

interface Patient {
  nationalId: string;
  name: string;
  email: string;
  caseId: string;
  remark: string;
}

/**
 * Searches two weeks of the practitioner's B1010 times from a day 2–15 days ahead (a random one, so reruns against the
 * same server spread out), and holds one of the first times shown. The practitioner is this spec's alone: the time
 * is free when it is clicked. Returns the held time as the search showed it.
 */
async function holdATime(page: Page): Promise<{ hhmm: string; date: string }> {
  const from = addDays(osloIsoDate(new Date().toISOString()), 2 + Math.floor(Math.random() * 14));
  await page.getByLabel('Takst').selectOption({ label: 'Fysioterapi konsultasjon (B1010)' });
  await page.getByLabel('Sted').fill(TEST_DEPARTMENT.city);
  await page.getByLabel('Behandlerens navn').fill(practitioner.name);
  await page.getByLabel('Fra dato').fill(displayOf(from));
  await page.getByLabel('Til dato').fill(displayOf(addDays(from, 14)));
  await page.getByRole('button', { name: 'Søk', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`fra=${from}`));
  // The results of this search, not those shown before it.
  await expect(
    page.getByText(`med ledige timer ${displayOf(from)}–${displayOf(addDays(from, 14))}, sortert`, { exact: false }),
  ).toBeVisible();
  const type = page
    .getByRole('article')
    .filter({ hasText: practitioner.name })
    .getByRole('region', { name: `Fysioterapi konsultasjon, ${SPEC_TYPE.name}`, exact: true });
  const first = type.getByRole('link', { name: TIME_LINK }).first();
  await expect(first, `the search shows ${practitioner.name}'s free times from ${from}`).toBeVisible();
  const [, hhmm, date] = TIME_LINK.exec((await first.getAttribute('aria-label'))!)!;
  expect(isoOf(date!) >= from, `${date} is on or after ${from}`).toBe(true);
  await first.click();
  await expect(page).toHaveURL(/\/agent\/bestill\?/);
  await expect(page.getByRole('heading', { name: 'Bestill time', level: 1 })).toBeVisible();
  await expect(page.getByRole('timer'), `the hold countdown for ${date} ${hhmm}`).toBeVisible();
  return { hhmm: hhmm!, date: date! };
}

test.describe('a network booking, from the insurer’s agent to the clinic and the patient', () => {
  test('is booked in the agent SPA, shows in the clinic’s book and on the patient card with its claim, and the patient gets a confirmation e-mail without sensitive content', async ({
    browser,
  }) => {
    const tag = uniqueTag();
    const patient: Patient = {
      nationalId: syntheticNationalId(),
      name: `Hele Veien ${tag}`,
      email: `hele.veien.${tag}@example.no`,
      caseId: `HV${tag.toUpperCase()}${Math.floor(Math.random() * 1000)}`,
      remark: `Stiv nakke etter flytting ${tag}`,
    };

    // ---- 1. The insurer's agent searches, holds a time, fills in the form, confirms the summary. ----
    const agent = await browser.newContext();
    const ap = await agent.newPage();
    await signIn(ap, 'agent', 'insurer_agent');
    await expect(ap.getByRole('heading', { name: 'Finn behandler', level: 1 })).toBeVisible();
    const { hhmm, date } = await holdATime(ap);
    const day = isoOf(date);

    await ap.getByLabel('Fødselsnummer eller D-nummer').fill(patient.nationalId);
    await ap.getByLabel('Pasientens navn').fill(patient.name);
    await ap.getByLabel('E-post').fill(patient.email);
    await ap.getByLabel('SakID (valgfritt)').fill(patient.caseId);
    await ap.getByLabel('Pasientbemerkning (valgfritt)').fill(patient.remark);
    await ap.getByRole('button', { name: 'Gå videre' }).click();

    const summary = ap.getByRole('region', { name: 'Oppsummering' });
    await expect(summary, 'the summary after «Gå videre» (the form may have refused a field)').toBeVisible();
    for (const text of [
      practitioner.name,
      MAJORSTUEN,
      TEST_DEPARTMENT.address,
      SPEC_TYPE.name,
      '30 minutter',
      date,
      patient.name,
      `${patient.nationalId.slice(0, 6)}*****`,
      patient.email,
      patient.caseId,
      patient.remark,
    ]) {
      await expect(summary.getByText(text, { exact: false }).first(), `«${text}» in the summary`).toBeVisible();
    }
    await expect(summary, 'the summary masks the national id').not.toContainText(patient.nationalId);
    await confirmSummary(ap);

    await expect(ap.getByRole('heading', { name: 'Timen er bestilt', level: 1 })).toBeVisible();
    await expect(
      ap.getByText(`Et forsikringskrav med SakID ${patient.caseId} er opprettet på pasientkortet.`),
      'that a claim was created from the case id',
    ).toBeVisible();
    await expect(ap.locator('.booking-reference'), 'the booking reference').toHaveText(
      /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/,
    );
    const reference = await ap.locator('.booking-reference').textContent();
    const receipt = ap.getByRole('heading', { name: 'Timen er bestilt' }).locator('..');
    for (const text of [date, hhmm, practitioner.name, patient.name, patient.caseId])
      await expect(receipt, `the result page shows «${text}»`).toContainText(text);
    await agent.close();

    // ---- 2. The clinic admin finds the booking in «Timebok» on that day, as a network booking. ----
    const clinic = await browser.newContext();
    const page = await clinic.newPage();
    await signIn(page, 'admin', 'clinic_admin');
    await expect(page.getByRole('heading', { level: 1, name: MAJORSTUEN })).toBeVisible();
    await openSection(page, 'Timebok');
    await expect(page.getByRole('heading', { level: 2, name: 'Timebok' })).toBeVisible();
    await page.getByLabel('Gå til dato').fill(date);
    await page.getByLabel('Gå til dato').press('Enter');
    await expect(page).toHaveURL(new RegExp(`dato=${day}`));
    const column = page.getByRole('region', { name: `${practitioner.name}, ${weekdayOf(day)} ${date}`, exact: true });
    const booking = column.getByRole('button', { name: new RegExp(patient.name) });
    await expect(booking, `the booking of ${patient.name} in ${practitioner.name}'s book on ${date}`).toBeVisible();
    for (const part of [
      `${hhmm}–`,
      patient.name,
      'Nettverk',
      'Storebrand',
      'B1010',
      `Notat: SakID: ${patient.caseId}`,
      `Bemerkning: ${patient.remark}`,
    ]) {
      await expect(booking, `the booking in the calendar shows «${part}»`).toContainText(part);
    }
    await expect(booking, 'a network booking is striped').toHaveCSS('background-image', /repeating-linear-gradient/);

    await booking.click();
    const dialog = page.getByRole('dialog');
    for (const part of [
      'Nettverk',
      'Storebrand',
      `${TEST_DEPARTMENT.name}, ${TEST_DEPARTMENT.address}`,
      patient.caseId,
      patient.remark,
      `SakID: ${patient.caseId}`,
    ]) {
      await expect(
        dialog.getByText(part, { exact: false }).first(),
        `«${part}» in the booking’s details`,
      ).toBeVisible();
    }

    // The book says who booked: the demo agent by name, and its insurer.
    await expect(
      dialog.locator('.fact', { has: page.locator('dt', { hasText: /^Bestilt av$/ }) }).locator('dd'),
    ).toHaveText('Per Agent, Storebrand');
    // ---- 3. The patient card: the claim with the case id, created automatically, linked to this booking. ----
    await dialog.getByRole('link', { name: 'Åpne pasientkortet' }).click();
    await expect(page.getByRole('heading', { level: 3, name: patient.name })).toBeVisible();
    const claims = page.getByRole('region', { name: 'Forsikringskrav', exact: true }).first();
    const claimRow = claims.getByRole('row').filter({ hasText: patient.caseId });
    await expect(claimRow, 'one claim with the case id').toHaveCount(1);
    for (const part of ['Storebrand', 'opprettet automatisk fra SakID', `${date} ${hhmm}`, 'Aktiv']) {
      await expect(claimRow, `the claim row shows «${part}» (the booking it covers)`).toContainText(part);
    }
    const bookings = page.getByRole('region', { name: 'Timer', exact: true }).first();
    const bookingRow = bookings.getByRole('row').filter({ hasText: `${date} ${hhmm}` });
    for (const part of [practitioner.name, 'B1010', `SakID ${patient.caseId}`, 'Aktiv', 'Forsikringskrav'])
      await expect(bookingRow, `the patient's booking row shows «${part}»`).toContainText(part);
    await clinic.close();

    // ---- 4. The confirmation e-mail in the local SMTP server's store: to the patient, nothing sensitive. ----
    // The outbox sends it after the booking commits: the store is asked until it is there.
    await expect
      .poll(async () => (await mailsTo(patient.email)).filter((m) => m.subject === 'Timen din er bestilt').length, {
        message: `the confirmation «Timen din er bestilt» to ${patient.email} in the local SMTP store`,
        timeout: 20_000,
      })
      .toBe(1);
    const mails = await mailsTo(patient.email);
    const mail = mails.find((m) => m.subject === 'Timen din er bestilt')!;
    expect(mail.to, 'the recipient').toContain(patient.email);
    // Who, when and where: the type is offered at the test department alone (T5), so the address is that one.
    const [nb, en] = mail.body.split('— In English —');
    expect(nb, 'the e-mail says when (with the weekday), with whom and where').toContain(
      `Du har fått time ${weekdayOf(day)} ${date} kl. ${hhmm} hos ${practitioner.name}, ${MAJORSTUEN}, ${TEST_DEPARTMENT.address}.`,
    );
    for (const line of [`Hva: ${SPEC_TYPE.name}`, `(${SPEC_TYPE.minutes} minutter)`, `Bookingreferanse: ${reference}`])
      expect(nb, `the e-mail says «${line}»`).toContain(line);
    // The book's deadline is 24 hours before (spec-practitioners): the day before.
    expect(nb).toMatch(
      new RegExp(`Avbestillingsfrist: ${weekdayOf(addDays(day, -1))} ${displayOf(addDays(day, -1))} kl\\. `),
    );
    expect(en, 'and again in English').toContain(`Booking reference: ${reference}`);
    // The calendar entry: a REQUEST at the booked instant, for the booked length, parsed as a calendar app would.
    const ics = mail.attachments.find((a) => a.filename === 'time.ics');
    expect(ics, 'the e-mail attaches time.ics').toBeDefined();
    const entry = readEntry(ics!.content);
    expect(entry).toMatchObject({
      method: 'REQUEST',
      sequence: 0,
      when: `${date} ${hhmm}`,
      minutes: SPEC_TYPE.minutes,
    });
    expect(entry.summary).toContain(SPEC_TYPE.name);
    for (const m of mails) {
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
        for (const a of m.attachments)
          expect(
            a.content.toLowerCase().includes(secret.toLowerCase()),
            `the attachment ${a.filename ?? a.contentType} of «${m.subject}» contains the ${what}`,
          ).toBe(false);
      }
    }
  });
});
