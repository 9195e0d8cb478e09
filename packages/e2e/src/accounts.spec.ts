// Accounts in the browser (issue 15): a clinic admin gives a practitioner a login linked to its record; the invitation
// e-mail's link lets the practitioner choose a password and enrol its second factor (TOTP, with recovery codes shown
// once), and it lands, signed in, on its own «Min side».
import { expect, test, totpCode } from './fixtures.js';
import { signIn } from './fixtures.js';
import { apiAs, call, uniqueTag } from './network-api.js';
import { mailsTo } from './mail-store.js';
import { openSection } from './configuration-helpers.js';
import { MAJORSTUEN } from './spec-practitioners.js';

const tag = uniqueTag();
const practitioner = { id: `e2e-accounts-${tag}`, name: `Ingrid Invitert ${tag}` };
const email = `ingrid.invitert.${tag}@example.no`;
let clinicId = '';

test.beforeAll(async () => {
  const admin = await apiAs('clinic_admin');
  const clinics = await call<{ id: string; name: string }[]>(admin, 'query', 'clinics.list', undefined);
  clinicId = clinics.find((c) => c.name === MAJORSTUEN)!.id;
  // An osteopath: no HPR number needed (N2), so reruns never meet an earlier run's number.
  await call(admin, 'mutation', 'practitioners.upsert', {
    id: practitioner.id,
    clinicId,
    name: practitioner.name,
    profession: 'osteopath',
    hprNumber: null,
  });
  await admin.dispose();
});

test('a clinic admin invites a practitioner, who sets a password, enrols TOTP and lands on its own «Min side»', async ({
  page,
  browser,
}) => {
  await signIn(page, 'admin', 'clinic_admin');
  await page.goto(`/admin/klinikker/${clinicId}`);
  await openSection(page, 'Brukere');
  await page.getByRole('button', { name: 'Inviter bruker' }).click();
  const form = page.getByRole('form', { name: 'Ny bruker' });
  await form.getByLabel('Navn').fill(practitioner.name);
  await form.getByLabel('E-post').fill(email);
  await form.getByRole('radio', { name: 'Behandler' }).check();
  await form.getByLabel('Behandlerkort').selectOption({ label: practitioner.name });
  await form.getByRole('button', { name: 'Send invitasjon' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Invitasjonen er sendt til ${email}.` })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('Invitert');

  // The worker sends the outbox's e-mail to the local SMTP server.
  await expect.poll(async () => (await mailsTo(email)).length, { timeout: 30_000 }).toBe(1);
  const [mail] = await mailsTo(email);
  expect(mail!.subject).toBe('Invitasjon til Behandlernettverket');
  const link = /https?:\/\/\S+\/admin\/invitasjon#[A-Za-z0-9_-]+/.exec(mail!.body)?.[0];
  expect(link, mail!.body).toBeTruthy();
  const { pathname, hash } = new URL(link!);

  // The practitioner, in a browser of its own.
  const context = await browser.newContext();
  const own = await context.newPage();
  await own.goto(`${pathname}${hash}`);
  await expect(own.getByRole('heading', { name: 'Velkommen til Behandlernettverket' })).toBeVisible();
  await expect(own.getByText('Minst 12 tegn.', { exact: false })).toBeVisible();
  await own.getByLabel('Nytt passord').fill('kort');
  await own.getByLabel('Gjenta passordet').fill('kort');
  await own.getByRole('button', { name: 'Lagre passord' }).click();
  await expect(own.getByText('Passordet må ha minst 12 tegn.')).toBeVisible();
  const password = `Ingrids eget passord ${tag}`;
  await own.getByLabel('Nytt passord').fill(password);
  await own.getByLabel('Gjenta passordet').fill(password);
  await own.getByRole('button', { name: 'Lagre passord' }).click();

  await expect(own.getByRole('heading', { name: 'Sett opp totrinnsinnlogging' })).toBeVisible();
  await expect(own.getByRole('img', { name: 'QR-kode for autentiseringsappen' })).toBeVisible();
  const secret = (await own.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');
  await own.getByLabel('Kode fra appen').fill(totpCode(secret));
  await own.getByRole('button', { name: 'Slå på totrinnsinnlogging' }).click();
  await expect(own.getByRole('heading', { name: 'Gjenopprettingskoder' })).toBeVisible();
  await expect(own.getByRole('list', { name: 'Gjenopprettingskoder' }).getByRole('listitem')).toHaveCount(10);
  await own.getByRole('button', { name: 'Jeg har tatt vare på kodene' }).click();

  await expect(own).toHaveURL(/\/admin\/min-side$/);
  await expect(own.getByRole('heading', { name: 'Min side', level: 1 })).toBeVisible();
  await expect(own.getByText(practitioner.name).first()).toBeVisible();
  await context.close();

  // The clinic admin's list shows the login as active, with two-step on.
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Aktiv');
  await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Totrinn på');
});
