// The clinic books its own patient (issue 15): from a free time in the Timebok it makes a new patient card, books a
// time with a remark (source «klinikken», not striped as the network's), moves it and cancels it — and the insurer
// agent's search follows each step: the time leaves the search at once and comes back when freed.
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';
import { openSection } from './configuration-helpers.js';
import {
  addDays,
  apiAs,
  call,
  minutes,
  oslo,
  osloDisplayDate,
  osloIsoDate,
  osloTime,
  syntheticNationalId,
  uniqueTag,
  type Hit,
} from './network-api.js';
import { SPEC_PRACTITIONERS, SPEC_TYPE, seedPractitioner } from './spec-practitioners.js';

const practitioner = SPEC_PRACTITIONERS.clinicOwnBooking;
test.beforeAll(() => seedPractitioner(practitioner));

function column(page: Page, iso: string): Locator {
  return page.getByRole('region', {
    name: `${practitioner.name}, ${oslo(iso, { weekday: 'long' })} ${osloDisplayDate(iso)}`,
    exact: true,
  });
}

/** The practitioner's times in Storebrand's agent search, from three days ahead. */
async function searchTimes(agent: APIRequestContext): Promise<string[]> {
  const today = osloIsoDate(new Date().toISOString());
  const { hits } = await call<{ hits: Hit[] }>(agent, 'query', 'search.network', {
    tariffCode: 'B1010',
    practitionerName: practitioner.name,
    from: addDays(today, 3),
    to: addDays(today, 30),
    limit: 100,
  });
  return hits.filter((h) => h.bookId === practitioner.bookId).map((h) => new Date(h.startAt).toISOString());
}

test('the clinic books, moves and cancels its own patient, and the agent’s search follows', async ({ page }) => {
  const agent = await apiAs('insurer_agent');
  const tag = uniqueTag();
  const patient = { nationalId: syntheticNationalId(), name: `Klinikk Pasient ${tag}` };
  const before = await searchTimes(agent);
  // A weekday morning time (the first band is 08:00–11:30), with room after it to move to.
  const start = before.find((iso) => minutes(osloTime(iso)) >= 9 * 60 && minutes(osloTime(iso)) < 10 * 60);
  expect(start, 'a free morning time in the agent’s search').toBeDefined();
  const day = osloIsoDate(start!);

  await signIn(page, 'admin', 'clinic_admin');
  await openSection(page, 'Timebok');
  await page.getByLabel('Gå til dato').fill(osloDisplayDate(start!));
  await page.getByLabel('Gå til dato').press('Enter');
  await expect(page).toHaveURL(new RegExp(`dato=${day}`));
  const book = column(page, start!);
  await book.getByRole('button', { name: /^Bestill time 08:00–/ }).click();

  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: `Bestill time i ${practitioner.name}` })).toBeVisible();
  // Without a patient nothing is sent, and the dialog says what is missing.
  await dialog.getByRole('button', { name: 'Bestill timen' }).click();
  await expect(dialog.getByText('Velg eller opprett pasienten først.').first()).toBeVisible();
  // A new card, made from the dialog.
  await dialog.getByRole('button', { name: 'Ny pasient' }).click();
  await dialog.getByLabel('Fødselsnummer').fill(patient.nationalId);
  await dialog.getByLabel('Pasientens navn').fill(patient.name);
  await dialog.getByLabel('E-post (valgfritt)').fill(`klinikk.${tag}@example.no`);
  await dialog.getByRole('button', { name: 'Opprett pasient' }).click();
  await expect(dialog.getByText(`Valgt pasient: ${patient.name}`)).toBeVisible();
  const time = dialog.getByLabel('Tid og timetype');
  const option = `${osloTime(start!)}–`;
  const value = await time
    .locator('option')
    .evaluateAll(
      (els, prefix) => els.find((o) => (o.textContent ?? '').startsWith(prefix))?.getAttribute('value') ?? null,
      option,
    );
  expect(value).not.toBeNull();
  await time.selectOption(value ?? '');
  await expect(time.locator('option:checked')).toContainText(SPEC_TYPE.name);
  await dialog.getByLabel('Pasientbemerkning').fill('Vondt i skulderen');
  await dialog.getByLabel('Notat').fill('Ringte klinikken');
  await dialog.getByRole('button', { name: 'Bestill timen' }).click();
  await expect(page.getByRole('status').filter({ hasText: `er bestilt for ${patient.name}` })).toBeVisible();

  // In the book as the clinic's own booking: the remark and note shown, not marked as the network's.
  const booking = book.getByRole('button', { name: new RegExp(patient.name) });
  await expect(booking).toContainText('Vondt i skulderen');
  await expect(booking).not.toContainText('Nettverk');
  await expect(booking).not.toHaveCSS('background-image', /repeating-linear-gradient/);
  await booking.click();
  await expect(dialog.getByText('Klinikken', { exact: false }).first()).toBeVisible();
  // Gone from the agent's search at once.
  expect(await searchTimes(agent)).not.toContain(start);

  // Move it to a later time the same day: the old time is back in the search, the new one gone.
  await dialog.getByRole('button', { name: 'Flytt' }).click();
  const newTime = dialog.getByLabel('Ny tid');
  await expect(newTime.locator('option').nth(1)).toBeAttached();
  const options = await newTime
    .locator('option')
    .evaluateAll((els) => els.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })));
  const target = options.find(
    (o) =>
      o.value &&
      o.label.includes(osloDisplayDate(start!)) &&
      minutes(osloTime(o.value)) >= minutes(osloTime(start!)) + 60,
  );
  expect(target, 'a later free time the same day').toBeDefined();
  await newTime.selectOption(target!.value);
  await dialog.getByRole('button', { name: 'Flytt timen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Timen er flyttet til' })).toBeVisible();
  const moved = new Date(target!.value).toISOString();
  await expect.poll(() => searchTimes(agent)).toContain(start);
  expect(await searchTimes(agent)).not.toContain(moved);

  // Cancel it on behalf of the patient: the time is in the search again.
  const movedBooking = book.getByRole('button', { name: new RegExp(patient.name) });
  await expect(movedBooking).toContainText(`${osloTime(moved)}–`);
  await movedBooking.click();
  await dialog.getByRole('button', { name: 'Avbestill' }).click();
  await dialog.getByLabel('Pasienten', { exact: true }).check();
  await dialog.getByLabel('Årsak', { exact: true }).fill('Pasienten ringte og avbestilte');
  await dialog.getByRole('button', { name: 'Avbestill timen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'er avbestilt' })).toBeVisible();
  await expect(movedBooking).toHaveCount(0);
  await expect.poll(() => searchTimes(agent)).toContain(moved);
  await agent.dispose();
});
