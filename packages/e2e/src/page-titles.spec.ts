// The browser tab says which page is open, also when the page is opened by its address (a bookmark, a reload, a link
// from a colleague) rather than through the menu (issue 15 found them wrong on a direct load): for every item of each
// role's menus, the title after a direct load is the one the menu gives, and it names the page, not only the app.
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';

/** Every item of the navigation `nav`: its address, and the title the page has when reached through the menu. */
async function titlesByMenu(page: Page, nav: string): Promise<{ href: string; title: string }[]> {
  const links = page.getByRole('navigation', { name: nav, exact: true }).getByRole('link');
  await expect(links.first()).toBeVisible();
  const out: { href: string; title: string }[] = [];
  for (let i = 0; i < (await links.count()); i++) {
    const href = (await links.nth(i).getAttribute('href'))!;
    await links.nth(i).click();
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('main .state-loading')).toHaveCount(0);
    out.push({ href, title: await page.title() });
  }
  return out;
}

async function expectSameTitlesOnDirectLoad(page: Page, items: { href: string; title: string }[], app: string) {
  for (const { href, title } of items) {
    expect(title, `${href} names its page`).toMatch(new RegExp(`^.+ – ${app}$`));
    await page.goto(href);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page, `the title of ${href} opened by its address`).toHaveTitle(title);
  }
}

test.describe('page titles', () => {
  test('the network operator’s pages', async ({ page }) => {
    await signIn(page, 'admin', 'network_operator');
    const items = await titlesByMenu(page, 'Hovedmeny');
    expect(items.length).toBeGreaterThanOrEqual(5);
    await expectSameTitlesOnDirectLoad(page, items, 'Behandlernettverk – administrasjon');
  });

  test('the clinic admin’s sections', async ({ page }) => {
    await signIn(page, 'admin', 'clinic_admin');
    const items = await titlesByMenu(page, 'Klinikkens oppsett');
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(new Set(items.map((i) => i.title)).size, 'each section its own title').toBe(items.length);
    await expectSameTitlesOnDirectLoad(page, items, 'Behandlernettverk – administrasjon');
  });

  test('the agent’s pages', async ({ page }) => {
    await signIn(page, 'agent', 'insurer_agent');
    const items = await titlesByMenu(page, 'Hovedmeny');
    expect(items.length).toBeGreaterThanOrEqual(2);
    await expectSameTitlesOnDirectLoad(page, items, 'Behandlernettverk – forsikring');
  });
});
