// Generated from the migrated schema by `pnpm --filter @bn/db db:types` (kysely-codegen): do not edit by hand.
// database.int.test.ts fails when a migration changes the schema without this file being regenerated.
import type { ColumnType } from "kysely";

export type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

export type Int8 = ColumnType<string, bigint | number | string, bigint | number | string>;

export type Json = JsonValue;

export type JsonArray = JsonValue[];

export type JsonObject = {
  [x: string]: JsonValue | undefined;
};

export type JsonPrimitive = boolean | number | string | null;

export type JsonValue = JsonArray | JsonObject | JsonPrimitive;

export type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface AccessLogEntry {
  action: string;
  actor_id: string;
  actor_name: string;
  clinic_id: string;
  created_at: Timestamp;
  id: string;
  patient_id: string;
  role: string;
  what: string;
}

export interface AccountToken {
  created_at: Timestamp;
  expires_at: Timestamp;
  id: string;
  purpose: string;
  token_hash: string;
  used_at: Timestamp | null;
  user_id: string;
}

export interface Agreement {
  clinic_id: string | null;
  created_at: Timestamp;
  id: string;
  insurer_id: string;
  practitioner_id: string | null;
  status: string;
  valid_from: string;
  valid_to: string | null;
}

export interface AgreementPrice {
  agreement_id: string;
  price_ore: Int8;
  tariff_id: string;
  updated_at: Timestamp;
}

export interface ApiKey {
  created_at: Timestamp;
  expires_at: Timestamp | null;
  id: string;
  insurer_id: string;
  key_id: string;
  label: string;
  last_used_at: Timestamp | null;
  replaced_by: string | null;
  revoked_at: Timestamp | null;
  secret_hash: string;
}

export interface ApiKeyUsage {
  api_key_id: string;
  calls: number;
  window_start: Timestamp;
}

export interface Appointment {
  book_id: string;
  booked_email: string | null;
  booked_name: string | null;
  booked_phone: string | null;
  cancel_reason: string | null;
  cancelled_at: Timestamp | null;
  cancelled_by: string | null;
  case_id: string | null;
  claim_id: string | null;
  clinic_id: string;
  created_at: Timestamp;
  created_by: string | null;
  department_id: string | null;
  end_at: Timestamp;
  hold_expires_at: Timestamp | null;
  hold_extended_at: Timestamp | null;
  id: string;
  insurer_id: string | null;
  kind: string;
  note: string | null;
  paid_by_patient: Generated<boolean>;
  patient_id: string | null;
  patient_remark: string | null;
  source: string | null;
  start_at: Timestamp;
  status: Generated<string>;
  tariff_id: string | null;
  type_id: string | null;
}

export interface AppointmentBook {
  clinic_id: string;
  created_at: Timestamp;
  group_name: string | null;
  id: string;
  name: string;
  online_booking: Generated<boolean>;
  owner_kind: string;
  owner_practitioner_id: string | null;
  patient_lists: Generated<string[]>;
  restrictions: Json;
}

export interface AppointmentType {
  automatic_dialog: string | null;
  bookable_online: Generated<boolean>;
  clinic_id: string;
  colour: Generated<string>;
  created_at: Timestamp;
  department_id: string | null;
  duration_minutes: number;
  id: string;
  name: string;
  notifications_on: Generated<boolean>;
  own_limits: Json;
  own_limits_enabled: Generated<boolean>;
}

export interface AppUser {
  active: Generated<boolean>;
  created_at: Timestamp;
  email: string;
  id: string;
  insurer_id: string | null;
  locale: Generated<string>;
  name: string;
  password_hash: string;
  practitioner_id: string | null;
  role: string;
  totp_enabled_at: Timestamp | null;
  totp_pending_secret: string | null;
  totp_secret: string | null;
}

export interface AuditEntry {
  action: string;
  actor_id: string | null;
  actor_name: string;
  after: Json | null;
  before: Json | null;
  clinic_id: string | null;
  created_at: Timestamp;
  entity: string;
  entity_id: string;
  id: string;
}

export interface BillingCard {
  appointment_id: string;
  billed_at: Timestamp | null;
  claim_id: string | null;
  clinic_id: string;
  created_at: Timestamp;
  credit_note_date: string | null;
  credit_note_number: string | null;
  credited_at: Timestamp | null;
  id: string;
  invoice_date: string | null;
  invoice_number: string | null;
  patient_id: string;
  status: Generated<string>;
  treatment_date: string;
}

export interface BillingLine {
  card_id: string;
  code: string;
  created_at: Timestamp;
  id: string;
  kind: string;
  name: string;
  position: number;
  price_ore: Int8 | null;
  quantity: number;
  tariff_id: string | null;
}

