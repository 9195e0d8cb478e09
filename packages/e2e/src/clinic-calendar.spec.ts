// The clinic's side of a network booking (issue #5): the insurer's agent books through the API with a case id; the
// clinic admin sees it striped in the calendar with the case id in the note, opens the patient card with the claim and
// the access log, moves the booking, and cancels it with a reason — and the time shows as free again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launch, newPage, signIn } from './browser.js';
import { bookAsAgent, minutes, oslo, osloIsoDate, osloTime, syntheticNationalId } from './network-api.js';
import { openSection, uniqueTag, waitForText } from './configuration-helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// ---- the calendar ----

/** Kari Nordmann's column on a date, as the calendar labels it («Kari Nordmann, torsdag 03.12.2026»). */
function kariColumn(page: Page, iso: string): Locator {
  return page.getByRole('region', {
    name: `Kari Nordmann, ${oslo(iso, { weekday: 'long' })} ${oslo(iso, { day: '2-digit', month: '2-digit', year: 'numeric' })}`,
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

async function waitUntil(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting until ${what}`);
}

describe('the clinic’s calendar, patient card and notifications', () => {
  it('shows an insurer’s booking striped with the case id, the claim and access log on the patient card, and frees the time on cancelling', async () => {
    const tag = uniqueTag();
    const caseId = `K${tag.toUpperCase()}`;
    const patient = { nationalId: syntheticNationalId(), name: `Kalender Pasient ${tag}` };

    // The insurer's agent books through the API.
    const agent = await newPage(browser);
    const hit = await bookAsAgent(agent.context.request, patient, caseId);
    await agent.context.close();
    const day = osloIsoDate(hit.startAt);
    const dateText = oslo(hit.startAt, { day: '2-digit', month: '2-digit', year: 'numeric' });

    // The clinic admin opens the calendar and goes to the day with the date field (dd.mm.yyyy).
    const { context, page } = await newPage(browser);
    const goTo = async () => {
      await page.getByLabel('Gå til dato').fill(dateText);
      await page.getByLabel('Gå til dato').press('Enter');
      await page.waitForURL(new RegExp(`dato=${day}`));
    };
    await signIn(page, 'admin', 'clinic_admin');
    await page.getByRole('heading', { level: 1, name: 'Majorstuen Fysioterapi og Kiropraktikk' }).waitFor();
    await openSection(page, 'Timebok');
    await page.getByRole('heading', { level: 2, name: 'Timebok' }).waitFor();
    await goTo();
    const column = kariColumn(page, hit.startAt);
    const booking = column.getByRole('button', { name: new RegExp(patient.name) });
    await booking.waitFor();

    // Striped (PatientSky's mark) and said in words; tariff, insurer, the case id in the note, the patient's remark.
    expect(await booking.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('repeating-linear-gradient');
    const text = (await booking.textContent()) ?? '';
    for (const part of [
      'Nettverk',
      'Storebrand',
      'B1010',
      `Notat: SakID: ${caseId}`,
      'Vondt i kneet',
      `${osloTime(hit.startAt)}–${osloTime(hit.endAt)}`,
    ])
      expect(text).toContain(part);
    expect(await isFree(column, hit.startAt, hit.endAt)).toBe(false);

    // Keyboard: → shows the next day, ← comes back.
    const caption = page.locator('.cal-caption');
    const dayCaption = await caption.textContent();
    await page.getByRole('button', { name: /Neste dag/ }).focus();
    await page.keyboard.press('ArrowRight');
    await waitUntil(async () => (await caption.textContent()) !== dayCaption, 'the next day shows');
    await page.keyboard.press('ArrowLeft');
    await waitForText(caption, dayCaption!);
    await booking.waitFor();

    // The details: everything the insurer sent, and the server's own message for a no-show that has not begun.
    await booking.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    for (const part of [
      caseId,
      'Storebrand',
      'Forsikringsagent (nettverket)',
      'Vondt i kneet etter fotball',
      `SakID: ${caseId}`,
    ])
      await dialog.getByText(part).first().waitFor();
    await dialog.getByRole('button', { name: 'Marker som ikke møtt' }).click();
    await dialog.getByRole('alert').getByText('Timen kan først markeres som ikke møtt når den har begynt.').waitFor();

    // The patient card: the claim created from the case id, the booking it covers, and who read the patient's data.
    await dialog.getByRole('link', { name: 'Åpne pasientkortet' }).click();
    await page.getByRole('heading', { level: 3, name: patient.name }).waitFor();
    const claims = page.getByRole('region', { name: 'Forsikringskrav', exact: true }).first();
    const claimRow = claims.getByRole('row').filter({ hasText: caseId });
    await claimRow.waitFor();
    const claimText = await claimRow.innerText();
    expect(claimText).toContain('Storebrand');
    expect(claimText).toContain('opprettet automatisk fra SakID');
    expect(claimText).toContain(dateText);
    const bookings = page.getByRole('region', { name: 'Timer', exact: true }).first();
    expect(
      await bookings.getByRole('row').filter({ hasText: 'Aktiv' }).filter({ hasText: 'Forsikringskrav' }).count(),
    ).toBe(1);
    const access = page.getByRole('region', { name: 'Tilgangslogg', exact: true }).first();
    await access
      .getByRole('row')
      .filter({ hasText: 'Så timeboken' })
      .filter({ hasText: 'Anne Admin' })
      .first()
      .waitFor();
    await access.getByRole('row').filter({ hasText: 'Åpnet pasientkortet' }).first().waitFor();
    expect(await access.getByRole('row').filter({ hasText: 'Klinikkadministrator' }).count()).toBeGreaterThan(0);
    // Found again by national identity number, with the number kept out of the address.
    await page.getByLabel('Fødselsnummer').fill(patient.nationalId);
    await page.getByRole('button', { name: 'Finn pasient' }).click();
    await page.getByRole('heading', { level: 3, name: patient.name }).waitFor();
    expect(page.url()).not.toContain(patient.nationalId);

    // Back in the calendar: move the booking to another free time the same day.
    await openSection(page, 'Timebok');
    await goTo();
    await booking.waitFor();
    await booking.click();
    await dialog.getByRole('button', { name: 'Flytt' }).click();
    const newTime = dialog.getByLabel('Ny tid');
    await newTime.waitFor();
    const options = await newTime
      .locator('option')
      .evaluateAll((els) => els.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })));
    const target = options.find((o) => o.value && o.label.includes(dateText) && minutes(osloTime(o.value)) >= 8 * 60);
    expect(target, 'a free time the same day').toBeDefined();
    await newTime.selectOption(target!.value);
    await dialog.getByRole('button', { name: 'Flytt timen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Timen er flyttet til ${dateText} ${osloTime(target!.value)}` })
      .waitFor();
    await waitUntil(() => isFree(column, hit.startAt, hit.endAt), 'the old time is free again');
    const moved = column.getByRole('button', { name: new RegExp(patient.name) });
    await waitForText(moved, `${osloTime(target!.value)}–`);
    const movedEnd = new Date(
      new Date(target!.value).getTime() + (Date.parse(hit.endAt) - Date.parse(hit.startAt)),
    ).toISOString();

    // Cancel: both fields are required; the clinic cancels on behalf of the patient with a reason.
    await moved.click();
    await dialog.getByRole('button', { name: 'Avbestill' }).click();
    await dialog.getByRole('button', { name: 'Avbestill timen' }).click();
    await dialog.getByRole('alert').getByText('Ingenting er lagret', { exact: false }).waitFor();
    await dialog.getByText('Skriv inn årsaken til avbestillingen.').first().waitFor();
    await dialog.getByLabel('Pasienten', { exact: true }).check();
    await dialog.getByLabel('Årsak', { exact: true }).fill('Pasienten er syk');
    await dialog.getByRole('button', { name: 'Avbestill timen' }).click();
    await page.getByRole('status').filter({ hasText: 'er avbestilt' }).waitFor();
    await waitUntil(async () => (await moved.count()) === 0, 'the cancelled booking leaves the calendar');
    await waitUntil(() => isFree(column, target!.value, movedEnd), 'the cancelled time is free again');
    expect(await isFree(column, hit.startAt, hit.endAt)).toBe(true);

    // Shown again, marked as cancelled, with the reason in its details.
    await page.getByLabel('Vis avbestilte timer').check();
    const cancelled = column.getByRole('button', { name: new RegExp(patient.name) });
    await waitForText(cancelled, 'Avbestilt');
    await cancelled.click();
    await dialog.getByText('Avbestilt for pasienten: Pasienten er syk').waitFor();
    await dialog.getByRole('button', { name: 'Lukk' }).click();

    // The notification log: booked, moved and cancelled, to a masked address, with no case id or national id.
    await openSection(page, 'Varslinger');
    const log = page.getByRole('region', { name: 'Varslinger', exact: true }).first();
    await log
      .getByRole('row')
      .filter({ hasText: 'Avbestilt' })
      .filter({ hasText: 'k***@example.no' })
      .first()
      .waitFor();
    for (const event of ['Bestilt', 'Flyttet'])
      expect(
        await log.getByRole('row').filter({ hasText: event }).filter({ hasText: 'k***@example.no' }).count(),
      ).toBeGreaterThan(0);
    const logText = await log.innerText();
    expect(logText).not.toContain(caseId);
    expect(logText).not.toContain(patient.nationalId);
    await context.close();
  });

  it('shows the week with the chosen books side by side on each day', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin', 'clinic_admin');
    await openSection(page, 'Timebok');
    const books = page.getByRole('group', { name: 'Timebøker' });
    await books.waitFor();
    await page.getByRole('button', { name: 'Uke', exact: true }).click();
    await page.waitForURL(/visning=uke/);
    await page
      .locator('.cal-caption')
      .filter({ hasText: /^Uke \d+: \d{2}\.\d{2}\.\d{4}–\d{2}\.\d{2}\.\d{4}$/ })
      .waitFor();
    // Every book is chosen at first; leave two.
    const boxes = books.getByRole('checkbox');
    const total = await boxes.count();
    expect(total).toBeGreaterThan(2);
    for (let i = 2; i < total; i++) await boxes.nth(i).uncheck();
    await waitUntil(async () => (await page.locator('.cal-col').count()) === 14, 'seven days × two books show');
    expect(await page.locator('.cal-day-head').count()).toBe(7);
    expect((await page.locator('.cal-day-head').first().innerText()).toLowerCase()).toContain('mandag');
    // Times on the axis are HH:mm; the last chosen book cannot be unchosen.
    for (const tick of await page.locator('.cal-gutter .cal-tick').allTextContents())
      expect(tick).toMatch(/^\d{2}:\d{2}/);
    await boxes.nth(1).uncheck();
    await boxes.nth(0).click();
    await waitUntil(async () => (await page.locator('.cal-col').count()) === 7, 'one book shows');
    expect(await boxes.nth(0).isChecked()).toBe(true);
    // «T» goes back to today's week after paging ahead.
    const caption = page.locator('.cal-caption');
    const thisWeek = await caption.textContent();
    await page.getByRole('button', { name: /Neste uke/ }).click();
    await waitUntil(async () => (await caption.textContent()) !== thisWeek, 'the next week shows');
    await page.getByRole('button', { name: /Neste uke/ }).focus();
    await page.keyboard.press('t');
    await waitForText(caption, thisWeek!);
    await context.close();
  });
});
