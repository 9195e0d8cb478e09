import { Insurer } from './insurer.entity.js';
import { Clinic } from './clinic.entity.js';
import { Department } from './department.entity.js';
import { Practitioner } from './practitioner.entity.js';
import { User } from './user.entity.js';
import { UserClinic } from './user-clinic.entity.js';
import { Session } from './session.entity.js';
import { SignInAttempt } from './sign-in-attempt.entity.js';
import { Tariff } from './tariff.entity.js';
import { Membership } from './membership.entity.js';
import { Agreement } from './agreement.entity.js';
import { AppointmentBook } from './appointment-book.entity.js';
import { AppointmentType } from './appointment-type.entity.js';
import { TypeRule } from './type-rule.entity.js';
import { WeekTemplate } from './week-template.entity.js';
import { WorkPlan, type WorkPlanWeek } from './work-plan.entity.js';
import { AuditEntry } from './audit-entry.entity.js';
import { Offer } from './offer.entity.js';
import { FreeSlot } from './free-slot.entity.js';
import { SearchSlot } from './search-slot.entity.js';
import { Appointment } from './appointment.entity.js';
import { Patient } from './patient.entity.js';
import { Claim } from './claim.entity.js';
import { InsurerCase } from './insurer-case.entity.js';
import { RegisteredCase } from './registered-case.entity.js';
import { IdempotencyKey } from './idempotency-key.entity.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { OutboxSender } from './outbox-sender.entity.js';
import { AccessLogEntry } from './access-log-entry.entity.js';
import { NotificationLogEntry } from './notification-log-entry.entity.js';
import { ClinicHorizon } from './clinic-horizon.entity.js';
import { JobRun } from './job-run.entity.js';
import { JobUnit } from './job-unit.entity.js';
import { BillingCard } from './billing-card.entity.js';
import { BillingLine } from './billing-line.entity.js';
import { ClinicPrice } from './clinic-price.entity.js';
import { AgreementPrice } from './agreement-price.entity.js';
import { ApiKey, ApiKeyUsage } from './api-key.entity.js';
import { AccountToken } from './account-token.entity.js';
import { RecoveryCode } from './recovery-code.entity.js';
import { WebhookDelivery, WebhookEndpoint, WebhookEvent } from './webhook.entity.js';

export {
  Insurer,
  Clinic,
  Department,
  Practitioner,
  User,
  UserClinic,
  Session,
  SignInAttempt,
  Tariff,
  Membership,
  Agreement,
  AppointmentBook,
  AppointmentType,
  TypeRule,
  WeekTemplate,
  WorkPlan,
  AuditEntry,
  Offer,
  FreeSlot,
  SearchSlot,
  Appointment,
  type WorkPlanWeek,
  Patient,
  Claim,
  InsurerCase,
  RegisteredCase,
  IdempotencyKey,
  OutboxMessage,
  OutboxSender,
  AccessLogEntry,
  NotificationLogEntry,
  ClinicHorizon,
  JobRun,
  JobUnit,
  BillingCard,
  BillingLine,
  ClinicPrice,
  AgreementPrice,
  ApiKey,
  ApiKeyUsage,
  AccountToken,
  RecoveryCode,
  WebhookEndpoint,
  WebhookEvent,
  WebhookDelivery,
};

export const entities = [
  Insurer,
  Clinic,
  Department,
  Practitioner,
  User,
  UserClinic,
  Session,
  SignInAttempt,
  Tariff,
  Membership,
  Agreement,
  AppointmentBook,
  AppointmentType,
  TypeRule,
  WeekTemplate,
  WorkPlan,
  AuditEntry,
  Offer,
  FreeSlot,
  SearchSlot,
  Appointment,
  Patient,
  Claim,
  InsurerCase,
  RegisteredCase,
  IdempotencyKey,
  OutboxMessage,
  OutboxSender,
  AccessLogEntry,
  NotificationLogEntry,
  ClinicHorizon,
  JobRun,
  JobUnit,
  BillingCard,
  BillingLine,
  ClinicPrice,
  AgreementPrice,
  ApiKey,
  ApiKeyUsage,
  AccountToken,
  RecoveryCode,
  WebhookEndpoint,
  WebhookEvent,
  WebhookDelivery,
];
