// «Slå av integrasjonen» takes a confirmation with a reason: a modal dialog the keyboard stays in, Escape leaves the
// clinic as it was, an empty or too long reason is refused beside the field (in both languages), and the reason is
// read in the clinic's change log. The spec switches off a clinic of its own, so no other spec's search is touched.
import { isValidOrgNumber } from '@bn/domain';
import { expect, signIn, test } from './fixtures.js';
import { openChange, openClinic, openSection } from './configuration-helpers.js';
import { apiAs, call, uniqueTag } from './network-api.js';

/** A valid organisation number, different on every run. */
function freshOrgNumber(): string {
  for (;;) {
    const n = `9${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    if (isValidOrgNumber(n)) return n;
  }
}

test.describe('switching a clinic’s integration off', () => {
  test('support confirms with a reason; Escape cancels; the reason is in the change log', async ({ page }) => {
    const name = `Avslått Klinikk ${uniqueTag()}`;
    const operator = await apiAs('network_operator');
    await call(operator, 'mutation', 'clinics.create', {
      id: `e2e-off-${uniqueTag()}`,
      name,
      orgNumber: freshOrgNumber(),
      integrationActive: true,
    });
    await operator.dispose();

    await signIn(page, 'admin', 'support');
    await openClinic(page, name);
    const integration = page.getByText('Integrasjon med nettverket').locator('..');
    const state = integration.locator('.badge');
    await expect(state).toHaveText('Aktiv');
    const switchOff = page.getByRole('button', { name: 'Slå av integrasjonen' });
    await switchOff.click();

    const dialog = page.getByRole('dialog');
    await expect(dialog).toHaveAccessibleName(`Slå av integrasjonen for ${name}?`);
    const reason = dialog.getByLabel('Begrunnelse');
    await expect(reason).toBeFocused();
    // Tab and Shift+Tab go round inside the dialog.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);

    // Escape: nothing changes, and the keyboard is back on the button.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(switchOff).toBeFocused();
    await expect(state).toHaveText('Aktiv');

    // Without a reason, and with one too long: refused beside the field, the clinic stays on.
    await switchOff.click();
    await dialog.getByRole('button', { name: 'Slå av integrasjonen' }).click();
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(reason).toHaveAccessibleDescription(/Skriv inn hvorfor integrasjonen slås av\./);
    await reason.fill('x'.repeat(501));
    await dialog.getByRole('button', { name: 'Slå av integrasjonen' }).click();
    await expect(reason).toHaveAccessibleDescription(/Høyst 500 tegn\./);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect(dialog).toBeHidden();
    await expect(state).toHaveText('Aktiv');

    // The same in English.
    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('button', { name: 'Switch the integration off' }).click();
    await expect(dialog).toHaveAccessibleName(`Switch the integration off for ${name}?`);
    await dialog.getByRole('button', { name: 'Switch the integration off' }).click();
    const reasonEn = dialog.getByLabel('Reason');
    await expect(reasonEn).toHaveAccessibleDescription(/Enter why the integration is switched off\./);
    await reasonEn.fill('x'.repeat(501));
    await dialog.getByRole('button', { name: 'Switch the integration off' }).click();
    await expect(reasonEn).toHaveAccessibleDescription(/At most 500 characters\./);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.getByLabel('Language').selectOption('nb');
    await expect(state).toHaveText('Aktiv');

    await switchOff.click();
    await reason.fill('Klinikken bytter journalsystem i desember');
    await dialog.getByRole('button', { name: 'Slå av integrasjonen' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Integrasjonen er slått av.' })).toBeVisible();
    await expect(state).toHaveText('Ikke aktivert');
    await expect(page.getByRole('button', { name: 'Aktiver integrasjonen' })).toBeVisible();

    await openSection(page, 'Endringslogg');
    const entry = page
      .getByRole('listitem')
      .filter({ hasText: `endret klinikken «${name}»` })
      // The diff is collapsed: its rows are in the page but hidden until the entry is opened.
      .filter({ has: page.locator('th', { hasText: 'Begrunnelse' }) });
    await expect(entry).toHaveCount(1);
    await openChange(entry);
    await expect(entry.getByRole('row', { name: /Integrasjon aktiv/ })).toHaveText(/Integrasjon aktiv\s*Ja\s*Nei/);
    await expect(entry.getByRole('row', { name: /Begrunnelse/ })).toHaveText(
      /Begrunnelse\s*–\s*Klinikken bytter journalsystem i desember/,
    );
  });
});
