import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, newPage } from './browser.js';
import { fieldError, searchKari } from './agent-helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Storebrand's agent books Kari Nordmann (Majorstuen, B1010) for patients. Each test uses its own patients, so the
// clinic's limit of online bookings per patient is never what decides.
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null);

describe('the insurer agent books a time for a patient', () => {
  it('holds the time with a countdown, checks the national id, confirms the summary once, and finds it in «Mine bookinger»', async () => {
    const { context, page } = await newPage(browser);
    const kari = await searchKari(page);

    const time = kari
      .getByRole('link', { name: /^Bestill \d{2}:\d{2} \d{2}\.\d{2}\.\d{4} hos Kari Nordmann, / })
      .first();
    const [, hhmm, date] = /^Bestill (\d{2}:\d{2}) (\S+)/.exec((await time.getAttribute('aria-label'))!)!;
    await time.click();
    await page.waitForURL(/\/agent\/bestill\?/);
    await page.getByRole('heading', { name: 'Bestill time', level: 1 }).waitFor();

    // The time is held at once, with a visible mm:ss countdown of at most five minutes.
    const timer = page.getByRole('timer');
    await timer.waitFor();
    expect(await timer.textContent()).toMatch(/^0[0-5]:[0-5]\d$/);
    const slot = page.locator('.booking-slot');
    await slot.getByText('Majorstuen, Bogstadveien 54, 0366 Oslo').waitFor();
    await slot.getByText(date!).waitFor();
    await slot.getByText(new RegExp(`^${hhmm}–\\d{2}:\\d{2}$`)).waitFor();
    await slot.getByText('Fysioterapi 30 min').waitFor();

    // A national id with a wrong check digit: the domain's own sentence, next to the field, when leaving it.
    await page.getByLabel('Fødselsnummer eller D-nummer').fill('30108299921');
    await page.getByLabel('Pasientens navn').focus();
    await page.getByText('Fødselsnummeret har feil kontrollsiffer.').waitFor();
    expect(await fieldError(page, 'Fødselsnummer eller D-nummer')).toBe('Fødselsnummeret har feil kontrollsiffer.');
    await page.getByLabel('Pasientens navn').fill('Åse Bookingtest');
    await page.getByLabel('Mobilnummer').fill('912 34 567');
    await page.getByLabel('SakID (valgfritt)').fill('6qp');
    await page.getByRole('button', { name: 'Gå videre' }).click();
    // Still the form; the keyboard is in the first field to fix.
    await page.waitForFunction(() => document.activeElement?.id === 'patient-nationalId');
    expect(await fieldError(page, 'SakID (valgfritt)')).toBeNull();

    await page.getByLabel('Fødselsnummer eller D-nummer').fill('301082 99920');
    await page.getByLabel('SakID (valgfritt)').fill('6qptr');
    await page.getByRole('button', { name: 'Gå videre' }).click();

    // The summary: the time, the patient with the national id masked, the case id as the insurer writes it.
    const summary = page.getByRole('region', { name: 'Oppsummering' });
    await summary.waitFor();
    for (const text of [
      'Kari Nordmann',
      'Majorstuen Fysioterapi og Kiropraktikk',
      'Majorstuen, Bogstadveien 54, 0366 Oslo',
      '30 minutter',
      'Åse Bookingtest',
      '301082*****',
      '6QPTR',
      '+4791234567',
    ]) {
      await summary.getByText(text).first().waitFor();
    }
    expect(await summary.textContent()).not.toContain('30108299920');
    expect(await focusedId(page)).toBe('summary-heading');

    // A double click books once: the same idempotency key, and the button waits.
    await summary.getByRole('button', { name: 'Bekreft booking' }).dblclick();
    await page.getByRole('heading', { name: 'Timen er bestilt', level: 1 }).waitFor();
    await page.getByText('Et forsikringskrav med SakID 6QPTR er opprettet på pasientkortet.').waitFor();
    const reference = (await page.locator('.booking-reference').textContent())!;
    expect(reference).toMatch(/^[0-9a-f-]{36}$/);

    // A reload shows the receipt again; it never holds or books anew.
    await page.reload();
    await page.getByRole('heading', { name: 'Timen er bestilt', level: 1 }).waitFor();
    expect(await page.locator('.booking-reference').textContent()).toBe(reference);

    await page.getByRole('link', { name: 'Se mine bookinger' }).click();
    await page.getByRole('heading', { name: 'Mine bookinger', level: 1 }).waitFor();
    const rows = page.getByRole('row').filter({ hasText: 'Åse Bookingtest' });
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    const row = await rows.first().textContent();
    for (const text of [date!, hhmm!, 'Kari Nordmann', 'B1010', '6QPTR', 'Bestilt']) expect(row).toContain(text);
    await context.close();
  });

  it('tells a second agent trying the same time that it is taken, and gives it back when the first one leaves', async () => {
    const first = await newPage(browser);
    const second = await newPage(browser);
    const kariFirst = await searchKari(first.page);
    const kariSecond = await searchKari(second.page);

    const time = kariFirst.getByRole('link', { name: /^Bestill / }).first();
    const href = (await time.getAttribute('href'))!;
    const sameTime = kariSecond.locator(`a[href="${href}"]`);
    await sameTime.waitFor();

    await time.click();
    await first.page.getByRole('timer').waitFor();
    // A reload continues the same hold (the attempt's idempotency key is in the history entry), never a second one.
    await first.page.reload();
    await first.page.getByRole('timer').waitFor();
    expect(await first.page.getByRole('heading', { name: 'Timen kunne ikke holdes av' }).count()).toBe(0);

    await sameTime.click();
    await second.page.getByRole('heading', { name: 'Timen kunne ikke holdes av' }).waitFor();
    await second.page.getByText('Timen er nettopp tatt av noen andre. Velg en annen tid.').waitFor();
    expect(await second.page.getByRole('textbox', { name: 'Pasientens navn' }).count()).toBe(0);

    // «Avbryt» gives the time back: the second agent can hold it now.
    await first.page.getByRole('button', { name: 'Avbryt' }).click();
    await first.page.getByRole('heading', { name: 'Finn behandler', level: 1 }).waitFor();
    await second.page.getByRole('link', { name: 'Tilbake til søket' }).first().click();
    await second.page.getByRole('heading', { name: 'Finn behandler', level: 1 }).waitFor();
    await expect
      .poll(
        async () => {
          await second.page.reload();
          await second.page.getByRole('article').first().waitFor();
          return second.page.locator(`a[href="${href}"]`).count();
        },
        { timeout: 15_000 },
      )
      .toBe(1);
    await second.page.locator(`a[href="${href}"]`).click();
    await second.page.getByRole('timer').waitFor();
    await second.page.getByRole('button', { name: 'Avbryt' }).click();
    await second.page.getByRole('heading', { name: 'Finn behandler', level: 1 }).waitFor();
    await first.context.close();
    await second.context.close();
  });

  it('says when the hold has run out, and holds the time again keeping what was typed', async () => {
    const { context, page } = await newPage(browser);
    // The page's clock is ours to move; the server's is not, so its hold is still there when the page's runs out.
    await page.clock.install();
    const kari = await searchKari(page);
    await kari
      .getByRole('link', { name: /^Bestill / })
      .last()
      .click();
    const timer = page.getByRole('timer');
    await timer.waitFor();
    await page.getByLabel('Pasientens navn').fill('Cecilie Tidsfrist');

    await page.clock.fastForward('05:01');
    await page.getByRole('alert').filter({ hasText: 'Tiden for å holde av timen er ute' }).waitFor();
    await page.getByText('Timen er ikke bestilt, og andre kan nå bestille den.', { exact: false }).waitFor();
    expect(await timer.count()).toBe(0);
    await page.getByRole('link', { name: 'Tilbake til søket' }).last().waitFor();

    // Back to the real time, then hold again: the old hold is given back first, so the new one is not refused.
    await page.clock.setSystemTime(new Date());
    await page.getByRole('button', { name: 'Hold av timen på nytt' }).click();
    await timer.waitFor();
    expect(await timer.textContent()).toMatch(/^0[45]:[0-5]\d$/);
    expect(await page.getByLabel('Pasientens navn').inputValue()).toBe('Cecilie Tidsfrist');
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('heading', { name: 'Finn behandler', level: 1 }).waitFor();
    await context.close();
  });

  it('books from the week view without a case id and cancels in «Mine bookinger»', async () => {
    const { context, page } = await newPage(browser);
    const kari = await searchKari(page);
    await kari.getByRole('link', { name: /Se uke/ }).click();
    await page.getByRole('heading', { name: 'Ledige timer – Kari Nordmann', level: 1 }).waitFor();
    // Two weeks ahead: well before the 24-hour cancellation deadline of Kari's book.
    for (let i = 0; i < 2; i++) {
      const caption = await page.locator('.week-caption').textContent();
      await page.getByRole('button', { name: /Neste uke/ }).click();
      await page.waitForFunction((c) => document.querySelector('.week-caption')?.textContent !== c, caption);
    }
    const time = page
      .locator('.week-time')
      .getByRole('link', { name: /^Bestill / })
      .first();
    await time.waitFor();
    const label = (await time.getAttribute('aria-label'))!;
    const [, hhmm, date] = /^Bestill (\d{2}:\d{2}) (\S+)/.exec(label)!;
    await time.click();
    await page.getByRole('timer').waitFor();

    await page.getByLabel('Fødselsnummer eller D-nummer').fill('02013299997');
    await page.getByLabel('Pasientens navn').fill('Bjørn Avbestilling');
    await page.getByRole('button', { name: 'Gå videre' }).click();
    expect(await fieldError(page, 'Mobilnummer')).toBe(
      'Oppgi telefonnummer eller e-postadresse, så pasienten får bekreftelsen.',
    );
    await page.getByLabel('E-post').fill('bjorn@example.no');
    await page.getByRole('button', { name: 'Gå videre' }).click();
    const summary = page.getByRole('region', { name: 'Oppsummering' });
    await summary.getByText('Ingen SakID – pasienten betaler selv').waitFor();
    await summary.getByRole('button', { name: 'Endre' }).click();
    // «Endre» keeps what was typed.
    expect(await page.getByLabel('Pasientens navn').inputValue()).toBe('Bjørn Avbestilling');
    await page.getByRole('button', { name: 'Gå videre' }).click();
    await summary.getByRole('button', { name: 'Bekreft booking' }).click();
    await page.getByRole('heading', { name: 'Timen er bestilt', level: 1 }).waitFor();
    await page.getByText('Uten SakID betaler pasienten timen selv.').waitFor();

    await page.getByRole('link', { name: 'Mine bookinger' }).first().click();
    await page.getByRole('heading', { name: 'Mine bookinger', level: 1 }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Bjørn Avbestilling' });
    await row.waitFor();
    await row.getByRole('button', { name: `Avbestill timen ${date} ${hhmm} for Bjørn Avbestilling` }).click();
    await row.getByText(`Avbestille timen ${date} ${hhmm} hos Kari Nordmann? Pasienten får beskjed.`).waitFor();
    await row.getByRole('button', { name: 'Ja, avbestill' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Timen ${date} ${hhmm} hos Kari Nordmann er avbestilt.` })
      .waitFor();
    await row.getByText('Avbestilt', { exact: true }).waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
    await context.close();
  });
});
