// The clinic's side of a network booking (issue #5): the insurer's agent books through the API with a case id; the
// clinic admin sees it striped in the calendar with the case id in the note, opens the patient card with the claim and
// the access log, moves the booking, and cancels it with a reason — and the time shows as free again.
import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';
import { openSection } from './configuration-helpers.js';
import {
  bookAsAgent,
  minutes,
  oslo,
  osloDisplayDate,
  osloIsoDate,
  osloTime,
  syntheticNationalId,
  uniqueTag,
} from './network-api.js';
import { MAJORSTUEN, SPEC_PRACTITIONERS, seedPractitioner } from './spec-practitioners.js';

const practitioner = SPEC_PRACTITIONERS.clinicCalendar;
test.beforeAll(() => seedPractitioner(practitioner));

/** The practitioner's column on a date, as the calendar labels it («Kasper Kalender, torsdag 03.12.2026»). */
function column(page: Page, iso: string): Locator {
  return page.getByRole('region', {
    name: `${practitioner.name}, ${oslo(iso, { weekday: 'long' })} ${osloDisplayDate(iso)}`,
    exact: true,
  });
}

/** Whether one of the column's «Ledig HH:mm–HH:mm» bands covers the time from `start` to `end`. */
async function isFree(column: Locator, start: string, end: string): Promise<boolean> {
  const bands = await column.locator('.cal-free-label').allTextContents();
  return bands.some((text) => {
    const m = /(\d{2}:\d{2})–(\d{2}:\d{2})/.exec(text);
    return !!m && minutes(m[1]!) <= minutes(osloTime(start)) && minutes(osloTime(end)) <= minutes(m[2]!);
  });
}

