import type { Locator } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';
import { addDays, displayOf, isoOf } from './network-api.js';

/** The accessible names of the time links under `scope`. */
const timeNames = (scope: Locator) =>
  scope
    .getByRole('link', { name: /^Bestill / })
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));

// The demo network: Storebrand has an agreement with Majorstuen (Kari Nordmann offers B1010, Ola Hansen B1011);
// its agreement with Bergen has ended, so Sofie Lie is not offered to Storebrand. Nothing here books, so the demo's
// own Kari is read as seeded. Her «Fysioterapi 30 min» names no department, so it is offered at every registered
// address of the clinic: she is picked at Majorstuen by its address, whether or not Bislett is registered yet
// (configuration-departments.spec).
const MAJORSTUEN_ADDRESS = 'Bogstadveien 54, 0366 Oslo';

test.describe('the insurer agent finds free times', () => {
  test('searches by tariff, sees the times grouped by practitioner, and pages through a week', async ({ page }) => {
    await signIn(page, 'agent', 'insurer_agent');
    await expect(page.getByRole('heading', { name: 'Finn behandler', level: 1 })).toBeVisible();

    // The tariff is chosen by its name; the search goes into the address.
    await page.getByLabel('Takst').selectOption({ label: 'Fysioterapi konsultasjon (B1010)' });
    await page.getByLabel('Sted').fill('Oslo');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect(page).toHaveURL(/takst=B1010/);
    expect(page.url()).toContain('sted=Oslo');

    const kari = page.getByRole('article').filter({ hasText: 'Kari Nordmann' }).filter({ hasText: MAJORSTUEN_ADDRESS });
    // Owner's name, clinic and visiting address; the tariff's name with the type's name under it; HH:mm times.
    await expect(kari.getByText('Majorstuen Fysioterapi og Kiropraktikk')).toBeVisible();
    // One card per practitioner: each of her types at this address says where it is.
    await expect(kari.getByText(MAJORSTUEN_ADDRESS).first()).toBeVisible();
    await expect(kari.getByText('Fysioterapi konsultasjon', { exact: true }).first()).toBeVisible();
    // Her «Fysioterapi 30 min» once at Majorstuen (it is at Bislett too once that address is registered; the region
    // names its street only when the type is at more than one).
    await expect(
      kari
        .getByRole('region', { name: /^Fysioterapi konsultasjon, Fysioterapi 30 min(, Bogstadveien.*)?$/ })
        .getByText('Fysioterapi 30 min', { exact: true }),
    ).toHaveCount(1);
    const times = await kari.locator('time').allTextContents();
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) expect(time).toMatch(/^\d{2}:\d{2}$/);
    await expect(kari.getByText(/\d{2}\.\d{2}\.\d{4}/).first()).toBeVisible();
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
    await expect(page.getByRole('article').filter({ hasText: 'Ola Hansen' })).toHaveCount(0);

    // The week view: Monday to Sunday, previous and next by button and by arrow key, and the back button.
    await kari.getByRole('link', { name: /Se uke/ }).click();
    await expect(page.getByRole('heading', { name: 'Ledige timer – Kari Nordmann', level: 1 })).toBeVisible();
    const days = page.locator('.week-day-head');
    await expect(days).toHaveCount(7);
    await expect(days.first()).toContainText(/mandag/i);
    await expect(days.last()).toContainText(/søndag/i);
    await expect(page.locator('.week-time').first()).toBeVisible();
    const firstWeek = page.url();
    const caption = page.locator('.week-caption');
    const firstCaption = (await caption.textContent())!;
    await page.getByRole('button', { name: /Neste uke/ }).click();
    await expect(page).not.toHaveURL(firstWeek);
    // The address changes before the page shows the new week: wait for the caption, as a person would.
    await expect(caption).not.toHaveText(firstCaption);
    await page.goBack();
    await expect(page).toHaveURL(firstWeek);
    await expect(caption).toHaveText(firstCaption);
    await page.getByRole('button', { name: /Forrige uke/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).not.toHaveURL(firstWeek);
    // Wait until the page shows the next week, as a person would, before going back.
    await expect(caption).not.toHaveText(firstCaption);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(firstWeek);
    await expect(caption).toHaveText(firstCaption);
  });

  test('shows more times with «Vis flere» without repeating any', async ({ page }) => {
    await signIn(page, 'agent', 'insurer_agent');
    await expect(page.getByRole('heading', { name: 'Ledige timer', level: 2 })).toBeVisible();
    const shown = page.locator('.result-group time');
    const more = page.getByRole('button', { name: 'Vis flere' });
    await expect(more).toBeVisible();
    const before = await shown.count();
    await more.click();
    await expect(shown.nth(before)).toBeAttached();
    // A time is one book × type × start: the group (practitioner and address), the type's section and the instant.
    const stamps = await shown.evaluateAll((els) =>
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
  });

  test('keeps finding times when only «Fra dato» is moved forward, and says by «Til dato» when it is before «Fra dato»', async ({
    page,
  }) => {
    await signIn(page, 'agent', 'insurer_agent');
    await expect(page.getByRole('heading', { name: 'Finn behandler', level: 1 })).toBeVisible();
    await page.getByLabel('Takst').selectOption({ label: 'Fysioterapi konsultasjon (B1010)' });
    await page.getByLabel('Sted').fill('Oslo');
    const fromField = page.getByLabel('Fra dato', { exact: true });
    const toField = page.getByLabel('Til dato', { exact: true });

    // The date fields take and show dd.mm.yyyy. «Fra dato» onto the default «Til dato» (two weeks ahead): «Til dato»
    // follows, keeping the two weeks.
    const from = isoOf(await toField.inputValue());
    await fromField.fill(displayOf(from));
    await expect(toField).toHaveValue(displayOf(addDays(from, 14)));
    // Less far, «Til dato» stays; past it again, it follows again; back, it stays.
    await fromField.fill(displayOf(addDays(from, 3)));
    await expect(toField).toHaveValue(displayOf(addDays(from, 14)));
    await fromField.fill(displayOf(addDays(from, 20)));
    await expect(toField).toHaveValue(displayOf(addDays(from, 34)));
    await fromField.fill(displayOf(from));
    await expect(toField).toHaveValue(displayOf(addDays(from, 34)));
    await toField.fill(displayOf(addDays(from, 14)));

    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get('fra') === from);
    expect(new URL(page.url()).searchParams.get('til')).toBe(addDays(from, 14));
    await expect(
      page.getByText(
        `med ledige timer ${displayOf(from)}–${displayOf(addDays(from, 14))}, sortert etter første ledige time.`,
      ),
    ).toBeVisible();
    const kari = page.getByRole('article').filter({ hasText: 'Kari Nordmann' }).first();
    await expect(kari.getByRole('link', { name: /^Bestill / }).first()).toBeVisible();
    for (const name of await timeNames(page.locator('main'))) {
      const date = isoOf(/^Bestill \d{2}:\d{2} (\S+)/.exec(name)![1]!);
      expect(date >= from && date <= addDays(from, 14), name).toBe(true);
    }

    // «Til dato» before «Fra dato»: a message by the field once the agent leaves it, and «Søk» sends nothing.
    const searched = page.url();
    await toField.fill(displayOf(addDays(from, -1)));
    await page.getByRole('button', { name: 'Søk', exact: true }).focus();
    const message = page.getByText('Til dato kan ikke være før fra dato.');
    await expect(message).toBeVisible();
    await expect(toField).toHaveAttribute('aria-invalid', 'true');
    await expect(toField).toHaveAttribute('aria-describedby', /search-to-error/);
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect(page.locator('#search-to')).toBeFocused();
    expect(page.url()).toBe(searched);
    // Mended, the message goes.
    await toField.fill(displayOf(addDays(from, 7)));
    await expect(message).toHaveCount(0);
    await expect(toField).not.toHaveAttribute('aria-invalid');
  });

  test('explains why a practitioner without an agreement with Storebrand has no free times', async ({ page }) => {
    await signIn(page, 'agent', 'insurer_agent');
    await page.getByRole('link', { name: 'Hvorfor ingen ledige timer?' }).click();
    // The search page has a «Behandlerens navn» too: type only once the page it leads to is there.
    await expect(page.getByRole('heading', { name: 'Hvorfor ingen ledige timer?', level: 1 })).toBeVisible();
    await page.getByLabel('Behandlerens navn').fill('Sofie');
    await page.getByRole('button', { name: 'Finn behandler' }).click();
    await page.getByRole('button', { name: /Sofie Lie/ }).click();
    await expect(page.getByRole('heading', { name: 'Sofie Lie', level: 2 })).toBeVisible();
    await expect(page.getByText('Klinikken har ingen avtale med Storebrand.')).toBeVisible();
    // Only that: nothing of the clinic's own set-up (its books, types and readiness) is told to another insurer's agent.
    await expect(page.locator('.why-item')).toHaveCount(0);
    expect(page.url()).toContain('navn=Sofie');
  });
});
