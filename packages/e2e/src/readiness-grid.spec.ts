// The readiness grid at a glance (issue 15): one row per practitioner with what blocks the whole book said once,
// practitioners without a book listed, cells without a rule hidden until asked for, the name column in view when the
// table scrolls sideways, and the network's contact where only the network can fix it; in Bokmål and in English.
// The spec adds two osteopaths (no HPR number needed) at Majorstuen: one without a book, one whose membership waits.
import type { Page } from '@playwright/test';
import { DEMO_NETWORK_CONTACT, formatNorwegianPhone } from '@bn/domain';
import { expect, signIn, test } from './fixtures.js';
import { openReadiness, openSection } from './configuration-helpers.js';
import { apiAs, call, uniqueTag } from './network-api.js';
import { MAJORSTUEN } from './spec-practitioners.js';

const tag = uniqueTag();
const noBook = { id: `e2e-ready-nobook-${tag}`, name: `Bodil Boklaus ${tag}` };
const waiting = { id: `e2e-ready-waiting-${tag}`, name: `Petra Venter ${tag}` };
const INGRID_CLOSED = 'Timeboken er ikke tilgjengelig for online booking. Slå på online booking på timeboken.';

test.beforeAll(async () => {
  const admin = await apiAs('clinic_admin');
  const clinics = await call<{ id: string; name: string }[]>(admin, 'query', 'clinics.list', undefined);
  const clinicId = clinics.find((c) => c.name === MAJORSTUEN)!.id;
  for (const p of [noBook, waiting]) {
    await call(admin, 'mutation', 'practitioners.upsert', { ...p, clinicId, profession: 'osteopath', hprNumber: null });
  }
  await call(admin, 'mutation', 'memberships.applyFor', { practitionerId: waiting.id });
  await call(admin, 'mutation', 'books.upsert', {
    id: `${waiting.id}-book`,
    clinicId,
    name: waiting.name,
    ownerKind: 'practitioner',
    ownerPractitionerId: waiting.id,
    onlineBooking: true,
    patientLists: ['all_patients'],
  });
  await admin.dispose();
});

const grid = (page: Page, name = 'Behandlere og timetyper') => page.getByRole('region', { name });
/** A row of the grid, by the name its first column starts with. */
const row = (page: Page, name: string, gridName?: string) =>
  grid(page, gridName)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

