import { router, createCallerFactory } from './trpc.js';
import { authRouter } from './routers/auth.js';
import { usersRouter } from './routers/users.js';
import { clinicsRouter } from './routers/clinics.js';
import { insurersRouter } from './routers/insurers.js';
import { agentRouter } from './routers/agent.js';
import { practitionerRouter } from './routers/practitioner.js';
import { clinicConfigRouter } from './routers/clinic-config.js';
import { readinessRouter } from './routers/readiness.js';
import { auditRouter } from './routers/audit.js';
import { holidaysRouter } from './routers/holidays.js';
import { tariffsRouter } from './routers/tariffs.js';
import { membershipsRouter } from './routers/memberships.js';
import { agreementsRouter } from './routers/agreements.js';
import { departmentsRouter } from './routers/departments.js';
import { practitionersRouter } from './routers/practitioners.js';
import { booksRouter } from './routers/books.js';
import { typesRouter } from './routers/types.js';
import { rulesRouter } from './routers/rules.js';
import { templatesRouter } from './routers/templates.js';
import { workPlansRouter } from './routers/work-plans.js';
import { searchRouter } from './routers/search.js';
import { bookingRouter } from './routers/booking.js';
import { notificationsRouter } from './routers/notifications.js';
import { appointmentsRouter } from './routers/appointments.js';
import { patientsRouter } from './routers/patients.js';
import { accessLogRouter } from './routers/access-log.js';
import { jobsRouter } from './routers/jobs.js';
import { billingRouter } from './routers/billing.js';
import { pricesRouter } from './routers/prices.js';
import { casesRouter } from './routers/cases.js';
import { claimsRouter } from './routers/claims.js';
import { apiKeysRouter } from './routers/api-keys.js';
import { webhooksRouter } from './routers/webhooks.js';
import { workQueueRouter } from './routers/work-queue.js';

export const appRouter = router({
  auth: authRouter,
  users: usersRouter,
  clinics: clinicsRouter,
  insurers: insurersRouter,
  agent: agentRouter,
  practitioner: practitionerRouter,
  // Configuration (docs/configuration-api.md)
  clinicConfig: clinicConfigRouter,
  readiness: readinessRouter,
  audit: auditRouter,
  holidays: holidaysRouter,
  tariffs: tariffsRouter,
  memberships: membershipsRouter,
  agreements: agreementsRouter,
  departments: departmentsRouter,
  workQueue: workQueueRouter,
  practitioners: practitionersRouter,
  books: booksRouter,
  types: typesRouter,
  rules: rulesRouter,
  templates: templatesRouter,
  workPlans: workPlansRouter,
  // Insurer agents (search; booking follows)
  search: searchRouter,
  // Booking (agents book; clinics book their own patients, cancel, move, mark no-shows)
  booking: bookingRouter,
  notifications: notificationsRouter,
  // The clinic's side of bookings: its books, patient cards and who read them
  appointments: appointmentsRouter,
  patients: patientsRouter,
  // Insurance claims on patient cards (P2) and the operator's register of insurer cases
  claims: claimsRouter,
  cases: casesRouter,
  accessLog: accessLogRouter,
  // The network's recurring jobs (the operator)
  jobs: jobsRouter,
  // Billing cards, prices and EHF documents (docs/billing.md)
  billing: billingRouter,
  prices: pricesRouter,
  // Insurer apps' API keys (the operator)
  apiKeys: apiKeysRouter,
  webhooks: webhooksRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
