// The ordered list of migrations, bundled statically so the built server needs no directory scan.
import { Migration20261126000000_extensions } from './Migration20261126000000_extensions.js';
import { Migration20261126005211_identity } from './Migration20261126005211_identity.js';
import { Migration20261126010141_search } from './Migration20261126010141_search.js';
import { Migration20261126010447_appointments } from './Migration20261126010447_appointments.js';
import { Migration20261126013026_booking } from './Migration20261126013026_booking.js';
import { Migration20261126020826_search_slot } from './Migration20261126020826_search_slot.js';
import { Migration20261126050437_appointment_department } from './Migration20261126050437_appointment_department.js';
import { Migration20261202010630_patient_card_is_the_clinics } from './Migration20261202010630_patient_card_is_the_clinics.js';
import { Migration20261202010908_jobs_and_validity } from './Migration20261202010908_jobs_and_validity.js';
import { Migration20261202052437_outbox_claims } from './Migration20261202052437_outbox_claims.js';
import { Migration20261202171015_claim_grant_registered_case } from './Migration20261202171015_claim_grant_registered_case.js';
import { Migration20261202171024_api_keys } from './Migration20261202171024_api_keys.js';
import { Migration20261202171300_billing } from './Migration20261202171300_billing.js';
import { Migration20261202215413_accounts } from './Migration20261202215413_accounts.js';
import { Migration20261203113343_setup_rules } from './Migration20261203113343_setup_rules.js';
import { Migration20261203115420_webhooks } from './Migration20261203115420_webhooks.js';
import { Migration20261203120449_hold_extension } from './Migration20261203120449_hold_extension.js';
import { Migration20261203144503_clinic_phone } from './Migration20261203144503_clinic_phone.js';
import { Migration20261204190000_audit_filters } from './Migration20261204190000_audit_filters.js';
import { Migration20261204200000_membership_rejection } from './Migration20261204200000_membership_rejection.js';

export const migrationsList = [
  { name: 'Migration20261126000000_extensions', class: Migration20261126000000_extensions },
  { name: 'Migration20261126005211_identity', class: Migration20261126005211_identity },
  { name: 'Migration20261126010141_search', class: Migration20261126010141_search },
  { name: 'Migration20261126010447_appointments', class: Migration20261126010447_appointments },
  { name: 'Migration20261126013026_booking', class: Migration20261126013026_booking },
  { name: 'Migration20261126020826_search_slot', class: Migration20261126020826_search_slot },
  { name: 'Migration20261126050437_appointment_department', class: Migration20261126050437_appointment_department },
  {
    name: 'Migration20261202010630_patient_card_is_the_clinics',
    class: Migration20261202010630_patient_card_is_the_clinics,
  },
  { name: 'Migration20261202010908_jobs_and_validity', class: Migration20261202010908_jobs_and_validity },
  { name: 'Migration20261202052437_outbox_claims', class: Migration20261202052437_outbox_claims },
  {
    name: 'Migration20261202171015_claim_grant_registered_case',
    class: Migration20261202171015_claim_grant_registered_case,
  },
  { name: 'Migration20261202171024_api_keys', class: Migration20261202171024_api_keys },
  { name: 'Migration20261202171300_billing', class: Migration20261202171300_billing },
  { name: 'Migration20261202215413_accounts', class: Migration20261202215413_accounts },
  { name: 'Migration20261203113343_setup_rules', class: Migration20261203113343_setup_rules },
  { name: 'Migration20261203115420_webhooks', class: Migration20261203115420_webhooks },
  { name: 'Migration20261203120449_hold_extension', class: Migration20261203120449_hold_extension },
  { name: 'Migration20261203144503_clinic_phone', class: Migration20261203144503_clinic_phone },
  { name: 'Migration20261204190000_audit_filters', class: Migration20261204190000_audit_filters },
  { name: 'Migration20261204200000_membership_rejection', class: Migration20261204200000_membership_rejection },
];