test.describe('the readiness grid', () => {
  test('one row per practitioner, blockers once, rules only when asked, the name column in view, the network’s contact', async ({
    page,
  }) => {
    await signIn(page, 'admin', 'clinic_admin');
    await expect(page.getByRole('heading', { level: 1, name: MAJORSTUEN })).toBeVisible();
    await openSection(page, 'Klar for online booking');

    // One row per practitioner, named for the practitioner; the one without a book is there with what to do.
    for (const name of ['Kari Nordmann', 'Ingrid Berg', 'Ola Hansen', noBook.name, waiting.name]) {
      await expect(row(page, name), name).toHaveCount(1);
    }
    const bookless = row(page, noBook.name);
    await expect(bookless).toContainText('Ingen timebok');
    await expect(bookless).toContainText(
      `${noBook.name} har ingen timebok. Opprett en timebok med ${noBook.name} som eier.`,
    );
    await expect(bookless.getByRole('link', { name: 'Rett opp i Timebøker' })).toBeVisible();

    // Ingrid's closed book stops every insurer: said once on her row, not in her cell and not per insurer.
    // (Counted on her row: other specs running beside this one close books of their own practitioners.)
    await expect(row(page, 'Ingrid Berg').getByText(INGRID_CLOSED)).toHaveCount(1);
    await expect(row(page, 'Ingrid Berg').getByText(INGRID_CLOSED)).toBeVisible();
    await expect(row(page, 'Ingrid Berg').getByRole('button', { name: /Manuellterapi 45 min:/ })).toContainText(
      'Ikke klar (se raden)',
    );
    const details = await openReadiness(page, 'Ingrid Berg', 'Manuellterapi 45 min');
    await expect(details.getByText(INGRID_CLOSED)).toHaveCount(1);
    await expect(details.getByRole('list', { name: 'Forsikringsselskaper som kan booke' })).not.toContainText(
      INGRID_CLOSED,
    );
    await expect(details).toContainText('Det som hindrer alle selskapene, står én gang under Kontroller');

    // Where only the network can act (the membership waits for it), its contact details are given, once on the row
    // (on its first blocker that is the network's: specs running beside this one may end an agreement, which is too).
    const waitingRow = row(page, waiting.name);
    const membership = waitingRow
      .getByRole('listitem')
      .filter({ hasText: 'Søknaden om medlemskap venter på godkjenning hos nettverket.' });
    await expect(membership).toContainText('Ansvar: nettverket.');
    await expect(waitingRow.getByText(`Kontakt nettverket (${DEMO_NETWORK_CONTACT.name}):`)).toHaveCount(1);
    await expect(waitingRow.getByRole('link', { name: DEMO_NETWORK_CONTACT.email! })).toHaveAttribute(
      'href',
      `mailto:${DEMO_NETWORK_CONTACT.email}`,
    );
    const phone = formatNorwegianPhone(DEMO_NETWORK_CONTACT.phone!);
    await expect(waitingRow.getByRole('link', { name: `telefon ${phone}` })).toHaveAttribute(
      'href',
      `tel:${DEMO_NETWORK_CONTACT.phone}`,
    );
    // Where the clinic fixes it, no contact is given: the link leads to the screen.
    await expect(row(page, 'Ingrid Berg').getByRole('listitem').filter({ hasText: INGRID_CLOSED })).not.toContainText(
      'Kontakt nettverket',
    );
    await expect(waitingRow).toContainText('Ingen timetype har regel for timeboken.');

    // Cells without a rule say nothing until asked for.
    const kariKiro = grid(page).getByRole('button', { name: 'Kari Nordmann, Kiropraktor behandling 20 min:' });
    await expect(grid(page).getByText('Ingen regel', { exact: true })).toHaveCount(0);
    await expect(kariKiro).toHaveCount(0);
    await page.getByLabel(/Vis timetyper uten regel/).check();
    await expect(kariKiro).toContainText('Ingen regel');
    await page.getByLabel(/Vis timetyper uten regel/).uncheck();
    await expect(kariKiro).toHaveCount(0);

    // On a narrow screen the table scrolls sideways; the practitioners' names stay in view.
    await page.setViewportSize({ width: 480, height: 900 });
    await page.getByLabel(/Vis timetyper uten regel/).check();
    const wrap = grid(page);
    await expect.poll(() => wrap.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(200);
    await wrap.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await expect(grid(page).getByRole('columnheader', { name: 'Hindrer hele timeboken' })).not.toBeInViewport();
    await expect(grid(page).getByRole('columnheader', { name: 'Behandler', exact: true })).toBeInViewport();
    // Kari's row too, once scrolled to (rows of other specs' practitioners may sort above hers).
    await row(page, 'Kari Nordmann').getByRole('rowheader').scrollIntoViewIfNeeded();
    await expect.poll(() => wrap.evaluate((el) => el.scrollLeft)).toBeGreaterThan(200);
    await expect(row(page, 'Kari Nordmann').getByRole('rowheader')).toBeInViewport({ ratio: 0.9 });

    // The same in English.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByLabel('Språk').selectOption('en');
    const table = page.getByRole('region', { name: 'Practitioners and appointment types' });
    await expect(table.getByRole('columnheader', { name: 'Blocks the whole book' })).toBeVisible();
    await expect(page.getByLabel(/Show types without a rule/)).toBeVisible();
    await expect(table).toContainText(`${noBook.name} has no appointment book. Create a book owned by ${noBook.name}.`);
    await expect(table).toContainText('The book is not open for online booking. Switch it on.');
    await expect(
      row(page, 'Ingrid Berg', 'Practitioners and appointment types').getByText(
        'The book is not open for online booking. Switch it on.',
      ),
    ).toHaveCount(1);
    const waitingEn = row(page, waiting.name, 'Practitioners and appointment types');
    await expect(
      waitingEn.getByRole('listitem').filter({ hasText: 'The practitioner is not an approved member of the network.' }),
    ).toBeVisible();
    await expect(waitingEn.getByText(`Contact the network (${DEMO_NETWORK_CONTACT.name}):`)).toHaveCount(1);
    await expect(waitingEn.getByRole('link', { name: `phone ${phone}` })).toBeVisible();
  });
});
