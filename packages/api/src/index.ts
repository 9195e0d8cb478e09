export { appRouter, createCaller, type AppRouter } from './root.js';
export { createInnerContext } from './create-context.js';
export {
  loadReadinessSubjects,
  type ReadinessPair,
  type LoadReadinessSubjectsOptions,
} from './use-cases/readiness/load-readiness-subjects.js';
export type { ClinicConfigView } from './use-cases/clinic-config/get-clinic-config.js';
export {
  importNetworkConfig,
  type ImportNetworkConfigOptions,
  type ImportNetworkConfigResult,
  type SectionCounts,
} from './use-cases/network-config/import-network-config.js';
export {
  exportNetworkConfig,
  type ExportNetworkConfigOptions,
} from './use-cases/network-config/export-network-config.js';
export { seedDemo, type SeedDemoOptions, type SeedResult } from './use-cases/network-config/seed-demo.js';
export { SESSION_COOKIE, type CookieJar, type InnerContext } from './context.js';
export type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
// The search's derived data, for tools that build it in bulk (the benchmark); the app keeps it current itself.
export {
  refreshOffers,
  type RefreshOffersOptions,
  type RefreshOffersResult,
} from './use-cases/search/refresh-offers.js';
export {
  refreshFreeTime,
  FREE_TIME_HORIZON_DAYS,
  type RefreshFreeTimeOptions,
} from './use-cases/search/refresh-free-time.js';
// Booking infrastructure the server's worker drives (outbox → job queue → transports; the hold sweeper).
export {
  deliverOutboxMessage,
  OutboxRowBusy,
  type DeliveryOutcome,
} from './use-cases/notifications/deliver-outbox-message.js';
export {
  createOutboxSender,
  SENDER_BEAT_MS,
  SENDER_STALE_SECONDS,
  type OutboxSender,
} from './use-cases/notifications/outbox-sender.js';
export { listUnqueuedOutbox, markOutboxQueued } from './use-cases/notifications/list-pending-outbox.js';
export type { OutgoingMessage, Transport, Transports } from './use-cases/notifications/transports.js';
export { sweepExpiredHolds } from './use-cases/booking/sweep-expired-holds.js';
export { searchNetwork, type SearchNetworkOptions, type SlotHit } from './use-cases/search/search-network.js';
export {
  getPractitionerSlots,
  type GetPractitionerSlotsOptions,
  type PractitionerSlots,
} from './use-cases/search/get-practitioner-slots.js';
// The recurring jobs the server's job runner drives (apps/server/src/jobs).
export {
  RECURRING_JOBS,
  JOB_NAMES,
  duePeriod,
  nextRunAt,
  runIdOf,
  type RecurringJob,
  type JobName,
  type JobPeriod,
} from './use-cases/maintenance/recurring-jobs.js';
export { startJobRun, type StartJobRunOptions, type StartedRun } from './use-cases/maintenance/start-job-run.js';
export { startJobUnit, finishJobUnit, type UnitOutcome } from './use-cases/maintenance/record-job-unit.js';
export { listJobRuns, type JobOverview, type JobRunView } from './use-cases/maintenance/list-job-runs.js';
export {
  advanceClinicHorizon,
  type AdvanceClinicHorizonResult,
} from './use-cases/maintenance/advance-clinic-horizon.js';
export { applyRetention, RETENTION, RETENTION_UNITS } from './use-cases/maintenance/apply-retention.js';
export { recordClinicHorizons } from './use-cases/search/clinic-horizon.js';
// P2: the case lookup the server chooses (the operator's register by default, an HTTP service with CASE_LOOKUP_URL).
export { registeredCaseLookup, type CaseLookup, type CaseLookupFactory } from './use-cases/cases/case-lookup.js';
export { httpCaseLookup, type HttpCaseLookupOptions } from './use-cases/cases/http-case-lookup.js';
// The public API's callers (apps/server/src/rest): insurer apps by their API key, throttled per key.
export { authenticateApiKey, type ApiKeyCaller } from './use-cases/api-keys/authenticate-api-key.js';
export { throttleApiKey } from './use-cases/api-keys/throttle-api-key.js';
// The public API's use cases (apps/server/src/rest): the agent's, in the shape the REST contract documents.
export { bookForApp, confirmForApp, holdForApp } from './use-cases/public-api/book-for-app.js';
export { cancelForApp, moveForApp } from './use-cases/public-api/change-for-app.js';
export { getApiBooking, osloRfc3339, type ApiBooking } from './use-cases/public-api/api-booking.js';
export { slotsForApp, tariffsForApp, type ApiSlot } from './use-cases/public-api/search-for-app.js';
export {
  feedForApp,
  FEED_HORIZON_DAYS,
  BOOKING_DEEP_LINK,
  slotResources,
  type AvailabilityFeed,
  type FeedFile,
} from './use-cases/public-api/feed-for-app.js';
export { practitionersForApp, type ApiPractitioner } from './use-cases/public-api/practitioners-for-app.js';
export {
  createWebhook,
  deactivateWebhook,
  listWebhooks,
  rotateWebhookSecret,
} from './use-cases/webhooks/manage-webhooks.js';
export { useWebhookSecretKey } from './use-cases/webhooks/webhook-secret.js';
export { renderWebhookEvents } from './use-cases/webhooks/webhook-events.js';
export { deliverWebhook, type WebhookSender } from './use-cases/webhooks/deliver-webhook.js';
