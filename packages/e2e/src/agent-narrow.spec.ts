// Every agent page on a phone (issue 14: «usable at 390 px without side scrolling»): at 390×844 the search with its
// results by practitioner, a practitioner's «Flere tider», the week, the booking form with a held time, its summary and
// receipt, «Mine bookinger» and «Finn booking»'s results (bookings as cards), moving a booking, «Hvorfor ingen ledige
// timer?» and the «?» overview. On each, nothing scrolls sideways and the page's main action is on screen, whole, once
// scrolled to.
import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';
import { confirmSummary } from './agent-helpers.js';
import { syntheticNationalId, uniqueTag } from './network-api.js';
import { SPEC_PRACTITIONERS, seedPractitioner, TEST_DEPARTMENT } from './spec-practitioners.js';

const practitioner = SPEC_PRACTITIONERS.narrow;
test.beforeAll(() => seedPractitioner(practitioner));
test.use({ viewport: { width: 390, height: 844 } });

/**
 * Nothing wider than the screen — neither the page nor anything in it (a table in a side scroller of its own would not
 * widen the page, yet be cut off) — and `action` (the page's main action) wholly on it once scrolled to.
 */
async function expectFits(page: Page, what: string, action: Locator): Promise<void> {
  await expect(action, what).toBeVisible();
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
    widest: Array.from(document.querySelectorAll('main *'), (el) => ({ el, right: el.getBoundingClientRect().right }))
      .filter((e) => e.right > window.innerWidth + 0.5)
      .map((e) => `${e.el.tagName.toLowerCase()}.${Array.from(e.el.classList).join('.')} ${Math.round(e.right)}px`)
      .slice(0, 5),
  }));
  expect(widths.scroll, `${what}: no side scrolling (${widths.widest.join(', ')})`).toBeLessThanOrEqual(widths.inner);
  expect(widths.widest, `${what}: nothing reaches past the screen's edge`).toEqual([]);
  await action.scrollIntoViewIfNeeded();
  await expect(action, `${what}: the main action on screen`).toBeInViewport({ ratio: 1 });
}

test('every agent page fits a 390 px phone, with its main action on screen', async ({ page }) => {
  const patient = `Sanna Smalskjerm ${uniqueTag()}`;
  await signIn(page, 'agent', 'insurer_agent');

  // The search with the demo network's results by practitioner.
  await expect(page.getByRole('heading', { name: 'Finn behandler', level: 1 })).toBeVisible();
  const cards = page.locator('.result-list > article');
  await expect(cards.nth(1)).toBeVisible();
  await expectFits(page, 'the search', page.getByRole('button', { name: 'Søk', exact: true }));
  await expectFits(page, 'results by practitioner', cards.first().locator('a.time-chip').first());
  await expectFits(page, 'results: «Vis flere»', page.getByRole('button', { name: 'Vis flere' }));

  // Sorted by distance to the patient's postcode.
  await page.getByLabel('Sorter etter').selectOption({ label: 'Avstand til pasienten' });
  await page.getByLabel('Pasientens postnummer').fill('0366');
  await page.getByRole('button', { name: 'Søk', exact: true }).click();
  await expect(page.getByText(/sortert etter avstand fra 0366/)).toBeVisible();
  await expectFits(page, 'results by distance', cards.first().locator('a.time-chip').first());

  // A practitioner's «Flere tider».
  const more = page.getByRole('button', { name: /^Flere tider/ }).first();
  await more.click();
  const fewer = page.getByRole('button', { name: /^Færre tider/ });
  await expect(fewer).toHaveAttribute('aria-expanded', 'true');
  await expectFits(page, '«Flere tider»', fewer);

  // The spec's own practitioner: the week, then a time held on the booking page.
  await page.getByLabel('Sorter etter').selectOption({ label: 'Første ledige time' });
  await page.getByLabel('Sted').fill(TEST_DEPARTMENT.city);
  await page.getByLabel('Behandlerens navn').fill(practitioner.name);
  await page.getByRole('button', { name: 'Søk', exact: true }).click();
  const hit = page.getByRole('article').filter({ hasText: practitioner.name });
  await hit.getByRole('link', { name: /Se uke/ }).click();
  await expect(page.getByRole('heading', { name: `Ledige timer – ${practitioner.name}`, level: 1 })).toBeVisible();
  const weekTime = page
    .locator('.week-time')
    .getByRole('link', { name: /^Bestill / })
    .first();
  await expectFits(page, 'the week', weekTime);
  await weekTime.click();
  await expect(page.getByRole('heading', { name: 'Bestill time', level: 1 })).toBeVisible();
  await expect(page.getByRole('timer')).toBeVisible();
  await expectFits(page, 'the booking form', page.getByRole('button', { name: 'Gå videre' }));
  await page.getByLabel('Fødselsnummer eller D-nummer').fill(syntheticNationalId());
  await page.getByLabel('Pasientens navn').fill(patient);
  await page.getByLabel('E-post').fill('sanna@example.no');
  await page.getByRole('button', { name: 'Gå videre' }).click();
  await expectFits(
    page,
    'the summary',
    page.getByRole('region', { name: 'Oppsummering' }).getByRole('button', { name: 'Bekreft booking' }),
  );
  await confirmSummary(page);
  await expect(page.getByRole('heading', { name: 'Timen er bestilt', level: 1 })).toBeVisible();
  await expectFits(page, 'the receipt', page.getByRole('link', { name: 'Se mine bookinger' }));

  // «Mine bookinger»: the booking as a card, its actions in reach.
  await page.getByRole('link', { name: 'Se mine bookinger' }).click();
  await expect(page.getByRole('heading', { name: 'Mine bookinger', level: 1 })).toBeVisible();
  const booking = page.getByRole('row').filter({ hasText: patient });
  await expectFits(page, '«Mine bookinger»', booking.getByRole('button', { name: /^Avbestill timen / }));
  await expectFits(page, '«Finn booking»', page.getByRole('button', { name: 'Finn', exact: true }));
  await booking.getByRole('link', { name: /^Flytt timen / }).click();
  await expect(page.getByRole('heading', { name: 'Flytt timen', level: 1 })).toBeVisible();
  await expectFits(page, 'moving a booking', page.getByRole('button', { name: /^Flytt til / }).first());

  // «Finn booking»'s results (with who booked) as cards too.
  await page.goto('/agent/mine-bookinger');
  const lookup = page.getByRole('region', { name: 'Finn booking' });
  await lookup.getByLabel('Bookingreferanse, fødselsnummer, SakID, pasientens eller behandlerens navn').fill(patient);
  await lookup.getByRole('button', { name: 'Finn', exact: true }).click();
  const found = lookup.getByRole('row').filter({ hasText: patient });
  await expect(found).toContainText('Per Agent');
  await expectFits(page, '«Finn booking» results', found.getByRole('button', { name: /^Avbestill timen / }));

  // «Hvorfor ingen ledige timer?» for a practitioner found by name.
  await page.goto(`/agent/hvorfor?navn=${encodeURIComponent('Sofie Lie')}`);
  await page.getByRole('button', { name: /^Sofie Lie/ }).click();
  await expect(page.getByRole('heading', { name: 'Hvorfor ingen ledige timer?', level: 1 })).toBeVisible();
  await expectFits(page, '«Hvorfor ingen ledige timer?»', page.getByRole('button', { name: 'Finn behandler' }));

  // The «?» overview of the shortcuts.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Hurtigtaster' });
  await expect(help).toBeVisible();
  await expectFits(page, 'the «?» overview', help.getByRole('button', { name: 'Lukk' }));
});
