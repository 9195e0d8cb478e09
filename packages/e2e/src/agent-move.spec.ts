// Storebrand's agent books the spec's own practitioner (B1010; cancelling and moving online close 24 hours before) for
// a patient three weeks ahead, and moves the booking.
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';
import { confirmSummary } from './agent-helpers.js';
import { isoOf, syntheticNationalId, uniqueTag } from './network-api.js';
import { SPEC_PRACTITIONERS, seedPractitioner, TEST_DEPARTMENT } from './spec-practitioners.js';

const practitioner = SPEC_PRACTITIONERS.agentMove;
test.beforeAll(() => seedPractitioner(practitioner));
const CASE_ID = 'FLYTT7';

/** «Bestill 09:30 24.03.2026 hos …» → the time and the date. */
function timeOf(label: string, pattern: RegExp): { hhmm: string; date: string } {
  const match = pattern.exec(label);
  if (!match) throw new Error(`unexpected label: ${label}`);
  return { hhmm: match[1]!, date: match[2]! };
}

async function nextWeek(page: Page) {
  const caption = page.locator('.week-caption');
  const shown = (await caption.textContent())!;
  await page.getByRole('button', { name: /Neste uke/ }).click();
  await expect(caption).not.toHaveText(shown);
}

const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('the insurer agent moves a booking', () => {
  test('books a time with a case id, moves it in «Mine bookinger» to another time, keeps the case id, and frees the old time', async ({
    page,
  }) => {
    const patient = `Mona Flyttesen ${uniqueTag()}`;
    await signIn(page, 'agent', 'insurer_agent');
    await expect(page.getByRole('heading', { name: 'Finn behandler', level: 1 })).toBeVisible();
    await page.getByLabel('Takst').selectOption({ label: 'Fysioterapi konsultasjon (B1010)' });
    await page.getByLabel('Sted').fill(TEST_DEPARTMENT.city);
    await page.getByLabel('Behandlerens navn').fill(practitioner.name);
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    const hit = page.getByRole('article').filter({ hasText: practitioner.name });
    await hit.getByRole('link', { name: /Se uke/ }).click();
    await expect(page.getByRole('heading', { name: `Ledige timer – ${practitioner.name}`, level: 1 })).toBeVisible();
    const weekUrl = new URL(page.url());
    for (let i = 0; i < 3; i++) await nextWeek(page);

    // Book the week's first time with a case id.
    const first = page
      .locator('.week-time')
      .getByRole('link', { name: /^Bestill / })
      .first();
    const old = timeOf((await first.getAttribute('aria-label'))!, /^Bestill (\d{2}:\d{2}) (\S+)/);
    await first.click();
    await expect(page.getByRole('timer')).toBeVisible();
    await page.getByLabel('Fødselsnummer eller D-nummer').fill(syntheticNationalId());
    await page.getByLabel('Pasientens navn').fill(patient);
    await page.getByLabel('E-post').fill('mona@example.no');
    await page.getByLabel('SakID (valgfritt)').fill(CASE_ID);
    await page.getByRole('button', { name: 'Gå videre' }).click();
    await confirmSummary(page);
    await expect(page.getByRole('heading', { name: 'Timen er bestilt', level: 1 })).toBeVisible();
    const referenceText = page.locator('.booking-reference');
    await expect(referenceText).toHaveText(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const reference = (await referenceText.textContent())!;

    // «Mine bookinger»: the booking is inside its deadline, so it can be cancelled and moved.
    await page.getByRole('link', { name: 'Se mine bookinger' }).click();
    await expect(page.getByRole('heading', { name: 'Mine bookinger', level: 1 })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: patient });
    await expect(row.getByText(/^Kan endres til og med \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/)).toBeVisible();
    await expect(
      row.getByRole('button', { name: `Avbestill timen ${old.date} ${old.hhmm} for ${patient}` }),
    ).toBeVisible();
    await row.getByRole('link', { name: `Flytt timen ${old.date} ${old.hhmm} for ${patient}` }).click();

    // The move page: the booking as it stands, then the same practitioner's free times of the same type and tariff.
    await expect(page.getByRole('heading', { name: 'Flytt timen', level: 1 })).toBeVisible();
    const current = page.getByRole('region', { name: 'Nåværende time' });
    for (const text of [practitioner.name, patient, CASE_ID, 'Fysioterapi'])
      await expect(current.getByText(text, { exact: false }).first()).toBeVisible();
    const week = page.getByRole('group', { name: /^Uke \d+:/ });
    await expect(week.locator('.week-time-current').getByText(old.hhmm)).toBeVisible();
    const times = week.locator('button[data-time]');
    await expect(times.nth(1)).toBeVisible();

    // The keyboard: arrows between the times, End to the last one, right and left to change the week and back.
    await times.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(times.nth(1)).toBeFocused();
    const caption = page.locator('.week-caption');
    const shown = (await caption.textContent())!;
    await page.keyboard.press('ArrowRight');
    await expect(caption).not.toHaveText(shown);
    await page.keyboard.press('ArrowLeft');
    await expect(caption).toHaveText(shown);
    await times.first().focus();
    await page.keyboard.press('End');
    await expect(times.last()).toBeFocused();
    const target = timeOf((await times.last().getAttribute('aria-label'))!, /^Flytt til (\d{2}:\d{2}) \S+ (\S+)$/);
    expect(`${target.date} ${target.hhmm}`).not.toBe(`${old.date} ${old.hhmm}`);
    await page.keyboard.press('Enter');

    // Confirm, once: a double click sends the same idempotency key.
    const question = page.getByRole('region', { name: 'Bekreft flyttingen' });
    await expect(
      question.getByText(
        new RegExp(
          `^Flytt timen fra \\S+ ${esc(old.date)} ${old.hhmm} til \\S+ ${esc(target.date)} ${target.hhmm}\\?$`,
        ),
      ),
    ).toBeVisible();
    await question.getByRole('button', { name: 'Ja, flytt timen' }).dblclick();

    // The result: the new time, the case id kept, the same appointment.
    await expect(page.getByRole('heading', { name: 'Timen er flyttet', level: 1 })).toBeVisible();
    const done = page.getByRole('status').filter({ hasText: 'Timen er flyttet fra' });
    await expect(done).toContainText(`${old.date} ${old.hhmm} til`);
    await expect(done).toContainText(`${target.date} ${target.hhmm}`);
    await expect(done.getByText(`SakID ${CASE_ID} følger med timen, med det samme forsikringskravet.`)).toBeVisible();
    await expect(referenceText).toHaveText(reference);
    // A reload shows the receipt again; it never moves anew.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Timen er flyttet', level: 1 })).toBeVisible();

    // «Mine bookinger» shows the new time with the same case id, and the booking once.
    await page.getByRole('link', { name: 'Se mine bookinger' }).click();
    await expect(page.getByRole('heading', { name: 'Mine bookinger', level: 1 })).toBeVisible();
    const rows = page.getByRole('row').filter({ hasText: patient });
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText(`${target.date} ${target.hhmm}`);
    for (const expected of [CASE_ID, practitioner.name, 'B1010', 'Bestilt']) await expect(rows).toContainText(expected);
    await expect(rows).not.toContainText(`${old.date} ${old.hhmm}`);

    // The old time is free again in the week view; the new one is taken.
    weekUrl.searchParams.set('uke', isoOf(old.date));
    await page.goto(weekUrl.pathname + weekUrl.search);
    await expect(page.getByRole('heading', { name: `Ledige timer – ${practitioner.name}`, level: 1 })).toBeVisible();
    await expect(
      page.getByRole('link', { name: `Bestill ${old.hhmm} ${old.date} hos ${practitioner.name}` }).first(),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: `Bestill ${target.hhmm} ${target.date} hos ${practitioner.name}` }),
    ).toHaveCount(0);
  });
});
