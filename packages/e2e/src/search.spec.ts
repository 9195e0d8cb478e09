import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newPage, signIn } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// The demo network: Storebrand has an agreement with Majorstuen (Kari Nordmann offers B1010, Ola Hansen B1011);
// its agreement with Bergen has ended, so Sofie Lie is not offered to Storebrand.
describe('the insurer agent finds free times', () => {
  it('searches by tariff, sees the times grouped by practitioner, and pages through a week', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'agent', 'insurer_agent');
    await page.getByRole('heading', { name: 'Finn behandler', level: 1 }).waitFor();

    // The tariff is chosen by its name; the search goes into the address.
    await page.getByLabel('Takst').selectOption({ label: 'Fysioterapi konsultasjon (B1010)' });
    await page.getByLabel('Sted').fill('Oslo');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await page.waitForURL(/takst=B1010/);
    expect(page.url()).toContain('sted=Oslo');

    const kari = page.getByRole('article').filter({ hasText: 'Kari Nordmann' });
    await kari.waitFor();
    // Owner's name, clinic and visiting address; the tariff's name with the type's name under it; HH:mm times.
    await kari.getByText('Majorstuen Fysioterapi og Kiropraktikk').waitFor();
    await kari.getByText('Bogstadveien 54, 0366 Oslo').waitFor();
    expect(await kari.getByText('Fysioterapi konsultasjon', { exact: true }).count()).toBeGreaterThan(0);
    expect(await kari.getByText('Fysioterapi 30 min', { exact: true }).count()).toBe(1);
    const times = await kari.locator('time').allTextContents();
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) expect(time).toMatch(/^\d{2}:\d{2}$/);
    await kari.getByText(/\d{2}\.\d{2}\.\d{4}/).first().waitFor();
    // Ola offers only the chiropractor tariff, so he is not among these results.
    expect(await page.getByRole('article').filter({ hasText: 'Ola Hansen' }).count()).toBe(0);

    // The week view: Monday to Sunday, previous and next by button and by arrow key, and the back button.
    await kari.getByRole('link', { name: /Se uke/ }).click();
    await page.getByRole('heading', { name: 'Ledige timer – Kari Nordmann', level: 1 }).waitFor();
    const days = page.locator('.week-day-head');
    expect(await days.count()).toBe(7);
    expect((await days.first().textContent())?.toLowerCase()).toContain('mandag');
    expect((await days.last().textContent())?.toLowerCase()).toContain('søndag');
    await page.locator('.week-time').first().waitFor();
    const firstWeek = page.url();
    const caption = page.locator('.week-caption');
    const firstCaption = await caption.textContent();
    await page.getByRole('button', { name: /Neste uke/ }).click();
    await page.waitForURL((url) => url.toString() !== firstWeek);
    expect(await caption.textContent()).not.toBe(firstCaption);
    await page.goBack();
    await page.waitForURL(firstWeek);
    await page.getByRole('button', { name: /Forrige uke/ }).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL((url) => url.toString() !== firstWeek);
    // Wait until the page shows the next week, as a person would, before going back.
    await page.waitForFunction((first) => document.querySelector('.week-caption')?.textContent !== first, firstCaption);
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(firstWeek);
    expect(await caption.textContent()).toBe(firstCaption);
    await context.close();
  });

  it('shows more times with «Vis flere» without repeating any', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'agent', 'insurer_agent');
    await page.getByRole('heading', { name: 'Ledige timer', level: 2 }).waitFor();
    const count = async () => page.locator('.result-group time').count();
    const before = await count();
    const more = page.getByRole('button', { name: 'Vis flere' });
    await more.waitFor();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.result-group time').length > n, before);
    // A time is one book × type × start: the group (practitioner and address), the type's section and the instant.
    const stamps = await page
      .locator('.result-group time')
      .evaluateAll((els) => els.map((e) => [e.closest('article')?.getAttribute('aria-labelledby'), e.closest('section')?.getAttribute('aria-label'), e.getAttribute('datetime')].join('|')));
    expect(new Set(stamps).size).toBe(stamps.length);
    await context.close();
  });

  it('explains why a practitioner without an agreement with Storebrand has no free times', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'agent', 'insurer_agent');
    await page.getByRole('link', { name: 'Hvorfor ingen ledige timer?' }).click();
    await page.getByLabel('Behandlerens navn').fill('Sofie');
    await page.getByRole('button', { name: 'Finn behandler' }).click();
    await page.getByRole('button', { name: /Sofie Lie/ }).click();
    await page.getByRole('heading', { name: 'Sofie Lie', level: 2 }).waitFor();
    await page.getByText('Ingen gyldig avtale mellom Storebrand og klinikken.').first().waitFor();
    await page.getByText('Kan ikke bestilles').first().waitFor();
    expect(page.url()).toContain('navn=Sofie');
    await context.close();
  });
});
