// The shapes the admin screens read, inferred from the API's router so they never drift from the server.
import type { AppRouter, inferRouterOutputs } from '@bn/api';

type Outputs = inferRouterOutputs<AppRouter>;

export type ClinicConfigView = Outputs['clinicConfig']['get'];
export type ClinicDetail = Outputs['clinics']['get'];
export type AccountRow = Outputs['users']['list'][number];
export type ConfigPractitioner = ClinicConfigView['practitioners'][number];
export type ReadinessRow = Outputs['readiness']['forClinic'][number];
export type AuditRow = Outputs['audit']['forClinic'][number];
export type MembershipRow = Outputs['memberships']['list'][number];
export type AgreementRow = Outputs['agreements']['list'][number];
export type DepartmentNotice = Outputs['clinics']['departmentNotices'][number];
export type WorkQueueItem = Outputs['workQueue']['list']['items'][number];
export type BookAppointment = Outputs['appointments']['forBooks'][number];
export type PatientCardView = Outputs['patients']['get'];
export type PatientBooking = PatientCardView['bookings'][number];
export type PatientClaim = PatientCardView['claims'][number];
export type NotificationLogRow = Outputs['notifications']['log'][number];
export type JobOverview = Outputs['jobs']['overview'][number];
export type JobRunView = JobOverview['runs'][number];
export type ApiKeyRow = Outputs['apiKeys']['list'][number];
export type WebhookRow = Outputs['webhooks']['list'][number];
export type WebhookDeliveryRow = Outputs['webhooks']['deliveries'][number];
export type PatientHit = Outputs['patients']['search'][number];
export type BillingCard = Outputs['billing']['get'];
export type BillingCardLine = BillingCard['lines'][number];
export type FreeTimeSlot = Outputs['appointments']['freeTime'][number];
