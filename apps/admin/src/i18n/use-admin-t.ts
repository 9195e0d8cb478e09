// The admin app's catalogue — its own screens' texts beside the shared ones (@bn/ui) — and `t()` for it, in the
// language chosen in the shared switch (Bokmål unless English). One translator (@bn/domain's) for every catalogue.
import { createTranslator, mergeCatalogues, type Translate } from '@bn/domain';
import { sharedCatalogues, useTranslate } from '@bn/ui';
import { adminNb } from './messages.nb.js';
import { adminEn } from './messages.en.js';
import { pagesNb } from './pages.nb.js';
import { pagesEn } from './pages.en.js';
import { clinicNb } from './clinic.nb.js';
import { clinicEn } from './clinic.en.js';
import { scheduleNb } from './schedule.nb.js';
import { scheduleEn } from './schedule.en.js';
import { readinessNb } from './readiness.nb.js';
import { readinessEn } from './readiness.en.js';
import { networkNb } from './network.nb.js';
import { networkEn } from './network.en.js';
import { patientListNb } from './patients.nb.js';
import { patientListEn } from './patients.en.js';
import { claimsNb } from './claims.nb.js';
import { claimsEn } from './claims.en.js';
import { billingNb } from './billing.nb.js';
import { billingEn } from './billing.en.js';
import { billingSettingsNb } from './billing-settings.nb.js';
import { billingSettingsEn } from './billing-settings.en.js';
import { accountsNb } from './accounts.nb.js';
import { accountsEn } from './accounts.en.js';
import { clinicBookingNb } from './clinic-booking.nb.js';
import { clinicBookingEn } from './clinic-booking.en.js';
import { webhooksNb } from './webhooks.nb.js';
import { webhooksEn } from './webhooks.en.js';
import { logsNb } from './logs.nb.js';
import { logsEn } from './logs.en.js';
import { workQueueNb } from './work-queue.nb.js';
import { workQueueEn } from './work-queue.en.js';

/** The admin app's own texts, one part per area; a key in two parts is caught by the catalogue test. */
export const ADMIN_PARTS = {
  pages: { nb: pagesNb, en: pagesEn },
  dailyWork: { nb: adminNb, en: adminEn },
  clinic: { nb: clinicNb, en: clinicEn },
  schedule: { nb: scheduleNb, en: scheduleEn },
  readiness: { nb: readinessNb, en: readinessEn },
  network: { nb: networkNb, en: networkEn },
  patientList: { nb: patientListNb, en: patientListEn },
  claims: { nb: claimsNb, en: claimsEn },
  billing: { nb: billingNb, en: billingEn },
  billingSettings: { nb: billingSettingsNb, en: billingSettingsEn },
  accounts: { nb: accountsNb, en: accountsEn },
  clinicBooking: { nb: clinicBookingNb, en: clinicBookingEn },
  webhooks: { nb: webhooksNb, en: webhooksEn },
  logs: { nb: logsNb, en: logsEn },
  workQueue: { nb: workQueueNb, en: workQueueEn },
};

const own = {
  nb: {
    ...pagesNb,
    ...adminNb,
    ...clinicNb,
    ...scheduleNb,
    ...readinessNb,
    ...networkNb,
    ...patientListNb,
    ...claimsNb,
    ...billingNb,
    ...billingSettingsNb,
    ...accountsNb,
    ...clinicBookingNb,
    ...webhooksNb,
    ...logsNb,
    ...workQueueNb,
  },
  en: {
    ...pagesEn,
    ...adminEn,
    ...clinicEn,
    ...scheduleEn,
    ...readinessEn,
    ...networkEn,
    ...patientListEn,
    ...claimsEn,
    ...billingEn,
    ...billingSettingsEn,
    ...accountsEn,
    ...clinicBookingEn,
    ...webhooksEn,
    ...logsEn,
    ...workQueueEn,
  },
};

export const adminTranslator = createTranslator(mergeCatalogues(sharedCatalogues, own));

type AdminCatalogue = typeof adminTranslator.catalogues.nb;
export type AdminMessageKey = keyof AdminCatalogue;
export type AdminTranslate = Translate<AdminCatalogue>;

/** `t('calendar.heading')` → «Timebok» or "Appointment book", in the chosen language. */
export function useAdminT(): AdminTranslate {
  return useTranslate(adminTranslator);
}
