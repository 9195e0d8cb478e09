import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { launch, newPage, signIn } from './browser.js';

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const display = (iso: string) => iso.split('-').reverse().join('.');
const isoOf = (shown: string) => shown.split('.').reverse().join('-');

/** The accessible names of the time links under `scope`. */
const timeNames = (scope: Locator) =>
  scope
    .getByRole('link', { name: /^Bestill / })
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));

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
    await kari
      .getByText(/\d{2}\.\d{2}\.\d{4}/)
      .first()
      .waitFor();
    // Each time link says which of Kari's times it is (30 minutes or a 45-minute first visit, and where), so
    // no two links sound the same to a screen reader, in the card or on the page.
    const names = await timeNames(kari);
    expect(names.length).toBe(times.length);
    for (const name of names)
      expect(name).toMatch(/^Bestill \d{2}:\d{2} \d{2}\.\d{2}\.\d{4} hos Kari Nordmann, Fysioterapi .+$/);
    expect(new Set(names).size).toBe(names.length);
    const all = await timeNames(page.locator('main'));
    expect(new Set(all).size).toBe(all.length);
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
    // The address changes before the page shows the new week: wait for the caption, as a person would.
    const captionIs = (text: string | null) =>
      page.waitForFunction((t) => document.querySelector('.week-caption')?.textContent === t, text);
    await page.waitForFunction((first) => document.querySelector('.week-caption')?.textContent !== first, firstCaption);
    await page.goBack();
    await page.waitForURL(firstWeek);
    await captionIs(firstCaption);
    await page.getByRole('button', { name: /Forrige uke/ }).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL((url) => url.toString() !== firstWeek);
    // Wait until the page shows the next week, as a person would, before going back.
    await page.waitForFunction((first) => document.querySelector('.week-caption')?.textContent !== first, firstCaption);
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(firstWeek);
    await captionIs(firstCaption);
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
      .evaluateAll((els) =>
        els.map((e) =>
          [
            e.closest('article')?.getAttribute('aria-labelledby'),
            e.closest('section')?.getAttribute('aria-label'),
            e.getAttribute('datetime'),
          ].join('|'),
        ),
      );
    expect(new Set(stamps).size).toBe(stamps.length);
    // Without a tariff a type is offered under several: the link names still tell every time apart.
    const names = await timeNames(page.locator('main'));
    expect(names.length).toBe(stamps.length);
    expect(new Set(names).size).toBe(names.length);
    await context.close();
  });

  it('keeps finding times when only «Fra dato» is moved forward, and says by «Til dato» when it is before «Fra dato»', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'agent', 'insurer_agent');
    await page.getByRole('heading', { name: 'Finn behandler', level: 1 }).waitFor();
    await page.getByLabel('Takst').selectOption({ label: 'Fysioterapi konsultasjon (B1010)' });
    await page.getByLabel('Sted').fill('Oslo');
    const fromField = page.getByLabel('Fra dato', { exact: true });
    const toField = page.getByLabel('Til dato', { exact: true });

    // «Fra dato» onto the default «Til dato» (two weeks ahead): «Til dato» follows, keeping the two weeks.
    const from = await toField.inputValue();
    await fromField.fill(from);
    expect(await toField.inputValue()).toBe(addDays(from, 14));
    // Less far, «Til dato» stays; past it again, it follows again; back, it stays.
    await fromField.fill(addDays(from, 3));
    expect(await toField.inputValue()).toBe(addDays(from, 14));
    await fromField.fill(addDays(from, 20));
    expect(await toField.inputValue()).toBe(addDays(from, 34));
    await fromField.fill(from);
    expect(await toField.inputValue()).toBe(addDays(from, 34));
    await toField.fill(addDays(from, 14));

    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('fra') === from);
    expect(new URL(page.url()).searchParams.get('til')).toBe(addDays(from, 14));
    await page.getByText(`Tidligste ledige timer ${display(from)}–${display(addDays(from, 14))}`).waitFor();
    const kari = page.getByRole('article').filter({ hasText: 'Kari Nordmann' }).first();
    await kari
      .getByRole('link', { name: /^Bestill / })
      .first()
      .waitFor();
    for (const name of await timeNames(page.locator('main'))) {
      const date = isoOf(/^Bestill \d{2}:\d{2} (\S+)/.exec(name)![1]!);
      expect(date >= from && date <= addDays(from, 14), name).toBe(true);
    }

    // «Til dato» before «Fra dato»: a message by the field once the agent leaves it, and «Søk» sends nothing.
    const searched = page.url();
    await toField.fill(addDays(from, -1));
    await page.getByRole('button', { name: 'Søk', exact: true }).focus();
    const message = page.getByText('Til dato kan ikke være før fra dato.');
    await message.waitFor();
    expect(await toField.getAttribute('aria-invalid')).toBe('true');
    expect(await toField.getAttribute('aria-describedby')).toContain('search-to-error');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'search-to');
    expect(page.url()).toBe(searched);
    // Mended, the message goes.
    await toField.fill(addDays(from, 7));
    expect(await message.count()).toBe(0);
    expect(await toField.getAttribute('aria-invalid')).toBeNull();
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
