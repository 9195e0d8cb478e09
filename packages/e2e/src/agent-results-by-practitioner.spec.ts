// Results by practitioner (issue 14) on the demo network: the first page is ten or more practitioners, each once and
// ordered by their first free time, each with the first day's times per type; «Flere tider» shows a practitioner's
// next days; «Vis flere» adds the next practitioners and moves the keyboard to the first new one; sorting by distance
// to the patient's postcode puts the nearest first. Nothing here books, so the demo's practitioners are read as seeded.
import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';

const cards = (page: Page) => page.locator('.result-list > article');
const names = (page: Page) => cards(page).locator('h3').allTextContents();
/** Each card's earliest time shown (the first chip is the earliest: times are earliest first per type). */
const earliest = (page: Page) =>
  cards(page).evaluateAll((els) =>
    els.map((el) =>
      Math.min(...Array.from(el.querySelectorAll('time'), (t) => Date.parse(t.getAttribute('datetime') ?? ''))),
    ),
  );
const dayCount = (card: Locator) => card.locator('.result-day').count();

async function searchAsAgent(page: Page): Promise<void> {
  await signIn(page, 'agent', 'insurer_agent');
  await expect(page.getByRole('heading', { name: 'Ledige timer', level: 2 })).toBeVisible();
  await expect(cards(page).first()).toBeVisible();
}

test.describe('results by practitioner', () => {
  test('the first page shows ten or more practitioners, each once, by their first free time', async ({ page }) => {
    await searchAsAgent(page);
    // The search again, timed from the click to the first page of practitioners on screen.
    const started = Date.now();
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect(cards(page).nth(9)).toBeVisible();
    console.log(`results by practitioner: first page usable in ${Date.now() - started} ms`);
    const shown = await names(page);
    expect(shown.length).toBeGreaterThanOrEqual(10);
    expect(new Set(shown).size).toBe(shown.length);
    const times = await earliest(page);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    await expect(
      page.getByText(/^\d+ behandlere med ledige timer .+, sortert etter første ledige time\.$/),
    ).toBeVisible();
    // Every card: per type, one day's times in a row (the rest behind «Flere tider»).
    for (const card of await cards(page).all()) {
      await expect(card.locator('a.time-chip').first()).toBeVisible();
      for (const section of await card.locator('section.result-type').all())
        await expect(section.locator('.result-day')).toHaveCount(1);
    }
  });

  test('«Flere tider» shows the next days of one practitioner, and «Færre tider» the first again', async ({ page }) => {
    await searchAsAgent(page);
    const withMore = cards(page).filter({ has: page.getByRole('button', { name: /^Flere tider/ }) });
    const name = (await withMore.first().locator('h3').textContent())!;
    // That practitioner's card, by name (once open, it has «Færre tider» instead).
    const card = cards(page).filter({ has: page.getByRole('heading', { name, exact: true, level: 3 }) });
    // The button names its practitioner, so a screen reader tells one card's «Flere tider» from another's.
    const more = card.getByRole('button', { name: /^Flere tider/ });
    await expect(more).toHaveAccessibleName(new RegExp(`^Flere tider\\W+${name}$`));
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    const daysBefore = await dayCount(card);
    const timesBefore = await card.locator('a.time-chip').count();
    await more.click();
    const fewer = card.getByRole('button', { name: new RegExp(`^Færre tider\\W+${name}$`) });
    await expect(fewer).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(() => dayCount(card)).toBeGreaterThan(daysBefore);
    expect(await card.locator('a.time-chip').count()).toBeGreaterThan(timesBefore);
    // Only that practitioner's card opened.
    await expect(page.getByRole('button', { name: /^Færre tider/ })).toHaveCount(1);
    // Every time link still says which time it is, and no two on the page sound the same.
    const labels = await page
      .locator('main a.time-chip')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(new Set(labels).size).toBe(labels.length);
    await fewer.click();
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(await dayCount(card)).toBe(daysBefore);
  });

  test('«Vis flere» adds the next practitioners and moves the keyboard to the first new one', async ({ page }) => {
    await searchAsAgent(page);
    const before = await names(page);
    await page.getByRole('button', { name: 'Vis flere' }).click();
    const firstNew = cards(page).nth(before.length);
    await expect(firstNew).toBeVisible();
    const focused = page.locator('a.time-chip:focus');
    await expect(focused).toHaveCount(1);
    await expect(firstNew.locator('a.time-chip').first()).toBeFocused();
    const newName = (await firstNew.locator('h3').textContent())!;
    await expect(focused).toHaveAccessibleName(
      new RegExp(`^Bestill \\d{2}:\\d{2} \\d{2}\\.\\d{2}\\.\\d{4} hos ${newName}, `),
    );
    const after = await names(page);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBeGreaterThan(before.length);
    expect(new Set(after).size).toBe(after.length);
    const times = await earliest(page);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  test('sorting by distance to the patient’s postcode puts the nearest practitioners first', async ({ page }) => {
    await searchAsAgent(page);
    const byTime = await names(page);
    await page.getByLabel('Sorter etter').selectOption({ label: 'Avstand til pasienten' });
    // Distance needs the patient's postcode: said by the field, and nothing is searched.
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect(page.getByLabel('Pasientens postnummer')).toBeFocused();
    await expect(page.locator('#search-postcode-error')).toHaveText(
      'Skriv pasientens postnummer for å sortere etter avstand.',
    );
    await expect(page).not.toHaveURL(/sortering=avstand/);

    await page.getByLabel('Pasientens postnummer').fill('9008');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get('sortering') === 'avstand');
    expect(new URL(page.url()).searchParams.get('postnr')).toBe('9008');
    await expect(page.getByText(/sortert etter avstand fra 9008 Tromsø\.$/)).toBeVisible();
    // The clinic in Tromsø first, «under 1 km» away; then farther and farther (Bodø before Oslo).
    const first = cards(page).first();
    await expect(first.getByText(/, 9008 Tromsø$/)).toBeVisible();
    await expect(first.getByText('under 1 km fra 9008')).toBeVisible();
    const byDistance = await names(page);
    expect(byDistance).not.toEqual(byTime);
    const km = await cards(page)
      .locator('.result-distance')
      .allTextContents()
      .then((texts) => texts.map((t) => (t.startsWith('under') ? 0 : Number(/ca\. (\d+) km/.exec(t)?.[1]))));
    expect(km.length).toBe(byDistance.length);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    const positions = await cards(page).evaluateAll((els) =>
      els.map((el) => el.querySelector('.result-address')?.textContent ?? ''),
    );
    const firstBodo = positions.findIndex((a) => a.endsWith('8006 Bodø'));
    const firstOslo = positions.findIndex((a) => a.endsWith('Oslo'));
    expect(firstBodo).toBeGreaterThan(-1);
    if (firstOslo >= 0) expect(firstBodo).toBeLessThan(firstOslo);
  });
});