export interface Claim {
  case_id: string | null;
  case_number: string | null;
  claim_type: string | null;
  created_at: Timestamp;
  created_automatically: Generated<boolean>;
  id: string;
  insurer_id: string;
  patient_id: string;
  treatments_granted: number | null;
  treatments_per_tariff: Json | null;
  valid_from: string | null;
  valid_to: string | null;
}

export interface Clinic {
  bank_account: string | null;
  charges_cancellation: Generated<boolean>;
  charges_no_show: Generated<boolean>;
  created_at: Timestamp;
  id: string;
  in_business_register: Generated<boolean>;
  integration_active: Generated<boolean>;
  invoice_city: string | null;
  invoice_postcode: string | null;
  invoice_street: string | null;
  last_credit_note_number: Generated<number>;
  last_invoice_number: Generated<number>;
  legal_name: string | null;
  max_self_booked: number | null;
  name: string;
  org_number: string;
  phone: string | null;
  several_departments_notified_at: Timestamp | null;
  vat_registered: Generated<boolean>;
}

export interface ClinicHorizon {
  clinic_id: string;
  free_time_through: string | null;
  offers_evaluated_on: string;
  updated_at: Timestamp;
}

export interface ClinicPrice {
  clinic_id: string;
  price_ore: Int8;
  tariff_id: string;
  updated_at: Timestamp;
}

export interface Department {
  city: string;
  clinic_id: string;
  created_at: Timestamp;
  id: string;
  name: string;
  postcode: string;
  registered_with_network_at: Timestamp | null;
  street: string;
}

export interface FreeSlot {
  book_id: string;
  end_at: Timestamp;
  start_at: Timestamp;
  type_id: string;
}

export interface IdempotencyKey {
  created_at: Timestamp;
  key: string;
  request_hash: string;
  response: Json;
  scope: string;
}

export interface Insurer {
  app_name: string | null;
  created_at: Timestamp;
  has_patient_app: Generated<boolean>;
  id: string;
  invoice_city: string | null;
  invoice_postcode: string | null;
  invoice_reference: string | null;
  invoice_street: string | null;
  legal_name: string | null;
  name: string;
  offers_psychologist_booking: Generated<boolean>;
  org_number: string;
}

export interface InsurerCase {
  case_id: string;
  created_at: Timestamp;
  insurer_id: string;
  national_id: string;
}

export interface JobRun {
  error: string | null;
  finished_at: Timestamp | null;
  id: string;
  job: string;
  period: string;
  result: string | null;
  scheduled_for: Timestamp;
  started_at: Timestamp;
  summary: Json | null;
  units_failed: Generated<number>;
  units_ok: Generated<number>;
  units_total: number | null;
}

export interface JobUnit {
  attempts: Generated<number>;
  duration_ms: number | null;
  error: string | null;
  finished_at: Timestamp | null;
  run_id: string;
  started_at: Timestamp | null;
  status: string;
  summary: Json | null;
  unit: string;
}

export interface Membership {
  created_at: Timestamp;
  decided_at: Timestamp | null;
  id: string;
  practitioner_id: string;
  rejection_reason: string | null;
  reset_reason: string | null;
  status: string;
}

export interface NotificationLog {
  appointment_id: string | null;
  attempts: number;
  channel: string;
  clinic_id: string | null;
  created_at: Timestamp;
  delivery_id: string | null;
  event: string;
  id: string;
  kind: string;
  recipient_masked: string;
  sent_at: Timestamp;
  subject: string;
}

export interface Offer {
  book_id: string;
  bookable_from: Timestamp | null;
  bookable_until: Timestamp | null;
  city: string;
  clinic_id: string;
  clinic_name: string;
  days_ahead: number | null;
  department_id: string;
  department_name: string;
  duration_minutes: number;
  insurer_id: string;
  min_notice_minutes: Generated<number>;
  postcode: string;
  practitioner_id: string;
  practitioner_name: string;
  profession: string;
  street: string;
  tariff_code: string;
  tariff_id: string;
  tariff_name: string;
  type_id: string;
  type_name: string;
}

export interface OutboxMessage {
  appointment_id: string | null;
  attempts: Generated<number>;
  channel: string;
  claimed_at: Timestamp | null;
  claimed_by: string | null;
  clinic_id: string | null;
  created_at: Timestamp;
  dedupe_key: string;
  delivery_id: string | null;
  event: string;
  id: string;
  kind: string;
  last_error: string | null;
  patient_id: string | null;
  payload: Json;
  queued_at: Timestamp | null;
  recipient_masked: string;
  sent_at: Timestamp | null;
  user_id: string | null;
}

