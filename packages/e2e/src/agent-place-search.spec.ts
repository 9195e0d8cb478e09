// Place search that forgives (issue 14), over the demo network as Storebrand's agent sees it: a city typed without its
// æ/ø/å or with it where the clinic's address has none, a small typo, a municipality or a district instead of the
// poststed, and a postcode near but not at a clinic's. Each finds that clinic's practitioners, and only places near
// what was typed. Nothing here books, so the demo's practitioners are read as seeded.
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';

/**
 * Each case: what the agent types, and the postcode and place every card found must be at. Bærum is Sandvika's
 * municipality and Lysaker's too (the specs' test department of the Oslo clinic, at 1366 Lysaker).
 */
const BAERUM = /\b(1337 Sandvika|1366 Lysaker)$/;
const CASES: { typed: string; why: string; address: RegExp }[] = [
  { typed: 'Tromso', why: 'ø typed as o', address: /\b9008 Tromsø$/ },
  { typed: 'Aalesund', why: 'å typed as aa', address: /\b6002 Ålesund$/ },
  { typed: 'Baerum', why: 'æ typed as ae, the municipality of Sandvika', address: BAERUM },
  { typed: 'BÆRUM', why: 'the municipality in capitals, with its æ', address: BAERUM },
  { typed: 'Tonsberg', why: 'ø typed as o', address: /\b3126 Tønsberg$/ },
  { typed: 'Kristiansnad', why: 'two letters swapped', address: /\b4611 Kristiansand$/ },
  { typed: 'Lilehammer', why: 'a letter left out', address: /\b2609 Lillehammer$/ },
  { typed: 'Bragernes', why: 'the district of the Drammen clinic', address: /\b3017 Drammen$/ },
  { typed: '9010', why: 'a postcode near the Tromsø clinic’s 9008', address: /\b9008 Tromsø$/ },
  { typed: '4005', why: 'a postcode near the Stavanger clinic’s 4006', address: /\b4006 Stavanger$/ },
];

/** Searches `typed` as the place, and waits for the server's answer to that search. */
async function searchPlace(page: Page, typed: string): Promise<void> {
  await page.getByLabel('Sted').fill(typed);
  const answered = page.waitForResponse((r) => r.url().includes('/trpc/') && r.url().includes('search.'));
  await page.getByRole('button', { name: 'Søk', exact: true }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('sted') === typed);
  await answered;
}

test('a place typed loosely still finds the clinic there, and nothing far from it', async ({ page }) => {
  await signIn(page, 'agent', 'insurer_agent');
  await expect(page.getByRole('heading', { name: 'Finn behandler', level: 1 })).toBeVisible();
  const cards = page.locator('.result-list > article');
  /** Every card's address when each card has one and all match `address`, else what is shown (polled). */
  const shownAt = async (address: RegExp) => {
    const shown = (await cards.locator('.result-address').allTextContents()).map((a) => a.trim());
    const all = shown.length > 0 && shown.length === (await cards.count()) && shown.every((a) => address.test(a));
    return all ? shown : `not all at ${String(address)}: ${shown.join(' | ') || 'no card'}`;
  };
  for (const { typed, why, address } of CASES) {
    await searchPlace(page, typed);
    await expect.poll(() => shownAt(address), { message: `«${typed}» (${why})` }).toEqual(expect.any(Array));
    await expect(page.getByText(/Noe gikk galt|Ingen ledige timer/)).toHaveCount(0);
    if (address === BAERUM)
      expect(await shownAt(address), typed).toContain('Sandvika, Rådmann Halmrasts vei 5, 1337 Sandvika');
  }
});

test('a place that is nowhere says so, and a national id typed as a place is never echoed back', async ({ page }) => {
  await signIn(page, 'agent', 'insurer_agent');
  await expect(page.getByRole('heading', { name: 'Finn behandler', level: 1 })).toBeVisible();
  const why = page.getByRole('link', { name: 'Hvorfor ingen ledige timer? Se for en behandler i samme periode' });
  for (const typed of ['Xyzzyville', '01819012365']) {
    await searchPlace(page, typed);
    // The empty result, with its way on to why (so the search has answered).
    await expect(why, typed).toBeVisible();
    await expect(page.locator('.result-list > article')).toHaveCount(0);
  }
  await expect(page.locator('main').getByText('01819012365')).toHaveCount(0);
});
