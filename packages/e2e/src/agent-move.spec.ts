import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, newPage, signIn } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Storebrand's agent books Kari Nordmann (Majorstuen, B1010; cancelling and moving online close 24 hours before) for
// a patient of its own, three weeks ahead — away from the times the other browser tests take — and moves the booking.
const PATIENT = 'Mona Flyttesen';
const NATIONAL_ID = '15058512343';
const CASE_ID = 'FLYTT7';

/** «Bestill 09:30 24.03.2026 hos Kari Nordmann» → the time and the date. */
function timeOf(label: string, pattern: RegExp): { hhmm: string; date: string } {
  const match = pattern.exec(label);
  if (!match) throw new Error(`unexpected label: ${label}`);
  return { hhmm: match[1]!, date: match[2]! };
}

async function nextWeek(page: Page) {
  const caption = await page.locator('.week-caption').textContent();
  await page.getByRole('button', { name: /Neste uke/ }).click();
  await page.waitForFunction((c) => document.querySelector('.week-caption')?.textContent !== c, caption);
}

const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

describe('the insurer agent moves a booking', () => {
  it('books a time with a case id, moves it in «Mine bookinger» to another time, keeps the case id, and frees the old time', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'agent', 'insurer_agent');
    await page.getByRole('heading', { name: 'Finn behandler', level: 1 }).waitFor();
    await page.getByLabel('Takst').selectOption({ label: 'Fysioterapi konsultasjon (B1010)' });
    await page.getByLabel('Sted').fill('Oslo');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    const kari = page.getByRole('article').filter({ hasText: 'Kari Nordmann' });
    await kari.getByRole('link', { name: /Se uke/ }).click();
    await page.getByRole('heading', { name: 'Ledige timer – Kari Nordmann', level: 1 }).waitFor();
    const weekUrl = new URL(page.url());
    for (let i = 0; i < 3; i++) await nextWeek(page);

    // Book the week's first time with a case id.
    const first = page
      .locator('.week-time')
      .getByRole('link', { name: /^Bestill / })
      .first();
    await first.waitFor();
    const old = timeOf((await first.getAttribute('aria-label'))!, /^Bestill (\d{2}:\d{2}) (\S+)/);
    await first.click();
    await page.getByRole('timer').waitFor();
    await page.getByLabel('Fødselsnummer eller D-nummer').fill(NATIONAL_ID);
    await page.getByLabel('Pasientens navn').fill(PATIENT);
    await page.getByLabel('E-post').fill('mona@example.no');
    await page.getByLabel('SakID (valgfritt)').fill(CASE_ID);
    await page.getByRole('button', { name: 'Gå videre' }).click();
    await page.getByRole('region', { name: 'Oppsummering' }).getByRole('button', { name: 'Bekreft booking' }).click();
    await page.getByRole('heading', { name: 'Timen er bestilt', level: 1 }).waitFor();
    const reference = (await page.locator('.booking-reference').textContent())!;

    // «Mine bookinger»: the booking is inside its deadline, so it can be cancelled and moved.
    await page.getByRole('link', { name: 'Se mine bookinger' }).click();
    await page.getByRole('heading', { name: 'Mine bookinger', level: 1 }).waitFor();
    const row = page.getByRole('row').filter({ hasText: PATIENT });
    await row.getByText(/^Kan endres til og med \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/).waitFor();
    await row.getByRole('button', { name: `Avbestill timen ${old.date} ${old.hhmm} for ${PATIENT}` }).waitFor();
    await row.getByRole('link', { name: `Flytt timen ${old.date} ${old.hhmm} for ${PATIENT}` }).click();

    // The move page: the booking as it stands, then the same practitioner's free times of the same type and tariff.
    await page.getByRole('heading', { name: 'Flytt timen', level: 1 }).waitFor();
    const current = page.getByRole('region', { name: 'Nåværende time' });
    for (const text of ['Kari Nordmann', PATIENT, CASE_ID, 'Fysioterapi'])
      await current.getByText(text, { exact: false }).first().waitFor();
    const week = page.getByRole('group', { name: /^Uke \d+:/ });
    await week.locator('.week-time-current').getByText(old.hhmm).waitFor();
    const times = week.locator('button[data-time]');
    await times.first().waitFor();
    const count = await times.count();
    expect(count).toBeGreaterThan(1);

    // The keyboard: arrows between the times, End to the last one, right and left to change the week and back.
    await times.first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await focusedLabel(page)).toBe(await times.nth(1).getAttribute('aria-label'));
    const caption = (await page.locator('.week-caption').textContent())!;
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((c) => document.querySelector('.week-caption')?.textContent !== c, caption);
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((c) => document.querySelector('.week-caption')?.textContent === c, caption);
    await times.first().waitFor();
    await times.first().focus();
    await page.keyboard.press('End');
    const lastLabel = (await times.last().getAttribute('aria-label'))!;
    expect(await focusedLabel(page)).toBe(lastLabel);
    const target = timeOf(lastLabel, /^Flytt til (\d{2}:\d{2}) \S+ (\S+)$/);
    expect(`${target.date} ${target.hhmm}`).not.toBe(`${old.date} ${old.hhmm}`);
    await page.keyboard.press('Enter');

    // Confirm, once: a double click sends the same idempotency key.
    const question = page.getByRole('region', { name: 'Bekreft flyttingen' });
    await question
      .getByText(
        new RegExp(
          `^Flytt timen fra \\S+ ${esc(old.date)} ${old.hhmm} til \\S+ ${esc(target.date)} ${target.hhmm}\\?$`,
        ),
      )
      .waitFor();
    await question.getByRole('button', { name: 'Ja, flytt timen' }).dblclick();

    // The result: the new time, the case id kept, the same appointment.
    await page.getByRole('heading', { name: 'Timen er flyttet', level: 1 }).waitFor();
    const done = page.getByRole('status').filter({ hasText: 'Timen er flyttet fra' });
    expect(await done.textContent()).toContain(`${old.date} ${old.hhmm} til`);
    expect(await done.textContent()).toContain(`${target.date} ${target.hhmm}`);
    await done.getByText(`SakID ${CASE_ID} følger med timen, med det samme forsikringskravet.`).waitFor();
    expect(await page.locator('.booking-reference').textContent()).toBe(reference);
    // A reload shows the receipt again; it never moves anew.
    await page.reload();
    await page.getByRole('heading', { name: 'Timen er flyttet', level: 1 }).waitFor();

    // «Mine bookinger» shows the new time with the same case id, and the booking once.
    await page.getByRole('link', { name: 'Se mine bookinger' }).click();
    await page.getByRole('heading', { name: 'Mine bookinger', level: 1 }).waitFor();
    const rows = page.getByRole('row').filter({ hasText: PATIENT });
    await rows.first().getByText(`${target.date} ${target.hhmm}`, { exact: false }).waitFor();
    expect(await rows.count()).toBe(1);
    const text = (await rows.first().textContent())!;
    for (const expected of [CASE_ID, 'Kari Nordmann', 'B1010', 'Bestilt']) expect(text).toContain(expected);
    expect(text).not.toContain(`${old.date} ${old.hhmm}`);

    // The old time is free again in the week view; the new one is taken.
    weekUrl.searchParams.set('uke', isoDate(old.date));
    await page.goto(weekUrl.pathname + weekUrl.search);
    await page.getByRole('heading', { name: 'Ledige timer – Kari Nordmann', level: 1 }).waitFor();
    await page
      .getByRole('link', { name: `Bestill ${old.hhmm} ${old.date} hos Kari Nordmann` })
      .first()
      .waitFor();
    expect(
      await page.getByRole('link', { name: `Bestill ${target.hhmm} ${target.date} hos Kari Nordmann` }).count(),
    ).toBe(0);
    await context.close();
  });
});

function esc(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** dd.mm.yyyy → yyyy-mm-dd */
function isoDate(date: string): string {
  const [d, m, y] = date.split('.');
  return `${y}-${m}-${d}`;
}