export interface OutboxSender {
  id: string;
  seen_at: Timestamp;
  started_at: Timestamp;
}

export interface Patient {
  birth_date: string;
  clinic_id: string;
  created_at: Timestamp;
  email: string | null;
  id: string;
  name: string;
  national_id: string;
  phone: string | null;
}

export interface Practitioner {
  clinic_id: string;
  created_at: Timestamp;
  hpr_number: string | null;
  id: string;
  name: string;
  profession: string;
}

export interface RecoveryCode {
  code_hash: string;
  created_at: Timestamp;
  id: string;
  used_at: Timestamp | null;
  user_id: string;
}

export interface RegisteredCase {
  birth_date: string;
  case_id: string;
  created_at: Timestamp;
  created_on: string;
  grant: Json;
  id: string;
  insurer_id: string;
  registered_by_id: string | null;
  valid_to: string | null;
}

export interface SearchSlot {
  book_id: string;
  bookable_from: Timestamp;
  city_key: string;
  days_ahead: number | null;
  department_id: string;
  end_at: Timestamp;
  insurer_ids: string[];
  min_notice_minutes: number;
  postcode: string;
  profession: string;
  start_at: Timestamp;
  tariff_id: string;
  tariff_key: string;
  type_id: string;
}

export interface Session {
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
  second_factor_pending: Generated<boolean>;
  token_hash: string;
  user_id: string;
}

export interface SignInAttempt {
  at: Timestamp;
  email: string;
  id: string;
  ip: string;
}

export interface Tariff {
  code: string;
  created_at: Timestamp;
  id: string;
  kind: string;
  name: string;
  professions: Generated<string[]>;
}

export interface TypeRule {
  book_id: string;
  created_at: Timestamp;
  id: string;
  patient_list: string;
  type_id: string;
}

export interface TypeRuleTariff {
  tariff_id: string;
  type_rule_id: string;
}

export interface UserClinic {
  clinic_id: string;
  user_id: string;
}

export interface WebhookDelivery {
  attempts: Generated<number>;
  created_at: Timestamp;
  delivered_at: Timestamp | null;
  endpoint_id: string;
  event_id: string;
  id: string;
  last_attempt_at: Timestamp | null;
  last_error: string | null;
  last_status_code: number | null;
  next_attempt_at: Timestamp | null;
}

export interface WebhookEndpoint {
  created_at: Timestamp;
  deactivated_at: Timestamp | null;
  events: string[];
  id: string;
  insurer_id: string;
  previous_secret_encrypted: string | null;
  previous_secret_expires_at: Timestamp | null;
  secret_encrypted: string;
  url: string;
}

export interface WebhookEvent {
  appointment_id: string;
  created_at: Timestamp;
  id: string;
  insurer_id: string;
  payload: Json | null;
  type: string;
}

export interface WeekTemplate {
  book_id: string;
  breaks: Json;
  created_at: Timestamp;
  id: string;
  name: string;
  windows: Json;
}

export interface WorkPlan {
  book_id: string;
  closed_days: Json;
  created_at: Timestamp;
  id: string;
  opened_holidays: Json;
  weeks: Json;
}

export interface DB {
  access_log_entry: AccessLogEntry;
  account_token: AccountToken;
  agreement: Agreement;
  agreement_price: AgreementPrice;
  api_key: ApiKey;
  api_key_usage: ApiKeyUsage;
  app_user: AppUser;
  appointment: Appointment;
  appointment_book: AppointmentBook;
  appointment_type: AppointmentType;
  audit_entry: AuditEntry;
  billing_card: BillingCard;
  billing_line: BillingLine;
  claim: Claim;
  clinic: Clinic;
  clinic_horizon: ClinicHorizon;
  clinic_price: ClinicPrice;
  department: Department;
  free_slot: FreeSlot;
  idempotency_key: IdempotencyKey;
  insurer: Insurer;
  insurer_case: InsurerCase;
  job_run: JobRun;
  job_unit: JobUnit;
  membership: Membership;
  notification_log: NotificationLog;
  offer: Offer;
  outbox_message: OutboxMessage;
  outbox_sender: OutboxSender;
  patient: Patient;
  practitioner: Practitioner;
  recovery_code: RecoveryCode;
  registered_case: RegisteredCase;
  search_slot: SearchSlot;
  session: Session;
  sign_in_attempt: SignInAttempt;
  tariff: Tariff;
  type_rule: TypeRule;
  type_rule_tariff: TypeRuleTariff;
  user_clinic: UserClinic;
  webhook_delivery: WebhookDelivery;
  webhook_endpoint: WebhookEndpoint;
  webhook_event: WebhookEvent;
  week_template: WeekTemplate;
  work_plan: WorkPlan;
}