test.describe('the clinic’s calendar, patient card and notifications', () => {
  test('shows an insurer’s booking striped with the case id, the claim and access log on the patient card, and frees the time on cancelling', async ({
    page,
    request,
  }) => {
    const tag = uniqueTag();
    const caseId = `K${tag.toUpperCase()}`;
    const patient = { nationalId: syntheticNationalId(), name: `Kalender Pasient ${tag}` };

    // The insurer's agent books through the API.
    const hit = await bookAsAgent(request, practitioner, patient, caseId);
    const day = osloIsoDate(hit.startAt);
    const dateText = osloDisplayDate(hit.startAt);

    // The clinic admin opens the calendar and goes to the day with the date field (dd.mm.yyyy).
    const goTo = async () => {
      await page.getByLabel('Gå til dato').fill(dateText);
      await page.getByLabel('Gå til dato').press('Enter');
      await expect(page).toHaveURL(new RegExp(`dato=${day}`));
    };
    await signIn(page, 'admin', 'clinic_admin');
    await expect(page.getByRole('heading', { level: 1, name: MAJORSTUEN })).toBeVisible();
    await openSection(page, 'Timebok');
    await expect(page.getByRole('heading', { level: 2, name: 'Timebok' })).toBeVisible();
    await goTo();
    const book = column(page, hit.startAt);
    const booking = book.getByRole('button', { name: new RegExp(patient.name) });

    // Striped (PatientSky's mark) and said in words; tariff, insurer, the case id in the note, the patient's remark.
    await expect(booking).toHaveCSS('background-image', /repeating-linear-gradient/);
    for (const part of [
      'Nettverk',
      'Storebrand',
      'B1010',
      `Notat: SakID: ${caseId}`,
      'Vondt i kneet',
      `${osloTime(hit.startAt)}–${osloTime(hit.endAt)}`,
    ])
      await expect(booking).toContainText(part);
    expect(await isFree(book, hit.startAt, hit.endAt)).toBe(false);

    // Keyboard: → shows the next day, ← comes back.
    const caption = page.locator('.cal-caption');
    const dayCaption = (await caption.textContent())!;
    await page.getByRole('button', { name: /Neste dag/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(caption).not.toHaveText(dayCaption);
    await page.keyboard.press('ArrowLeft');
    await expect(caption).toHaveText(dayCaption);
    await expect(booking).toBeVisible();

    // The details: everything the insurer sent, and the server's own message for a no-show that has not begun.
    await booking.click();
    const dialog = page.getByRole('dialog');
    for (const part of [caseId, 'Storebrand', 'Vondt i kneet etter fotball', `SakID: ${caseId}`])
      await expect(dialog.getByText(part).first()).toBeVisible();
    // The book says who booked: the demo agent by name, and its insurer.
    await expect(
      dialog.locator('.fact', { has: page.locator('dt', { hasText: /^Bestilt av$/ }) }).locator('dd'),
    ).toHaveText('Per Agent, Storebrand');
    // It cannot be undone, so the dialog asks first.
    await dialog.getByRole('button', { name: 'Marker som ikke møtt', exact: true }).click();
    await dialog.getByRole('button', { name: 'Ja, marker som ikke møtt' }).click();
    await expect(
      dialog.getByRole('alert').getByText('Timen kan først markeres som ikke møtt når den har begynt.'),
    ).toBeVisible();

    // The patient card: the claim created from the case id, the booking it covers, and who read the patient's data.
    await dialog.getByRole('link', { name: 'Åpne pasientkortet' }).click();
    await expect(page.getByRole('heading', { level: 3, name: patient.name })).toBeVisible();
    const claims = page.getByRole('region', { name: 'Forsikringskrav', exact: true }).first();
    const claimRow = claims.getByRole('row').filter({ hasText: caseId });
    await expect(claimRow).toContainText('Storebrand');
    await expect(claimRow).toContainText('opprettet automatisk fra SakID');
    await expect(claimRow).toContainText(dateText);
    const bookings = page.getByRole('region', { name: 'Timer', exact: true }).first();
    await expect(
      bookings.getByRole('row').filter({ hasText: 'Aktiv' }).filter({ hasText: 'Forsikringskrav' }),
    ).toHaveCount(1);
    const access = page.getByRole('region', { name: 'Tilgangslogg', exact: true }).first();
    await expect(
      access.getByRole('row').filter({ hasText: 'Så timeboken' }).filter({ hasText: 'Anne Admin' }).first(),
    ).toBeVisible();
    await expect(access.getByRole('row').filter({ hasText: 'Åpnet pasientkortet' }).first()).toBeVisible();
    await expect(access.getByRole('row').filter({ hasText: 'Klinikkadministrator' }).first()).toBeVisible();
    // Found again by national identity number, with the number kept out of the address.
    await openSection(page, 'Pasientkort');
    await expect(page.getByRole('heading', { level: 3, name: patient.name }), 'the card left').toHaveCount(0);
    await page.getByLabel('Fødselsnummer').fill(patient.nationalId);
    await page.getByRole('button', { name: 'Finn pasient' }).click();
    await expect(page.getByRole('heading', { level: 3, name: patient.name })).toBeVisible();
    expect(page.url()).not.toContain(patient.nationalId);

    // Back in the calendar: move the booking to another free time the same day.
    await openSection(page, 'Timebok');
    await goTo();
    await booking.click();
    await dialog.getByRole('button', { name: 'Flytt' }).click();
    const newTime = dialog.getByLabel('Ny tid');
    await expect(newTime.locator('option').nth(1)).toBeAttached();
    const options = await newTime
      .locator('option')
      .evaluateAll((els) => els.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })));
    const target = options.find((o) => o.value && o.label.includes(dateText) && minutes(osloTime(o.value)) >= 8 * 60);
    expect(target, 'a free time the same day').toBeDefined();
    await newTime.selectOption(target!.value);
    await dialog.getByRole('button', { name: 'Flytt timen' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Timen er flyttet til ${dateText} ${osloTime(target!.value)}` }),
    ).toBeVisible();
    // The calendar reads its free time again after the move: asked until its bands show the old time free.
    await expect.poll(() => isFree(book, hit.startAt, hit.endAt), { message: 'the old time is free again' }).toBe(true);
    const moved = book.getByRole('button', { name: new RegExp(patient.name) });
    await expect(moved).toContainText(`${osloTime(target!.value)}–`);
    const movedEnd = new Date(
      new Date(target!.value).getTime() + (Date.parse(hit.endAt) - Date.parse(hit.startAt)),
    ).toISOString();

    // Cancel: both fields are required; the clinic cancels on behalf of the patient with a reason.
    await moved.click();
    await dialog.getByRole('button', { name: 'Avbestill' }).click();
    await dialog.getByRole('button', { name: 'Avbestill timen' }).click();
    await expect(dialog.getByRole('alert').getByText('Ingenting er lagret', { exact: false })).toBeVisible();
    await expect(dialog.getByText('Skriv inn årsaken til avbestillingen.').first()).toBeVisible();
    await dialog.getByLabel('Pasienten', { exact: true }).check();
    await dialog.getByLabel('Årsak', { exact: true }).fill('Pasienten er syk');
    await dialog.getByRole('button', { name: 'Avbestill timen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'er avbestilt' })).toBeVisible();
    await expect(moved, 'the cancelled booking leaves the calendar').toHaveCount(0);
    await expect
      .poll(() => isFree(book, target!.value, movedEnd), { message: 'the cancelled time is free again' })
      .toBe(true);
    expect(await isFree(book, hit.startAt, hit.endAt)).toBe(true);

    // Shown again, marked as cancelled, with the reason in its details.
    await page.getByLabel('Vis avbestilte timer').check();
    const cancelled = book.getByRole('button', { name: new RegExp(patient.name) });
    await expect(cancelled).toContainText('Avbestilt');
    await cancelled.click();
    await expect(dialog.getByText('Avbestilt for pasienten: Pasienten er syk')).toBeVisible();
    await dialog.getByRole('button', { name: 'Lukk' }).click();

    // The notification log: booked, moved and cancelled, to a masked address, with no case id or national id.
    await openSection(page, 'Varslinger');
    const log = page.getByRole('region', { name: 'Varslinger', exact: true }).first();
    const toPatient = log.getByRole('row').filter({ hasText: 'k***@example.no' });
    for (const event of ['Bestilt', 'Flyttet', 'Avbestilt'])
      await expect(toPatient.filter({ hasText: event }).first()).toBeVisible();
    await expect(log).not.toContainText(caseId);
    await expect(log).not.toContainText(patient.nationalId);
  });

  test('shows the chosen books side by side in the day view and one book’s week in the week view', async ({ page }) => {
    await signIn(page, 'admin', 'clinic_admin');
    await openSection(page, 'Timebok');
    const books = page.getByRole('group', { name: 'Timebøker' });
    await expect(books).toBeVisible();
    // Every book is chosen at first; leave two, side by side in the day view.
    const boxes = books.getByRole('checkbox');
    const total = await boxes.count();
    expect(total).toBeGreaterThan(2);
    // A book's name, without the owner shown after it when the book is named otherwise.
    const names = await books.locator('label').evaluateAll((labels) => labels.map((l) => l.firstChild?.textContent));
    for (let i = 2; i < total; i++) await boxes.nth(i).uncheck();
    await expect(page.locator('.cal-col'), 'two books').toHaveCount(2);
    await expect(page.locator('.cal-col-head')).toHaveCount(2);
    // The week: one book's seven days, the first chosen one unless another is picked.
    await page.getByRole('button', { name: 'Uke', exact: true }).click();
    await expect(page).toHaveURL(/visning=uke/);
    await expect(
      page.locator('.cal-caption').filter({ hasText: /^Uke \d+: \d{2}\.\d{2}\.\d{4}–\d{2}\.\d{2}\.\d{4}$/ }),
    ).toBeVisible();
    const weekBook = page.getByRole('group', { name: 'Timebok i ukevisningen' });
    await expect(weekBook.getByRole('radio', { checked: true })).toHaveAccessibleName(new RegExp(`^${names[0]}`));
    await expect(page.locator('.cal-col'), 'seven days of one book').toHaveCount(7);
    await expect(page.locator('.cal-day-head')).toHaveCount(7);
    await expect(page.locator('.cal-day-head').first()).toContainText(/mandag/i);
    await expect(page.getByRole('region', { name: new RegExp(`^${names[0]}, mandag `) })).toHaveCount(1);
    // Times on the axis are HH:mm.
    for (const tick of await page.locator('.cal-gutter .cal-tick').allTextContents())
      expect(tick).toMatch(/^\d{2}:\d{2}/);
    // Another book's week, also one not chosen for the day view; the day view keeps its two books.
    await weekBook
      .getByRole('radio')
      .nth(total - 1)
      .check();
    await expect(page).toHaveURL(/ukebok=/);
    await expect(page.getByRole('region', { name: new RegExp(`^${names[total - 1]}, mandag `) })).toHaveCount(1);
    await expect(page.locator('.cal-col')).toHaveCount(7);
    await page.getByRole('button', { name: 'Dag', exact: true }).click();
    await expect(page.locator('.cal-col'), 'the two books again').toHaveCount(2);
    // The last chosen book cannot be unchosen.
    await boxes.nth(1).uncheck();
    await boxes.nth(0).click();
    await expect(page.locator('.cal-col'), 'one book').toHaveCount(1);
    await expect(boxes.nth(0)).toBeChecked();
    await page.getByRole('button', { name: 'Uke', exact: true }).click();
    // «T» goes back to today's week after paging ahead.
    const caption = page.locator('.cal-caption');
    const thisWeek = (await caption.textContent())!;
    await page.getByRole('button', { name: /Neste uke/ }).click();
    await expect(caption).not.toHaveText(thisWeek);
    await page.getByRole('button', { name: /Neste uke/ }).focus();
    await page.keyboard.press('t');
    await expect(caption).toHaveText(thisWeek);
  });
});
