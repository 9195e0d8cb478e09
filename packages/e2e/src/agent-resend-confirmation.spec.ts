// «Send bekreftelsen på nytt» (issue 14): the patient lost the confirmation; the agent sends it again from «Mine
// bookinger», is told where it went (masked), the patient has it a second time, and the fourth within the hour is
// refused in words.
import { expect, test } from './fixtures.js';
import { confirmSummary, searchPractitioner } from './agent-helpers.js';
import { mailsTo } from './mail-store.js';
import { syntheticNationalId, uniqueTag } from './network-api.js';
import { SPEC_PRACTITIONERS, seedPractitioner } from './spec-practitioners.js';

const practitioner = SPEC_PRACTITIONERS.resend;
test.beforeAll(() => seedPractitioner(practitioner));

test('the confirmation is sent again from «Mine bookinger», at most three times an hour', async ({ page }) => {
  const tag = uniqueTag();
  const name = `Sigve Igjen ${tag}`;
  const email = `sigve.igjen.${tag}@example.no`;
  const confirmations = async () => (await mailsTo(email)).filter((m) => m.subject === 'Timen din er bestilt').length;

  const hit = await searchPractitioner(page, practitioner);
  const time = hit.getByRole('link', { name: /^Bestill / }).first();
  const [, hhmm, date] = /^Bestill (\d{2}:\d{2}) (\S+)/.exec((await time.getAttribute('aria-label'))!)!;
  await time.click();
  await page.getByLabel('Fødselsnummer eller D-nummer').fill(syntheticNationalId());
  await page.getByLabel('Pasientens navn').fill(name);
  await page.getByLabel('E-post').fill(email);
  await page.getByRole('button', { name: 'Gå videre' }).click();
  await confirmSummary(page);
  await expect(page.getByRole('heading', { name: 'Timen er bestilt', level: 1 })).toBeVisible();
  await expect.poll(confirmations, { message: 'the first confirmation', timeout: 20_000 }).toBe(1);

  await page.getByRole('link', { name: 'Mine bookinger' }).first().click();
  await expect(page.getByRole('heading', { name: 'Mine bookinger', level: 1 })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: name });
  const resend = row.getByRole('button', { name: `Send bekreftelsen på nytt for timen ${date} ${hhmm}, ${name}` });
  await resend.click();
  await expect(row.getByRole('status')).toHaveText(`Bekreftelsen sendes på nytt til s***@example.no.`);
  await expect.poll(confirmations, { message: 'the confirmation a second time', timeout: 20_000 }).toBe(2);
  const again = (await mailsTo(email)).filter((m) => m.subject === 'Timen din er bestilt');
  expect(again[0]!.body, 'the same confirmation, of the same time').toBe(again[1]!.body);

  // Two more within the hour are sent; each waited for in the mail store, so the clicks are counted one by one.
  for (const n of [3, 4]) {
    await resend.click();
    await expect.poll(confirmations, { message: `confirmation number ${n}`, timeout: 20_000 }).toBe(n);
  }
  await expect(row.getByRole('alert')).toHaveCount(0);
  await resend.click();
  await expect(row.getByRole('alert')).toHaveText(
    /^Bekreftelsen er allerede sendt på nytt 3 ganger den siste timen\. Prøv igjen om \d+ minutter?\.$/,
  );
  expect(await confirmations(), 'three resends, not four').toBe(4);
});
